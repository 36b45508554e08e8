// DocSummaries → the roll-up report: one table per period (rows per person or team, the team's
// aggregate, best and worst), trends across periods, who has not handed in, incomplete documents,
// and every document that could not be counted, with the reason. Pure and synchronous: the CLI feeds
// it summaries from worker threads, the dashboard from the extension host.
import type { KpiKey, KpiUnit, Locale } from '../types';
import { KPI_INFO } from '../model/lexicon';
import { kpiName, TYPE_NAMES } from '../i18n/common';
import { msg } from '../i18n';
import { monthIndex, normalisePeriod, PERIOD_KIND_ORDER } from './period';
import { rm } from './messages';
import { addCounts, attainment, emptyCounts, reportedShare } from './execution';
import type {
  AggregateCell,
  BestWorst,
  DocSummary,
  IncompleteEntry,
  KpiFigure,
  KpiTrend,
  MissingEntry,
  OverdueEntry,
  Period,
  PeriodKind,
  RollupOptions,
  RollupProblem,
  RollupReport,
  RollupRow,
  RollupTable,
  RowExecution,
  RowKpi,
  TrendChange,
  Verdict,
} from './types';

const KPI_ORDER = Object.keys(KPI_INFO) as KpiKey[];
/** Relative differences below this are "the same" (rounding in what people write). */
const SAME_EPSILON = 1e-9;

/** A usable summary: author and period known. */
interface Used {
  doc: DocSummary;
  who: string;
  period: Period;
  /** Targets taken from a plan for the same person and period, where the summary had none. */
  kpis: DocSummary['kpis'];
}

export function buildRollup(summaries: Iterable<DocSummary>, options: RollupOptions): RollupReport {
  const L = options.locale;
  const by = options.by ?? 'person';
  const incompleteBelow = options.incompleteBelow ?? 80;
  const topPitfalls = options.topPitfalls ?? 3;
  const problems: RollupProblem[] = [];
  const incomplete: IncompleteEntry[] = [];
  const candidates: Used[] = [];
  const plans: Used[] = [];
  let documents = 0;

  for (const doc of summaries) {
    documents++;
    const p = doc.problem;
    if (p?.kind === 'unreadable-file') {
      problems.push({ kind: 'unreadable-file', path: doc.path, severity: 'error', message: rm('unreadableFile', L, { detail: p.detail ?? '?' }) });
      continue;
    }
    // A file without frontmatter (a README) or an SOP is not a period summary: not "incomplete".
    const summaryLike = p?.kind !== 'no-frontmatter' && doc.type !== 'workflow';
    if (summaryLike && doc.completeness.score < incompleteBelow && doc.completeness.total > 0) {
      incomplete.push({
        path: doc.path,
        ...(doc.author ? { who: doc.author } : {}),
        ...(doc.period.normalised ? { period: doc.period.normalised.key } : {}),
        score: doc.completeness.score,
        missing: doc.completeness.missing.map((m) => m.label),
        pitfalls: doc.pitfalls.slice(0, topPitfalls),
      });
    }
    if (p?.kind === 'malformed') {
      problems.push({ kind: 'malformed', path: doc.path, line: p.line, severity: 'error', message: rm('malformed', L, { line: p.line ?? 1, detail: p.detail ?? '' }) });
      continue;
    }
    if (p?.kind === 'no-frontmatter') {
      problems.push({ kind: 'no-frontmatter', path: doc.path, line: 1, severity: 'info', message: rm('noFrontmatter', L) });
      continue;
    }
    if (doc.type === 'workflow') {
      problems.push({ kind: 'not-rolled-up', path: doc.path, severity: 'info', message: rm('notRolledUp', L, { type: msg(TYPE_NAMES.workflow, L) }) });
      continue;
    }
    if (doc.period.problem === 'unreadable') {
      problems.push({ kind: 'unreadable-period', path: doc.path, line: doc.period.line, severity: 'error', message: rm('unreadablePeriod', L, { raw: doc.period.raw ?? '' }) });
      continue;
    }
    if (!doc.period.normalised) {
      problems.push({ kind: 'missing-period', path: doc.path, line: 1, severity: 'warning', message: rm('missingPeriod', L) });
      continue;
    }
    if (!doc.author) {
      problems.push({ kind: 'missing-author', path: doc.path, line: 1, severity: 'warning', message: rm('missingAuthor', L) });
      continue;
    }
    const used: Used = { doc, who: doc.author, period: doc.period.normalised, kpis: doc.kpis };
    (doc.type === 'plan' ? plans : candidates).push(used);
  }

  // Duplicates: one document per person and period; the others are reported against the one kept, with the reason.
  const chosen = new Map<string, Used>();
  const dupKey = (u: Used) => `${u.who}\u0000${u.period.key}`;
  const groups = new Map<string, Used[]>();
  for (const u of candidates) groups.set(dupKey(u), [...(groups.get(dupKey(u)) ?? []), u]);
  for (const [k, group] of groups) {
    const ordered = [...group].sort((a, b) => (preferred(a, b) ? -1 : 1));
    const keep = ordered[0];
    chosen.set(k, keep);
    for (const drop of ordered.slice(1)) {
      problems.push({
        kind: 'duplicate',
        path: drop.doc.path,
        usedPath: keep.doc.path,
        severity: 'warning',
        message: rm('duplicate', L, { used: keep.doc.path, who: keep.who, period: keep.period.label[L], why: whyPreferred(keep, drop, L) }),
      });
    }
  }
  // A plan's targets fill the targets its writer's summary for the same period left out.
  for (const plan of plans.sort((a, b) => cmp(a.doc.path, b.doc.path))) {
    const summary = chosen.get(dupKey(plan));
    if (summary) {
      const merged: DocSummary['kpis'] = { ...summary.kpis };
      for (const key of Object.keys(plan.kpis) as KpiKey[]) {
        const target = plan.kpis[key]!.target;
        const mine = merged[key];
        if (target === undefined || plan.kpis[key]!.unit !== (mine?.unit ?? plan.kpis[key]!.unit)) continue;
        if (!mine) continue;
        if (mine.target === undefined) merged[key] = { ...mine, target };
      }
      summary.kpis = merged;
      problems.push({ kind: 'not-rolled-up', path: plan.doc.path, usedPath: summary.doc.path, severity: 'info', message: rm('planTargets', L, { who: plan.who, period: plan.period.label[L] }) });
    } else {
      // A quarter's plan followed by monthly summaries: they report on it (their plan execution).
      const followers = candidates.filter((c) => c.doc.execution?.plan === plan.doc.path).length;
      problems.push({
        kind: 'not-rolled-up',
        path: plan.doc.path,
        severity: 'info',
        message: followers ? rm('planFollowed', L, { who: plan.who, period: plan.period.label[L], n: followers }) : rm('planAlone', L, { who: plan.who, period: plan.period.label[L] }),
      });
    }
  }

  const used = [...chosen.values()].sort((a, b) => monthIndex(a.period.start) - monthIndex(b.period.start) || monthIndex(a.period.end) - monthIndex(b.period.end) || cmp(a.who, b.who));
  const periods = new Map<string, { period: Period; docs: Used[] }>();
  for (const u of used) {
    const entry = periods.get(u.period.key) ?? { period: u.period, docs: [] };
    entry.docs.push(u);
    periods.set(u.period.key, entry);
  }
  const kpisPresent = KPI_ORDER.filter((k) => used.some((u) => u.kpis[k]?.actual !== undefined || u.kpis[k]?.target !== undefined));

  // Units: where people wrote a KPI in units that do not convert (satisfaction in % and as a score),
  // the most common unit is kept and the others are left out of the team figures, with a problem each.
  const unitOf = new Map<KpiKey, KpiUnit>();
  for (const key of kpisPresent) {
    const counts = new Map<KpiUnit, number>();
    for (const u of used) if (u.kpis[key]) counts.set(u.kpis[key]!.unit, (counts.get(u.kpis[key]!.unit) ?? 0) + 1);
    const majority = [...counts.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0][0];
    unitOf.set(key, majority);
    for (const u of used) {
      const fig = u.kpis[key];
      if (fig && fig.unit !== majority) {
        problems.push({ kind: 'mixed-units', path: u.doc.path, severity: 'warning', message: rm('mixedUnits', L, { kpi: kpiName(key, L), unit: fig.unit, majority }) });
        const rest = { ...u.kpis };
        delete rest[key];
        u.kpis = rest;
      }
    }
  }

  const people = new Set(used.map((u) => u.who));
  const teams = new Set(used.map((u) => u.doc.team ?? ''));
  const tables: RollupTable[] = [];
  const periodList = [...periods.values()];

  if (by === 'period') {
    for (const kind of PERIOD_KIND_ORDER) {
      const ofKind = periodList.filter((p) => p.period.kind === kind);
      if (!ofKind.length) continue;
      const rows = ofKind.map((p) => groupRow(p.period.key, p.period.label[L], undefined, p.docs, kpisPresent, unitOf, L));
      const all = ofKind.flatMap((p) => p.docs);
      tables.push({ kind, rowKind: 'period', rows, aggregate: aggregateAll(all, kpisPresent, unitOf, L), bestWorst: bestWorstOf(rows, kpisPresent), ...withExecution(all) });
    }
  } else {
    for (const p of periodList) {
      let rows: RollupRow[];
      if (by === 'team') {
        const byTeam = new Map<string, Used[]>();
        for (const u of p.docs) byTeam.set(u.doc.team ?? '', [...(byTeam.get(u.doc.team ?? '') ?? []), u]);
        rows = [...byTeam.entries()].sort((a, b) => cmp(a[0], b[0])).map(([team, docs]) => groupRow(team, team || rm('noTeam', L), team || undefined, docs, kpisPresent, unitOf, L));
      } else {
        rows = p.docs.map((u) => personRow(u));
      }
      tables.push({ period: p.period, rowKind: by, rows, aggregate: aggregateAll(p.docs, kpisPresent, unitOf, L), bestWorst: bestWorstOf(rows, kpisPresent), ...withExecution(p.docs) });
    }
  }

  const report: RollupReport = {
    version: 1,
    by,
    locale: L,
    incompleteBelow,
    counts: { documents, used: used.length, people: people.size, teams: [...teams].filter(Boolean).length, periods: periods.size, problems: 0 },
    kpis: kpisPresent,
    methods: methodsOf(kpisPresent, L),
    tables,
    trends: trendsOf(periodList, kpisPresent, unitOf, by, L),
    missing: missingOf(periodList, used, L),
    incomplete: incomplete.sort((a, b) => a.score - b.score || cmp(a.path, b.path)),
    overdue: overdueOf(used, L),
    problems: problems.sort((a, b) => SEVERITY[a.severity] - SEVERITY[b.severity] || cmp(a.path, b.path)),
  };
  report.counts.problems = report.problems.filter((p) => p.severity !== 'info').length;
  return report;
}

const SEVERITY = { error: 0, warning: 1, info: 2 } as const;

/** Code-point order: the same on every machine and locale (localeCompare is not). */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function actualCount(u: Used): number {
  return Object.values(u.kpis).filter((f) => f?.actual !== undefined).length;
}

/** Which of two documents by the same person for the same period to count: the more complete, then the one with more KPIs, then the first by path. */
function preferred(a: Used, b: Used): boolean {
  if (a.doc.completeness.score !== b.doc.completeness.score) return a.doc.completeness.score > b.doc.completeness.score;
  if (actualCount(a) !== actualCount(b)) return actualCount(a) > actualCount(b);
  return cmp(a.doc.path, b.doc.path) <= 0;
}

function whyPreferred(keep: Used, drop: Used, L: Locale): string {
  if (keep.doc.completeness.score !== drop.doc.completeness.score) return rm('whyMoreComplete', L, { a: keep.doc.completeness.score, b: drop.doc.completeness.score });
  if (actualCount(keep) !== actualCount(drop)) return rm('whyMoreKpis', L, { a: actualCount(keep), b: actualCount(drop) });
  return rm('whyFirst', L);
}

function met(fig: KpiFigure): boolean | undefined {
  if (fig.actual === undefined || fig.target === undefined || fig.betterWhen === 'none') return undefined;
  return fig.betterWhen === 'higher' ? fig.actual >= fig.target : fig.actual <= fig.target;
}

function personRow(u: Used): RollupRow {
  const kpis: Partial<Record<KpiKey, RowKpi>> = {};
  for (const key of Object.keys(u.kpis) as KpiKey[]) {
    const fig = u.kpis[key]!;
    const m = met(fig);
    kpis[key] = m === undefined ? { ...fig } : { ...fig, met: m };
  }
  return {
    key: u.who,
    label: u.who,
    ...(u.doc.team ? { team: u.doc.team } : {}),
    paths: [u.doc.path],
    kpis,
    completeness: u.doc.completeness.score,
    findingTotal: u.doc.findingTotal,
    ...withExecution([u]),
  };
}

/** The plan execution of these documents, summed; nothing when none was checked against a plan. */
function rowExecution(docs: Used[]): RowExecution | undefined {
  const checked = docs.filter((d) => d.doc.execution);
  if (!checked.length) return undefined;
  const counts = checked.reduce((acc, d) => addCounts(acc, d.doc.execution!.counts), emptyCounts());
  const out: RowExecution = { documents: checked.length, counts };
  const a = attainment(counts);
  if (a !== undefined) out.attainment = a;
  const r = reportedShare(counts);
  if (r !== undefined) out.reported = r;
  return out;
}

function withExecution(docs: Used[]): { execution?: RowExecution } {
  const execution = rowExecution(docs);
  return execution ? { execution } : {};
}

/** Every overdue action of the used summaries, by period, then person, then the plan's order. */
function overdueOf(used: Used[], L: Locale): OverdueEntry[] {
  const out: OverdueEntry[] = [];
  for (const u of used) {
    for (const a of u.doc.execution?.open ?? []) {
      if (!a.overdue) continue;
      out.push({
        who: u.who,
        ...(u.doc.team ? { team: u.doc.team } : {}),
        period: u.period.key,
        periodLabel: u.period.label[L],
        path: u.doc.path,
        plan: u.doc.execution!.plan,
        action: a.text,
        ...(a.owner ? { owner: a.owner } : {}),
        ...(a.deadline ? { deadline: a.deadline } : {}),
        planLine: a.planLine,
      });
    }
  }
  return out;
}

/** A row that stands for several people (a team, or everyone in a period): their aggregate. */
function groupRow(key: string, label: string, team: string | undefined, docs: Used[], keys: KpiKey[], unitOf: Map<KpiKey, KpiUnit>, L: Locale): RollupRow {
  const agg = aggregateAll(docs, keys, unitOf, L);
  const kpis: Partial<Record<KpiKey, RowKpi>> = {};
  for (const k of keys) {
    const cell = agg[k];
    if (!cell || (cell.value === undefined && cell.target === undefined)) continue;
    const fig: KpiFigure = { unit: cell.unit, kind: kindOf(cell.unit), betterWhen: KPI_INFO[k].better };
    if (cell.value !== undefined) fig.actual = cell.value;
    if (cell.target !== undefined) fig.target = cell.target;
    const m = met(fig);
    kpis[k] = m === undefined ? fig : { ...fig, met: m };
  }
  return {
    key,
    label,
    ...(team ? { team } : {}),
    paths: docs.map((d) => d.doc.path),
    kpis,
    completeness: Math.round(docs.reduce((s, d) => s + d.doc.completeness.score, 0) / Math.max(1, docs.length)),
    findingTotal: docs.reduce((s, d) => s + d.doc.findingTotal, 0),
    ...withExecution(docs),
  };
}

function kindOf(unit: KpiUnit): KpiFigure['kind'] {
  if (unit === 'count') return 'count';
  if (unit === 'score') return 'score';
  if (unit === '%' || unit === '‱') return 'rate';
  return 'time';
}

function aggregateAll(docs: Used[], keys: KpiKey[], unitOf: Map<KpiKey, KpiUnit>, L: Locale): Partial<Record<KpiKey, AggregateCell>> {
  const out: Partial<Record<KpiKey, AggregateCell>> = {};
  for (const key of keys) {
    const cell = aggregate(docs, key, unitOf.get(key)!, L);
    if (cell) out[key] = cell;
  }
  return out;
}

/**
 * The team figure of one KPI over people: counts are summed; rates, times and scores are means
 * weighted by each person's 咨询量 (a person who answered twice as many customers counts twice),
 * or plain means, said so, when someone has no 咨询量. Targets are combined the same way, over the
 * people who gave one.
 */
export function aggregate(docs: Used[], key: KpiKey, unit: KpiUnit, L: Locale): AggregateCell | undefined {
  const withActual = docs.filter((d) => d.kpis[key]?.actual !== undefined);
  const withTarget = docs.filter((d) => d.kpis[key]?.target !== undefined);
  if (!withActual.length && !withTarget.length) return undefined;
  const name = kpiName(key, L);
  const kind = kindOf(unit);
  if (kind === 'count') {
    const cell: AggregateCell = { unit, method: 'sum', n: withActual.length, note: rm('methodSum', L, { kpi: name, n: withActual.length }) };
    if (withActual.length) cell.value = round(withActual.reduce((s, d) => s + d.kpis[key]!.actual!, 0));
    // A summed target is only meaningful when everyone counted in the sum gave one.
    if (withTarget.length && withActual.every((d) => d.kpis[key]?.target !== undefined)) cell.target = round(withTarget.reduce((s, d) => s + d.kpis[key]!.target!, 0));
    return cell;
  }
  const weight = (d: Used) => d.kpis.inquiries?.actual;
  const unweighted = [...withActual, ...withTarget].filter((d) => !(weight(d)! > 0));
  const weighted = unweighted.length === 0;
  const mean = (list: Used[], pick: (f: KpiFigure) => number) => {
    if (!list.length) return undefined;
    if (weighted) {
      const total = list.reduce((s, d) => s + weight(d)!, 0);
      return round(list.reduce((s, d) => s + pick(d.kpis[key]!) * weight(d)!, 0) / total);
    }
    return round(list.reduce((s, d) => s + pick(d.kpis[key]!), 0) / list.length);
  };
  const cell: AggregateCell = {
    unit,
    method: weighted ? 'weighted-mean' : 'mean',
    n: withActual.length,
    note: weighted
      ? rm('methodWeighted', L, { kpi: name, n: withActual.length })
      : rm('methodMean', L, { kpi: name, n: withActual.length, who: [...new Set(unweighted.map((d) => d.who))].join(L === 'en' ? ', ' : '、') }),
  };
  if (!weighted) cell.weightMissing = true;
  const value = mean(withActual, (f) => f.actual!);
  const target = mean(withTarget, (f) => f.target!);
  if (value !== undefined) cell.value = value;
  if (target !== undefined) cell.target = target;
  return cell;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function methodsOf(keys: KpiKey[], L: Locale): Partial<Record<KpiKey, string>> {
  const out: Partial<Record<KpiKey, string>> = {};
  for (const key of keys) {
    const count = KPI_INFO[key].unit === 'count';
    out[key] = rm(count ? 'methodSumShort' : 'methodWeightedShort', L, { kpi: kpiName(key, L) });
  }
  return out;
}

function bestWorstOf(rows: RollupRow[], keys: KpiKey[]): BestWorst[] {
  const out: BestWorst[] = [];
  for (const kpi of keys) {
    const better = KPI_INFO[kpi].better;
    if (better === 'none') continue;
    const vals = rows.filter((r) => r.kpis[kpi]?.actual !== undefined).map((r) => ({ key: r.key, label: r.label, value: r.kpis[kpi]!.actual! }));
    if (vals.length < 2) continue;
    // Best first; ties keep the row order (alphabetical by name), so the result is stable.
    const ordered = [...vals].sort((a, b) => (better === 'higher' ? b.value - a.value : a.value - b.value) || cmp(a.key, b.key));
    const best = ordered[0];
    const worstValue = ordered[ordered.length - 1].value;
    const worst = ordered.find((v) => v.value === worstValue)!;
    if (best.value === worst.value) continue;
    out.push({ kpi, best, worst });
  }
  return out;
}

export function verdictOf(delta: number, scale: number, better: KpiFigure['betterWhen']): Verdict {
  if (Math.abs(delta) <= SAME_EPSILON * Math.max(1, Math.abs(scale))) return 'same';
  if (better === 'none') return 'neutral';
  return (delta > 0) === (better === 'higher') ? 'better' : 'worse';
}

function trendsOf(periodList: { period: Period; docs: Used[] }[], keys: KpiKey[], unitOf: Map<KpiKey, KpiUnit>, by: RollupOptions['by'], L: Locale): KpiTrend[] {
  const out: KpiTrend[] = [];
  for (const kind of PERIOD_KIND_ORDER) {
    if (kind === 'range') continue; // ranges of different lengths do not compare
    const list = periodList.filter((p) => p.period.kind === kind);
    out.push(...seriesOf(kind, list, keys, unitOf, by, L));
  }
  // Monthly summaries only: the team's quarters are worked out from them too (quarter over quarter),
  // from complete quarters only, so that a quarter still under way does not look like a collapse.
  if (!periodList.some((p) => p.period.kind === 'quarter')) {
    const months = new Map(periodList.filter((p) => p.period.kind === 'month').map((p) => [p.period.key, p]));
    const quarters = new Map<string, { period: Period; docs: Used[] }>();
    for (const m of months.values()) {
      const [y, mo] = m.period.key.split('-').map(Number);
      const q = Math.floor((mo - 1) / 3);
      const members = [1, 2, 3].map((i) => `${y}-${String(q * 3 + i).padStart(2, '0')}`);
      const read = normalisePeriod(`${y}-Q${q + 1}`);
      if (!read.ok || quarters.has(read.period.key) || !members.every((k) => months.has(k))) continue;
      quarters.set(read.period.key, { period: read.period, docs: members.flatMap((k) => months.get(k)!.docs) });
    }
    for (const t of seriesOf('quarter', [...quarters.values()], keys, unitOf, by, L)) out.push({ ...t, derivedFrom: 'month' });
  }
  return out;
}

/** One trend per KPI over a list of periods of one kind: the team figure and each row's own. */
function seriesOf(kind: PeriodKind, periods: { period: Period; docs: Used[] }[], keys: KpiKey[], unitOf: Map<KpiKey, KpiUnit>, by: RollupOptions['by'], L: Locale): KpiTrend[] {
  const out: KpiTrend[] = [];
  const list = [...periods].sort((a, b) => monthIndex(a.period.start) - monthIndex(b.period.start));
  if (list.length < 2) return out;
  const rowOf = (u: Used) => (by === 'team' ? u.doc.team || rm('noTeam', L) : u.who);
  for (const kpi of keys) {
    const unit = unitOf.get(kpi)!;
    const points: (KpiTrend['points'][number] & { sum: boolean })[] = [];
    const perRow: Record<string, (number | null)[]> = {};
    const rowValuesAt: Map<string, number>[] = [];
    for (const p of list) {
      const cell = aggregate(p.docs, kpi, unit, L);
      if (cell?.value === undefined) continue;
      points.push({ period: p.period.key, label: p.period.label[L], value: cell.value, n: cell.n, sum: cell.method === 'sum' });
      // A row's own figure, combined like the team's (one document, or a team's, or a person's quarter).
      const groups = new Map<string, Used[]>();
      for (const u of p.docs) groups.set(rowOf(u), [...(groups.get(rowOf(u)) ?? []), u]);
      const values = new Map<string, number>();
      for (const [row, docs] of groups) {
        const v = aggregate(docs, kpi, unit, L)?.value;
        if (v !== undefined) values.set(row, v);
      }
      rowValuesAt.push(values);
    }
    if (points.length < 2) continue;
    const names = [...new Set(rowValuesAt.flatMap((m) => [...m.keys()]))].sort(cmp);
    for (const n of names) perRow[n] = rowValuesAt.map((m) => (m.has(n) ? m.get(n)! : null));
    const changes: TrendChange[] = [];
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      const delta = round(b.value - a.value);
      const change: TrendChange = { from: a.period, to: b.period, delta, verdict: verdictOf(delta, a.value, KPI_INFO[kpi].better) };
      if (a.value !== 0) change.pct = round(((b.value - a.value) / Math.abs(a.value)) * 100);
      const pa = list.find((p) => p.period.key === a.period)!.period;
      const pb = list.find((p) => p.period.key === b.period)!.period;
      if (monthIndex(pb.start) !== monthIndex(pa.end) + 1) change.gap = true;
      // A total over 4 summaries against one over 3 measures the missing summary, not the team.
      if (a.sum && a.n !== b.n) {
        change.contributors = { from: a.n, to: b.n };
        change.verdict = 'neutral';
      }
      changes.push(change);
    }
    out.push({ kpi, kind, unit, betterWhen: KPI_INFO[kpi].better, points: points.map(({ sum: _sum, ...p }) => p), changes, perRow });
  }
  return out;
}

/**
 * Who has not handed in: for each period, the people of each team that handed in anything for it
 * who wrote for an earlier or equal period of the same kind but not for this one. A person is
 * expected from their first period on, so someone who joined in March is not missing January.
 */
function missingOf(periodList: { period: Period; docs: Used[] }[], used: Used[], L: Locale): MissingEntry[] {
  const out: MissingEntry[] = [];
  for (const kind of PERIOD_KIND_ORDER) {
    const list = periodList.filter((p) => p.period.kind === kind);
    if (list.length < 2) continue;
    const ofKind = used.filter((u) => u.period.kind === kind);
    const first = new Map<string, number>();
    const teamOf = new Map<string, string>();
    for (const u of ofKind) {
      const idx = monthIndex(u.period.start);
      if (!first.has(u.who) || idx < first.get(u.who)!) first.set(u.who, idx);
    }
    // A person's team is the one of their latest document.
    for (const u of [...ofKind].sort((a, b) => monthIndex(a.period.start) - monthIndex(b.period.start))) teamOf.set(u.who, u.doc.team ?? '');
    for (const p of list) {
      const handedIn = new Set(p.docs.map((d) => d.who));
      const teamsPresent = new Set(p.docs.map((d) => d.doc.team ?? ''));
      const start = monthIndex(p.period.start);
      for (const [who, from] of [...first.entries()].sort((a, b) => cmp(a[0], b[0]))) {
        if (handedIn.has(who) || from > start || !teamsPresent.has(teamOf.get(who)!)) continue;
        const before = ofKind.filter((u) => u.who === who && monthIndex(u.period.start) < start).sort((a, b) => monthIndex(b.period.start) - monthIndex(a.period.start))[0];
        const team = teamOf.get(who);
        out.push({ period: p.period.key, periodLabel: p.period.label[L], who, ...(team ? { team } : {}), ...(before ? { lastPath: before.doc.path } : {}) });
      }
    }
  }
  return out;
}
