// Smoke test of the real-host harness: the extension under test is loaded in a real VS Code
// extension host, opening a Markdown file activates it, and the display language is the one the
// launcher asked for (code-server --locale + languagepacks.json; see scripts/vscode/launch.mjs).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'csplan.csplan';

async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('real VS Code host (harness)', () => {
  it('runs in a real VS Code extension host with the test workspace open', () => {
    assert.match(vscode.version, /^1\.\d+\.\d+/);
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1, 'one workspace folder');
    assert.equal(vscode.workspace.getWorkspaceFolder(vscode.Uri.file(path.join(folders[0].uri.fsPath, 'pitfalls.md')))?.index, 0);
  });

  it(`has the extension ${EXTENSION_ID} installed from the development path`, () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not among ${vscode.extensions.all.length} extensions`);
    assert.equal(ext.packageJSON.publisher, 'csplan');
    assert.equal(ext.packageJSON.name, 'csplan');
  });

  it('activates the extension when a Markdown file of the workspace is opened', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const [file] = await vscode.workspace.findFiles('pitfalls.md');
    assert.ok(file, 'test/fixtures/workspace/pitfalls.md is in the workspace');
    const doc = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'markdown');
    await waitFor('the extension to activate on a Markdown file', () => ext.isActive);
    assert.equal(ext.isActive, true);
  });

  it('reports what its activation cost in this host (bundle evaluation and activate())', () => {
    const t = (vscode.extensions.getExtension(EXTENSION_ID)!.exports as { timings(): { loadMs?: number; activateMs: number } }).timings();
    assert.ok(Number.isFinite(t.activateMs) && t.activateMs >= 0, `activateMs ${t.activateMs}`);
    assert.ok(t.loadMs !== undefined && Number.isFinite(t.loadMs) && t.loadMs >= 0, `loadMs ${t.loadMs}: the bundle's banner stamp is missing`);
  });

  const expected = process.env.CSPLAN_EXPECTED_LANGUAGE;
  (expected ? it : it.skip)(`has the display language the launcher asked for (${expected ?? 'not set'})`, () => {
    assert.equal(vscode.env.language, expected);
  });
});
