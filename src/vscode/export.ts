// `csplan.exportDocx` / `csplan.exportHtml`: save dialog, a non-modal warning when the document is
// incomplete (the export goes on), a question before overwriting. The bytes are built in the
// extension (the docx builder is pure) and written with vscode.workspace.fs, so this works in the
// desktop and the web extension alike.
import * as vscode from 'vscode';
import { analyze } from '../core/analyze';
import type { AnalyzeResult, Locale } from '../core/types';
import { buildDocx } from '../core/export-docx';
import { standaloneHtml } from '../core/render/report';
import { msg as coreMsg } from '../core/i18n';
import { displayLocale } from './config';
import type { PreviewAnalyzer } from './preview';

type Msg = Record<Locale, string>;
const M = {
  noDocument: { en: 'Open a Markdown summary or plan to export.', 'zh-CN': '请先打开要导出的 Markdown 总结或计划。', 'zh-TW': '請先開啟要匯出的 Markdown 總結或計畫。' },
  saveTitleDocx: { en: 'Export to Word', 'zh-CN': '导出为 Word', 'zh-TW': '匯出為 Word' },
  saveTitleHtml: { en: 'Export to HTML', 'zh-CN': '导出为 HTML', 'zh-TW': '匯出為 HTML' },
  saveLabel: { en: 'Export', 'zh-CN': '导出', 'zh-TW': '匯出' },
  filterDocx: { en: 'Word document', 'zh-CN': 'Word 文档', 'zh-TW': 'Word 文件' },
  filterHtml: { en: 'HTML file', 'zh-CN': 'HTML 文件', 'zh-TW': 'HTML 檔案' },
  overwrite: { en: '{file} already exists. Replace it?', 'zh-CN': '{file} 已存在，是否替换？', 'zh-TW': '{file} 已存在，是否取代？' },
  replace: { en: 'Replace', 'zh-CN': '替换', 'zh-TW': '取代' },
  incomplete: {
    en: 'The document is not complete ({met} of {total} items, score {score}/100). Exporting anyway.',
    'zh-CN': '文档内容尚不完整（已满足 {met}/{total} 项，得分 {score}/100），仍然导出。',
    'zh-TW': '文件內容尚不完整（已滿足 {met}/{total} 項，得分 {score}/100），仍然匯出。',
  },
  showPreview: { en: 'Show what is missing', 'zh-CN': '查看缺失项', 'zh-TW': '查看缺漏項' },
  done: { en: 'Exported to {file}', 'zh-CN': '已导出到 {file}', 'zh-TW': '已匯出到 {file}' },
  open: { en: 'Open', 'zh-CN': '打开', 'zh-TW': '開啟' },
  failed: { en: 'Export failed: {detail}', 'zh-CN': '导出失败：{detail}', 'zh-TW': '匯出失敗：{detail}' },
} satisfies Record<string, Msg>;

function msg(id: keyof typeof M, locale: Locale, params: Record<string, string | number> = {}): string {
  return coreMsg(M[id], locale, params);
}

export interface ExportArgs {
  /** The document (default: the active editor's). */
  uri?: vscode.Uri;
  /** Where to write, skipping the save dialog (tests, other extensions). */
  target?: vscode.Uri;
  /** With `target`: true replaces an existing file, false refuses; undefined asks. */
  overwrite?: boolean;
  /** Add the scorecard appendix (docx). */
  appendix?: boolean;
}

/** Whether a file is there, through the workspace file system (remote and web folders too). */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function fileName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}

function defaultTarget(doc: vscode.TextDocument, ext: string): vscode.Uri | undefined {
  if (doc.uri.scheme !== 'untitled') return doc.uri.with({ path: doc.uri.path.replace(/\.[^./]*$/, '') + '.' + ext });
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, `${fileName(doc.uri).replace(/\W+/g, '-') || 'document'}.${ext}`) : undefined;
}

/** Exports the document; resolves to the written file, or undefined when cancelled or refused. */
export async function exportDocument(format: 'docx' | 'html', args: ExportArgs, extensionUri: vscode.Uri, analyzer?: PreviewAnalyzer): Promise<vscode.Uri | undefined> {
  const doc = args.uri
    ? (vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri!.toString()) ?? (await vscode.workspace.openTextDocument(args.uri)))
    : vscode.window.activeTextEditor?.document;
  const scope = doc && doc.uri.scheme !== 'untitled' ? doc.uri : undefined;
  const locale = displayLocale(scope);
  if (!doc || doc.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(msg('noDocument', locale));
    return undefined;
  }

  let target = args.target;
  if (!target) {
    target = await vscode.window.showSaveDialog({
      defaultUri: defaultTarget(doc, format),
      title: msg(format === 'docx' ? 'saveTitleDocx' : 'saveTitleHtml', locale),
      saveLabel: msg('saveLabel', locale),
      filters: format === 'docx' ? { [msg('filterDocx', locale)]: ['docx'] } : { [msg('filterHtml', locale)]: ['html', 'htm'] },
    });
    if (!target) return undefined;
  }
  if (target.toString() === doc.uri.toString()) return undefined;
  if (await exists(target)) {
    let replace = args.overwrite;
    if (replace === undefined) {
      const answer = await vscode.window.showWarningMessage(msg('overwrite', locale, { file: fileName(target) }), { modal: true }, msg('replace', locale));
      replace = answer === msg('replace', locale);
    }
    if (!replace) return undefined;
  }

  const text = doc.getText();
  let result: AnalyzeResult | undefined;
  try {
    result = analyzer ? await analyzer.analyze(doc) : undefined;
  } catch {
    result = undefined;
  }
  result ??= analyze(text, { filePath: doc.uri.scheme === 'file' ? doc.uri.fsPath : doc.uri.path, locale });

  const c = result.completeness;
  if (c.total > 0 && c.met < c.total) {
    // Non-modal: the export goes on.
    void vscode.window.showWarningMessage(msg('incomplete', locale, { met: c.met, total: c.total, score: c.score }), msg('showPreview', locale)).then((pick) => {
      if (pick) void vscode.commands.executeCommand('csplan.openPreview', doc.uri);
    });
  }

  try {
    let bytes: Uint8Array;
    if (format === 'docx') {
      bytes = await buildDocx(text, result, { locale, appendix: args.appendix });
    } else {
      const css = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'media', 'preview.css')));
      const allowRemoteImages = vscode.workspace.getConfiguration('csplan', scope).get<boolean>('preview.allowRemoteImages', false);
      bytes = new TextEncoder().encode(standaloneHtml(text, result, { css, locale, allowRemoteImages }));
    }
    await vscode.workspace.fs.writeFile(target, bytes);
  } catch (e) {
    void vscode.window.showErrorMessage(msg('failed', locale, { detail: e instanceof Error ? e.message : String(e) }));
    return undefined;
  }
  const written = target;
  void vscode.window.showInformationMessage(msg('done', locale, { file: fileName(written) }), msg('open', locale)).then((pick) => {
    if (!pick) return;
    if (format === 'html' || written.scheme !== 'file') void vscode.commands.executeCommand('vscode.open', written);
    else void vscode.env.openExternal(written);
  });
  return written;
}

/** Registers `csplan.exportDocx` and `csplan.exportHtml` (each takes an optional Uri or ExportArgs). */
export function registerExport(context: vscode.ExtensionContext, analyzer?: PreviewAnalyzer): void {
  const argsOf = (a: unknown): ExportArgs => (a instanceof vscode.Uri ? { uri: a } : a && typeof a === 'object' ? (a as ExportArgs) : {});
  context.subscriptions.push(
    vscode.commands.registerCommand('csplan.exportDocx', (a?: unknown) => exportDocument('docx', argsOf(a), context.extensionUri, analyzer)),
    vscode.commands.registerCommand('csplan.exportHtml', (a?: unknown) => exportDocument('html', argsOf(a), context.extensionUri, analyzer)),
  );
}
