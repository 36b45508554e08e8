// A summary whose plan is in the workspace is checked against it in the real extension host: the
// plan is found through vscode.workspace.fs by team, author and period (or `plan:`), its unreported
// actions and targets are in the Problems panel, and the quick fix inserts a status line, undo-ably.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, csplanDiagnostics, extensionUri, openAndLint, ruleOf, settled, waitFor } from './editorHelpers';

const LOOP_RULES = ['plan-action-unreported', 'plan-target-unreported'];

describe('csplan: a summary against the plan it follows (editor)', function () {
  this.timeout(60000);
  let folder: vscode.Uri;
  const example = (name: string) => vscode.Uri.joinPath(extensionUri(), 'examples', 'loop', name);

  before(async () => {
    folder = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'loop-link-test');
    for (const name of ['2026-Q4-plan-li-ming.md', '2026-Q4-summary-li-ming.md']) {
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, name), await vscode.workspace.fs.readFile(example(name)));
    }
  });
  after(async () => {
    await closeAll();
    // The team dashboard's tests roll up the workspace: leave it as it was.
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('shows the plan\'s unreported actions and targets in the Problems panel', async () => {
    const editor = await openAndLint(vscode.Uri.joinPath(folder, '2026-Q4-summary-li-ming.md'));
    const diags = await waitFor(() => {
      const d = csplanDiagnostics(editor.document.uri).filter((x) => LOOP_RULES.includes(ruleOf(x)));
      return d.length === 3 && d;
    }, 'three plan-loop diagnostics');
    const byRule = diags.map((d) => `${d.range.start.line + 1} ${ruleOf(d)}`).sort();
    assert.deepStrictEqual(byRule, ['23 plan-target-unreported', '35 plan-action-unreported', '37 plan-action-unreported']);
    assert.ok(diags.every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    assert.ok(diags.some((d) => d.message.includes('梳理大促期间的排班方案')), diags.map((d) => d.message).join('\n'));
  });

  it('the quick fix inserts a status line for the action, and one undo takes it out', async () => {
    const editor = await openAndLint(vscode.Uri.joinPath(folder, '2026-Q4-summary-li-ming.md'));
    const doc = editor.document;
    const original = doc.getText();
    const diag = await waitFor(() => csplanDiagnostics(doc.uri).find((d) => ruleOf(d) === 'plan-action-unreported' && d.message.includes('排班方案')), 'the unreported action');
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const insert = actions.find((a) => a.title.includes('排班方案') && !/plan-action-unreported/.test(a.title));
    assert.ok(insert, `a status-line fix among ${actions.map((a) => a.title).join(' | ')}`);
    if (insert!.edit) assert.ok(await vscode.workspace.applyEdit(insert!.edit));
    if (insert!.command) await vscode.commands.executeCommand(insert!.command.command, ...(insert!.command.arguments ?? []));
    await waitFor(() => doc.getText() !== original, 'the text changed');
    assert.ok(doc.getText().includes('\n- 梳理大促期间的排班方案（李明，2026-11-05）：'), doc.getText());
    assert.ok(doc.getText().startsWith(original.slice(0, original.indexOf('## 四、'))), 'nothing before the part changed');
    await settled(doc);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => doc.getText() === original, 'one undo restores the summary');
  });

  it('a plan: that points nowhere is a problem on its value', async () => {
    const uri = vscode.Uri.joinPath(folder, 'with-link.md');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(example('2026-Q4-summary-li-ming.md'))).replace('author: 李明', 'author: 李明\nplan: ./no-such-plan.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const editor = await openAndLint(uri);
    const d = await waitFor(() => csplanDiagnostics(editor.document.uri).find((x) => ruleOf(x) === 'plan-action-unreported'), 'the broken link');
    assert.strictEqual(d.range.start.line, 5);
    assert.ok(d.message.includes('no-such-plan.md'), d.message);
  });
});
