// The scorecard's "plan execution" block: for a summary with a linked plan, each action of the plan
// due in the summary's period (done / in progress / not done / not reported, overdue) and each KPI
// target (met / missed / not reported), each with where it is — the summary's line that reports it
// and the plan's line that sets it. Pure HTML from the analysis; every text from either document is
// escaped. In the preview, an item's summary line is a `data-jump-line` (the editor's own document)
// and its plan line a `data-plan-line` (the webview asks the extension to open the plan there).
import type { AnalyzeResult, KpiKey, KpiUnit, Locale } from '../types';
import { periodOfData } from '../rollup/summarize';
import { summarizeExecution, type ExecutionActionItem, type ExecutionSummary, type ExecutionTargetItem } from '../rollup/execution';
import { escapeHtml, kpiName, t, type LabelKey } from './labels';
import { formatNumber, unitLabel } from './panels';

export interface ExecutionBlockOptions {
  locale?: Locale;
  /** Buttons that open either document at the item's line (the preview); the exported HTML has none. */
  interactive?: boolean;
}

/** The analysis's plan execution, counted, with "overdue" judged at the end of the summary's period. */
export function executionOf(result: AnalyzeResult): ExecutionSummary | undefined {
  if (!result.execution) return undefined;
  return summarizeExecution(result.execution, periodOfData(result.model.frontmatter?.data));
}

const ACTION_STATUS: Record<ExecutionActionItem['status'], LabelKey> = {
  done: 'statusDone',
  'in-progress': 'statusInProgress',
  'not-done': 'statusNotDone',
  unreported: 'statusUnreported',
};
const TARGET_STATUS: Record<ExecutionTargetItem['status'], LabelKey> = {
  met: 'statusMet',
  missed: 'statusMissed',
  unreported: 'statusUnreported',
  'not-comparable': 'statusNotComparable',
};
const MARK: Record<string, string> = { done: '✓', met: '✓', 'in-progress': '◐', 'not-done': '✗', missed: '✗', unreported: '?', 'not-comparable': '·' };

function lineButtons(summaryLine: number | undefined, planLine: number, options: ExecutionBlockOptions): string {
  const locale = options.locale ?? 'en';
  const summary = summaryLine ? escapeHtml(t('summaryLine', locale, { line: summaryLine })) : '';
  const plan = escapeHtml(t('planLine', locale, { line: planLine }));
  if (!options.interactive) {
    return `<span class="csplan-exec-where">${[summary, plan].filter(Boolean).join(' · ')}</span>`;
  }
  return (
    `<span class="csplan-exec-where">` +
    (summaryLine ? `<button type="button" class="csplan-exec-summary" data-jump-line="${summaryLine}" title="${escapeHtml(t('openSummaryLine', locale))}">${summary}</button>` : '') +
    `<button type="button" class="csplan-open-plan" data-plan-line="${planLine}" title="${escapeHtml(t('openPlanLine', locale))}">${plan}</button>` +
    `</span>`
  );
}

/** Where a click on the item itself goes: its report in the summary, else its place in the plan. */
function itemTarget(summaryLine: number | undefined, planLine: number, interactive: boolean | undefined): string {
  if (!interactive) return '';
  return summaryLine ? ` data-jump-line="${summaryLine}"` : ` data-plan-line="${planLine}"`;
}

function actionHtml(a: ExecutionActionItem, options: ExecutionBlockOptions): string {
  const locale = options.locale ?? 'en';
  const status = a.overdue ? t('statusOverdue', locale) : t(ACTION_STATUS[a.status], locale);
  const meta = [a.owner, a.deadline].filter((x): x is string => !!x).map(escapeHtml).join('，');
  const cls = `csplan-exec-item csplan-exec-${a.status}${a.overdue ? ' csplan-exec-overdue' : ''}`;
  return (
    `<li class="${cls}" data-status="${a.status}"${a.overdue ? ' data-overdue="true"' : ''} data-plan-line-of="${a.planLine}"${itemTarget(a.summaryLine, a.planLine, options.interactive)}>` +
    `<span class="csplan-mark" aria-hidden="true">${MARK[a.status]}</span>` +
    `<span class="csplan-exec-text">${escapeHtml(a.text)}${meta ? ` <span class="csplan-exec-meta">（${meta}）</span>` : ''}</span>` +
    `<span class="csplan-item-status">${escapeHtml(status)}</span>` +
    lineButtons(a.summaryLine, a.planLine, options) +
    `</li>`
  );
}

function value(n: number | undefined, unit: string | undefined, locale: Locale): string {
  return `${formatNumber(n)}${unit ? unitLabel(unit as KpiUnit, locale) : ''}`;
}

function targetHtml(tg: ExecutionTargetItem, options: ExecutionBlockOptions): string {
  const locale = options.locale ?? 'en';
  const figures =
    tg.actual === undefined
      ? t('targetOnly', locale, { target: value(tg.target, tg.unit, locale) })
      : t('actualOfTarget', locale, { actual: value(tg.actual, tg.actualUnit ?? tg.unit, locale), target: value(tg.target, tg.unit, locale) });
  return (
    `<li class="csplan-exec-item csplan-exec-${tg.status}" data-status="${tg.status}" data-kpi="${escapeHtml(tg.key)}" data-plan-line-of="${tg.planLine}"${itemTarget(tg.summaryLine, tg.planLine, options.interactive)}>` +
    `<span class="csplan-mark" aria-hidden="true">${MARK[tg.status]}</span>` +
    `<span class="csplan-exec-text">${escapeHtml(kpiName(tg.key as KpiKey, locale))} <span class="csplan-exec-meta">${escapeHtml(figures)}</span></span>` +
    `<span class="csplan-item-status">${escapeHtml(t(TARGET_STATUS[tg.status], locale))}</span>` +
    lineButtons(tg.summaryLine, tg.planLine, options) +
    `</li>`
  );
}

/**
 * The block, or '' for a document that follows no plan (a plan, an SOP). A summary that could follow
 * one but has none linked gets a one-line hint (`hint`), as does a `plan:` that points nowhere.
 */
export function executionHtml(result: AnalyzeResult, options: ExecutionBlockOptions & { hint?: boolean; planMissing?: string } = {}): string {
  const locale = options.locale ?? 'en';
  const title = `<h2 class="csplan-panel-title">${escapeHtml(t('execution', locale))}</h2>`;
  const summary = executionOf(result);
  if (!summary) {
    if (options.planMissing) return `<section class="csplan-execution csplan-execution-missing">${title}<p class="csplan-empty">${escapeHtml(t('executionMissingPlan', locale, { plan: options.planMissing }))}</p></section>`;
    const followsPlans = result.model.type === 'summary' || result.model.type === 'summary-plan';
    return options.hint && followsPlans ? `<section class="csplan-execution csplan-execution-hint"><p class="csplan-empty">${escapeHtml(t('executionHint', locale))}</p></section>` : '';
  }
  const c = summary.counts;
  const planLine =
    `<p class="csplan-exec-plan">${escapeHtml(t('executionPlan', locale, { plan: summary.planUri }))}` +
    (summary.via === 'found' ? ` <span class="csplan-exec-meta">${escapeHtml(t('executionFound', locale))}</span>` : '') +
    `</p>`;
  let body = '';
  if (summary.actions.length || c.actions.notDue) {
    body +=
      `<h3 class="csplan-exec-heading">${escapeHtml(t('executionActions', locale))}</h3>` +
      `<p class="csplan-exec-counts" data-expected="${c.actions.expected}" data-done="${c.actions.done}" data-in-progress="${c.actions.inProgress}" data-not-done="${c.actions.notDone}" data-unreported="${c.actions.unreported}" data-overdue="${c.actions.overdue}">${escapeHtml(t('executionActionCounts', locale, { ...c.actions }))}</p>` +
      (summary.actions.length ? `<ul class="csplan-items csplan-exec-actions">${summary.actions.map((a) => actionHtml(a, options)).join('')}</ul>` : '') +
      (c.actions.notDue ? `<p class="csplan-exec-meta">${escapeHtml(t('executionNotDue', locale, { n: c.actions.notDue }))}</p>` : '');
  }
  if (summary.targets.length) {
    body +=
      `<h3 class="csplan-exec-heading">${escapeHtml(t('executionTargets', locale))}</h3>` +
      `<p class="csplan-exec-counts" data-total="${c.targets.total}" data-met="${c.targets.met}" data-missed="${c.targets.missed}" data-unreported="${c.targets.unreported}">${escapeHtml(t('executionTargetCounts', locale, { ...c.targets }))}</p>` +
      `<ul class="csplan-items csplan-exec-targets">${summary.targets.map((tg) => targetHtml(tg, options)).join('')}</ul>`;
  }
  if (!body) body = `<p class="csplan-empty">${escapeHtml(t('executionNone', locale))}</p>`;
  return `<section class="csplan-execution" data-plan="${escapeHtml(summary.planUri)}">${title}${planLine}${body}</section>`;
}
