// Quick fixes inside the real extension host: each fix applied through its code action, the text
// checked, one undo restores it; "disable for this line"; fix-all; no stale offsets after an edit.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { applyEdits, applyFixes } from '../../src/core/fixes';
import { api, closeAll, csplanDiagnostics, fixtureText, openUntitled, ruleOf, settled, waitFor } from './editorHelpers';

async function actionsAt(doc: vscode.TextDocument, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, kind)) ?? [];
}

async function run(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), 'edit applied');
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

async function undo(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('undo');
}

describe('csplan quick fixes (editor)', function () {
  this.timeout(60000);
  let original = '';
  before(async () => {
    original = await fixtureText('plan-issues.md');
  });
  afterEach(closeAll);

  it('applies every fix of every finding, each as one undo step', async () => {
    const a = await api();
    const editor = await openUntitled(original);
    const doc = editor.document;
    const findings = (await a.analyzeDocument(doc.uri))!.findings.filter((f) => f.fixes?.length);
    assert.ok(findings.length >= 3, `fixable findings: ${findings.map((f) => f.rule).join(', ')}`);
    let applied = 0;
    for (const f of findings) {
      for (const fix of f.fixes!) {
        assert.strictEqual(doc.getText(), original, 'starts from the original');
        await settled(doc);
        const range = new vscode.Range(doc.positionAt(f.range.start.offset), doc.positionAt(f.range.end.offset));
        const actions = await actionsAt(doc, range, vscode.CodeActionKind.QuickFix.value);
        const action = actions.find((x) => x.title === fix.title);
        assert.ok(action, `action "${fix.title}" among ${actions.map((x) => x.title).join(' | ')}`);
        // (vscode.executeCodeActionProvider drops CodeAction.diagnostics, so the tie is not checked here.)
        await run(action!);
        await waitFor(() => doc.getText() !== original, `text changed by "${fix.title}"`);
        assert.strictEqual(doc.getText(), applyEdits(original, fix.edits), `result of "${fix.title}"`);
        await undo(editor);
        await waitFor(() => doc.getText() === original, `one undo restores after "${fix.title}"`);
        applied++;
      }
    }
    assert.ok(applied >= 4, `fixes applied: ${applied}`);
  });

  it('offers every deadline for a vague one, and the chosen date replaces the vague word only', async () => {
    const editor = await openUntitled(original);
    const doc = editor.document;
    const diag = await waitFor(() => csplanDiagnostics(doc.uri).find((d) => ruleOf(d) === 'vague-deadline'), 'vague-deadline diagnostic');
    const actions = await actionsAt(doc, diag.range, vscode.CodeActionKind.QuickFix.value);
    const dated = actions.filter((x) => /\d{4}-\d{2}-\d{2}/.test(x.title));
    assert.ok(dated.length >= 2, `deadline choices: ${actions.map((x) => x.title).join(' | ')}`);
    assert.strictEqual(dated.filter((x) => x.isPreferred).length, 1, 'one preferred choice');
    const second = dated[1];
    const date = /\d{4}-\d{2}-\d{2}/.exec(second.title)![0];
    await run(second);
    await waitFor(() => doc.lineAt(29).text.includes(date), 'date written');
    assert.strictEqual(doc.lineAt(29).text, `| 简化退款审批流程 | 客服组长 王芳 | ${date} | 平均处理时长 ≤ 5.5 分钟 |`);
    await settled(doc);
    assert.ok(!csplanDiagnostics(doc.uri).some((d) => ruleOf(d) === 'vague-deadline'), 'vague-deadline gone');
  });

  it('disables a rule for a list line (comment above) and for a table row (comment at its end)', async () => {
    const editor = await openUntitled(original);
    const doc = editor.document;
    const goal = await waitFor(() => csplanDiagnostics(doc.uri).find((d) => ruleOf(d) === 'goal-not-measurable'), 'goal diagnostic');
    const dis = (await actionsAt(doc, goal.range, vscode.CodeActionKind.QuickFix.value)).find((x) => x.title.includes('goal-not-measurable') && !!x.edit);
    assert.ok(dis, 'disable action');
    await run(dis!);
    await waitFor(() => doc.lineAt(23).text === '<!-- csplan-disable-next-line goal-not-measurable -->', 'comment above the goal');
    assert.strictEqual(doc.lineAt(24).text, '3. 提升团队服务意识。');
    await settled(doc);
    assert.ok(!csplanDiagnostics(doc.uri).some((d) => ruleOf(d) === 'goal-not-measurable'), 'goal finding silenced');

    const owner = csplanDiagnostics(doc.uri).find((d) => ruleOf(d) === 'action-missing-owner')!;
    const dis2 = (await actionsAt(doc, owner.range, vscode.CodeActionKind.QuickFix.value)).find((x) => x.title.includes('action-missing-owner') && !!x.edit);
    await run(dis2!);
    await waitFor(() => doc.lineAt(owner.range.start.line).text.endsWith('<!-- csplan-disable-line action-missing-owner -->'), 'comment at the row end');
    await settled(doc);
    const rules = csplanDiagnostics(doc.uri).map(ruleOf);
    assert.ok(!rules.includes('action-missing-owner'), 'owner finding silenced');
    // The table is still a table: the rows after it are still read.
    assert.ok(rules.includes('action-missing-deadline'), `other rows still checked: ${rules.join(', ')}`);
    // One undo removes the last comment.
    await undo(editor);
    await waitFor(() => !doc.getText().includes('csplan-disable-line'), 'undo');
  });

  it('fixes all in one step (command and source.fixAll action) and one undo restores', async () => {
    const editor = await openUntitled(original);
    const doc = editor.document;
    const fixAll = (await actionsAt(doc, new vscode.Range(0, 0, 0, 0), 'source.fixAll.csplan')).find((x) => x.kind?.value === 'source.fixAll.csplan');
    assert.ok(fixAll, 'source.fixAll.csplan offered');
    // Fix texts are localised: take the findings the editor itself computed for this text.
    const expected = applyFixes(original, (await (await api()).analyzeDocument(doc.uri))!.findings);
    await run(fixAll!);
    await waitFor(() => doc.getText() !== original, 'fix all applied');
    // Same edits as the engine's applyFixes on the same text (fix titles depend on the locale; edits do not).
    assert.strictEqual(normalizeDates(doc.getText()), normalizeDates(expected));
    assert.ok(!doc.getText().includes('尽快'));
    await undo(editor);
    await waitFor(() => doc.getText() === original, 'one undo restores everything');
    // And through the command.
    await vscode.commands.executeCommand('csplan.fixAll', doc.uri);
    await waitFor(() => doc.getText() !== original, 'csplan.fixAll applied');
    await settled(doc);
    const left = csplanDiagnostics(doc.uri).map(ruleOf);
    assert.ok(!left.includes('vague-deadline') && !left.includes('action-missing-deadline'), `left: ${left.join(', ')}`);
  });

  it('never applies stale offsets: a fix chosen before an edit lands in the right place', async () => {
    const editor = await openUntitled(original);
    const doc = editor.document;
    const diag = await waitFor(() => csplanDiagnostics(doc.uri).find((d) => ruleOf(d) === 'vague-deadline'), 'vague-deadline');
    const action = (await actionsAt(doc, diag.range, vscode.CodeActionKind.QuickFix.value)).find((x) => x.isPreferred && /\d{4}-\d{2}-\d{2}/.test(x.title))!;
    assert.ok(action.command, 'the fix runs through a command that re-checks the version');
    // The user types above the table before choosing the fix: every offset after it shifts.
    await editor.edit((e) => e.insert(new vscode.Position(18, 0), '本季度重点：提升一次解决率。\n'));
    await run(action);
    const date = /\d{4}-\d{2}-\d{2}/.exec(action.title)![0];
    await waitFor(() => doc.getText().includes(`| 客服组长 王芳 | ${date} |`), 'fix applied at the shifted place');
    assert.ok(!doc.getText().includes('尽快'));
    assert.ok(doc.getText().includes('本季度重点：提升一次解决率。'));
  });
});

/** The fixes' dates are "end of this month" relative to today: compare the shape, not the day. */
function normalizeDates(s: string): string {
  return s.replace(/\d{4}-\d{2}-\d{2}/g, 'YYYY-MM-DD');
}
