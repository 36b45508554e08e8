// The completeness preview: a webview beside the editor showing the scorecard, the KPI panel and
// the rendered document, live as the user types, scroll kept in step both ways. Clicking a missing
// item reveals its place in the editor; "insert" applies the engine's missing-section fix.
import * as vscode from 'vscode';
import type { AnalyzeResult, LinkedDocuments, Locale } from '../core/types';
import { htmlLang, renderReport } from '../core/render/report';
import { insertFixForPart, jumpTarget } from '../core/render/actions';
import { escapeHtml, t as label } from '../core/render/labels';
import { executionOf } from '../core/render/execution';
import type { ExecutionCounts } from '../core/rollup/execution';
import { displayLocale } from './config';
import { nonce } from './nonce';

export interface PreviewAnalyzer {
  /** The analysis of the document as it is now (with the user's config). */
  analyze(doc: vscode.TextDocument): AnalyzeResult | undefined | Promise<AnalyzeResult | undefined>;
  /** The plan the document was linked to in that analysis (for the plan-execution block and its clicks). */
  linked?(doc: vscode.TextDocument): LinkedDocuments | undefined;
  /** Fires when the linter published an analysis (its plan may have been found only then). */
  onDidAnalyze?: vscode.Event<{ uri: vscode.Uri; linked?: LinkedDocuments }>;
}

type Msg = Record<Locale, string>;
const M = {
  noDocument: {
    en: 'Open a Markdown summary or plan first.',
    'zh-CN': '请先打开一份 Markdown 格式的总结或计划。',
    'zh-TW': '請先開啟一份 Markdown 格式的總結或計畫。',
  },
  noFix: {
    en: 'There is no fix to insert this part here: add its heading by hand.',
    'zh-CN': '这里没有可插入该部分的修复，请手动添加标题。',
    'zh-TW': '這裡沒有可插入該部分的修正，請手動新增標題。',
  },
  linkRefused: {
    en: 'Only web links and files of the workspace can be opened from the preview: {href}',
    'zh-CN': '预览中只能打开网页链接和工作区中的文件：{href}',
    'zh-TW': '預覽中只能開啟網頁連結和工作區中的檔案：{href}',
  },
  planNotFound: {
    en: 'The plan this summary follows cannot be opened: {plan}',
    'zh-CN': '无法打开此总结对照的计划：{plan}',
    'zh-TW': '無法開啟此總結對照的計畫：{plan}',
  },
  documentClosed: { en: 'The document of this preview was closed.', 'zh-CN': '此预览对应的文档已关闭。', 'zh-TW': '此預覽對應的文件已關閉。' },
} satisfies Record<string, Msg>;

function msg(id: keyof typeof M, locale: Locale, params: Record<string, string> = {}): string {
  return M[id][locale].replace(/\{(\w+)\}/g, (s, k) => params[k] ?? s);
}

export interface PreviewState {
  uri: string;
  version: number;
  score: number;
  met: number;
  total: number;
  htmlLength: number;
  locale: Locale;
  visible: boolean;
  /** What the webview reported after rendering the last update (proves the round trip). */
  webview?: { version?: number; score?: number; met?: number; total?: number; scoreText?: string; items?: number; textLength?: number; executionItems?: number; executionPlanLines?: number[] };
  /** The plan-execution block's counts, when the document is a summary with a linked plan. */
  execution?: { plan: string; counts: ExecutionCounts };
  /** Where the webview scrolled on the editor's last scroll: the line asked, its scrollY, the block line at its top. */
  scrolled?: { line: number; top: number; max: number; blockLine?: number };
}

export class CompletenessPreview implements vscode.Disposable {
  static readonly viewType = 'csplan.preview';
  private panel: vscode.WebviewPanel | undefined;
  private doc: vscode.TextDocument | undefined;
  private result: AnalyzeResult | undefined;
  private state: PreviewState | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ignoreEditorScrollUntil = 0;
  /** The linked plan the last render showed (a new one, found later by the linter, renders again). */
  private renderedLinked: LinkedDocuments | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly onDidRenderEmitter = new vscode.EventEmitter<PreviewState>();
  readonly onDidRender = this.onDidRenderEmitter.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly analyzer: PreviewAnalyzer,
  ) {
    if (analyzer.onDidAnalyze) {
      this.disposables.push(
        analyzer.onDidAnalyze((a) => {
          if (this.panel && this.doc && a.uri.toString() === this.doc.uri.toString() && a.linked !== this.renderedLinked) void this.update();
        }),
      );
    }
    this.disposables.push(
      this.onDidRenderEmitter,
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.doc && e.document.uri.toString() === this.doc.uri.toString() && e.contentChanges.length) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // Follow the active Markdown editor, as VS Code's own preview does.
        if (this.panel && editor && editor.document.languageId === 'markdown' && editor.document.uri.toString() !== this.doc?.uri.toString()) {
          this.doc = editor.document;
          this.panel.title = this.title(editor.document);
          void this.update();
        }
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (!this.panel || !this.doc || e.textEditor.document.uri.toString() !== this.doc.uri.toString()) return;
        if (Date.now() < this.ignoreEditorScrollUntil) return;
        const top = e.visibleRanges[0]?.start.line;
        if (top !== undefined) void this.panel.webview.postMessage({ type: 'scrollToLine', line: top + 1 });
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (this.doc && d.uri.toString() === this.doc.uri.toString() && d.isClosed) this.doc = undefined;
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (this.panel && e.affectsConfiguration('csplan')) {
          this.panel.webview.html = this.shell('');
          void this.update();
        }
      }),
    );
  }

  private locale(): Locale {
    return displayLocale(this.doc && this.doc.uri.scheme !== 'untitled' ? this.doc.uri : undefined);
  }

  private allowRemoteImages(): boolean {
    const scope = this.doc && this.doc.uri.scheme !== 'untitled' ? this.doc.uri : undefined;
    return vscode.workspace.getConfiguration('csplan', scope).get<boolean>('preview.allowRemoteImages', false);
  }

  private debounceMs(): number {
    const scope = this.doc && this.doc.uri.scheme !== 'untitled' ? this.doc.uri : undefined;
    return vscode.workspace.getConfiguration('csplan', scope).get<number>('debounceMs', 300);
  }

  private title(doc: vscode.TextDocument): string {
    const name = doc.uri.path.split('/').pop() || doc.uri.path;
    return `${label('previewTitle', this.locale())}: ${name}`;
  }

  /** Opens (or reveals) the panel beside the editor for `doc`. */
  async open(doc: vscode.TextDocument): Promise<void> {
    this.doc = doc;
    if (!this.panel) {
      const panel = vscode.window.createWebviewPanel(
        CompletenessPreview.viewType,
        this.title(doc),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        {
          enableScripts: true,
          enableFindWidget: true,
          retainContextWhenHidden: false,
          enableCommandUris: false,
          localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist')],
        },
      );
      this.panel = panel;
      panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.png');
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.state = undefined;
      }, null, this.disposables);
      panel.webview.onDidReceiveMessage((m) => this.receive(m), null, this.disposables);
      panel.onDidChangeViewState(() => {
        if (this.state) this.state.visible = panel.visible;
        if (panel.visible) void this.update();
      }, null, this.disposables);
      panel.webview.html = this.shell('');
    } else {
      this.panel.title = this.title(doc);
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    await this.update();
  }

  /** The webview's HTML: a strict CSP, the stylesheet and the nonce'd script from the extension. */
  private shell(body: string, version = 0): string {
    const webview = this.panel!.webview;
    const n = nonce();
    const css = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'preview.css'));
    const js = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'preview.js'));
    const img = this.allowRemoteImages() ? `${webview.cspSource} https:` : webview.cspSource;
    const csp = `default-src 'none'; script-src 'nonce-${n}'; style-src ${webview.cspSource}; img-src ${img}; font-src ${webview.cspSource}`;
    const lang = htmlLang(this.locale());
    return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${escapeHtml(css.toString())}">
<title>${escapeHtml(label('previewTitle', this.locale()))}</title>
</head>
<body>
<main id="csplan-root" class="csplan-root" data-version="${version}">${body}</main>
<script nonce="${n}" src="${escapeHtml(js.toString())}"></script>
</body>
</html>`;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.update();
    }, this.debounceMs());
  }

  /** Analyses the document and sends the new HTML to the webview. */
  async update(): Promise<PreviewState | undefined> {
    const panel = this.panel;
    const doc = this.doc;
    if (!panel || !doc || doc.isClosed) return undefined;
    const version = doc.version;
    const locale = this.locale();
    const result = await this.analyzer.analyze(doc);
    if (!result || this.panel !== panel || this.doc !== doc || doc.version !== version) return this.state;
    this.result = result;
    const linked = this.analyzer.linked?.(doc);
    this.renderedLinked = linked;
    const plan = linked?.plan;
    const report = renderReport(doc.getText(), result, {
      locale,
      allowRemoteImages: this.allowRemoteImages(),
      interactive: true,
      executionHint: doc.uri.scheme !== 'untitled',
      ...(plan?.missing ? { planMissing: plan.uri } : {}),
    });
    const c = result.completeness;
    const exec = executionOf(result);
    this.state = {
      uri: doc.uri.toString(),
      version,
      score: c.score,
      met: c.met,
      total: c.total,
      htmlLength: report.html.length,
      locale,
      visible: panel.visible,
      ...(exec ? { execution: { plan: exec.planUri, counts: exec.counts } } : {}),
      webview: this.state?.uri === doc.uri.toString() ? this.state.webview : undefined,
      scrolled: this.state?.uri === doc.uri.toString() ? this.state.scrolled : undefined,
    };
    await panel.webview.postMessage({ type: 'update', html: report.html, version, score: c.score, met: c.met, total: c.total });
    return this.state;
  }

  /** Messages from the webview. Public so the integration tests can drive it like the webview does. */
  async receive(m: unknown): Promise<unknown> {
    if (!m || typeof m !== 'object') return undefined;
    const message = m as { type?: string; line?: number; itemId?: string; part?: string; href?: string; [k: string]: unknown };
    const locale = this.locale();
    switch (message.type) {
      case 'ready':
        return this.update();
      case 'rendered':
        if (this.state) {
          this.state.webview = {
            version: message.version as number | undefined,
            score: message.score as number | undefined,
            met: message.met as number | undefined,
            total: message.total as number | undefined,
            scoreText: message.scoreText as string | undefined,
            items: message.items as number | undefined,
            textLength: message.textLength as number | undefined,
            executionItems: message.executionItems as number | undefined,
            executionPlanLines: Array.isArray(message.executionPlanLines) ? (message.executionPlanLines as number[]) : undefined,
          };
          this.onDidRenderEmitter.fire(this.state);
        }
        return undefined;
      case 'scrolled':
        if (this.state && typeof message.line === 'number') {
          this.state.scrolled = { line: message.line, top: Number(message.top) || 0, max: Number(message.max) || 0, blockLine: typeof message.blockLine === 'number' ? message.blockLine : undefined };
        }
        return undefined;
      case 'revealLine': {
        const editor = this.editorFor();
        if (!editor || typeof message.line !== 'number') return undefined;
        const line = Math.max(0, Math.min(editor.document.lineCount - 1, message.line - 1));
        this.ignoreEditorScrollUntil = Date.now() + 300;
        editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
        return line;
      }
      case 'jump':
        return this.jump(message.itemId, message.line);
      case 'insert':
        return this.insert(message.part, locale);
      case 'link':
        return this.openLink(String(message.href ?? ''), locale);
      case 'openPlan':
        return this.openPlan(typeof message.line === 'number' ? message.line : undefined, locale);
    }
    return undefined;
  }

  private editorFor(): vscode.TextEditor | undefined {
    if (!this.doc) return undefined;
    return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.doc!.uri.toString());
  }

  private async showEditor(): Promise<vscode.TextEditor | undefined> {
    if (!this.doc) {
      void vscode.window.showWarningMessage(msg('documentClosed', this.locale()));
      return undefined;
    }
    const visible = this.editorFor();
    return vscode.window.showTextDocument(this.doc, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
  }

  /** Reveals the item's place (or `line`) in the editor and selects it. */
  async jump(itemId: string | undefined, line: number | undefined): Promise<vscode.Range | undefined> {
    const editor = await this.showEditor();
    if (!editor) return undefined;
    const target = this.result ? jumpTarget(this.result, itemId, line) : line ? { line } : undefined;
    if (!target) return undefined;
    const doc = editor.document;
    const range =
      'start' in target
        ? new vscode.Range(doc.positionAt(target.start.offset), doc.positionAt(target.end.offset))
        : new vscode.Range(Math.max(0, target.line - 1), 0, Math.max(0, target.line - 1), 0);
    editor.selection = new vscode.Selection(range.start, range.start.line === range.end.line ? range.end : doc.lineAt(range.start.line).range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return range;
  }

  /** Applies the engine's fix that inserts a missing part, through a WorkspaceEdit. */
  async insert(part: string | undefined, locale: Locale): Promise<boolean> {
    if (!this.doc || !part) return false;
    // Analyse the current text, so the fix's offsets match it.
    const result = await this.analyzer.analyze(this.doc);
    const fix = result ? insertFixForPart(result, part as never) : undefined;
    if (!fix) {
      void vscode.window.showInformationMessage(msg('noFix', locale));
      await this.jump(`part:${part}`, undefined);
      return false;
    }
    const doc = this.doc;
    const edit = new vscode.WorkspaceEdit();
    for (const e of fix.edits) edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.text);
    const ok = await vscode.workspace.applyEdit(edit);
    if (ok) {
      const editor = await this.showEditor();
      const first = fix.edits[0];
      if (editor && first) {
        // Put the cursor on the inserted placeholder line, ready to write.
        const start = doc.positionAt(first.start + first.text.search(/\S/));
        const line = Math.min(doc.lineCount - 1, start.line + 2);
        editor.selection = new vscode.Selection(line, 0, line, doc.lineAt(line).text.length);
        editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      }
      await this.update();
    }
    return ok;
  }

  /** The linked plan's file: the linker names it relative to the workspace (`asRelativePath`). */
  async planUri(): Promise<vscode.Uri | undefined> {
    const plan = this.doc ? this.analyzer.linked?.(this.doc)?.plan : undefined;
    if (!this.doc || !plan || plan.missing) return undefined;
    const named = plan.uri;
    const candidates: vscode.Uri[] = [];
    if (/^[a-z][a-z0-9+.-]+:/i.test(named) && !/^[a-z]:[\\/]/i.test(named)) candidates.push(vscode.Uri.parse(named, true));
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      candidates.push(vscode.Uri.joinPath(folder.uri, named));
      // In a multi-root workspace the relative path starts with the folder's name.
      if (named.startsWith(`${folder.name}/`)) candidates.push(vscode.Uri.joinPath(folder.uri, named.slice(folder.name.length + 1)));
    }
    candidates.push(vscode.Uri.joinPath(this.doc.uri, '..', named));
    for (const uri of candidates) {
      if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return uri;
      try {
        await vscode.workspace.fs.stat(uri);
        return uri;
      } catch {
        // not this one
      }
    }
    return undefined;
  }

  /** Opens the linked plan at `line` (1-based) beside nothing: in the editor group of the summary. */
  async openPlan(line: number | undefined, locale: Locale): Promise<vscode.Range | undefined> {
    const uri = await this.planUri();
    if (!uri) {
      const plan = this.doc ? this.analyzer.linked?.(this.doc)?.plan : undefined;
      void vscode.window.showWarningMessage(msg('planNotFound', locale, { plan: plan?.uri ?? '?' }));
      return undefined;
    }
    const planDoc = await vscode.workspace.openTextDocument(uri);
    const at = Math.max(0, Math.min(planDoc.lineCount - 1, (line ?? 1) - 1));
    const range = planDoc.lineAt(at).range;
    const visible = this.editorFor();
    const editor = await vscode.window.showTextDocument(planDoc, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false, selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return range;
  }

  /** Links: http(s) through openExternal, relative paths as workspace files; anything else refused. */
  async openLink(href: string, locale: Locale): Promise<boolean> {
    if (/^https?:\/\//i.test(href)) {
      return vscode.env.openExternal(vscode.Uri.parse(href, true));
    }
    if (href && !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//') && this.doc) {
      const [path, fragment] = href.split('#');
      const base = vscode.Uri.joinPath(this.doc.uri, '..');
      const target = path ? vscode.Uri.joinPath(base, decodeURIComponent(path)) : this.doc.uri;
      await vscode.commands.executeCommand('vscode.open', fragment ? target.with({ fragment }) : target);
      return true;
    }
    void vscode.window.showWarningMessage(msg('linkRefused', locale, { href: href.slice(0, 200) }));
    return false;
  }

  getState(doc?: vscode.TextDocument): PreviewState | undefined {
    if (!this.state || !this.panel) return undefined;
    if (doc && doc.uri.toString() !== this.state.uri) return undefined;
    return { ...this.state, visible: this.panel.visible, webview: this.state.webview && { ...this.state.webview }, scrolled: this.state.scrolled && { ...this.state.scrolled } };
  }

  get isOpen(): boolean {
    return !!this.panel;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * Registers `csplan.openPreview` and, for tests, `csplan.preview.getState` (what the panel shows
 * for the active document: score, met, total, HTML length, and what the webview rendered) and
 * `csplan.preview.receive` (delivers a message as if the webview had sent it).
 */
export function registerPreview(context: vscode.ExtensionContext, api: PreviewAnalyzer): CompletenessPreview {
  const preview = new CompletenessPreview(context.extensionUri, api);
  context.subscriptions.push(
    preview,
    vscode.commands.registerCommand('csplan.openPreview', async (uri?: vscode.Uri) => {
      let doc = uri instanceof vscode.Uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : undefined;
      if (!doc && uri instanceof vscode.Uri) doc = await vscode.workspace.openTextDocument(uri);
      doc ??= vscode.window.activeTextEditor?.document;
      if (!doc || doc.languageId !== 'markdown') {
        void vscode.window.showInformationMessage(msg('noDocument', displayLocale()));
        return undefined;
      }
      await preview.open(doc);
      return preview.getState();
    }),
    vscode.commands.registerCommand('csplan.preview.getState', (uri?: vscode.Uri) => {
      const doc = uri instanceof vscode.Uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : vscode.window.activeTextEditor?.document;
      return preview.getState(doc);
    }),
    vscode.commands.registerCommand('csplan.preview.receive', (message: unknown) => preview.receive(message)),
  );
  return preview;
}
