// What became of a plan in the summary that follows it: for each action of the plan, whether the
// summary reports on it and with what outcome; for each KPI target, the summary's actual and whether
// it met the target. Both documents arrive as models (the plan's built by analyze() from the text
// the caller read), so recognising actions, owners, deadlines and KPIs is done once, in model/.
import type { ActionExecution, DocumentModel, KpiValue, LinkedDocument, PartId, PlanExecution, Range, TargetExecution } from '../types';
import { LineIndex } from '../text';
import { KPI_INFO } from '../model/lexicon';
import { toBase } from '../model/kpis';
import { monthIndex } from '../rollup/period';
import type { Period } from '../rollup/types';
import { contentTokens, mentions, overlap } from './words';
import { hasBlankStatus, outcomeOf } from './outcomes';

/** Parts of a summary + plan that are its own next plan: what they say is not a report on the last one. */
const OWN_PLAN_PARTS: PartId[] = ['goals', 'measures', 'phases', 'resources', 'monitoring'];
/** Longest line read as a report (a pasted log line is not one). */
const MAX_UNIT = 2000;

/** A sentence (or table row, or heading) of the summary, with what follows it on its line. */
export interface ReportUnit {
  start: number;
  end: number;
  text: string;
  /** Text after it that can still carry its outcome: the rest of its line, or a heading's first line of content. */
  after: string;
}

/** The summary's sentences, table rows and headings, outside its frontmatter, code and its own next plan. */
export function reportUnits(model: DocumentModel): ReportUnit[] {
  const text = model.text;
  const from = model.frontmatter ? model.frontmatter.range.end.offset : 0;
  const skip: Range[] = model.type === 'summary-plan' ? model.sections.filter((s) => s.part && OWN_PLAN_PARTS.includes(s.part)).map((s) => s.range) : [];
  const out: ReportUnit[] = [];
  const lineRe = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  lineRe.lastIndex = from;
  let fence: string | undefined;
  let pendingHeading: ReportUnit | undefined;
  for (let m = lineRe.exec(text); m && m[0] !== ''; m = lineRe.exec(text)) {
    const start = m.index;
    const line = m[0].replace(/[\r\n]+$/, '');
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (f) {
      fence = f[1];
      continue;
    }
    if (!line.trim() || line.length > MAX_UNIT || /^\s*<!--/.test(line) || /^\s*\|?[\s:|-]+\|[\s:|-]*$/.test(line)) continue;
    if (skip.some((r) => start >= r.start.offset && start < r.end.offset)) continue;
    if (/^ {0,3}#{1,6}\s/.test(line)) {
      pendingHeading = { start, end: start + line.length, text: line, after: '' };
      out.push(pendingHeading);
      continue;
    }
    if (pendingHeading) {
      pendingHeading.after = line;
      pendingHeading = undefined;
    }
    // Sentences: a table row is one; prose is cut after 。！？；; and after ". " in English.
    const cuts = /^\s*\|/.test(line) ? [] : [...line.matchAll(/[。！？!?；;]+|\.(?=\s)/g)].map((x) => (x.index ?? 0) + x[0].length);
    let s = 0;
    for (const c of [...cuts, line.length]) {
      if (c <= s) continue;
      const piece = line.slice(s, c);
      if (piece.trim()) out.push({ start: start + s, end: start + c, text: piece, after: line.slice(c) });
      s = c;
    }
  }
  return out;
}

function periodReference(p: Period | undefined): { from: number; to: number } | undefined {
  return p ? { from: monthIndex(p.start), to: monthIndex(p.end) } : undefined;
}

/** Whether the summary of period `s` is to report on an action of the plan of period `p` due `iso`. */
function isExpected(plan: Period | undefined, summary: Period | undefined, iso: string | undefined): boolean {
  const p = periodReference(plan);
  const s = periodReference(summary);
  // Same period (or either unknown): every action of the plan.
  if (!p || !s || (p.from === s.from && p.to === s.to)) return true;
  // A longer plan (a quarter's, a year's) and this month's summary: the actions due in this month,
  // and those without a date at the plan's last period.
  if (!iso) return s.to >= p.to;
  const due = monthIndex(iso.slice(0, 7));
  return due >= s.from && due <= s.to;
}

/** The best report on an action among the summary's units. */
function findReport(units: ReportUnit[], tokens: Set<string>, actionText: string): { unit: ReportUnit; status?: ActionExecution['status']; blank: boolean } | undefined {
  let best: { unit: ReportUnit; status?: ActionExecution['status']; blank: boolean; score: number } | undefined;
  for (const unit of units) {
    const found = contentTokens(unit.text);
    if (!mentions(tokens, found)) continue;
    const status = outcomeOf(unit.text, actionText) ?? (unit.after ? outcomeOf(firstSentence(unit.after), actionText) : undefined);
    const blank = !status && hasBlankStatus(unit.text + unit.after);
    // An outcome wins over a bare mention; then the closer wording.
    const score = (status ? 10 : 0) + overlap(tokens, found).share;
    if (!best || score > best.score) best = { unit, status, blank, score };
  }
  return best;
}

function firstSentence(s: string): string {
  const m = /^[^。！？!?；;]*[。！？!?；;]?/.exec(s);
  return m ? m[0] : s;
}

function firstOf(kpis: KpiValue[], kind: KpiValue['kind']): Map<string, KpiValue> {
  const out = new Map<string, KpiValue>();
  // Frontmatter values come first in the model: the figure the writer declared wins over prose.
  for (const k of kpis) if (k.kind === kind && Number.isFinite(k.value) && !out.has(k.key)) out.set(k.key, k);
  return out;
}

function meets(actual: KpiValue, target: KpiValue): boolean | undefined {
  const better = KPI_INFO[actual.key].better;
  if (better === 'none') return undefined;
  const a = toBase(actual.value, actual.unit, actual.key);
  const t = toBase(target.value, target.unit, target.key);
  if (a.dim !== t.dim) return undefined;
  return better === 'higher' ? a.value >= t.value - 1e-9 : a.value <= t.value + 1e-9;
}

export interface ExecutionInput {
  summary: DocumentModel;
  plan: DocumentModel;
  linked: LinkedDocument;
  summaryPeriod?: Period;
  planPeriod?: Period;
}

/** The plan's actions and targets, each with what the summary says became of it. */
export function planExecution({ summary, plan, linked, summaryPeriod, planPeriod }: ExecutionInput): PlanExecution {
  const lines = new LineIndex(summary.text);
  const units = reportUnits(summary);
  const actions: ActionExecution[] = plan.actions.map((a) => {
    const tokens = contentTokens(a.text);
    const report = findReport(units, tokens, a.text);
    const exec: ActionExecution = {
      text: a.text,
      planRange: a.range,
      expected: isExpected(planPeriod, summaryPeriod, a.deadline?.isoDate),
      status: report?.status ?? 'unreported',
    };
    if (a.owner) exec.owner = a.owner.text.trim();
    if (a.deadline && a.deadline.kind !== 'vague') exec.deadline = a.deadline.text.trim();
    if (a.deadline?.isoDate) exec.deadlineIso = a.deadline.isoDate;
    if (report) exec.mention = lines.range(report.unit.start + (report.unit.text.length - report.unit.text.trimStart().length), report.unit.end);
    if (report && !report.status && report.blank) exec.blank = true;
    return exec;
  });
  const actuals = firstOf(summary.kpis, 'actual');
  const targets: TargetExecution[] = [...firstOf(plan.kpis, 'target').values()].map((t) => {
    const exec: TargetExecution = { key: t.key, label: t.label, target: t.value, planRange: t.range, ...(t.unit ? { unit: t.unit } : {}) };
    const actual = actuals.get(t.key);
    if (actual) {
      exec.actual = actual.value;
      if (actual.unit) exec.actualUnit = actual.unit;
      exec.actualRange = actual.range;
      const met = meets(actual, t);
      if (met !== undefined) exec.met = met;
    }
    return exec;
  });
  return { planUri: linked.uri, ...(linked.via ? { via: linked.via } : {}), ...(planPeriod ? { planPeriod: planPeriod.key } : {}), actions, targets };
}
