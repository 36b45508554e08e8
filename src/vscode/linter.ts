// Runs the engine on Markdown documents and publishes diagnostics: debounced, one run per document
// at a time, every result tied to the document version it was computed from.
import * as vscode from 'vscode';
import { isCsplanDocument } from '../core/relevance';
import { createAnalyzer, type Analyzer } from '../core/incremental';
import type { AnalyzeResult, Config, Finding, Locale } from '../core/types';
import { effectiveConfig, displayLocale, settingsRules, RcFinder, type EffectiveConfig } from './config';
import { PlanLinker } from './plan-link';
import type { LinkedDocuments } from '../core/types';

export interface Analysis {
  uri: vscode.Uri;
  version: number;
  result: AnalyzeResult;
  locale: Locale;
  config: Config;
  /** False when the document does not look like a summary, plan or SOP (no diagnostics are shown). */
  relevant: boolean;
  /** The plan it was checked against, when it follows one. */
  linked?: LinkedDocuments;
}

export function isMarkdown(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'markdown';
}

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function findingRange(doc: vscode.TextDocument, f: Finding): vscode.Range {
  return new vscode.Range(doc.positionAt(f.range.start.offset), doc.positionAt(f.range.end.offset));
}

export class Linter implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('csplan');
  /** Problems of the .csplanrc files in use, shown on those files. */
  readonly configCollection = vscode.languages.createDiagnosticCollection('csplan-config');
  readonly finder = new RcFinder();
  /** Finds the plan a summary follows (read through vscode.workspace.fs). */
  readonly planLinker = new PlanLinker();
  /** The linked plan of each document, as found by its last run. */
  private readonly links = new Map<string, LinkedDocuments | undefined>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Generation per document: a run that finds a newer generation drops its result. */
  private readonly generation = new Map<string, number>();
  private readonly last = new Map<string, Analysis>();
  /** Analyses computed on demand (a quick fix asked before the debounced run): reused by that run. */
  private readonly fresh = new Map<string, Analysis>();
  private readonly configs = new Map<string, EffectiveConfig>();
  private readonly pending = new Map<string, Promise<Analysis | undefined>>();
  private readonly running = new Map<string, number>();
  private readonly emitter = new vscode.EventEmitter<Analysis>();
  /** Fires after each analysis is published. */
  readonly onDidAnalyze = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  /** Number of analyses run (for tests and the output channel). */
  runs = 0;
  readonly runsByUri = new Map<string, number>();
  /** How long the last analysis of each document took (ms). */
  private readonly durations = new Map<string, number>();
  /** Incremental analyzers of the open documents (dropped on close). */
  private readonly analyzers = new Map<string, { analyzer: Analyzer; optionsKey: string }>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      this.collection,
      this.configCollection,
      this.finder,
      this.emitter,
      this.finder.onDidChange(() => this.relintAll('config file changed')),
      this.planLinker,
      // A plan saved, added or removed: the summaries open beside it are checked against it again.
      this.planLinker.onDidChange(() => {
        for (const e of vscode.window.visibleTextEditors) if (isMarkdown(e.document) && this.links.has(e.document.uri.toString())) this.schedule(e.document);
      }),
    );
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }

  enabled(doc?: vscode.TextDocument): boolean {
    const scope = doc && doc.uri.scheme !== 'untitled' ? doc.uri : undefined;
    return vscode.workspace.getConfiguration('csplan', scope).get<boolean>('enable', true);
  }

  /** Markdown, enabled, and visible in an editor (or untitled). */
  shouldLint(doc: vscode.TextDocument): boolean {
    if (!isMarkdown(doc) || doc.isClosed || !this.enabled(doc)) return false;
    if (doc.uri.scheme === 'untitled') return true;
    return vscode.window.visibleTextEditors.some((e) => e.document === doc);
  }

  /** The configured debounce, stretched for a document whose analysis is slow (at most 5 s): typing in a huge document stays fluid. */
  debounceMs(doc: vscode.TextDocument): number {
    const scope = doc.uri.scheme === 'untitled' ? undefined : doc.uri;
    const v = vscode.workspace.getConfiguration('csplan', scope).get<number>('debounceMs', 300);
    const configured = typeof v === 'number' && v >= 0 ? Math.min(v, 10_000) : 300;
    const took = this.durations.get(doc.uri.toString()) ?? 0;
    return Math.max(configured, Math.min(5000, 2 * took));
  }

  /** Schedules a run; a newer schedule for the same document cancels this one. */
  schedule(doc: vscode.TextDocument, delay = this.debounceMs(doc)): void {
    const key = doc.uri.toString();
    const gen = (this.generation.get(key) ?? 0) + 1;
    this.generation.set(key, gen);
    const old = this.timers.get(key);
    if (old) clearTimeout(old);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (this.generation.get(key) !== gen) return;
        if (!this.shouldLint(doc)) return;
        void this.run(doc, gen);
      }, delay),
    );
  }

  /** Analyses now (config read first) and publishes, unless the document moved on meanwhile. */
  async run(doc: vscode.TextDocument, gen = this.generation.get(doc.uri.toString()) ?? 0): Promise<Analysis | undefined> {
    const key = doc.uri.toString();
    const version = doc.version;
    this.running.set(key, (this.running.get(key) ?? 0) + 1);
    try {
      return await this.runInner(doc, gen, key, version);
    } finally {
      const n = (this.running.get(key) ?? 1) - 1;
      if (n > 0) this.running.set(key, n);
      else this.running.delete(key);
    }
  }

  private async runInner(doc: vscode.TextDocument, gen: number, key: string, version: number): Promise<Analysis | undefined> {
    const eff = await effectiveConfig(this.finder, doc.uri);
    this.publishConfigProblems(eff);
    try {
      this.links.set(key, await this.planLinker.linkedFor(doc, eff.rc?.uri));
    } catch (e) {
      this.log.warn(`finding the plan of ${key} failed: ${(e as Error).message}`);
    }
    this.configs.set(key, eff);
    // Stale: a newer edit was scheduled, the version changed, or the document closed.
    if ((this.generation.get(key) ?? 0) !== gen || doc.version !== version || doc.isClosed) return undefined;
    const f = this.fresh.get(key);
    const a = f && f.version === version && JSON.stringify(f.config) === JSON.stringify(eff.config) && f.linked === this.links.get(key) ? f : this.compute(doc, eff);
    if (a) this.publish(doc, a);
    return a;
  }

  /** The analysis of the document as it is now: the cached one if the version matches, else computed now (and kept for this version). */
  analysisFor(doc: vscode.TextDocument): Analysis | undefined {
    const key = doc.uri.toString();
    const locale = displayLocale(doc.uri.scheme === 'untitled' ? undefined : doc.uri);
    for (const a of [this.last.get(key), this.fresh.get(key)]) if (a && a.version === doc.version && a.locale === locale) return a;
    const a = this.compute(doc, this.configs.get(key));
    if (a) this.fresh.set(key, a);
    return a;
  }

  /** True when the published analysis is of the document's current version. */
  isCurrent(doc: vscode.TextDocument): boolean {
    return this.last.get(doc.uri.toString())?.version === doc.version;
  }

  /** True while a run is scheduled or running for the document. */
  isBusy(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return this.timers.has(key) || this.pending.has(key) || this.running.has(key);
  }

  /** The last published analysis (whatever its version). */
  lastAnalysis(uri: vscode.Uri): Analysis | undefined {
    return this.last.get(uri.toString());
  }

  /** Analyses and publishes now, reading the configuration first (used by the API and commands). */
  async analyzeNow(doc: vscode.TextDocument): Promise<Analysis | undefined> {
    const key = doc.uri.toString();
    const gen = (this.generation.get(key) ?? 0) + 1;
    this.generation.set(key, gen);
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
    const p = this.run(doc, gen);
    this.pending.set(key, p);
    try {
      return (await p) ?? this.analysisFor(doc);
    } finally {
      if (this.pending.get(key) === p) this.pending.delete(key);
    }
  }

  private compute(doc: vscode.TextDocument, eff?: EffectiveConfig): Analysis | undefined {
    const scope = doc.uri.scheme === 'untitled' ? undefined : doc.uri;
    const locale = displayLocale(scope);
    // Without a config read yet (a quick fix before the first run): the settings alone.
    const config: Config = eff && eff.config.locale === locale ? eff.config : eff ? { ...eff.config, locale } : { rules: settingsRules(scope), locale };
    const text = doc.getText();
    const linked = this.links.get(doc.uri.toString());
    let result: AnalyzeResult;
    const t0 = Date.now();
    try {
      result = this.analyzerFor(doc, locale, config).analyze(text, linked ? { linked } : undefined);
    } catch (e) {
      this.log.error(`analyze failed for ${doc.uri.toString()}: ${(e as Error).stack ?? e}`);
      return undefined;
    }
    this.runs++;
    this.durations.set(doc.uri.toString(), Date.now() - t0);
    this.runsByUri.set(doc.uri.toString(), (this.runsByUri.get(doc.uri.toString()) ?? 0) + 1);
    this.log.trace(`analyzed ${doc.uri.toString()} v${doc.version} in ${Date.now() - t0} ms: ${result.findings.length} findings, ${result.completeness.score}%`);
    return { uri: doc.uri, version: doc.version, result, locale, config, relevant: isCsplanDocument(result), ...(linked ? { linked } : {}) };
  }

  /**
   * One incremental analyzer per open document (parsing again only the chunks an edit touched),
   * made anew when the settings or the configuration it was made with change.
   */
  private analyzerFor(doc: vscode.TextDocument, locale: Locale, config: Config): Analyzer {
    const key = doc.uri.toString();
    const filePath = doc.uri.scheme === 'file' ? doc.uri.fsPath : key;
    const optionsKey = JSON.stringify([filePath, locale, config]);
    const known = this.analyzers.get(key);
    if (known && known.optionsKey === optionsKey) return known.analyzer;
    const analyzer = createAnalyzer({ filePath, locale, config });
    this.analyzers.set(key, { analyzer, optionsKey });
    return analyzer;
  }

  private publish(doc: vscode.TextDocument, a: Analysis): void {
    this.last.set(doc.uri.toString(), a);
    this.fresh.delete(doc.uri.toString());
    this.collection.set(doc.uri, a.relevant ? this.toDiagnostics(doc, a) : []);
    this.emitter.fire(a);
  }

  private publishConfigProblems(eff: EffectiveConfig): void {
    if (!eff.rc) return;
    const byFile = new Map<string, { uri: vscode.Uri; diags: vscode.Diagnostic[] }>();
    byFile.set(eff.rc.uri.toString(), { uri: eff.rc.uri, diags: [] });
    for (const p of eff.rc.problems) {
      const entry = byFile.get(p.uri.toString()) ?? { uri: p.uri, diags: [] };
      byFile.set(p.uri.toString(), entry);
      const d = new vscode.Diagnostic(new vscode.Range(p.line, p.column, p.line, p.column + 1), p.message, vscode.DiagnosticSeverity.Warning);
      d.source = 'csplan';
      d.code = 'config';
      entry.diags.push(d);
      this.log.warn(`${p.uri.toString()}:${p.line + 1}:${p.column + 1} ${p.message}`);
    }
    for (const { uri, diags } of byFile.values()) this.configCollection.set(uri, diags);
  }

  toDiagnostics(doc: vscode.TextDocument, a: Analysis): vscode.Diagnostic[] {
    return a.result.findings.map((f) => {
      const d = new vscode.Diagnostic(findingRange(doc, f), f.message, SEVERITY[f.severity] ?? vscode.DiagnosticSeverity.Warning);
      d.source = 'csplan';
      d.code = { value: f.rule, target: vscode.Uri.joinPath(this.extensionUri, 'docs', 'rules', `${f.rule}.md`) };
      return d;
    });
  }

  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
    this.generation.set(key, (this.generation.get(key) ?? 0) + 1);
    this.last.delete(key);
    this.fresh.delete(key);
    this.durations.delete(key);
    this.configs.delete(key);
    this.links.delete(key);
    this.analyzers.delete(key);
    this.collection.delete(uri);
  }

  /** Re-reads configuration and re-lints every open Markdown document that should be linted. */
  relintAll(reason: string): void {
    this.log.info(`re-linting: ${reason}`);
    this.finder.clear();
    this.configs.clear();
    this.fresh.clear();
    this.configCollection.clear();
    for (const doc of vscode.workspace.textDocuments) {
      if (!isMarkdown(doc)) continue;
      if (!this.enabled(doc)) this.clear(doc.uri);
      else if (this.shouldLint(doc)) this.schedule(doc, 0);
    }
  }
}
