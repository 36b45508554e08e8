// The completeness preview and the export commands, inside the real extension host.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, extensionUri, sleep, waitFor } from './editorHelpers';
import type { PreviewState } from '../../src/vscode/preview';

const FIXTURE = '03-hospital-patient-service-summary-plan.md';
const PLAN_MISSING_MONITORING = `---
type: plan
period: 2026-Q1
---
# 2026 年第一季度客服工作计划

## 一、目标

客户满意度从 91% 提升至 95%。

## 二、具体措施

| 措施 | 责任人 | 截止时间 |
|---|---|---|
| 上线智能分流 | 陈工 | 2026-03-31 |
`;

async function fixtureText(name: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri(), 'test', 'fixtures', 'export', name)));
}

function scratchFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('no workspace folder');
  return vscode.Uri.joinPath(folder, 'preview-scratch');
}

async function writeScratch(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(scratchFolder(), name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

async function state(uri?: vscode.Uri): Promise<PreviewState | undefined> {
  return vscode.commands.executeCommand<PreviewState | undefined>('csplan.preview.getState', uri);
}

/** Waits until the webview rendered the analysis of the document's current version. */
async function rendered(doc: vscode.TextDocument): Promise<PreviewState> {
  return waitFor(async () => {
    const s = await state(doc.uri);
    return s && s.version === doc.version && s.webview?.version === doc.version ? s : undefined;
  }, `the preview webview to render ${doc.uri.path} v${doc.version}`, 15000);
}

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('csplan.preview'));
}

describe('completeness preview (real host)', function () {
  this.timeout(60_000);

  before(async () => {
    await api();
    await vscode.workspace.fs.createDirectory(scratchFolder());
  });
  after(async () => {
    await closeAll();
    await vscode.workspace.fs.delete(scratchFolder(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('opens a webview panel beside the editor whose scorecard equals analyze()', async () => {
    const uri = await writeScratch(FIXTURE, await fixtureText(FIXTURE));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('csplan.openPreview');
    const tabs = await waitFor(() => (previewTabs().length ? previewTabs() : undefined), 'a csplan preview tab');
    assert.equal(tabs.length, 1);
    assert.notEqual(tabs[0].group.viewColumn, vscode.ViewColumn.One, 'beside the editor');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'focus stays in the editor');

    const s = await rendered(doc);
    const result = await (await api()).analyzeDocument(uri);
    assert.ok(result);
    const c = result.completeness;
    assert.deepEqual([s.score, s.met, s.total], [c.score, c.met, c.total]);
    // What the webview itself shows (read from its DOM and posted back).
    assert.deepEqual([s.webview?.score, s.webview?.met, s.webview?.total], [c.score, c.met, c.total]);
    assert.equal(s.webview?.scoreText, String(c.score));
    assert.equal(s.webview?.items, c.items.length);
    assert.ok(s.htmlLength > 5000);
    assert.ok((s.webview?.textLength ?? 0) > 1000);
  });

  it('updates live as the user types (debounced)', async () => {
    const doc = vscode.window.activeTextEditor!.document;
    const before = await rendered(doc);
    const editor = vscode.window.activeTextEditor!;
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    for (const ch of ['\n', '\n', '新', '增', '段', '落']) {
      await editor.edit((e) => e.insert(doc.lineAt(doc.lineCount - 1).range.end, ch));
      await sleep(20);
    }
    assert.ok(end);
    const after = await rendered(doc);
    assert.ok(after.version > before.version);
    assert.ok(after.htmlLength > before.htmlLength, 'the new paragraph is in the preview');
  });

  it('scrolls the editor when the preview asks (revealLine) and the preview when the editor scrolls', async () => {
    const editor = vscode.window.activeTextEditor!;
    const line = await vscode.commands.executeCommand<number>('csplan.preview.receive', { type: 'revealLine', line: 80 });
    assert.equal(line, 79);
    await waitFor(() => editor.visibleRanges.some((r) => r.start.line <= 79 && r.end.line >= 79), 'line 80 visible in the editor');

    // Editor → preview: scroll the editor to the top, then to a lower heading; the webview follows.
    await sleep(400); // past the echo guard of the reveal the preview asked for
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    await waitFor(async () => (await state(editor.document.uri))?.scrolled?.top === 0, 'the preview at its top');
    await sleep(400); // past the echo guard of the reveal above
    const target = editor.document.getText().split('\n').findIndex((l) => l.startsWith('## 2 ')); // 0-based
    assert.ok(target > 30);
    editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.AtTop);
    const s = await waitFor(async () => {
      const st = await state(editor.document.uri);
      return st?.scrolled && st.scrolled.top > 0 && Math.abs(st.scrolled.line - (target + 1)) <= 3 ? st.scrolled : undefined;
    }, `the preview scrolled to line ${target + 1}`);
    // The block at the top of the preview is that heading, unless the preview cannot scroll that far.
    if (s.top < s.max - 2) assert.ok(s.blockLine !== undefined && Math.abs(s.blockLine - (target + 1)) <= 3, `block at the top of the preview: line ${s.blockLine}`);
  });

  it('jumps to a scorecard item in the editor', async () => {
    const doc = vscode.window.activeTextEditor!.document;
    const result = (await (await api()).analyzeDocument(doc.uri))!;
    const item = result.completeness.items.find((i) => i.range && i.range.start.line > 20)!;
    assert.ok(item);
    await vscode.commands.executeCommand('csplan.preview.receive', { type: 'jump', itemId: item.id, line: item.range!.start.line });
    const editor = await waitFor(() => vscode.window.activeTextEditor, 'an active editor');
    assert.equal(editor.document.uri.toString(), doc.uri.toString());
    assert.equal(editor.selection.start.line, item.range!.start.line - 1);
  });

  it('inserts a missing part through the engine fix, and the scorecard follows', async () => {
    const uri = await writeScratch('plan.md', PLAN_MISSING_MONITORING);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('csplan.openPreview');
    const before = await rendered(doc);
    const result = (await (await api()).analyzeDocument(uri))!;
    const missing = result.completeness.items.find((i) => i.part === 'monitoring' && !i.met);
    assert.ok(missing, 'monitoring is missing');
    const ok = await vscode.commands.executeCommand<boolean>('csplan.preview.receive', { type: 'insert', part: 'monitoring', itemId: missing.id });
    assert.equal(ok, true);
    assert.match(doc.getText(), /^##+ (监控与反馈机制|監控與回饋機制|Monitoring and feedback)$/m);
    const after = await rendered(doc);
    assert.ok(after.version > before.version);
    const again = (await (await api()).analyzeDocument(uri))!;
    assert.ok(again.model.sections.some((s) => s.part === 'monitoring'));
    assert.deepEqual([after.score, after.met, after.total], [again.completeness.score, again.completeness.met, again.completeness.total]);
    await vscode.commands.executeCommand('undo');
  });

  it('opens only http(s) and relative links', async () => {
    for (const href of ['javascript:alert(1)', 'command:workbench.action.quit', 'file:///etc/passwd', 'data:text/html,x', 'vscode://x']) {
      assert.equal(await vscode.commands.executeCommand('csplan.preview.receive', { type: 'link', href }), false, href);
    }
  });
});

describe('export commands (real host)', function () {
  this.timeout(60_000);

  it('exports .docx and .html without a dialog when given a target, and never overwrites when told not to', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const dir = vscode.Uri.joinPath(folder, 'export-scratch');
    await vscode.workspace.fs.createDirectory(dir);
    try {
      const src = vscode.Uri.joinPath(dir, FIXTURE);
      await vscode.workspace.fs.writeFile(src, new TextEncoder().encode(await fixtureText(FIXTURE)));
      const docx = vscode.Uri.joinPath(dir, 'out.docx');
      const written = await vscode.commands.executeCommand<vscode.Uri>('csplan.exportDocx', { uri: src, target: docx });
      assert.equal(written?.toString(), docx.toString());
      const bytes = await vscode.workspace.fs.readFile(docx);
      assert.equal(String.fromCharCode(bytes[0], bytes[1]), 'PK');
      assert.ok(bytes.length > 5000);

      await vscode.workspace.fs.writeFile(docx, new TextEncoder().encode('precious'));
      const refused = await vscode.commands.executeCommand<vscode.Uri | undefined>('csplan.exportDocx', { uri: src, target: docx, overwrite: false });
      assert.equal(refused, undefined);
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(docx)), 'precious');

      const html = vscode.Uri.joinPath(dir, 'out.html');
      await vscode.commands.executeCommand('csplan.exportHtml', { uri: src, target: html });
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(html));
      const c = (await (await api()).analyzeDocument(src))!.completeness;
      assert.match(text, new RegExp(`data-score="${c.score}" data-met="${c.met}" data-total="${c.total}"`));
      assert.ok(!text.includes('<script'));
      assert.match(text, /<style>[\s\S]*--csplan-fg/);
    } finally {
      await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false });
    }
  });
});
