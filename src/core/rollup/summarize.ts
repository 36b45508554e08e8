// One analysed document → a small DocSummary: what a worker thread sends back for the roll-up, so
// that the main thread never holds a syntax tree or a document's text (memory flat in the number of
// files). KPIs come from the frontmatter only: a team lead's table must show the figures the writer
// declared, not numbers guessed from prose.
import type { AnalyzeResult, KpiKey, KpiUnit, KpiValue } from '../types';
import { KPI_INFO } from '../model/lexicon';
import { foldWidth } from '../text';
import { normalisePeriod } from './period';
import { summarizeExecution } from './execution';
import type { BetterWhen, DocSummary, KpiFigure, KpiKind, Period, Pitfall } from './types';

/** Pitfalls kept per document (the report shows fewer; the dashboard may show these). */
export const PITFALLS_KEPT = 5;
/** Open plan actions kept per document (a plan of many actions must not make the summary large). */
export const OPEN_ACTIONS_KEPT = 20;

export const AUTHOR_KEYS = ['author', '作者', '撰写人', '撰寫人', '姓名', 'name'];
export const TEAM_KEYS = ['team', '团队', '團隊', '班组', '班組', '小组', '小組', 'department', '部门', '部門'];
export const PERIOD_KEYS = ['period', '周期', '週期', '期间', '期間', '统计周期', '統計期間'];

function firstKey(data: Record<string, unknown>, keys: string[]): string | undefined {
  return keys.find((k) => data[k] !== undefined && data[k] !== null && data[k] !== '');
}

/** A name as a roll-up key: width folded, spaces collapsed; `周 静` and `周静` are the same person. */
export function normaliseName(v: unknown): string | undefined {
  if (Array.isArray(v)) {
    const names = v.map(normaliseName).filter((x): x is string => !!x);
    return names.length ? names.join('、') : undefined;
  }
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const s = foldWidth(String(v)).replace(/\s+/g, ' ').trim();
  // Chinese names are written with and without a space between surname and given name.
  return s ? (/^[\u4e00-\u9fff ]+$/.test(s) ? s.replace(/ /g, '') : s) : undefined;
}

/** The unit a KPI is shown in across the team (seconds for response time, minutes for handle time, % for rates). */
export function canonicalUnit(key: KpiKey, unit: KpiUnit | undefined): KpiUnit {
  // Satisfaction is written as a percentage or as a score (of 5): those do not convert into each other.
  if (unit === 'score') return 'score';
  return KPI_INFO[key].unit as KpiUnit;
}

const SECONDS: Partial<Record<KpiUnit, number>> = { s: 1, min: 60, h: 3600, d: 86400 };

/** Converts `value` from `from` to `to`; undefined when the two do not convert. */
export function convert(value: number, from: KpiUnit | undefined, to: KpiUnit): number | undefined {
  const f = from ?? to;
  if (f === to) return value;
  if (SECONDS[f] && SECONDS[to]) return (value * SECONDS[f]!) / SECONDS[to]!;
  if (f === '‱' && to === '%') return value / 100;
  if (f === '%' && to === '‱') return value * 100;
  return undefined;
}

export function kpiKind(unit: KpiUnit): KpiKind {
  if (unit === 'count') return 'count';
  if (unit === 'score') return 'score';
  if (SECONDS[unit]) return 'time';
  return 'rate';
}

export function betterWhen(key: KpiKey): BetterWhen {
  return KPI_INFO[key].better;
}

function figuresFrom(values: KpiValue[]): DocSummary['kpis'] {
  const out: DocSummary['kpis'] = {};
  // The first name given for a KPI wins (`satisfaction` and `满意度` both present: the first one).
  const labelOf = new Map<KpiKey, string>();
  for (const v of values) {
    if (v.source !== 'frontmatter' || !Number.isFinite(v.value)) continue;
    const label = labelOf.get(v.key);
    if (label !== undefined && label !== v.label) continue;
    labelOf.set(v.key, v.label);
    const unit = canonicalUnit(v.key, v.unit);
    const value = convert(v.value, v.unit, unit);
    if (value === undefined) continue;
    const fig: KpiFigure = out[v.key] ?? { unit, kind: kpiKind(unit), betterWhen: betterWhen(v.key), label: v.label };
    if (fig[v.kind] === undefined) fig[v.kind] = round(value);
    out[v.key] = fig;
  }
  return out;
}

/** Float noise from unit conversion (0.1 min × 60) must not show as 6.000000000000001. */
function round(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The document's period as the roll-up reads it (frontmatter `period`, `周期`, …), when it can be read. */
export function periodOfData(data: Record<string, unknown> | undefined): Period | undefined {
  if (!data) return undefined;
  const key = firstKey(data, PERIOD_KEYS);
  if (key === undefined) return undefined;
  const read = normalisePeriod(data[key]);
  return read.ok ? read.period : undefined;
}

export interface SummarizeOptions {
  /** How to name the linked plan in the report (default: as the analysis names it). */
  planPath?: string;
}

/** Summarises one analysed document for the roll-up. `path` is kept as given (a file path or a URI). */
export function summarizeDocument(path: string, result: AnalyzeResult, options: SummarizeOptions = {}): DocSummary {
  const { model, findings, completeness } = result;
  const fm = model.frontmatter;
  const data = fm?.data;
  const summary: DocSummary = {
    path,
    type: model.type,
    typeSource: model.typeSource,
    period: {},
    kpis: {},
    completeness: {
      score: completeness.score,
      met: completeness.met,
      total: completeness.total,
      missing: completeness.items.filter((i) => !i.met).map((i) => ({ id: i.id, label: i.label, ...(i.range ? { line: i.range.start.line } : {}) })),
    },
    findingCounts: {},
    findingTotal: findings.length,
    pitfalls: [],
  };
  for (const f of findings) summary.findingCounts[f.rule] = (summary.findingCounts[f.rule] ?? 0) + 1;
  summary.pitfalls = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.f.range.start.line - b.f.range.start.line || a.i - b.i)
    .slice(0, PITFALLS_KEPT)
    .map(({ f }): Pitfall => ({ rule: f.rule, message: f.message, line: f.range.start.line, severity: f.severity }));

  if (!fm) {
    summary.problem = { kind: 'no-frontmatter' };
    summary.period.problem = 'missing';
    return summary;
  }
  if (!data) {
    const e = fm.errors[0];
    // The frontmatter-yaml finding says it in the reader's language (errors[] may hold an internal
    // marker such as `unclosed`); the parser's own text is the fallback when that rule is off.
    const said = result.findings.find((f) => f.rule === 'frontmatter-yaml');
    summary.problem = { kind: 'malformed', detail: said?.message ?? e?.message, line: said?.range.start.line ?? e?.range.start.line ?? fm.range.start.line };
    summary.period.problem = 'missing';
    return summary;
  }
  const authorKey = firstKey(data, AUTHOR_KEYS);
  const author = authorKey ? normaliseName(data[authorKey]) : undefined;
  if (author) summary.author = author;
  const teamKey = firstKey(data, TEAM_KEYS);
  const team = teamKey ? normaliseName(data[teamKey]) : undefined;
  if (team) summary.team = team;

  const periodKey = firstKey(data, PERIOD_KEYS);
  if (periodKey === undefined) summary.period.problem = 'missing';
  else {
    const raw = data[periodKey];
    const line = (fm.valueRanges[periodKey] ?? fm.keyRanges[periodKey])?.start.line;
    const read = normalisePeriod(raw);
    summary.period.raw = raw instanceof Date ? (read.ok ? read.period.key : String(raw)) : typeof raw === 'string' || typeof raw === 'number' ? String(raw) : read.ok ? undefined : read.raw;
    if (line !== undefined) summary.period.line = line;
    if (read.ok) summary.period.normalised = read.period;
    else summary.period.problem = 'unreadable';
  }
  summary.kpis = figuresFrom(model.kpis);
  if (result.execution) {
    const exec = summarizeExecution(result.execution, summary.period.normalised);
    summary.execution = {
      plan: options.planPath ?? exec.planUri,
      counts: exec.counts,
      open: exec.actions
        .filter((a) => a.status !== 'done')
        .slice(0, OPEN_ACTIONS_KEPT)
        .map((a) => ({ text: a.text, status: a.status, overdue: a.overdue, planLine: a.planLine, ...(a.owner ? { owner: a.owner } : {}), ...(a.deadline ? { deadline: a.deadline } : {}), ...(a.summaryLine ? { summaryLine: a.summaryLine } : {}) })),
    };
  }
  return summary;
}

/** A summary for a file that could not be read or analysed at all (the CLI's reading failures). */
export function failedSummary(path: string, detail: string): DocSummary {
  return {
    path,
    type: 'summary',
    typeSource: 'inferred',
    period: {},
    kpis: {},
    completeness: { score: 0, met: 0, total: 0, missing: [] },
    findingCounts: {},
    findingTotal: 0,
    pitfalls: [],
    problem: { kind: 'unreadable-file', detail },
  };
}
