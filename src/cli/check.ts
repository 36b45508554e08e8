// Checking one document: read it, find its config, lint, optionally fix and write back. Runs in the
// main thread or in a worker (src/cli/worker.ts); the report is plain data so it crosses threads.
import { analyze } from '../core/analyze';
import { isCsplanDocument } from '../core/relevance';
import { applyFixes } from '../core/fixes';
import type { Finding, Locale, Severity } from '../core/types';
import { loadConfigFor, type ConfigError } from '../node/config';
import { readTextFile, writeFileAtomic, detectEol } from '../node/files';
import { statSync } from 'node:fs';
import { linkedPlanFor } from '../node/plan-link';
import type { MessageId } from './messages';

/**
 * How many times fixes are re-applied to the fixed text before giving up on reaching a fixed point.
 * One pass settles nearly every document (the robustness property asserts ≥ 99 % of the fixable ones
 * and never more than this): a fix is offered only where what it inserts comes out as what it means.
 */
export const MAX_FIX_PASSES = 3;

export interface CheckOptions {
  fix: boolean;
  quiet: boolean;
  /** `--locale`: wins over the config file's `locale`. */
  localeFlag?: Locale;
  /** From the environment (CSPLAN_LOCALE, LC_ALL, …): used when neither flag nor config sets one. */
  envLocale: Locale;
  /** `--config FILE` (absolute). */
  configFile?: string;
}

export interface OutFinding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: Severity;
  message: string;
  fixable: boolean;
}

export interface FileReport {
  index: number;
  /** Absolute path, or the stdin name. */
  file: string;
  stdin?: boolean;
  findings: OutFinding[];
  /** Why the file was not checked (or not fixed): a CLI message and its parameters. */
  failure?: { id: MessageId; params: Record<string, string | number>; fatal: boolean };
  /** The config's problems (the run reports each once: see `emit` in lint.ts). */
  configErrors: ConfigError[];
  /** True when fixes were written to the file. */
  fixed?: boolean;
  /** For stdin with --fix: the fixed text (the original when nothing changed). */
  fixedText?: string;
  /** Found in a folder or by a glob, and not a summary, plan or SOP: not checked. */
  skipped?: boolean;
}

function toOut(f: Finding): OutFinding {
  return {
    line: f.range.start.line,
    column: f.range.start.column,
    endLine: f.range.end.line,
    endColumn: f.range.end.column,
    rule: f.rule,
    severity: f.severity,
    message: f.message.replace(/\s*[\r\n]+\s*/g, ' '),
    fixable: !!f.fixes?.length,
  };
}

/** In a CRLF document, inserted line breaks follow the document's style. */
function withEol(findings: Finding[], eol: '\n' | '\r\n'): Finding[] {
  if (eol === '\n') return findings;
  return findings.map((f) =>
    f.fixes
      ? { ...f, fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, text: e.text.replace(/\r?\n/g, '\r\n') })) })) }
      : f,
  );
}

/**
 * Lints `text`; with `fix`, applies fixes until nothing changes. Returns the final text and findings.
 * With `onlyRelevant`, Markdown that is not a summary, plan or SOP is left alone (`skipped`).
 */
export function checkText(
  text: string,
  filePath: string,
  options: CheckOptions,
  onlyRelevant = false,
): { text: string; changed: boolean; findings: OutFinding[]; configErrors: ConfigError[]; skipped?: boolean } {
  const loaded = loadConfigFor(filePath, { configFile: options.configFile, locale: options.localeFlag ?? options.envLocale });
  const locale = options.localeFlag ?? loaded.config.locale ?? options.envLocale;
  // A summary is checked against the plan it follows (found once, before any fix changes the text).
  const linked = linkedPlanFor(filePath, text);
  const analyzeOptions = { filePath, locale, config: loaded.config, ...(linked ? { linked } : {}) };
  let current = text;
  const first = analyze(current, analyzeOptions);
  if (onlyRelevant && !isCsplanDocument(first)) return { text, changed: false, findings: [], configErrors: loaded.errors, skipped: true };
  let findings = first.findings;
  if (options.fix) {
    const eol = detectEol(text);
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const fixable = findings.filter((f) => f.fixes?.length);
      if (!fixable.length) break;
      const next = applyFixes(current, withEol(fixable, eol));
      if (next === current) break;
      current = next;
      findings = analyze(current, analyzeOptions).findings;
    }
  }
  let out = findings.map(toOut);
  if (options.quiet) out = out.filter((f) => f.severity === 'error');
  out.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  return { text: current, changed: current !== text, findings: out, configErrors: loaded.errors };
}

function errDetail(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err?.code ?? (err?.message || String(e));
}

/** Checks one file on disk (and fixes it in place with `options.fix`). Never throws. */
/** Why a file could not be read, as a CLI message (three languages) and its parameters. */
export function readFailure(read: { reason: string; detail?: string }, file: string): { id: MessageId; params: Record<string, string | number> } {
  const params: Record<string, string | number> = { file };
  switch (read.reason) {
    case 'not-found':
      return { id: 'notFound', params };
    case 'binary':
      return { id: 'binary', params };
    case 'utf16':
      return { id: 'utf16', params };
    case 'encoding':
      return { id: 'notUtf8', params: { ...params, offset: read.detail ?? '?' } };
    case 'too-large':
      return { id: 'tooLarge', params: { ...params, size: read.detail ?? '?' } };
    default:
      return { id: 'unreadable', params: { ...params, detail: read.detail ?? '?' } };
  }
}

/** `named`: the user named this file (checked whatever it is); else it came from a folder or a glob. */
export function checkFile(index: number, path: string, options: CheckOptions, named = true): FileReport {
  const report: FileReport = { index, file: path, findings: [], configErrors: [] };
  const read = readTextFile(path);
  if (!read.ok) {
    report.failure = { ...readFailure(read, path), fatal: true };
    return report;
  }
  let result;
  try {
    result = checkText(read.text, path, options, !named);
  } catch (e) {
    report.failure = { id: 'lintFailed', params: { file: path, detail: e instanceof Error ? e.message : String(e) }, fatal: true };
    return report;
  }
  report.findings = result.findings;
  report.configErrors = result.configErrors;
  if (result.skipped) report.skipped = true;
  if (options.fix && result.changed) {
    try {
      const st = statSync(path);
      if (st.mtimeMs !== read.mtimeMs || st.size !== read.size) {
        report.failure = { id: 'fixChangedOnDisk', params: { file: path }, fatal: false };
      } else if (!result.text.trim() && read.text.trim()) {
        // Fixes only insert or replace placeholders; an empty result means something went wrong.
        report.failure = { id: 'fixWriteFailed', params: { file: path, detail: 'empty result' }, fatal: true };
      } else {
        writeFileAtomic(path, (read.bom ? '\uFEFF' : '') + result.text);
        report.fixed = true;
      }
    } catch (e) {
      report.failure = { id: 'fixWriteFailed', params: { file: path, detail: errDetail(e) }, fatal: true };
    }
  }
  return report;
}

/** Checks text read from standard input; with `fix`, the fixed text is returned in the report. */
export function checkStdin(index: number, text: string, bom: boolean, name: string, filePath: string, options: CheckOptions): FileReport {
  const report: FileReport = { index, file: name, stdin: true, findings: [], configErrors: [] };
  try {
    const result = checkText(text, filePath, options);
    report.findings = result.findings;
    report.configErrors = result.configErrors;
    if (options.fix) {
      report.fixedText = (bom ? '\uFEFF' : '') + result.text;
      report.fixed = result.changed;
    }
  } catch (e) {
    report.failure = { id: 'lintFailed', params: { file: name, detail: e instanceof Error ? e.message : String(e) }, fatal: true };
    if (options.fix) report.fixedText = (bom ? '\uFEFF' : '') + text;
  }
  return report;
}
