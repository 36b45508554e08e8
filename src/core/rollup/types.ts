// The team roll-up's data shapes (issue 8). Everything is plain JSON-serialisable data: a DocSummary
// is what a worker thread sends back for one file (so memory stays flat in the number of files), and
// a RollupReport is what the CLI prints as JSON and what the VS Code dashboard renders.
// No `vscode`, no `node:` imports anywhere under src/core/rollup/.
import type { ActionStatus, DocType, KpiKey, KpiUnit, Locale } from '../types';
import type { ExecutionCounts } from './execution';

// ── Periods ──────────────────────────────────────────────────────────────────────────────────────

export type PeriodKind = 'month' | 'quarter' | 'half' | 'year' | 'range';

export interface Period {
  /** Canonical key: `2026-11`, `2026-Q3`, `2026-H1`, `2026`, or a month range `2025-06..2025-11`. */
  key: string;
  kind: PeriodKind;
  /** First month covered, `YYYY-MM`. */
  start: string;
  /** Last month covered, `YYYY-MM`. */
  end: string;
  /** How to show it: `2026年11月` / `2026年11月` / `Nov 2026`. */
  label: Record<Locale, string>;
}

export type PeriodResult = { ok: true; period: Period } | { ok: false; raw: string };

// ── One document, summarised ─────────────────────────────────────────────────────────────────────

/** count: sums (咨询量, 外呼量); rate: percentages; time: durations; score: points (of 5, of 100). */
export type KpiKind = 'count' | 'rate' | 'time' | 'score';
/** 'none' for figures that are neither good nor bad when higher (咨询量 is workload, not merit). */
export type BetterWhen = 'higher' | 'lower' | 'none';

export interface KpiFigure {
  /** Values converted to `unit` (the KPI's usual unit: seconds for response time, minutes for handle time, % for rates). */
  actual?: number;
  target?: number;
  baseline?: number;
  unit: KpiUnit;
  kind: KpiKind;
  betterWhen: BetterWhen;
  /** How the writer named it (`满意度`, `平均应答时长_秒`). */
  label?: string;
}

export type KpiFigures = Partial<Record<KpiKey, KpiFigure>>;

export interface Pitfall {
  rule: string;
  message: string;
  /** 1-based line. */
  line: number;
  severity: 'error' | 'warning' | 'info';
}

/** Why a document could not be used as it is. */
export type DocProblemKind =
  /** The file could not be read (missing, binary, wrong encoding, too large). */
  | 'unreadable-file'
  /** The frontmatter is not valid YAML, or there is no frontmatter at all. */
  | 'malformed'
  | 'no-frontmatter';

export interface DocSummary {
  /** As given to summarizeDocument (the CLI passes absolute paths; the dashboard, URIs). */
  path: string;
  author?: string;
  team?: string;
  type: DocType;
  typeSource: 'frontmatter' | 'inferred';
  period: {
    /** What the writer wrote (`2026年第三季度`), when anything. */
    raw?: string;
    /** 1-based line of the `period:` value, when known. */
    line?: number;
    normalised?: Period;
    /** `missing`: no period key; `unreadable`: a period normalisePeriod could not read. */
    problem?: 'missing' | 'unreadable';
  };
  kpis: KpiFigures;
  completeness: {
    score: number;
    met: number;
    total: number;
    /** Missing items of the scorecard (id and label in the locale the document was analysed in). */
    missing: { id: string; label: string; line?: number }[];
  };
  /** Number of findings per rule id. */
  findingCounts: Record<string, number>;
  findingTotal: number;
  /** The first few findings (errors first, then in document order). */
  pitfalls: Pitfall[];
  /** Set when the document cannot be rolled up as it is. */
  problem?: { kind: DocProblemKind; detail?: string; line?: number };
  /** For a summary checked against the plan it follows (src/core/rollup/execution.ts). */
  execution?: DocExecution;
}

/** An action of the plan the summary does not report as done: what a lead follows up. */
export interface OpenAction {
  text: string;
  owner?: string;
  deadline?: string;
  status: ActionStatus;
  /** Not reported, and its deadline passed by the end of the summary's period. */
  overdue: boolean;
  /** 1-based line in the plan. */
  planLine: number;
  /** 1-based line in the summary where it is mentioned, when it is. */
  summaryLine?: number;
}

export interface DocExecution {
  /** The plan, named as the caller names files (the CLI: relative path; the dashboard: URI). */
  plan: string;
  counts: ExecutionCounts;
  /** Expected actions not reported as done (in progress, not done, not reported), in the plan's order. */
  open: OpenAction[];
}

/** Plan execution of a row (a person, a team, a period): its documents' counts, summed. */
export interface RowExecution {
  /** Documents of the row that were checked against a plan. */
  documents: number;
  counts: ExecutionCounts;
  /** Targets met among those with a comparable actual, in percent. */
  attainment?: number;
  /** Expected actions the summaries report on (any outcome), in percent. */
  reported?: number;
}

/** An overdue action, for the report's follow-up list. */
export interface OverdueEntry {
  who: string;
  team?: string;
  period: string;
  periodLabel: string;
  /** The summary that should have reported it. */
  path: string;
  plan: string;
  action: string;
  owner?: string;
  deadline?: string;
  planLine: number;
}

// ── The report ───────────────────────────────────────────────────────────────────────────────────

export type RollupBy = 'person' | 'team' | 'period';

export interface RollupOptions {
  by?: RollupBy;
  locale: Locale;
  /** Documents scoring below this (0–100) are listed as incomplete. Default 80. */
  incompleteBelow?: number;
  /** Pitfalls listed per incomplete document. Default 3. */
  topPitfalls?: number;
}

export type AggregateMethod = 'sum' | 'weighted-mean' | 'mean';

export interface AggregateCell {
  value?: number;
  target?: number;
  unit: KpiUnit;
  method: AggregateMethod;
  /** Rows that contributed a value. */
  n: number;
  /** True when a weighted mean fell back to a plain mean because some row had no 咨询量. */
  weightMissing?: boolean;
  /** Localised explanation of how `value` was computed. */
  note: string;
}

export interface RowKpi extends KpiFigure {
  /** Direction-aware: actual at least as good as target. Undefined without both. */
  met?: boolean;
}

export interface RollupRow {
  /** The person (by person), the team (by team) or the period key (by period). */
  key: string;
  label: string;
  team?: string;
  /** Documents the row was built from (after duplicates were set aside). */
  paths: string[];
  kpis: Partial<Record<KpiKey, RowKpi>>;
  /** Mean completeness of the row's documents, 0–100. */
  completeness: number;
  findingTotal: number;
  /** Present when at least one of the row's summaries was checked against its plan. */
  execution?: RowExecution;
}

export interface BestWorst {
  kpi: KpiKey;
  best: { key: string; label: string; value: number };
  worst: { key: string; label: string; value: number };
}

export interface RollupTable {
  /** The period of the table (absent when by = period: then the rows are periods). */
  period?: Period;
  /** For by = period: the granularity the rows share. */
  kind?: PeriodKind;
  rowKind: RollupBy;
  rows: RollupRow[];
  aggregate: Partial<Record<KpiKey, AggregateCell>>;
  bestWorst: BestWorst[];
  /** Plan execution of the whole table (all its rows), when any summary was checked against a plan. */
  execution?: RowExecution;
}

export type Verdict = 'better' | 'worse' | 'same' | 'neutral';

export interface TrendChange {
  from: string;
  to: string;
  delta: number;
  /** Relative change in percent, when `from` is not 0. */
  pct?: number;
  verdict: Verdict;
  /** True when the two periods are not adjacent (a period in between has no data). */
  gap?: boolean;
  /**
   * For a summed KPI, set when a different number of summaries went into the two totals: the
   * change then says more about who handed in than about the work, so `verdict` is 'neutral'.
   */
  contributors?: { from: number; to: number };
}

export interface KpiTrend {
  kpi: KpiKey;
  /** Month over month, quarter over quarter, … */
  kind: PeriodKind;
  unit: KpiUnit;
  betterWhen: BetterWhen;
  /** `n`: how many summaries (rows) the team figure of that period combines. */
  points: { period: string; label: string; value: number; n: number }[];
  changes: TrendChange[];
  /** Per person (or team): value per point, in the order of `points` (null where none). */
  perRow: Record<string, (number | null)[]>;
  /** Set when the points were worked out from shorter periods: quarters from complete sets of monthly summaries. */
  derivedFrom?: PeriodKind;
}

export interface MissingEntry {
  period: string;
  periodLabel: string;
  who: string;
  team?: string;
  /** Their latest document before this period, to link to. */
  lastPath?: string;
}

export interface IncompleteEntry {
  path: string;
  who?: string;
  period?: string;
  score: number;
  missing: string[];
  pitfalls: Pitfall[];
}

export type RollupProblemKind =
  | 'unreadable-file'
  | 'malformed'
  | 'no-frontmatter'
  | 'unreadable-period'
  | 'missing-period'
  | 'missing-author'
  | 'duplicate'
  | 'not-rolled-up'
  | 'mixed-units';

export interface RollupProblem {
  kind: RollupProblemKind;
  path: string;
  line?: number;
  /** Localised, one sentence, names the file's problem and what was done about it. */
  message: string;
  /** For duplicates: the document that was used instead. */
  usedPath?: string;
  severity: 'error' | 'warning' | 'info';
}

export interface RollupReport {
  /** Bumped when the shape changes incompatibly. */
  version: 1;
  by: RollupBy;
  locale: Locale;
  incompleteBelow: number;
  counts: {
    documents: number;
    /** Documents whose figures are in the tables. */
    used: number;
    people: number;
    teams: number;
    periods: number;
    problems: number;
  };
  /** KPIs that occur, in the canonical order. */
  kpis: KpiKey[];
  /** One sentence per KPI: how the team figure is computed (sum, weighted mean by 咨询量, mean). */
  methods: Partial<Record<KpiKey, string>>;
  tables: RollupTable[];
  trends: KpiTrend[];
  missing: MissingEntry[];
  incomplete: IncompleteEntry[];
  /** Plan actions whose deadline passed by the end of the summary's period with no report. */
  overdue: OverdueEntry[];
  problems: RollupProblem[];
}

export type RollupFormat = 'md' | 'html' | 'json';
