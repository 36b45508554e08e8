// Helpers for the editor integration tests (they run inside the real extension host).
import * as vscode from 'vscode';
import { existsSync } from 'fs';
import type { CsplanApi } from '../../src/vscode/extension';

export const EXTENSION_ID = 'csplan.csplan';

export async function api(): Promise<CsplanApi> {
  const ext = vscode.extensions.getExtension<CsplanApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} not found`);
  return ext.isActive ? ext.exports : await ext.activate();
}

export function extensionUri(): vscode.Uri {
  return vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri;
}

/** A file of test/fixtures/workspace/editor/: in the opened workspace (a scratch copy) when it is there. */
export function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (folder && existsSync(vscode.Uri.joinPath(folder, 'editor', name).fsPath)) return vscode.Uri.joinPath(folder, 'editor', name);
  return vscode.Uri.joinPath(extensionUri(), 'test', 'fixtures', 'workspace', 'editor', name);
}

export async function fixtureText(name: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(fixture(name)));
}

export async function sleep(ms: number): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

/** Polls until `fn` returns a truthy value (or throws after `timeoutMs`). */
export async function waitFor<T>(fn: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 25_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await sleep(50);
  }
}

/** Opens a file in an editor and waits until its analysis is published for the current version. */
export async function openAndLint(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  await (await api()).whenIdle(doc.uri, 10000);
  return editor;
}

/** An untitled Markdown document with this content, shown and linted. */
export async function openUntitled(content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  await (await api()).whenIdle(doc.uri, 10000);
  return editor;
}

export async function settled(doc: vscode.TextDocument): Promise<void> {
  const a = await api();
  await waitFor(() => {
    const last = a.lastAnalysis(doc.uri);
    return last && last.version === doc.version;
  }, `analysis of ${doc.uri.toString()} v${doc.version}`);
  await a.whenIdle(doc.uri, 10000);
}

export function csplanDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'csplan');
}

export function ruleOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c ? String(c.value) : String(c);
}

/** Closes every editor, reverting untitled and changed documents. */
export async function closeAll(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.visibleTextEditors.length; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Sets a csplan setting globally for a test; returns the restore function. */
export async function withSetting(key: string, value: unknown): Promise<() => Promise<void>> {
  const cfg = vscode.workspace.getConfiguration('csplan');
  const before = cfg.inspect(key)?.globalValue;
  await cfg.update(key, value, vscode.ConfigurationTarget.Global);
  return async () => {
    await vscode.workspace.getConfiguration('csplan').update(key, before, vscode.ConfigurationTarget.Global);
  };
}

/** The 0-based range of the first occurrence of `needle` on 1-based `line`. */
export function rangeOf(doc: vscode.TextDocument, line: number, needle: string): vscode.Range {
  const text = doc.lineAt(line - 1).text;
  const col = text.indexOf(needle);
  if (col < 0) throw new Error(`"${needle}" not on line ${line}: ${text}`);
  return new vscode.Range(line - 1, col, line - 1, col + needle.length);
}

export const hasCjk = (s: string) => /[\u4e00-\u9fff]/.test(s);
