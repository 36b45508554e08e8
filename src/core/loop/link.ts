// Which plan a summary follows. The core decides from frontmatters the caller read; the caller (CLI:
// the disk, editor: vscode.workspace.fs) lists the candidate files and reads them. Rules:
// 1. the summary's `plan:` (a path relative to the summary) wins;
// 2. else a document with `type: plan` or `summary-plan`, the same team, the same author where both
//    give one, and a period that covers the summary's. A personal plan is preferred to the team's,
//    then the shortest period (the quarter's plan before the year's), then the first path.
import { parseFrontmatterOf } from '../parse';
import { LineIndex } from '../text';
import type { DocType, Range } from '../types';
import { DOC_TYPES } from '../types';
import { normalisePeriod, monthIndex } from '../rollup/period';
import { AUTHOR_KEYS, normaliseName, PERIOD_KEYS, TEAM_KEYS } from '../rollup/summarize';
import type { Period } from '../rollup/types';

export interface LinkKeys {
  /** The type the frontmatter declares (an undeclared type is not enough to be linked to). */
  type?: DocType;
  period?: Period;
  team?: string;
  author?: string;
  /** The `plan:` value, as written. */
  plan?: string;
  /** Where the `plan:` value is, for a finding when it points nowhere. */
  planRange?: Range;
}

const TYPE_ALIASES: Record<string, DocType> = { 'summary-and-plan': 'summary-plan', 'summary+plan': 'summary-plan', sop: 'workflow', 总结: 'summary', 總結: 'summary', 计划: 'plan', 計畫: 'plan', 計劃: 'plan', 总结与计划: 'summary-plan', 總結與計畫: 'summary-plan', 流程: 'workflow' };

export const PLAN_LINK_KEY = 'plan';

function firstValue(data: Record<string, unknown>, keys: string[]): unknown {
  const k = keys.find((key) => data[key] !== undefined && data[key] !== null && data[key] !== '');
  return k === undefined ? undefined : data[k];
}

/** The keys that link documents, from a parsed frontmatter. */
export function linkKeysFromData(data: Record<string, unknown> | undefined): LinkKeys {
  if (!data) return {};
  const out: LinkKeys = {};
  if (typeof data.type === 'string') {
    const d = data.type.trim().toLowerCase().replace(/[_\s]+/g, '-');
    const t = (DOC_TYPES as readonly string[]).includes(d) ? (d as DocType) : TYPE_ALIASES[d];
    if (t) out.type = t;
  }
  const period = firstValue(data, PERIOD_KEYS);
  if (period !== undefined) {
    const p = normalisePeriod(period);
    if (p.ok) out.period = p.period;
  }
  const team = normaliseName(firstValue(data, TEAM_KEYS));
  if (team) out.team = team;
  const author = normaliseName(firstValue(data, AUTHOR_KEYS));
  if (author) out.author = author;
  const plan = data[PLAN_LINK_KEY];
  if (typeof plan === 'string' && plan.trim()) out.plan = plan.trim();
  return out;
}

/** The link keys of a document's text (its frontmatter only: cheap enough to index a folder). */
export function linkKeysOf(text: string): LinkKeys {
  const fm = parseFrontmatterOf(text, new LineIndex(text));
  const keys = linkKeysFromData(fm?.data);
  if (keys.plan && fm) keys.planRange = fm.valueRanges[PLAN_LINK_KEY] ?? fm.keyRanges[PLAN_LINK_KEY];
  return keys;
}

/** Whether this document reports on a plan: a summary (or summary + plan) with a period and a team, or a `plan:`. */
export function followsAPlan(keys: LinkKeys): boolean {
  if (keys.type !== 'summary' && keys.type !== 'summary-plan') return false;
  return !!keys.plan || (!!keys.period && !!keys.team);
}

function covers(outer: Period, inner: Period): boolean {
  return monthIndex(outer.start) <= monthIndex(inner.start) && monthIndex(inner.end) <= monthIndex(outer.end);
}

function months(p: Period): number {
  return monthIndex(p.end) - monthIndex(p.start) + 1;
}

/**
 * The plan a summary follows, among `candidates` (every Markdown file in the summary's folder tree
 * but the summary itself); undefined when none fits. `plan:` is resolved by the caller, not here.
 */
export function choosePlan<T extends { uri: string; keys: LinkKeys }>(summary: LinkKeys, candidates: T[]): T | undefined {
  if (!summary.period || !summary.team) return undefined;
  const fitting = candidates.filter(({ keys: k }) => {
    if (k.type !== 'plan' && k.type !== 'summary-plan') return false;
    if (!k.period || !k.team || k.team !== summary.team) return false;
    if (k.author && summary.author && k.author !== summary.author) return false;
    // A team plan (no author) covers every member's summary; a personal plan only its writer's.
    if (k.author && !summary.author) return false;
    return covers(k.period, summary.period!);
  });
  fitting.sort((a, b) => Number(!!b.keys.author) - Number(!!a.keys.author) || months(a.keys.period!) - months(b.keys.period!) || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  return fitting[0];
}

/**
 * A `plan:` value resolved against the summary's location: both are `/`-separated paths or URI
 * paths (`/work/team/2026-Q1.md`, `file:///…`). `..` and `.` segments are folded.
 */
export function resolvePlanPath(summaryUriOrPath: string, plan: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(plan) || plan.startsWith('/')) return plan;
  const cut = summaryUriOrPath.lastIndexOf('/');
  const base = cut >= 0 ? summaryUriOrPath.slice(0, cut) : '';
  const schemeEnd = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(base)?.[0] ?? '';
  const segments = base.slice(schemeEnd.length).split('/');
  for (const seg of plan.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (segments.length > 1) segments.pop();
    } else segments.push(seg);
  }
  return schemeEnd + segments.join('/');
}
