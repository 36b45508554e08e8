// Commands "New Summary from Plan…" and "New Plan from Summary…" (issue 14). The text comes from the
// pure generators in src/core/loop/generate.ts; this file only chooses where it goes.
//
// "Beside" and "undo-able", as documented in README: the new document is a new file in the source's
// folder (a free name: an existing file is never overwritten, `-2`, `-3` … are tried), created and
// filled by one WorkspaceEdit, shown in the editor group beside the source and left unsaved. The edit
// is one undo step: Undo (Ctrl+Z) in the new editor takes the text out and deletes the file it
// created (test/integration/generate.test.ts holds it to that). A file, not an untitled buffer,
// because a summary's `plan:` is a path relative to it and the Problems panel links it to its plan at once.
import * as vscode from 'vscode';
import { planFromSummary, summaryFromPlan, type GeneratedDocument } from '../core/loop/generate';
import { normalisePeriod } from '../core/rollup/period';
import type { DocType, DocumentModel } from '../core/types';
import type { Linter } from './linter';
import { exists } from './export';

export type GenerateKind = 'summaryFromPlan' | 'planFromSummary';

/** Which source types each command reads. */
const SOURCE_TYPES: Record<GenerateKind, DocType[]> = {
  summaryFromPlan: ['plan', 'summary-plan'],
  planFromSummary: ['summary', 'summary-plan'],
};

/** The context key the menus' when clauses read: the type of the active editor's document as the engine reads it. */
export const DOC_TYPE_CONTEXT = 'csplan.activeDocType';

/** `2026-Q4-plan-wang-fang.md` → `2026-Q4-summary-wang-fang.md`; `2026-Q4-summary.md` → `2027-Q1-plan.md`. */
export function newFileName(sourceName: string, kind: GenerateKind, fromPeriod?: string, toPeriod?: string): string {
  const dot = sourceName.toLowerCase().endsWith('.md') ? sourceName.length - 3 : sourceName.length;
  let base = sourceName.slice(0, dot);
  const ext = sourceName.slice(dot) || '.md';
  const swaps: [RegExp, (w: string) => string][] =
    kind === 'summaryFromPlan'
      ? [[/plan/i, (w) => (w === 'PLAN' ? 'SUMMARY' : w[0] === 'P' ? 'Summary' : 'summary')], [/计划/, () => '总结'], [/計[劃畫]/, () => '總結']]
      : [[/summary/i, (w) => (w === 'SUMMARY' ? 'PLAN' : w[0] === 'S' ? 'Plan' : 'plan')], [/总结/, () => '计划'], [/總結/, () => '計劃']];
  let swapped = false;
  for (const [re, to] of swaps) {
    if (re.test(base)) {
      base = base.replace(re, to);
      swapped = true;
      break;
    }
  }
  if (fromPeriod && toPeriod) {
    const key = (p: string) => {
      const r = normalisePeriod(p);
      return r.ok ? r.period.key : undefined;
    };
    for (const [from, to] of [[fromPeriod, toPeriod], [key(fromPeriod), key(toPeriod)]]) {
      if (from && to && base.includes(from)) {
        base = base.replace(from, to);
        break;
      }
    }
  }
  if (!swapped) base += kind === 'summaryFromPlan' ? '-summary' : '-plan';
  return base + ext;
}

/** The first name in the folder that no file has: `name.md`, `name-2.md`, `name-3.md` … */
async function freeUri(folder: vscode.Uri, name: string): Promise<vscode.Uri> {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let i = 1; ; i++) {
    const uri = vscode.Uri.joinPath(folder, i === 1 ? name : `${stem}-${i}${ext}`);
    const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
    if (!open && !(await exists(uri))) return uri;
  }
}

function notApplicable(kind: GenerateKind, type: DocType | undefined, name: string): void {
  const is = type ? vscode.l10n.t('it reads as type: {0}', type) : vscode.l10n.t('it is not a CS Plan document');
  void vscode.window.showWarningMessage(
    kind === 'summaryFromPlan'
      ? vscode.l10n.t('New Summary from Plan: “{0}” is not a plan (type: plan or summary-plan); {1}.', name, is)
      : vscode.l10n.t('New Plan from Summary: “{0}” is not a summary (type: summary or summary-plan); {1}.', name, is),
  );
}

/**
 * Runs one of the two commands on `uri` (the editor title button passes it) or the active editor's
 * document. Returns the new document's editor, or undefined when nothing was created.
 */
export async function generateFrom(linter: Linter, kind: GenerateKind, uri?: vscode.Uri): Promise<vscode.TextEditor | undefined> {
  const sourceDoc = uri
    ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri))
    : vscode.window.activeTextEditor?.document;
  if (!sourceDoc || sourceDoc.languageId !== 'markdown') {
    void vscode.window.showWarningMessage(kind === 'summaryFromPlan' ? vscode.l10n.t('New Summary from Plan: open a plan (a Markdown document with type: plan) first.') : vscode.l10n.t('New Plan from Summary: open a summary (a Markdown document with type: summary) first.'));
    return undefined;
  }
  const name = sourceDoc.uri.path.split('/').pop() ?? '';
  const analysis = (await linter.analyzeNow(sourceDoc)) ?? linter.analysisFor(sourceDoc);
  const model: DocumentModel | undefined = analysis?.result.model;
  if (!model || !analysis?.relevant || !SOURCE_TYPES[kind].includes(model.type)) {
    notApplicable(kind, analysis?.relevant ? model?.type : undefined, name);
    return undefined;
  }
  if (sourceDoc.uri.scheme === 'untitled') {
    void vscode.window.showWarningMessage(vscode.l10n.t('Save “{0}” first: the new document is created beside it and refers to it by its path.', name));
    return undefined;
  }

  const folder = vscode.Uri.joinPath(sourceDoc.uri, '..');
  let generated: GeneratedDocument;
  let target: vscode.Uri;
  if (kind === 'summaryFromPlan') {
    generated = summaryFromPlan(model, { planPath: `./${name}` });
    target = await freeUri(folder, newFileName(name, kind));
  } else {
    generated = planFromSummary(model);
    const from = model.frontmatter?.data?.period;
    target = await freeUri(folder, newFileName(name, kind, typeof from === 'string' ? from : undefined, generated.period));
  }

  // One edit: create the file (never over an existing one) and insert the text.
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(target, { overwrite: false, ignoreIfExists: false });
  edit.insert(target, new vscode.Position(0, 0), generated.text);
  const label = kind === 'summaryFromPlan' ? vscode.l10n.t('New Summary from Plan') : vscode.l10n.t('New Plan from Summary');
  if (!(await vscode.workspace.applyEdit(edit, { isRefactoring: false }))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0}: could not create {1}.', label, vscode.workspace.asRelativePath(target)));
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument(target);
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  linter.schedule(doc, 0);
  return editor;
}

/** Keeps the `csplan.activeDocType` context key in step with the active editor's analysis. */
function trackDocType(linter: Linter): vscode.Disposable {
  let current: string | undefined;
  const set = (value: string) => {
    if (value === current) return;
    current = value;
    void vscode.commands.executeCommand('setContext', DOC_TYPE_CONTEXT, value);
  };
  const refresh = () => {
    const doc = vscode.window.activeTextEditor?.document;
    const a = doc && linter.lastAnalysis(doc.uri);
    set(a && a.relevant ? a.result.model.type : '');
  };
  refresh();
  return vscode.Disposable.from(
    linter.onDidAnalyze((a) => {
      if (a.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) refresh();
    }),
    vscode.window.onDidChangeActiveTextEditor(refresh),
  );
}

export function registerGenerate(context: vscode.ExtensionContext, linter: Linter): void {
  const arg = (u: unknown) => (u instanceof vscode.Uri ? u : undefined);
  context.subscriptions.push(
    vscode.commands.registerCommand('csplan.newSummaryFromPlan', (u?: unknown) => generateFrom(linter, 'summaryFromPlan', arg(u))),
    vscode.commands.registerCommand('csplan.newPlanFromSummary', (u?: unknown) => generateFrom(linter, 'planFromSummary', arg(u))),
    trackDocType(linter),
  );
}
