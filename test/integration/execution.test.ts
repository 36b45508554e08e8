// Plan execution where people look, in the real extension host: the preview of a summary whose plan
// is in the workspace shows the plan-execution block (counted as analyze() counts it, items rendered
// in the webview's DOM), and its plan line opens the plan at the action's line; the team dashboard
// rolls up each person's plan execution.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, extensionUri, openAndLint, waitFor } from './editorHelpers';
import type { PreviewState } from '../../src/vscode/preview';
import { executionOf } from '../../src/core/render/execution';

const FOLDER = 'execution-preview-test';

describe('plan execution in the preview (real host)', function () {
  this.timeout(60_000);
  let folder: vscode.Uri;
  const example = (name: string) => vscode.Uri.joinPath(extensionUri(), 'examples', 'loop', name);

  before(async () => {
    await api();
    folder = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, FOLDER);
    for (const name of ['2026-Q4-plan-li-ming.md', '2026-Q4-summary-li-ming.md']) {
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, name), await vscode.workspace.fs.readFile(example(name)));
    }
  });
  after(async () => {
    await closeAll();
    // The team dashboard's tests roll up the workspace: leave it as it was.
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('shows the block of a linked summary, and a click on an action opens the plan at its line', async () => {
    const summary = vscode.Uri.joinPath(folder, '2026-Q4-summary-li-ming.md');
    const editor = await openAndLint(summary);
    const result = await (await api()).analyzeDocument(summary);
    const want = result && executionOf(result);
    assert.ok(want, 'the summary is analysed against its plan');
    await vscode.commands.executeCommand('csplan.openPreview');
    const s = await waitFor(async () => {
      const st = await vscode.commands.executeCommand<PreviewState | undefined>('csplan.preview.getState', summary);
      return st?.execution && st.webview?.version === editor.document.version && st.webview.executionItems ? st : undefined;
    }, 'the preview to render the plan-execution block', 20_000);
    assert.deepEqual(s.execution!.counts, want.counts);
    assert.ok(want.counts.actions.unreported > 0, 'the example leaves actions unreported');
    assert.equal(s.webview!.executionItems, want.actions.length + want.targets.length, 'one item a due action and a target, in the webview');

    // The first unreported action: its plan line, clicked in the webview, opens the plan there.
    const action = want.actions.find((a) => a.status === 'unreported')!;
    assert.ok(s.webview!.executionPlanLines!.includes(action.planLine), `the webview offers plan line ${action.planLine}`);
    const range = await vscode.commands.executeCommand<vscode.Range | undefined>('csplan.preview.receive', { type: 'openPlan', line: action.planLine });
    assert.ok(range, 'the plan was opened');
    const active = await waitFor(() => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.path.endsWith('/2026-Q4-plan-li-ming.md') ? e : undefined;
    }, 'the plan in the active editor');
    assert.equal(active.selection.active.line, action.planLine - 1);
    assert.ok(active.document.lineAt(action.planLine - 1).text.includes(action.text), active.document.lineAt(action.planLine - 1).text);
  });

  it('the team dashboard rolls up the summary\'s plan execution, and an overdue action opens the plan at its line', async () => {
    const summary = vscode.Uri.joinPath(folder, '2026-Q4-summary-li-ming.md');
    const result = await (await api()).analyzeDocument(summary);
    const want = result && executionOf(result);
    assert.ok(want);
    await vscode.commands.executeCommand('csplan.teamDashboard');
    type Dash = { generation: number; webview?: { generation?: number }; report?: import('../../src/core/rollup/types').RollupReport };
    const s = await waitFor(async () => {
      const st = await vscode.commands.executeCommand<Dash>('csplan._dashboardState');
      const row = st?.report?.tables.find((t) => t.period?.key === '2026-Q4')?.rows.find((r) => r.paths.includes(summary.toString()));
      return st?.report && st.webview?.generation === st.generation && row?.execution ? { st, row } : undefined;
    }, 'the dashboard to roll up the plan execution', 30_000);
    assert.deepEqual(s.row.execution!.counts, want.counts);
    const overdue = s.st.report!.overdue.find((o) => o.path === summary.toString());
    assert.ok(overdue, 'the overdue action is listed');
    assert.ok(overdue!.plan.endsWith('/2026-Q4-plan-li-ming.md'), overdue!.plan);
    await vscode.commands.executeCommand('csplan._dashboardReceive', { type: 'open', path: overdue!.plan, line: overdue!.planLine });
    const editor = await waitFor(() => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.toString() === overdue!.plan && e.selection.active.line === overdue!.planLine - 1 ? e : undefined;
    }, `the plan at line ${overdue!.planLine}`);
    assert.ok(editor.document.lineAt(overdue!.planLine - 1).text.includes(overdue!.action));
  });
});
