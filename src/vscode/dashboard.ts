// The team dashboard (`csplan.teamDashboard`): every summary of the workspace rolled up into one
// webview — a table per period (actual against target, the team's aggregate and how it is computed,
// best and worst), trends across periods as SVG, who has not handed in, whose documents are
// incomplete with their top pitfalls, and the documents that could not be used.
//
// Files are found with workspace.findFiles and read with workspace.fs (so it works in untrusted,
// virtual and web workspaces), analysed with the user's settings and nearest .csplanrc (as the
// linter does), summarised by the engine (src/core/rollup) and kept as small DocSummaries keyed by
// URI, modification time and size: a refresh re-reads only what changed. The webview follows the
// preview's security rules: a strict CSP with a nonce, one script from dist/webview, resources only
// from media/ and dist/webview/, everything from documents escaped (dashboard-render.ts).
import * as vscode from 'vscode';
import { analyze } from '../core/analyze';
import type { PlanLinker } from './plan-link';
import type { AnalyzeResult, Locale } from '../core/types';
import { buildRollup, renderRollup, renderRollupDocx, summarizeDocument } from '../core/rollup';
import { failedSummary } from '../core/rollup/summarize';
import type { DocSummary, RollupBy, RollupReport } from '../core/rollup/types';
import { displayLocale, effectiveConfig, type RcFinder } from './config';
import { isCsplanDocument } from '../core/relevance';
import { periodsOf, renderDashboard, reportPaths, type DashboardLabels } from './dashboard-render';
import { nonce } from './nonce';
import { escapeHtml } from '../core/render/labels';
import { htmlLang } from '../core/render/report';

export interface DashboardDeps {
  /** The linter's .csplanrc finder: the dashboard sees the same configuration as the diagnostics. */
  finder: RcFinder;
  /** The linter's plan linker: each summary is checked against its plan, as in the editor. */
  linker?: PlanLinker;
  log: vscode.LogOutputChannel;
}

/** What the dashboard shows now; returned by the command and by `csplan._dashboardState` (tests). */
export interface DashboardState {
  open: boolean;
  visible: boolean;
  /** Counts the reports computed since the panel opened. */
  generation: number;
  by: RollupBy;
  period?: string;
  locale: Locale;
  /** Markdown files found by the include / exclude globs. */
  files: number;
  /** Files analysed in the last refresh (the others were unchanged and reused). */
  analysed: number;
  /** Files read in the last refresh (fewer than `files` when it was cancelled). */
  processed: number;
  /** Files that are not summaries, plans or SOPs (no frontmatter, no recognised parts): left out. */
  skipped: number;
  cancelled: boolean;
  durationMs: number;
  report?: RollupReport;
  /** What the webview rendered for the last update (read from its DOM and posted back). */
  webview?: { generation: number; tables: number; rows: number; charts: number; textLength: number; by?: string; period?: string; periodOptions: number; text: string };
}

const VIEW_TYPE = 'csplan.dashboard';
/** Above this many files the progress is a notification with a Cancel button; below, the status bar. */
const NOTIFY_ABOVE = 40;
const MAX_FILES = 20_000;
/** Files whose stat and read are in flight at once. */
const IO_BATCH = 48;

/** A file after its I/O: either still valid in the cache, or a new entry with its text (or a read error). */
interface Loaded {
  uri: vscode.Uri;
  cached?: Cached;
  entry?: Cached;
  text?: string;
}

interface Cached {
  mtime: number;
  size: number;
  /** Settings, .csplanrc and locale generation the summary was made with. */
  epoch: number;
  /** undefined: not a csplan document (skipped). */
  summary?: DocSummary;
  /** The plan the summary was checked against (its change makes the summary stale). */
  plan?: string;
}

const yieldToHost = () => new Promise<void>((r) => setTimeout(r, 0));

export function dashboardLabels(): DashboardLabels {
  return {
    counts: vscode.l10n.t('{0} documents · {1} used · {2} people · {3} periods · {4} problems'),
    person: vscode.l10n.t('Person'),
    team: vscode.l10n.t('Team'),
    period: vscode.l10n.t('Period'),
    completeness: vscode.l10n.t('Completeness'),
    findings: vscode.l10n.t('Findings'),
    teamAggregate: vscode.l10n.t('Team aggregate'),
    methodsTitle: vscode.l10n.t('How the team figures are computed'),
    best: vscode.l10n.t('best'),
    worst: vscode.l10n.t('worst'),
    target: vscode.l10n.t('Target'),
    trends: vscode.l10n.t('Trends'),
    missing: vscode.l10n.t('Summaries not handed in'),
    noMissing: vscode.l10n.t('Everyone has handed in a summary for every period.'),
    lastDocument: vscode.l10n.t('last: {0}'),
    incomplete: vscode.l10n.t('Incomplete documents'),
    noIncomplete: vscode.l10n.t('Every document is complete.'),
    document: vscode.l10n.t('Document'),
    line: vscode.l10n.t('Line'),
    score: vscode.l10n.t('Score'),
    missingItems: vscode.l10n.t('Missing'),
    pitfalls: vscode.l10n.t('Top pitfalls'),
    problems: vscode.l10n.t('Problems'),
    noProblems: vscode.l10n.t('Every document could be read and rolled up.'),
    usedInstead: vscode.l10n.t('used instead: {0}'),
    noDocuments: vscode.l10n.t('No summaries were found in the workspace. The dashboard reads the Markdown files matched by the csplan.rollup.include setting.'),
    noTables: vscode.l10n.t('No document of this period has figures to roll up.'),
    better: vscode.l10n.t('better'),
    worse: vscode.l10n.t('worse'),
    same: vscode.l10n.t('unchanged'),
    gap: vscode.l10n.t('(a period in between has no data)'),
    contributors: vscode.l10n.t('(totals of {0} and {1} summaries)', '{from}', '{to}'),
    methods: { sum: vscode.l10n.t('sum'), 'weighted-mean': vscode.l10n.t('weighted by inquiries'), mean: vscode.l10n.t('mean') },
    documentsN: vscode.l10n.t('{0} documents'),
    higherBetter: vscode.l10n.t('Higher is better'),
    lowerBetter: vscode.l10n.t('Lower is better'),
  };
}

/** A document worth rolling up: a summary, plan or SOP, or one with frontmatter that cannot be read. */
function isCandidate(result: AnalyzeResult): boolean {
  const fm = result.model.frontmatter;
  if (fm && (fm.errors.length || !fm.data)) return true;
  const data = fm?.data;
  if (data && ('author' in data || 'period' in data)) return true;
  return isCsplanDocument(result);
}

export class TeamDashboard implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly cache = new Map<string, Cached>();
  private epoch = 0;
  private report: RollupReport | undefined;
  private summaries: DocSummary[] = [];
  private allowed = new Set<string>();
  private by: RollupBy = 'person';
  private period: string | undefined;
  private state: DashboardState;
  private refreshing: Promise<void> | undefined;
  private again = false;
  private againFull = false;
  /** Files saved or changed on disk since their summary was made. */
  private readonly changed = new Set<string>();
  private cts: vscode.CancellationTokenSource | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private watcher: vscode.FileSystemWatcher | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly panelDisposables: vscode.Disposable[] = [];
  private readonly onDidRenderEmitter = new vscode.EventEmitter<DashboardState>();
  readonly onDidRender = this.onDidRenderEmitter.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly deps: DashboardDeps,
  ) {
    this.state = this.emptyState();
    this.disposables.push(
      this.onDidRenderEmitter,
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (this.panel && doc.languageId === 'markdown' && vscode.workspace.getWorkspaceFolder(doc.uri)) this.schedule(doc.uri);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('csplan')) return;
        this.epoch++;
        if (this.panel) {
          this.panel.title = vscode.l10n.t('Team dashboard');
          this.panel.webview.html = this.shell();
          this.schedule(undefined, 0);
        }
      }),
      // A .csplanrc changed: severities and required parts may differ, so every summary is redone.
      deps.finder.onDidChange(() => {
        this.epoch++;
        if (this.panel) this.schedule();
      }),
    );
  }

  private emptyState(): DashboardState {
    return { open: false, visible: false, generation: 0, by: this.by, period: this.period, locale: displayLocale(), files: 0, processed: 0, analysed: 0, skipped: 0, cancelled: false, durationMs: 0 };
  }

  private debounceMs(): number {
    const v = vscode.workspace.getConfiguration('csplan').get<number>('debounceMs', 300);
    return Math.max(200, typeof v === 'number' ? Math.min(v, 10_000) : 300);
  }

  private webviewOptions(): vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview')],
    };
  }

  /** Opens (or reveals) the panel and computes the report; resolves when it is posted. */
  async open(): Promise<DashboardState> {
    if (!this.panel) {
      const panel = vscode.window.createWebviewPanel(VIEW_TYPE, vscode.l10n.t('Team dashboard'), vscode.ViewColumn.Active, {
        ...this.webviewOptions(),
        enableFindWidget: true,
        retainContextWhenHidden: false,
      });
      this.adopt(panel);
    } else this.panel.reveal(undefined, false);
    await this.refresh(true);
    return this.getState();
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.png');
    panel.onDidDispose(() => this.closed(), null, this.panelDisposables);
    panel.webview.onDidReceiveMessage((m) => this.receive(m), null, this.panelDisposables);
    panel.onDidChangeViewState(() => {
      this.state.visible = panel.visible;
    }, null, this.panelDisposables);
    panel.webview.html = this.shell();
    this.state = { ...this.emptyState(), open: true, visible: true };
    // Files created, changed or deleted outside the editor (a pull, a copy) count too.
    try {
      this.watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}');
      this.watcher.onDidCreate((u) => this.schedule(u), null, this.panelDisposables);
      this.watcher.onDidChange((u) => this.schedule(u), null, this.panelDisposables);
      this.watcher.onDidDelete((u) => this.schedule(u), null, this.panelDisposables);
      this.panelDisposables.push(this.watcher);
    } catch {
      // Not every file system can be watched: saving in the editor still refreshes.
    }
  }

  private closed(): void {
    this.panel = undefined;
    this.cts?.cancel();
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    for (const d of this.panelDisposables.splice(0)) d.dispose();
    this.watcher = undefined;
    this.state = { ...this.state, open: false, visible: false };
  }

  /** A debounced refresh that re-reads only the files named since the last one (`changed`). */
  private schedule(changed?: vscode.Uri, delay = this.debounceMs()): void {
    if (changed) {
      const key = changed.toString();
      this.changed.add(key);
      // The summaries that report on a changed plan are read again too.
      for (const [k, c] of this.cache) if (c.plan === key) this.changed.add(k);
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh(false);
    }, delay);
  }

  /**
   * Re-reads and re-renders. `full`: stat every file (the Refresh button, opening); otherwise only the
   * files a save or a watcher event named are re-read. A refresh asked for while one runs runs once more after it.
   */
  refresh(full = true): Promise<void> {
    if (this.refreshing) {
      this.again = true;
      this.againFull ||= full;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      try {
        let f = full;
        do {
          this.again = false;
          await this.compute(f);
          f = this.againFull;
          this.againFull = false;
        } while (this.again && this.panel);
      } catch (e) {
        this.deps.log.error(`dashboard: ${(e as Error).stack ?? e}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('The team dashboard could not be computed: {0}', (e as Error).message ?? String(e)));
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  private globs(): { include: string[]; exclude: string | undefined } {
    const cfg = vscode.workspace.getConfiguration('csplan');
    const inc = cfg.get<unknown>('rollup.include');
    const exc = cfg.get<unknown>('rollup.exclude');
    const include = (Array.isArray(inc) ? inc : typeof inc === 'string' ? [inc] : []).filter((s): s is string => typeof s === 'string' && s.trim() !== '');
    const own = (Array.isArray(exc) ? exc : []).filter((s): s is string => typeof s === 'string' && s.trim() !== '');
    // An explicit exclude replaces files.exclude in findFiles: keep the user's files.exclude too.
    const filesExclude = vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('exclude') ?? {};
    const all = [...own, ...Object.entries(filesExclude).filter(([, v]) => v === true).map(([k]) => k)].filter((p) => !/[{}]/.test(p));
    return { include: include.length ? include : ['**/*.md'], exclude: all.length === 0 ? undefined : all.length === 1 ? all[0] : `{${all.join(',')}}` };
  }

  private async findFiles(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const { include, exclude } = this.globs();
    const seen = new Map<string, vscode.Uri>();
    for (const glob of include) {
      const found = await vscode.workspace.findFiles(glob, exclude, MAX_FILES, token);
      for (const u of found) seen.set(u.toString(), u);
    }
    // Stable order: by path, so the report and its tests do not depend on the search's order.
    return [...seen.values()].sort((a, b) => (a.toString() < b.toString() ? -1 : a.toString() > b.toString() ? 1 : 0));
  }

  /** The I/O half of a file: stat, and the text when it is not cached (run many at once: each call is a round trip). */
  private async load(uri: vscode.Uri, full: boolean): Promise<Loaded> {
    const key = uri.toString();
    const old = this.cache.get(key);
    // Unchanged since the last refresh (no save, no watcher event, same settings): no I/O at all.
    if (!full && old && old.epoch === this.epoch && !this.changed.has(key)) return { uri, cached: old };
    let stat: vscode.FileStat | undefined;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      stat = undefined;
    }
    if (old && stat && old.mtime === stat.mtime && old.size === stat.size && old.epoch === this.epoch) return { uri, cached: old };
    const entry: Cached = { mtime: stat?.mtime ?? 0, size: stat?.size ?? 0, epoch: this.epoch };
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      return { uri, entry, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch (e) {
      entry.summary = failedSummary(key, e instanceof Error ? e.message : String(e));
      return { uri, entry };
    }
  }

  /** The CPU half: analyse with the document's effective configuration and summarise. */
  private async digest(loaded: Loaded, locale: Locale): Promise<Cached> {
    if (loaded.cached) return loaded.cached;
    const key = loaded.uri.toString();
    const entry = loaded.entry!;
    if (loaded.text !== undefined) {
      const eff = await effectiveConfig(this.deps.finder, loaded.uri);
      const link = await this.deps.linker?.linkedForText(loaded.uri, loaded.text, eff.rc?.uri);
      const result = analyze(loaded.text, { filePath: loaded.uri.scheme === 'file' ? loaded.uri.fsPath : key, locale, config: { ...eff.config, locale }, ...(link ? { linked: link.linked } : {}) });
      // Plans are named by URI like every document of the report, so the panel can open them.
      if (isCandidate(result)) entry.summary = summarizeDocument(key, result, link?.file ? { planPath: link.file.toString() } : {});
      if (link?.file) entry.plan = link.file.toString();
    }
    this.cache.set(key, entry);
    this.changed.delete(key);
    return entry;
  }

  private async compute(full: boolean): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    this.cts?.cancel();
    const cts = new vscode.CancellationTokenSource();
    this.cts = cts;
    const t0 = Date.now();
    const locale = displayLocale();
    const files = await this.findFiles(cts.token);
    let analysed = 0;
    let processed = 0;
    let cancelled = false;
    const summaries: DocSummary[] = [];
    const run = async (progress: vscode.Progress<{ message?: string; increment?: number }>, token?: vscode.CancellationToken) => {
      const sub = token?.onCancellationRequested(() => cts.cancel());
      try {
        let lastYield = Date.now();
        let reported = 0;
        for (let b = 0; b < files.length; b += IO_BATCH) {
          if (cts.token.isCancellationRequested) {
            cancelled = true;
            break;
          }
          // Reads in parallel (latency-bound), analyses one by one (CPU-bound), yielding in between.
          const batch = await Promise.all(files.slice(b, b + IO_BATCH).map((u) => this.load(u, full)));
          for (const loaded of batch) {
            const entry = await this.digest(loaded, locale);
            if (!loaded.cached) analysed++;
            if (entry.summary) summaries.push(entry.summary);
            processed++;
            if (Date.now() - lastYield > 15) {
              // Let the extension host breathe (typing, other extensions) between files.
              const pct = (100 * processed) / files.length;
              progress.report({ message: vscode.l10n.t('{0} of {1} files', processed, files.length), increment: pct - reported });
              reported = pct;
              void panel.webview.postMessage({ type: 'progress', done: processed, total: files.length });
              await yieldToHost();
              lastYield = Date.now();
            }
          }
        }
      } finally {
        sub?.dispose();
      }
    };
    if (files.length > NOTIFY_ABOVE) {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Team dashboard: reading summaries'), cancellable: true }, run);
    } else {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Team dashboard: reading summaries') }, (p) => run(p));
    }
    if (this.cts === cts) this.cts = undefined;
    // Forget files that are gone.
    const present = new Set(files.map((f) => f.toString()));
    for (const k of [...this.cache.keys()]) if (!present.has(k)) this.cache.delete(k);
    if (this.panel !== panel) return;
    this.summaries = summaries;
    this.rebuild(locale);
    this.state = {
      ...this.state,
      files: files.length,
      analysed,
      processed,
      skipped: processed - summaries.length,
      cancelled,
      durationMs: Date.now() - t0,
    };
    this.deps.log.info(`dashboard: ${files.length} files, ${summaries.length} documents, ${analysed} analysed in ${Date.now() - t0} ms${cancelled ? ' (cancelled)' : ''}`);
    await this.post();
  }

  /** Builds the report from the kept summaries (the by-selector needs no re-reading). */
  private rebuild(locale = displayLocale()): void {
    this.report = buildRollup(this.summaries, { by: this.by, locale });
    this.allowed = reportPaths(this.report);
    if (this.period && !periodsOf(this.report).some((p) => p.key === this.period)) this.period = undefined;
    this.state = { ...this.state, generation: this.state.generation + 1, by: this.by, period: this.period, locale, report: this.report };
  }

  private nameOf = (path: string): string => {
    try {
      return vscode.workspace.asRelativePath(vscode.Uri.parse(path, true), vscode.workspace.workspaceFolders !== undefined && vscode.workspace.workspaceFolders.length > 1);
    } catch {
      return path;
    }
  };

  private async post(): Promise<void> {
    const panel = this.panel;
    const report = this.report;
    if (!panel || !report) return;
    const html = renderDashboard(report, { period: this.period }, { labels: dashboardLabels(), nameOf: this.nameOf });
    await panel.webview.postMessage({
      type: 'update',
      html,
      generation: this.state.generation,
      by: this.by,
      period: this.period ?? '',
      periods: periodsOf(report),
      cancelled: this.state.cancelled ? vscode.l10n.t('Stopped: {0} of {1} files were read.', this.state.processed, this.state.files) : '',
    });
  }

  /** The webview's HTML: a strict CSP, the stylesheets and the nonce'd script; the body comes by message. */
  private shell(): string {
    const webview = this.panel!.webview;
    const n = nonce();
    const base = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'preview.css'));
    const css = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'dashboard.css'));
    const js = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'dashboard.js'));
    const csp = `default-src 'none'; script-src 'nonce-${n}'; style-src ${webview.cspSource}; img-src ${webview.cspSource}; font-src ${webview.cspSource}`;
    const locale = displayLocale();
    const lang = htmlLang(locale);
    const opt = (v: RollupBy, label: string) => `<option value="${v}"${this.by === v ? ' selected' : ''}>${escapeHtml(label)}</option>`;
    return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${escapeHtml(base.toString())}">
<link rel="stylesheet" href="${escapeHtml(css.toString())}">
<title>${escapeHtml(vscode.l10n.t('Team dashboard'))}</title>
</head>
<body class="csplan-dashboard">
<header class="csplan-dash-toolbar">
<h1>${escapeHtml(vscode.l10n.t('Team dashboard'))}</h1>
<label>${escapeHtml(vscode.l10n.t('Rows'))} <select id="csplan-by">${opt('person', vscode.l10n.t('by person'))}${opt('team', vscode.l10n.t('by team'))}${opt('period', vscode.l10n.t('by period'))}</select></label>
<label>${escapeHtml(vscode.l10n.t('Period'))} <select id="csplan-period"><option value="">${escapeHtml(vscode.l10n.t('All periods'))}</option></select></label>
<button type="button" id="csplan-refresh">${escapeHtml(vscode.l10n.t('Refresh'))}</button>
<button type="button" id="csplan-export">${escapeHtml(vscode.l10n.t('Export…'))}</button>
<span id="csplan-status" class="csplan-status" role="status" data-progress="${escapeHtml(vscode.l10n.t('Reading {0} of {1} files…'))}">${escapeHtml(vscode.l10n.t('Reading the summaries of the workspace…'))}</span>
</header>
<main id="csplan-root" class="csplan-root" data-generation="0"></main>
<script nonce="${n}" src="${escapeHtml(js.toString())}"></script>
</body>
</html>`;
  }

  /** Messages from the webview. Public so the integration tests can deliver them as the webview does. */
  async receive(m: unknown): Promise<unknown> {
    if (!m || typeof m !== 'object') return undefined;
    const message = m as Record<string, unknown>;
    switch (message.type) {
      case 'ready':
        return this.post();
      case 'rendered':
        if (typeof message.generation === 'number') {
          this.state.webview = {
            generation: message.generation,
            tables: Number(message.tables) || 0,
            rows: Number(message.rows) || 0,
            charts: Number(message.charts) || 0,
            textLength: Number(message.textLength) || 0,
            by: typeof message.by === 'string' ? message.by : undefined,
            period: typeof message.period === 'string' ? message.period : undefined,
            periodOptions: Number(message.periodOptions) || 0,
            text: typeof message.text === 'string' ? message.text.slice(0, 20_000) : '',
          };
          this.onDidRenderEmitter.fire(this.getState());
        }
        return undefined;
      case 'open':
        return this.openDocument(message.path, message.line);
      case 'view': {
        let changed = false;
        if (message.by === 'person' || message.by === 'team' || message.by === 'period') {
          changed ||= message.by !== this.by;
          this.by = message.by;
        }
        if (typeof message.period === 'string') {
          const p = message.period || undefined;
          changed ||= p !== this.period;
          this.period = p;
        }
        // Before the first report (a reloaded webview restoring its choice) the next report uses it.
        if (changed && this.report) {
          this.rebuild();
          await this.post();
        }
        return this.getState();
      }
      case 'refresh':
        await this.refresh(true);
        return this.getState();
      case 'export':
        return this.exportReport();
    }
    return undefined;
  }

  /** Opens a document of the report at a 1-based line, beside the dashboard. Refuses any other path. */
  async openDocument(path: unknown, line: unknown): Promise<{ uri: string; line: number } | undefined> {
    if (typeof path !== 'string' || !this.allowed.has(path)) {
      this.deps.log.warn(`dashboard: refused to open ${String(path).slice(0, 200)} (not in the report)`);
      return undefined;
    }
    const uri = vscode.Uri.parse(path, true);
    const doc = await vscode.workspace.openTextDocument(uri);
    const n = typeof line === 'number' && Number.isFinite(line) ? Math.floor(line) : 1;
    const l = Math.max(0, Math.min(doc.lineCount - 1, n - 1));
    const range = new vscode.Range(l, 0, l, 0);
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false, preview: false, selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return { uri: doc.uri.toString(), line: l + 1 };
  }

  /** Asks for a format and a file, and writes the report there (md, html, docx: the engine's renderers). */
  async exportReport(args: { format?: 'md' | 'html' | 'docx'; target?: vscode.Uri } = {}): Promise<vscode.Uri | undefined> {
    const report = this.report;
    if (!report) return undefined;
    let format = args.format;
    if (!format) {
      const picks: (vscode.QuickPickItem & { format: 'md' | 'html' | 'docx' })[] = [
        { label: vscode.l10n.t('Word document (.docx)'), format: 'docx' },
        { label: vscode.l10n.t('Web page (.html)'), format: 'html' },
        { label: vscode.l10n.t('Markdown (.md)'), format: 'md' },
      ];
      const pick = await vscode.window.showQuickPick(picks, { title: vscode.l10n.t('Export the team roll-up') });
      if (!pick) return undefined;
      format = pick.format;
    }
    let target = args.target;
    if (!target) {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      target = await vscode.window.showSaveDialog({
        defaultUri: folder ? vscode.Uri.joinPath(folder, `team-rollup.${format}`) : undefined,
        title: vscode.l10n.t('Export the team roll-up'),
        saveLabel: vscode.l10n.t('Export'),
        filters: format === 'docx' ? { [vscode.l10n.t('Word document')]: ['docx'] } : format === 'html' ? { [vscode.l10n.t('HTML file')]: ['html', 'htm'] } : { [vscode.l10n.t('Markdown file')]: ['md'] },
      });
      if (!target) return undefined;
    }
    try {
      const bytes = format === 'docx' ? await renderRollupDocx(report, report.locale) : new TextEncoder().encode(renderRollup(report, format, report.locale));
      await vscode.workspace.fs.writeFile(target, bytes);
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Export failed: {0}', e instanceof Error ? e.message : String(e)));
      return undefined;
    }
    const written = target;
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported to {0}', written.path.split('/').pop() ?? written.toString()), vscode.l10n.t('Open')).then((pick) => {
      if (!pick) return;
      if (format === 'docx' && written.scheme === 'file') void vscode.env.openExternal(written);
      else void vscode.commands.executeCommand('vscode.open', written);
    });
    return written;
  }

  getState(): DashboardState {
    return { ...this.state, open: !!this.panel, visible: !!this.panel?.visible, webview: this.state.webview && { ...this.state.webview } };
  }

  /** Resolves when no refresh is scheduled or running. */
  async idle(): Promise<void> {
    while (this.timer || this.refreshing) {
      if (this.refreshing) await this.refreshing;
      else await new Promise((r) => setTimeout(r, 50));
    }
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * Registers `csplan.teamDashboard` (resolves to the DashboardState once the report is posted) and,
 * for the integration tests, `csplan._dashboardState` (after pending refreshes), `csplan._dashboardReceive`
 * (a message as if the webview sent it) and `csplan._dashboardExport` ({format, target}: no dialogs).
 */
export function registerDashboard(context: vscode.ExtensionContext, deps: DashboardDeps): TeamDashboard {
  const dashboard = new TeamDashboard(context.extensionUri, deps);
  context.subscriptions.push(
    dashboard,
    vscode.commands.registerCommand('csplan.teamDashboard', () => dashboard.open()),
    vscode.commands.registerCommand('csplan._dashboardState', async () => {
      await dashboard.idle();
      return dashboard.getState();
    }),
    vscode.commands.registerCommand('csplan._dashboardReceive', (message: unknown) => dashboard.receive(message)),
    vscode.commands.registerCommand('csplan._dashboardExport', async (args: { format: 'md' | 'html' | 'docx'; target: string }) => {
      const target = await dashboard.exportReport({ format: args.format, target: vscode.Uri.parse(args.target, true) });
      return target?.toString();
    }),
  );
  return dashboard;
}
