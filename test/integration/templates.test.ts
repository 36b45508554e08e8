// Templates, snippets, frontmatter hover/completion and the status bar, inside the real host.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { renderTemplateText } from '../../src/core/templates';
import { DOC_TYPES, LOCALES } from '../../src/core/types';
import { api, closeAll, fixture, openAndLint, openUntitled, settled, waitFor } from './editorHelpers';

describe('csplan templates (editor)', function () {
  this.timeout(120000);
  afterEach(closeAll);

  for (const type of DOC_TYPES) {
    for (const locale of LOCALES) {
      it(`New from template: ${type} / ${locale} is complete for the engine`, async () => {
        const opts = { period: '2025-Q2', author: '测试 Tester', team: 'Team A', today: '2025-04-02' };
        const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('csplan.newFromTemplate', { type, locale, ...opts });
        assert.ok(editor, 'an editor');
        const doc = editor!.document;
        assert.strictEqual(doc.languageId, 'markdown');
        assert.strictEqual(doc.uri.scheme, 'untitled');
        // VS Code inserted the snippet: placeholders at their defaults.
        assert.strictEqual(doc.getText(), renderTemplateText(type, locale, opts));
        const r = (await (await api()).analyzeDocument(doc.uri))!;
        assert.strictEqual(r.model.type, type);
        assert.deepStrictEqual(r.completeness.items.filter((i) => !i.met).map((i) => i.id), []);
        assert.strictEqual(r.completeness.score, 100);
        assert.deepStrictEqual(r.findings.map((f) => `${f.rule}@${f.range.start.line}`), []);
      });
    }
  }

  it('puts tab stops on the placeholders (title first, then period), mirrored into the heading', async () => {
    const editor = (await vscode.commands.executeCommand<vscode.TextEditor>('csplan.newFromTemplate', { type: 'plan', locale: 'zh-CN', period: '2025-Q3', today: '2025-06-20' }))!;
    const doc = editor.document;
    assert.strictEqual(doc.getText(editor.selection), '客服工作计划（2025-Q3）');
    await vscode.commands.executeCommand('type', { text: '华南组三季度计划' });
    // The H1 mirrors the title.
    await waitFor(() => doc.getText().includes('# 华南组三季度计划'), 'title mirrored into the heading');
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    assert.strictEqual(doc.getText(editor.selection), '2025-Q3');
  });

  it('creates a file when given one, with author and team from the settings', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'csplan-tpl-'));
    const cfg = vscode.workspace.getConfiguration('csplan');
    await cfg.update('author', '方敏', vscode.ConfigurationTarget.Global);
    await cfg.update('team', '质检组', vscode.ConfigurationTarget.Global);
    try {
      const uri = vscode.Uri.file(path.join(dir, 'q3-plan.md'));
      const editor = (await vscode.commands.executeCommand<vscode.TextEditor>('csplan.newFromTemplate', { type: 'summary', locale: 'zh-TW', period: '2025-06', uri }))!;
      assert.strictEqual(editor.document.uri.fsPath, uri.fsPath);
      assert.match(editor.document.getText(), /^author: 方敏$/m);
      assert.match(editor.document.getText(), /^team: 质检组$/m);
      await editor.document.save();
      assert.match(readFileSync(uri.fsPath, 'utf8'), /^type: summary$/m);
    } finally {
      await cfg.update('author', undefined, vscode.ConfigurationTarget.Global);
      await cfg.update('team', undefined, vscode.ConfigurationTarget.Global);
      await closeAll();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('csplan snippets (editor)', function () {
  this.timeout(30000);
  afterEach(closeAll);

  const cases: [string, RegExp][] = [
    ['csplan plan (zh-cn)', /^\| 措施 \| 责任人 \| 截止时间 \| 指标 \|$/m],
    ['csplan plan (zh-tw)', /^\| 措施 \| 負責人 \| 截止時間 \| 指標 \|$/m],
    ['csplan plan (en)', /^\| Action \| Owner \| Deadline \| Indicator \|$/m],
    ['csplan kpi (zh-cn)', /^\| 服务满意度 \| 0% \| 0% \| 0% \|$/m],
    ['csplan problems (zh-cn)', /### （一）流程问题[\s\S]*### （二）沟通问题[\s\S]*### （三）系统问题/],
    ['csplan phases (zh-tw)', /^\| 第一階段 \| \d{4}-\d{2}-10 \|/m],
    ['csplan monitor (en)', /Feedback loop: a monthly review meeting/],
  ];
  for (const [name, re] of cases) {
    it(`inserts "${name}"`, async () => {
      const editor = await openUntitled('');
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name });
      await waitFor(() => re.test(editor.document.getText()), `snippet text ${re}`);
    });
  }

  it('makes a plan table the engine reads: owner and deadline placeholders land in their cells', async () => {
    const editor = await openUntitled('---\ntype: plan\n---\n\n## 具体措施\n\n');
    const end = editor.document.positionAt(editor.document.getText().length);
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'csplan plan (zh-cn)' });
    const doc = editor.document;
    await waitFor(() => doc.getText().includes('责任人'), 'inserted');
    // The first placeholder (the action) is selected: type over it, then the owner.
    await vscode.commands.executeCommand('type', { text: '更新话术库' });
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    await vscode.commands.executeCommand('type', { text: '客服组长 王芳' });
    await settled(doc);
    const r = (await (await api()).analyzeDocument(doc.uri))!;
    const action = r.model.actions.find((x) => x.text.includes('更新话术库'));
    assert.ok(action, `actions: ${r.model.actions.map((x) => x.text).join(' | ')}`);
    assert.strictEqual(action!.owner?.text.trim(), '客服组长 王芳');
    assert.match(action!.deadline?.text ?? '', /\d{4}-\d{2}-28/);
  });
});

describe('csplan frontmatter hover and completion (editor)', function () {
  this.timeout(30000);
  afterEach(closeAll);

  async function hoverText(doc: vscode.TextDocument, pos: vscode.Position): Promise<string> {
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos)) ?? [];
    return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  }

  it('explains a KPI key on hover: definition, unit, better direction', async () => {
    const editor = await openAndLint(fixture('plan-issues.md'));
    const doc = editor.document;
    const line = doc.getText().split('\n').findIndex((l) => l.trim() === 'satisfaction:');
    const text = await hoverText(doc, new vscode.Position(line, 4));
    assert.match(text, /(服务满意度|服務滿意度) Customer satisfaction/);
    assert.match(text, /`satisfaction`/);
    assert.match(text, /%/);
    assert.match(text, /Higher is better|越高越好/);
    const rt = await hoverText(doc, new vscode.Position(line - 4, 4)); // response_time
    assert.match(rt, /平均响应时间|平均回應時間/);
    assert.match(rt, /Lower is better|越低越好/);
  });

  it('explains a Chinese alias on hover as its canonical KPI', async () => {
    const editor = await openAndLint(fixture('summary-aliases.md'));
    const doc = editor.document;
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('  投诉率_万分比'));
    const text = await hoverText(doc, new vscode.Position(line, 3));
    assert.match(text, /`complaint_rate` ← `投诉率_万分比`/);
    assert.match(text, /Lower is better|越低越好/);
  });

  it('completes keys and enum values from the schema', async () => {
    const editor = await openUntitled('---\ntype: \nkpis:\n  satisfaction:\n    unit: \n  \n---\n');
    const doc = editor.document;
    const labels = async (pos: vscode.Position) => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
      return list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    };
    const types = await labels(new vscode.Position(1, 6));
    for (const t of ['summary', 'plan', 'summary-plan', 'workflow']) assert.ok(types.includes(t), `type value ${t} in ${types.join(',')}`);
    const units = await labels(new vscode.Position(4, 10));
    for (const u of ['count', '%', '‱', 'score', 's', 'min', 'h', 'd']) assert.ok(units.includes(u), `unit ${u}`);
    const kpiKeys = await labels(new vscode.Position(5, 2));
    assert.ok(kpiKeys.includes('first_contact_resolution') && kpiKeys.includes('response_time'), kpiKeys.join(','));
    assert.ok(!kpiKeys.includes('satisfaction'), 'a key already written is not offered again');
  });
});
