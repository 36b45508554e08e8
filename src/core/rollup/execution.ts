// What became of a plan, counted: the model behind the preview's "plan execution" block and the
// roll-up's plan-execution columns. It reads analyze()'s `execution` (src/core/loop/execution.ts)
// and the summary's period; "overdue" is judged against the end of that period, never against
// today's clock, so a report says the same thing whenever it is run.
import type { ActionStatus, PlanExecution } from '../types';
import { monthIndex } from './period';
import type { Period } from './types';

export type ActionOutcome = ActionStatus;
export type TargetOutcome = 'met' | 'missed' | 'unreported' | 'not-comparable';

export interface ExecutionActionItem {
  text: string;
  owner?: string;
  deadline?: string;
  status: ActionOutcome;
  /** Unreported, with a deadline at or before the end of the summary's period. */
  overdue: boolean;
  /** 1-based line of the action in the plan. */
  planLine: number;
  /** 1-based line of the summary where it is reported (or mentioned). */
  summaryLine?: number;
}

export interface ExecutionTargetItem {
  key: string;
  label: string;
  target: number;
  actual?: number;
  unit?: string;
  actualUnit?: string;
  status: TargetOutcome;
  planLine: number;
  summaryLine?: number;
}

/** Counts over the actions this summary is to report on (those due in its period) and over all targets. */
export interface ExecutionCounts {
  actions: {
    /** Actions due in the summary's period (the ones counted below). */
    expected: number;
    done: number;
    inProgress: number;
    notDone: number;
    unreported: number;
    /** Of the unreported: deadline passed by the end of the summary's period. */
    overdue: number;
    /** Actions of the plan due in another period (not counted above). */
    notDue: number;
  };
  targets: {
    total: number;
    met: number;
    missed: number;
    unreported: number;
    /** An actual is given but cannot be compared (a volume, or units that do not convert). */
    notComparable: number;
  };
}

export interface ExecutionSummary {
  planUri: string;
  via?: 'frontmatter' | 'found';
  planPeriod?: string;
  counts: ExecutionCounts;
  /** The expected actions, in the plan's order. */
  actions: ExecutionActionItem[];
  targets: ExecutionTargetItem[];
}

export function emptyCounts(): ExecutionCounts {
  return {
    actions: { expected: 0, done: 0, inProgress: 0, notDone: 0, unreported: 0, overdue: 0, notDue: 0 },
    targets: { total: 0, met: 0, missed: 0, unreported: 0, notComparable: 0 },
  };
}

/** Adds `b` into `a` (a team's counts are its people's, summed). */
export function addCounts(a: ExecutionCounts, b: ExecutionCounts): ExecutionCounts {
  for (const k of Object.keys(a.actions) as (keyof ExecutionCounts['actions'])[]) a.actions[k] += b.actions[k];
  for (const k of Object.keys(a.targets) as (keyof ExecutionCounts['targets'])[]) a.targets[k] += b.targets[k];
  return a;
}

/** Share of the targets with a comparable actual that were met, in percent (undefined when none). */
export function attainment(c: ExecutionCounts): number | undefined {
  const judged = c.targets.met + c.targets.missed;
  return judged ? Math.round((1000 * c.targets.met) / judged) / 10 : undefined;
}

/** Share of the expected actions the summary reports on (any outcome), in percent. */
export function reportedShare(c: ExecutionCounts): number | undefined {
  const a = c.actions;
  return a.expected ? Math.round((1000 * (a.expected - a.unreported)) / a.expected) / 10 : undefined;
}

/** Whether an ISO date (`2026-10-31`) falls at or before the end of the period. */
function passedBy(iso: string | undefined, period: Period | undefined): boolean {
  if (!iso || !period || !/^\d{4}-\d{2}/.test(iso)) return false;
  return monthIndex(iso.slice(0, 7)) <= monthIndex(period.end);
}

/** The execution of a plan, counted and listed; `summaryPeriod` decides what is overdue. */
export function summarizeExecution(exec: PlanExecution, summaryPeriod?: Period): ExecutionSummary {
  const counts = emptyCounts();
  const actions: ExecutionActionItem[] = [];
  for (const a of exec.actions) {
    if (!a.expected) {
      counts.actions.notDue++;
      continue;
    }
    counts.actions.expected++;
    const overdue = a.status === 'unreported' && passedBy(a.deadlineIso, summaryPeriod);
    if (a.status === 'done') counts.actions.done++;
    else if (a.status === 'in-progress') counts.actions.inProgress++;
    else if (a.status === 'not-done') counts.actions.notDone++;
    else counts.actions.unreported++;
    if (overdue) counts.actions.overdue++;
    const item: ExecutionActionItem = { text: a.text, status: a.status, overdue, planLine: a.planRange.start.line };
    if (a.owner) item.owner = a.owner;
    if (a.deadline) item.deadline = a.deadline;
    if (a.mention) item.summaryLine = a.mention.start.line;
    actions.push(item);
  }
  const targets: ExecutionTargetItem[] = exec.targets.map((t) => {
    counts.targets.total++;
    const status: TargetOutcome = t.actual === undefined ? 'unreported' : t.met === undefined ? 'not-comparable' : t.met ? 'met' : 'missed';
    if (status === 'met') counts.targets.met++;
    else if (status === 'missed') counts.targets.missed++;
    else if (status === 'unreported') counts.targets.unreported++;
    else counts.targets.notComparable++;
    const item: ExecutionTargetItem = { key: t.key, label: t.label, target: t.target, status, planLine: t.planRange.start.line };
    if (t.unit) item.unit = t.unit;
    if (t.actual !== undefined) item.actual = t.actual;
    if (t.actualUnit) item.actualUnit = t.actualUnit;
    if (t.actualRange) item.summaryLine = t.actualRange.start.line;
    return item;
  });
  return { planUri: exec.planUri, ...(exec.via ? { via: exec.via } : {}), ...(exec.planPeriod ? { planPeriod: exec.planPeriod } : {}), counts, actions, targets };
}
