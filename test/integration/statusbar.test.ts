// The status bar score inside the real host. Runs after the preview suite (see index.ts): its click
// opens the preview, and the preview suite expects to start without a panel having been closed.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, fixture, openAndLint, settled, waitFor } from './editorHelpers';

describe('csplan status bar (editor)', function () {
  this.timeout(30000);
  afterEach(closeAll);

  it('shows the completeness score of the active document and opens the preview on click', async () => {
    const a = await api();
    const editor = await openAndLint(fixture('plan-issues.md'));
    const score = a.lastAnalysis(editor.document.uri)!.result.completeness.score;
    assert.ok(score > 0 && score < 100, `score ${score}`);
    await waitFor(() => a.statusBar().text === `$(checklist) ${score}%`, 'status text');
    const sb = a.statusBar();
    assert.ok(sb.visible);
    assert.strictEqual(sb.command, 'csplan.openPreview');
    const missing = a.lastAnalysis(editor.document.uri)!.result.completeness.items.filter((i) => !i.met);
    for (const m of missing) assert.ok(sb.tooltip.includes(m.label), `tooltip lists ${m.label}`);
    // Fixing a finding raises the score live.
    await vscode.commands.executeCommand('csplan.fixAll', editor.document.uri);
    await settled(editor.document);
    const after = a.lastAnalysis(editor.document.uri)!.result.completeness.score;
    assert.ok(after > score, `${after} > ${score}`);
    await waitFor(() => a.statusBar().text === `$(checklist) ${after}%`, 'status text updated');
    // Its click opens the completeness preview of this document, which shows the same score.
    const state = await vscode.commands.executeCommand<{ uri: string; score: number } | undefined>(a.statusBar().command!);
    assert.ok(state, 'the preview opened');
    assert.strictEqual(state!.uri, editor.document.uri.toString());
    assert.strictEqual(state!.score, after);
    // With the preview focused, the score stays on screen.
    assert.ok(a.statusBar().visible);
    // Close the preview and wait until it is gone, so the next suite starts without a panel.
    await closeAll();
    await waitFor(async () => (await vscode.commands.executeCommand('csplan.preview.getState')) === undefined, 'preview closed');
    // A document that is not ours: no score.
    await openAndLint(fixture('notes.md'));
    await waitFor(() => !a.statusBar().visible, 'hidden for plain Markdown');
  });
});
