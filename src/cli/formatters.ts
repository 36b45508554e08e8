// Output formats of `csplan lint`. Each formatter streams: it is told about each file in input order
// as soon as its report is ready, so nothing but counts is held for the whole run.
import { relative, isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../core/rules';
import type { Locale, Severity } from '../core/types';
import type { FileReport, OutFinding } from './check';
import { t } from './messages';

export type FormatName = 'stylish' | 'json' | 'sarif';
export const FORMATS: readonly FormatName[] = ['stylish', 'json', 'sarif'];

export interface Totals {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
  /** Files that could not be read or checked, with their (localised) message, for SARIF notifications. */
  failures: string[];
  /** Markdown files found in a folder or by a glob that are not summaries, plans or SOPs (not checked). */
  skipped: number;
}

export interface FormatterContext {
  out: NodeJS.WritableStream;
  cwd: string;
  locale: Locale;
  color: boolean;
  version: string;
  informationUri: string;
}

export interface Formatter {
  start(): void;
  file(report: FileReport): void;
  end(totals: Totals): void;
}

/** The name standard input goes by in the output when --stdin-filename is not given. */
export const STDIN_NAME = '<stdin>';

/** The path shown for a file: relative to the working folder when inside it. */
export function displayPath(file: string, cwd: string, stdin?: boolean): string {
  if (stdin || !isAbsolute(file)) return file;
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

// ---------------------------------------------------------------------------------------------

const ansi = (code: string, on: boolean) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

/** Display width in a terminal: East Asian wide and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 32 || (c >= 0x300 && c <= 0x36f) || c === 0x200b || c === 0xfe0f) continue;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0x303e) ||
      (c >= 0x3041 && c <= 0x33ff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0xa000 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x1f300 && c <= 0x1faff) ||
      (c >= 0x20000 && c <= 0x3fffd)
        ? 2
        : 1;
  }
  return w;
}

const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)));

/** Like eslint's stylish: a block per file with problems, then a summary line. */
export function stylish(ctx: FormatterContext): Formatter {
  const red = ansi('31', ctx.color);
  const yellow = ansi('33', ctx.color);
  const cyan = ansi('36', ctx.color);
  const dim = ansi('2', ctx.color);
  const underline = ansi('4', ctx.color);
  const bold = ansi('1', ctx.color);
  const green = ansi('32', ctx.color);
  const label = (s: Severity) => t(ctx.locale, s === 'error' ? 'severityError' : s === 'warning' ? 'severityWarning' : 'severityInfo');
  const paint = (s: Severity) => (s === 'error' ? red : s === 'warning' ? yellow : cyan);
  return {
    start() {},
    file(report) {
      if (!report.findings.length) return;
      const name = report.stdin && report.file === STDIN_NAME ? t(ctx.locale, 'stdinName') : displayPath(report.file, ctx.cwd, report.stdin);
      const rows = report.findings.map((f) => [`${f.line}:${f.column}`, label(f.severity), f.message, f.rule, f.severity] as const);
      const wPos = Math.max(...rows.map((r) => r[0].length));
      const wSev = Math.max(...rows.map((r) => displayWidth(r[1])));
      const wMsg = Math.max(...rows.map((r) => displayWidth(r[2])));
      const lines = [underline(name)];
      for (const [pos, sev, message, rule, s] of rows) {
        lines.push(`  ${dim(pos.padEnd(wPos))}  ${paint(s)(pad(sev, wSev))}  ${pad(message, wMsg)}  ${dim(rule)}`.trimEnd());
      }
      ctx.out.write(lines.join('\n') + '\n\n');
    },
    end(totals) {
      const total = totals.errors + totals.warnings + totals.infos;
      if (totals.skipped) ctx.out.write(t(ctx.locale, 'skippedFiles', { count: totals.skipped }) + '\n');
      if (total === 0) {
        if (ctx.color) ctx.out.write(green(t(ctx.locale, 'noProblems', { files: totals.files })) + '\n');
        return;
      }
      const infos = totals.infos ? t(ctx.locale, 'problemsInfos', { infos: totals.infos }) : '';
      const line = t(ctx.locale, 'problems', { total, errors: totals.errors, warnings: totals.warnings, infos });
      ctx.out.write((totals.errors ? red : yellow)(bold(line)) + '\n');
      if (totals.fixable) ctx.out.write((totals.errors ? red : yellow)(t(ctx.locale, 'fixable', { count: totals.fixable })) + '\n');
    },
  };
}

/** One JSON array of findings, written element by element. */
export function json(ctx: FormatterContext): Formatter {
  let first = true;
  return {
    start() {
      ctx.out.write('[');
    },
    file(report) {
      const file = displayPath(report.file, ctx.cwd, report.stdin);
      for (const f of report.findings) {
        const o = { file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, rule: f.rule, severity: f.severity, message: f.message };
        ctx.out.write((first ? '\n  ' : ',\n  ') + JSON.stringify(o));
        first = false;
      }
    },
    end() {
      ctx.out.write(first ? ']\n' : '\n]\n');
    },
  };
}

// ---------------------------------------------------------------------------------------------
// SARIF 2.1.0 (what GitHub code scanning accepts)

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** The artifact location of a file: relative to %SRCROOT% (the working folder) when inside it. */
export function sarifLocation(file: string, cwd: string, stdin?: boolean): { uri: string; uriBaseId?: string } {
  if (stdin) return { uri: file === STDIN_NAME ? 'stdin' : file.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  const rel = relative(cwd, file);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) {
    return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(file).href };
}

export function sarif(ctx: FormatterContext): Formatter {
  const ruleIndex = new Map<string, number>();
  RULES.forEach((r, i) => ruleIndex.set(r.id, i));
  let first = true;
  const text = (r: Record<Locale, string> | undefined) => (r ? r[ctx.locale] ?? r.en : '');
  return {
    start() {
      const srcRoot = pathToFileURL(ctx.cwd.endsWith(sep) ? ctx.cwd : ctx.cwd + sep).href;
      const driver = {
        name: 'csplan',
        version: ctx.version,
        semanticVersion: ctx.version,
        informationUri: ctx.informationUri,
        rules: RULES.map((r) => ({
          id: r.id,
          name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
          shortDescription: { text: text(r.title) },
          fullDescription: { text: text(r.description) },
          helpUri: `${ctx.informationUri}/blob/main/docs/rules/${r.id}.md`,
          help: { text: `${text(r.description)} (docs/rules/${r.id}.md)` },
          defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity as Severity] ?? 'warning' },
        })),
      };
      const head = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
      };
      const run = { tool: { driver }, originalUriBaseIds: { '%SRCROOT%': { uri: srcRoot } }, columnKind: 'utf16CodeUnits' };
      const headJson = JSON.stringify(head);
      const runJson = JSON.stringify(run);
      ctx.out.write(`${headJson.slice(0, -1)},"runs":[${runJson.slice(0, -1)},"results":[`);
    },
    file(report) {
      const artifactLocation = sarifLocation(report.file, ctx.cwd, report.stdin);
      for (const f of report.findings) {
        const result: Record<string, unknown> = { ruleId: f.rule };
        const idx = ruleIndex.get(f.rule);
        if (idx !== undefined) result.ruleIndex = idx;
        result.level = SARIF_LEVEL[f.severity];
        result.message = { text: f.message };
        result.locations = [
          {
            physicalLocation: {
              artifactLocation,
              region: region(f),
            },
          },
        ];
        ctx.out.write((first ? '\n' : ',\n') + JSON.stringify(result));
        first = false;
      }
    },
    end(totals) {
      const invocation = {
        executionSuccessful: totals.failures.length === 0,
        toolExecutionNotifications: totals.failures.map((m) => ({ level: 'error', message: { text: m } })),
      };
      ctx.out.write(`${first ? '' : '\n'}],"invocations":[${JSON.stringify(invocation)}]}]}\n`);
    },
  };
}

function region(f: OutFinding) {
  const r: Record<string, number> = { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) };
  const endLine = Math.max(r.startLine, f.endLine);
  r.endLine = endLine;
  r.endColumn = endLine === r.startLine ? Math.max(r.startColumn, f.endColumn) : Math.max(1, f.endColumn);
  return r;
}

export function createFormatter(name: FormatName, ctx: FormatterContext): Formatter {
  return name === 'json' ? json(ctx) : name === 'sarif' ? sarif(ctx) : stylish(ctx);
}
