// Helpers of the web-host suite. Everything here must run in a Worker: no `node:` imports, no
// `process`, no file system but VS Code's (workspace.fs reaches the server's disk through the
// remote connection, in the worker host as in the Node host).
import * as vscode from 'vscode';
import type { CsplanApi } from '../../../src/vscode/extension';

export const EXTENSION_ID = 'csplan.csplan';

/** Written by scripts/vscode/run-web.mjs into the workspace before the host starts. */
export interface RunConfig {
  /** The extension host the suite must find itself in. */
  host: 'webworker' | 'node';
  /** The display language the launcher asked for. */
  language: string;
  /** Whether the launcher answers the Problems-panel handshake (it reads the workbench's DOM). */
  ui: boolean;
}
export const RUN_CONFIG = '.csplan-web-run.json';
export const RESULTS = '.csplan-web-results.json';
export const UI_REQUEST = '.csplan-web-ui-request.json';
export const UI_ANSWER = '.csplan-web-ui-answer.json';

export class AssertionError extends Error {
  override name = 'AssertionError';
}
export function ok(value: unknown, message: string): asserts value {
  if (!value) throw new AssertionError(message);
}
export function equal<T>(actual: T, expected: T, message: string): void {
  if (actual !== expected) throw new AssertionError(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
export function match(actual: string, re: RegExp, message: string): void {
  if (!re.test(actual)) throw new AssertionError(`${message}: ${JSON.stringify(actual.slice(0, 300))} does not match ${re}`);
}

export function workspaceFolder(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!f) throw new Error('no workspace folder open');
  return f;
}
export const inWorkspace = (name: string) => vscode.Uri.joinPath(workspaceFolder(), name);

export async function readJson<T>(uri: vscode.Uri): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))) as T;
}
export async function writeJson(uri: vscode.Uri, value: unknown): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(value, null, 2)));
}

let config: RunConfig | undefined;
export async function runConfig(): Promise<RunConfig> {
  config ??= await readJson<RunConfig>(inWorkspace(RUN_CONFIG));
  return config;
}

/** Which extension host this code runs in, from what the global scope offers. */
export function currentHost(): 'webworker' | 'node' | 'unknown' {
  const g = globalThis as { WorkerGlobalScope?: unknown; importScripts?: unknown; process?: { versions?: { node?: string } } };
  if (typeof g.WorkerGlobalScope === 'function' && typeof g.importScripts === 'function' && !g.process?.versions?.node) return 'webworker';
  if (g.process?.versions?.node) return 'node';
  return 'unknown';
}

export const now = () => performance.now();
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls until `fn` returns a truthy value; the error names what was awaited. */
// PromiseLike, not Promise: executeCommand returns a Thenable.
export async function waitFor<T>(fn: () => T | undefined | false | PromiseLike<T | undefined | false>, what: string, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      if (e instanceof AssertionError) throw e;
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await sleep(50);
  }
}

export function extension(): vscode.Extension<CsplanApi> {
  const ext = vscode.extensions.getExtension<CsplanApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not among the ${vscode.extensions.all.length} extensions of this host`);
  return ext;
}
export async function api(): Promise<CsplanApi> {
  const ext = extension();
  return ext.isActive ? ext.exports : ext.activate();
}

export function csplanDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'csplan');
}
export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code);
}
export const hasCjk = (s: string) => /[\u4e00-\u9fff]/.test(s);

export function tabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs);
}
export function webviewTabs(viewType: string): vscode.Tab[] {
  return tabs().filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(viewType));
}

export async function closeAll(): Promise<void> {
  for (let i = 0; i < 20 && vscode.window.visibleTextEditors.length; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Figures the launcher prints (load and first-diagnostic times of this host). */
export const measurements: Record<string, number | string | undefined> = {};
