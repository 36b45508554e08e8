// Quick fixes from the engine's `Finding.fixes`, "disable for this line", and fix-all.
// Every fix is applied through one WorkspaceEdit (one undo step) computed from an analysis of the
// document version being edited: offsets from an older version are never applied.
import * as vscode from 'vscode';
import type { Finding, Fix, TextEdit } from '../core/types';
import { fixEdits, plannedEdits } from '../core/fixes';
import { findingRange, isMarkdown, type Analysis, type Linter } from './linter';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('csplan');

/** What a quick-fix command carries to find its fix again. */
export interface FixRef {
  uri: string;
  version: number;
  rule: string;
  /** Start offset of the finding in that version. */
  start: number;
  /** Index into the finding's fixes, and the title to re-find it after an edit. */
  fixIndex: number;
  title: string;
}

function intersects(doc: vscode.TextDocument, f: Finding, range: vscode.Range): boolean {
  const r = findingRange(doc, f);
  return r.intersection(range) !== undefined || r.contains(range) || range.contains(r);
}

/** Turns engine edits (offsets into the analysed text) into a WorkspaceEdit for that same version. */
export function toWorkspaceEdit(doc: vscode.TextDocument, edits: TextEdit[]): vscode.WorkspaceEdit {
  const we = new vscode.WorkspaceEdit();
  for (const e of nonOverlapping(edits)) {
    we.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.text);
  }
  return we;
}

/** Keeps the edits that do not overlap an earlier-kept one (insertions at one point are all kept, in order). */
export function nonOverlapping(edits: TextEdit[]): TextEdit[] {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i);
  const out: TextEdit[] = [];
  let end = -1;
  for (const { e } of sorted) {
    if (e.start < end) continue;
    out.push(e);
    end = Math.max(end, e.end);
  }
  return out;
}

/** The text to insert above `line` to silence `rule` there. */
export function disableEdit(doc: vscode.TextDocument, line: number, rule: string): { position: vscode.Position; text: string } {
  const text = doc.lineAt(line).text;
  const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  if (/^\s*\|/.test(text)) {
    // A comment line inside a table would end the table: comment at the end of the row instead.
    return { position: new vscode.Position(line, text.length), text: ` <!-- csplan-disable-line ${rule} -->` };
  }
  const indent = /^\s*/.exec(text)![0];
  return { position: new vscode.Position(line, 0), text: `${indent}<!-- csplan-disable-next-line ${rule} -->${eol}` };
}

function inFrontmatter(a: Analysis, f: Finding): boolean {
  const fm = a.result.model.frontmatter;
  return !!fm && f.range.start.offset >= fm.range.start.offset && f.range.start.offset < fm.range.end.offset;
}

export class CsplanCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(private readonly linter: Linter) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!isMarkdown(doc) || !this.linter.enabled(doc)) return [];
    // While the user types, the light bulb asks on every cursor move: answer from a current analysis
    // only, and let the debounced run (which refreshes the markers and the light bulb) catch up.
    // Asked explicitly (Ctrl+., a fix-all on save), compute for this version now.
    if (context.triggerKind === vscode.CodeActionTriggerKind.Automatic && !context.only && !this.linter.isCurrent(doc)) return [];
    // The analysis of this very version (computed now if the cached one is older).
    const a = this.linter.analysisFor(doc);
    if (!a || !a.relevant) return [];
    const actions: vscode.CodeAction[] = [];
    const only = context.only;

    if (!only || FIX_ALL_KIND.contains(only) || only.contains(FIX_ALL_KIND)) {
      if (a.result.findings.some((f) => f.fixes?.length)) {
        const fixAll = new vscode.CodeAction(vscode.l10n.t('Fix all CS Plan problems'), FIX_ALL_KIND);
        fixAll.command = { command: 'csplan.fixAll', title: fixAll.title, arguments: [doc.uri] };
        actions.push(fixAll);
      }
    }
    if (only && !vscode.CodeActionKind.QuickFix.contains(only) && !only.contains(vscode.CodeActionKind.QuickFix)) return actions;

    const ours = context.diagnostics.filter((d) => d.source === 'csplan');
    const disabled = new Set<string>();
    for (const f of a.result.findings) {
      if (!intersects(doc, f, range)) continue;
      const diag = ours.filter((d) => codeOf(d) === f.rule && d.range.intersection(findingRange(doc, f)));
      (f.fixes ?? []).forEach((fix: Fix, i) => {
        const act = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        act.diagnostics = diag;
        act.isPreferred = !!fix.preferred;
        const ref: FixRef = { uri: doc.uri.toString(), version: a.version, rule: f.rule, start: f.range.start.offset, fixIndex: i, title: fix.title };
        act.command = { command: 'csplan.applyFix', title: fix.title, arguments: [ref] };
        actions.push(act);
      });
      const line = findingRange(doc, f).start.line;
      const key = `${f.rule}@${line}`;
      if (!disabled.has(key) && !inFrontmatter(a, f)) {
        disabled.add(key);
        const act = new vscode.CodeAction(vscode.l10n.t('Disable {0} for this line', f.rule), vscode.CodeActionKind.QuickFix);
        act.diagnostics = diag;
        const { position, text } = disableEdit(doc, line, f.rule);
        act.edit = new vscode.WorkspaceEdit();
        act.edit.insert(doc.uri, position, text);
        actions.push(act);
      }
    }
    return actions;
  }
}

function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

/** Finds the fix a command refers to in a fresh analysis: exact when the version is unchanged, else the nearest same fix. */
export function resolveFix(a: Analysis, ref: FixRef): { finding: Finding; fix: Fix } | undefined {
  const candidates = a.result.findings.filter((f) => f.rule === ref.rule && f.fixes?.length);
  if (a.version === ref.version) {
    const f = candidates.find((x) => x.range.start.offset === ref.start);
    const fix = f?.fixes?.[ref.fixIndex];
    if (f && fix && fix.title === ref.title) return { finding: f, fix };
  }
  let best: { finding: Finding; fix: Fix; d: number } | undefined;
  for (const f of candidates) {
    const fix = f.fixes!.find((x) => x.title === ref.title);
    if (!fix) continue;
    const d = Math.abs(f.range.start.offset - ref.start);
    if (!best || d < best.d) best = { finding: f, fix, d };
  }
  return best && { finding: best.finding, fix: best.fix };
}

/** Applies one fix (one undo step). Returns false when the fix no longer exists. */
export async function applyFix(linter: Linter, ref: FixRef): Promise<boolean> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === ref.uri) ?? (await vscode.workspace.openTextDocument(vscode.Uri.parse(ref.uri)));
  const a = linter.analysisFor(doc);
  if (!a) return false;
  const hit = resolveFix(a, ref);
  if (!hit) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The document changed and this fix no longer applies.'));
    return false;
  }
  if (doc.version !== a.version) return false; // cannot happen: analysisFor() recomputes for the current version
  const ok = await vscode.workspace.applyEdit(toWorkspaceEdit(doc, hit.fix.edits));
  if (ok) linter.schedule(doc, 0);
  return ok;
}

/**
 * The preferred (else first) fix of every finding, merged into one edit: one undo step. The edits
 * are chosen and ordered by the engine's plannedEdits, as `csplan lint --fix` does, so the editor
 * and the command line produce the same text.
 */
export function fixAllEdits(a: Analysis): TextEdit[] {
  return plannedEdits(a.result.model.text, fixEdits(a.result.findings));
}

export async function fixAll(linter: Linter, uri?: vscode.Uri): Promise<number> {
  const doc = uri
    ? (vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri)))
    : vscode.window.activeTextEditor?.document;
  if (!doc || !isMarkdown(doc)) return 0;
  const a = linter.analysisFor(doc);
  if (!a) return 0;
  const edits = fixAllEdits(a);
  if (!edits.length) {
    void vscode.window.setStatusBarMessage(vscode.l10n.t('CS Plan: nothing to fix'), 3000);
    return 0;
  }
  if (doc.version !== a.version) return 0;
  const ok = await vscode.workspace.applyEdit(toWorkspaceEdit(doc, edits));
  if (ok) linter.schedule(doc, 0);
  return ok ? edits.length : 0;
}
