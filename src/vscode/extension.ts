// Entry point of the extension (desktop and web: the same source is bundled twice, see
// scripts/build.mjs). Activates on Markdown; everything heavy is the engine, run per document.
import * as vscode from 'vscode';
import type { AnalyzeResult } from '../core/types';
import { Linter, isMarkdown } from './linter';
import { CsplanCodeActions, applyFix, fixAll, type FixRef } from './codeActions';
import { FrontmatterCompletion, FrontmatterHover } from './frontmatter';
import { newFromTemplate, type NewFromTemplateArgs } from './templates';
import { ScoreStatus } from './statusBar';
import { registerPreview, type PreviewAnalyzer } from './preview';
import { registerExport } from './export';
import { registerDashboard } from './dashboard';
import { registerGenerate } from './generate';
import { registerWalkthrough } from './walkthrough';

/** What activate() returns: used by the integration tests and by other extensions. */
export interface CsplanApi {
  /** Analyses the document (opening it if needed) as it is now, publishes its diagnostics, and returns the result. */
  analyzeDocument(uri: vscode.Uri): Promise<AnalyzeResult | undefined>;
  /** The last published analysis of a document, with the version it was computed for. */
  lastAnalysis(uri: vscode.Uri): { version: number; result: AnalyzeResult; relevant: boolean } | undefined;
  /** The status bar item as shown now. */
  statusBar(): { text: string; tooltip: string; visible: boolean; command?: string };
  /** Resolves when no lint run is scheduled or running for the document. */
  whenIdle(uri: vscode.Uri, timeoutMs?: number): Promise<void>;
  /** How many analyses ran since activation (for one document, or all). */
  runs(uri?: vscode.Uri): number;
  /**
   * What activation cost in this host: `loadMs` evaluating the bundle (between the stamps of the
   * banner and footer added by scripts/build.mjs), `activateMs` running activate().
   */
  timings(): { loadMs?: number; activateMs: number };
}

const now = () => (globalThis.performance ? performance.now() : Date.now());
const stamps = globalThis as { __csplanLoadStart?: number; __csplanLoadEnd?: number };

export function activate(context: vscode.ExtensionContext): CsplanApi {
  const activateStart = now();
  const log = vscode.window.createOutputChannel('CS Plan', { log: true });
  const linter = new Linter(context.extensionUri, log);
  const status = new ScoreStatus(linter);
  context.subscriptions.push(log, linter, status);

  const selector: vscode.DocumentSelector = { language: 'markdown' };
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(selector, new CsplanCodeActions(linter), { providedCodeActionKinds: CsplanCodeActions.kinds }),
    vscode.languages.registerCompletionItemProvider(selector, new FrontmatterCompletion(), ':', ' '),
    vscode.languages.registerHoverProvider(selector, new FrontmatterHover()),
  );

  // Lint on open, change, becoming visible; clear on close.
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (isMarkdown(doc)) linter.schedule(doc, 0);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (isMarkdown(e.document) && e.contentChanges.length) linter.schedule(e.document);
    }),
    vscode.window.onDidChangeVisibleTextEditors((editors) => {
      for (const e of editors) {
        const a = linter.lastAnalysis(e.document.uri);
        if (isMarkdown(e.document) && (!a || a.version !== e.document.version)) linter.schedule(e.document, 0);
      }
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => linter.clear(doc.uri)),
    vscode.workspace.onDidSaveTextDocument((doc) => linter.finder.noteSaved(doc.uri)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('csplan')) linter.relintAll('settings changed');
    }),
  );
  for (const e of vscode.window.visibleTextEditors) if (isMarkdown(e.document)) linter.schedule(e.document, 0);
  for (const doc of vscode.workspace.textDocuments) if (isMarkdown(doc) && doc.uri.scheme === 'untitled') linter.schedule(doc, 0);

  context.subscriptions.push(
    vscode.commands.registerCommand('csplan.newFromTemplate', (args?: NewFromTemplateArgs) => newFromTemplate(args ?? {})),
    vscode.commands.registerCommand('csplan.fixAll', (uri?: vscode.Uri) => fixAll(linter, uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('csplan.applyFix', (ref: FixRef) => applyFix(linter, ref)),
    vscode.commands.registerCommand('csplan.showOutput', () => log.show()),
    vscode.commands.registerCommand('csplan.getLastAnalysis', (uri?: vscode.Uri) => {
      const u = uri ?? vscode.window.activeTextEditor?.document.uri;
      return u ? linter.lastAnalysis(u)?.result : undefined;
    }),
  );

  // Preview, export and team dashboard (src/vscode/preview.ts, export.ts, dashboard.ts): they analyse
  // through the linter, so they see the user's settings and .csplanrc and share its per-version cache.
  const analyzer: PreviewAnalyzer = { analyze: (doc) => linter.analysisFor(doc)?.result, linked: (doc) => linter.analysisFor(doc)?.linked, onDidAnalyze: linter.onDidAnalyze };
  registerPreview(context, analyzer);
  registerExport(context, analyzer);
  registerDashboard(context, { finder: linter.finder, log, linker: linter.planLinker });
  // New Summary from Plan / New Plan from Summary (src/vscode/generate.ts).
  registerGenerate(context, linter);
  // The buttons of the Get started walkthrough (src/vscode/walkthrough.ts).
  registerWalkthrough(context);

  const api: CsplanApi = {
    async analyzeDocument(uri) {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri));
      return (await linter.analyzeNow(doc))?.result;
    },
    lastAnalysis(uri) {
      const a = linter.lastAnalysis(uri);
      return a && { version: a.version, result: a.result, relevant: a.relevant };
    },
    statusBar() {
      const t = status.item.tooltip;
      return { text: status.item.text, tooltip: typeof t === 'string' ? t : (t?.value ?? ''), visible: status.visible, command: typeof status.item.command === 'string' ? status.item.command : status.item.command?.command };
    },
    async whenIdle(uri, timeoutMs = 5000) {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        const a = linter.lastAnalysis(uri);
        if (!doc || (a && a.version === doc.version && !linter.isBusy(uri))) return;
        if (Date.now() > end) throw new Error(`csplan: no analysis of ${uri.toString()} within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    runs: (uri) => (uri ? (linter.runsByUri.get(uri.toString()) ?? 0) : linter.runs),
    timings: () => timings,
  };
  // The footer runs after this module's top level, so read its stamp here, not at load.
  const { __csplanLoadStart: loadStart, __csplanLoadEnd: loadEnd } = stamps;
  const timings = { loadMs: loadStart !== undefined && loadEnd !== undefined ? loadEnd - loadStart : undefined, activateMs: now() - activateStart };
  log.info(`activated (${vscode.env.appName} ${vscode.version}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'}, language ${vscode.env.language}) — bundle ${timings.loadMs?.toFixed(0) ?? '?'} ms + activate ${timings.activateMs.toFixed(0)} ms`);
  return api;
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
