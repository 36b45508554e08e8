// Issue 14's two commands in the real extension host: run on an examples/ document, each opens a new
// file beside it (the next editor group), whose text is the generator's and whose Problems are the
// rules the issue expects; Undo takes the generated text out; no existing file is ever overwritten.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/analyze';
import { planFromSummary, summaryFromPlan } from '../../src/core/loop/generate';
import { renderTemplate, snippetToText } from '../../src/core/templates';
import { closeAll, csplanDiagnostics, extensionUri, openAndLint, ruleOf, settled, waitFor } from './editorHelpers';

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

describe('csplan: New Summary from Plan / New Plan from Summary (editor)', function () {
  this.timeout(90000);
  let folder: vscode.Uri;
  const example = (...p: string[]) => vscode.Uri.joinPath(extensionUri(), 'examples', ...p);
  const inFolder = (name: string) => vscode.Uri.joinPath(folder, name);

  before(async () => {
    folder = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'generate-test');
    await vscode.workspace.fs.writeFile(inFolder('2026-Q4-plan-wang-fang.md'), await vscode.workspace.fs.readFile(example('loop', '2026-Q4-plan-wang-fang.md')));
    const summaryEn = snippetToText(renderTemplate('summary', 'en', { period: '2026-11', author: 'Priya Raman', team: 'Customer Care', today: '2026-11-20' }));
    await vscode.workspace.fs.writeFile(inFolder('2026-11-summary.en.md'), new TextEncoder().encode(summaryEn));
  });
  afterEach(closeAll);
  after(async () => {
    await closeAll();
    // The team dashboard's tests roll up the workspace: leave it as it was.
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('New Summary from Plan opens the summary beside the plan, with one status line per action flagged until filled', async () => {
    const planEditor = await openAndLint(inFolder('2026-Q4-plan-wang-fang.md'));
    const planText = planEditor.document.getText();
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('csplan.newSummaryFromPlan');
    assert.ok(editor, 'a new editor');
    const doc = editor!.document;
    assert.strictEqual(doc.uri.toString(), inFolder('2026-Q4-summary-wang-fang.md').toString());
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString());
    assert.notStrictEqual(editor!.viewColumn, planEditor.viewColumn, 'beside the plan, not in its place');
    const generated = summaryFromPlan(analyze(planText).model, { planPath: './2026-Q4-plan-wang-fang.md' }).text;
    assert.strictEqual(doc.getText(), generated);
    assert.ok(doc.isDirty, 'left unsaved for the writer');

    // The Problems panel: three blank status lines, two targets without actuals — the plan found through `plan:`.
    const loop = await waitFor(() => {
      const d = csplanDiagnostics(doc.uri).filter((x) => ruleOf(x).startsWith('plan-'));
      return d.length === 5 && d;
    }, 'five plan-loop diagnostics');
    assert.deepStrictEqual(loop.map(ruleOf).sort(), ['plan-action-unreported', 'plan-action-unreported', 'plan-action-unreported', 'plan-target-unreported', 'plan-target-unreported']);
    const statusLines = loop.filter((d) => ruleOf(d) === 'plan-action-unreported').map((d) => d.range.start.line);
    for (const l of statusLines) assert.match(doc.lineAt(l).text, /^- .+（王芳，[^）]+）：完成情况：$/);

    // Filling one in: that line is no longer flagged.
    const first = Math.min(...statusLines);
    await editor!.edit((b) => b.insert(doc.lineAt(first).range.end, '已完成，11 月 25 日上线。'));
    await settled(doc);
    await waitFor(() => csplanDiagnostics(doc.uri).filter((x) => ruleOf(x) === 'plan-action-unreported').length === 2, 'two blank lines left');
    assert.ok(!csplanDiagnostics(doc.uri).some((d) => ruleOf(d) === 'plan-action-unreported' && d.range.start.line === first));

    // Undo: first the typing, then the generated text.
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => doc.getText().startsWith('---') && !doc.getText().includes('已完成，11 月'), 'the typing undone');
    await vscode.commands.executeCommand('undo');
    await waitFor(() => doc.getText() === '', 'the generated text undone');
    // The command was one edit (create the file, insert the text): that undo removed the file too.
    await waitFor(async () => !(await exists(doc.uri)), 'the new file removed by the undo');
    // The plan is untouched.
    assert.strictEqual(planEditor.document.getText(), planText);
  });

  it('never overwrites: with that summary already there, the new one gets the next free name', async () => {
    const taken = inFolder('2026-Q4-summary-wang-fang.md');
    const original = await vscode.workspace.fs.readFile(example('loop', '2026-Q4-summary-wang-fang.md'));
    await vscode.workspace.fs.writeFile(taken, original);
    await openAndLint(inFolder('2026-Q4-plan-wang-fang.md'));
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('csplan.newSummaryFromPlan', inFolder('2026-Q4-plan-wang-fang.md'));
    assert.ok(editor);
    assert.strictEqual(editor!.document.uri.toString(), inFolder('2026-Q4-summary-wang-fang-2.md').toString());
    assert.deepStrictEqual(decode(await vscode.workspace.fs.readFile(taken)), decode(original), 'the existing summary is unchanged');
  });

  it('New Plan from Summary opens next month\'s plan beside the summary: a row per categorised problem, owner and deadline flagged, baselines = actuals', async () => {
    const summaryEditor = await openAndLint(inFolder('2026-11-summary.en.md'));
    const summary = analyze(summaryEditor.document.getText()).model;
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('csplan.newPlanFromSummary');
    assert.ok(editor, 'a new editor');
    const doc = editor!.document;
    assert.strictEqual(doc.uri.toString(), inFolder('2026-12-plan.en.md').toString());
    assert.notStrictEqual(editor!.viewColumn, summaryEditor.viewColumn);
    assert.strictEqual(doc.getText(), planFromSummary(summary).text);
    assert.match(doc.getText(), /^period: 2026-12$/m);

    const rows = await waitFor(() => {
      const d = csplanDiagnostics(doc.uri).filter((x) => ['action-missing-owner', 'action-missing-deadline'].includes(ruleOf(x)));
      return d.length === 6 && d;
    }, 'owner and deadline problems on three rows');
    for (const d of rows) assert.match(doc.lineAt(d.range.start.line).text, /^\| (Process|Communication|System) problems \| Address: /);
    const a = (await vscode.commands.executeCommand<ReturnType<typeof analyze>>('csplan.getLastAnalysis', doc.uri))!;
    for (const actual of summary.kpis.filter((k) => k.kind === 'actual' && k.source === 'frontmatter')) {
      assert.ok(a.model.kpis.some((k) => k.key === actual.key && k.kind === 'baseline' && k.value === actual.value), `${actual.key} baseline`);
    }

    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => doc.getText() === '', 'the generated text undone');
    await waitFor(async () => !(await exists(doc.uri)), 'the new file removed by the undo');
    assert.ok(await exists(inFolder('2026-11-summary.en.md')), 'the summary stays');
  });

  it('on a document of the other kind: says so and creates nothing', async () => {
    await openAndLint(inFolder('2026-11-summary.en.md'));
    const before = (await vscode.workspace.fs.readDirectory(folder)).map(([n]) => n).sort();
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('csplan.newSummaryFromPlan');
    assert.strictEqual(editor, undefined);
    assert.deepStrictEqual((await vscode.workspace.fs.readDirectory(folder)).map(([n]) => n).sort(), before);
    assert.ok(!(await exists(inFolder('2026-11-summary.en-summary.md'))));
  });

  it('offers each command in the editor title only where it applies (context key csplan.activeDocType)', async () => {
    const api = vscode.extensions.getExtension('csplan.csplan')!;
    const menus = api.packageJSON.contributes.menus['editor/title'] as { command: string; when: string }[];
    const when = (c: string) => menus.find((m) => m.command === c)?.when ?? '';
    assert.match(when('csplan.newSummaryFromPlan'), /csplan\.activeDocType =~ \/\^\(plan\|summary-plan\)\$\//);
    assert.match(when('csplan.newPlanFromSummary'), /csplan\.activeDocType =~ \/\^\(summary\|summary-plan\)\$\//);
    const titles = (api.packageJSON.contributes.commands as { command: string; title: string }[]).filter((c) => /newSummaryFromPlan|newPlanFromSummary/.test(c.command));
    assert.strictEqual(titles.length, 2);
    // The titles VS Code shows, in the display language.
    const all = await vscode.commands.getCommands(true);
    assert.ok(all.includes('csplan.newSummaryFromPlan') && all.includes('csplan.newPlanFromSummary'));
  });
});
