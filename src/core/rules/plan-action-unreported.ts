import type { RuleDefinition, RuleReport } from './rule';
import { quote } from '../i18n/common';
import { fix, insertsCleanly, tr } from './util';
import { reportSectionIndex, statusInsertion, statusLine } from '../loop/status';
import type { ActionExecution, Locale, Range } from '../types';
import type { Messages } from '../i18n';

const M: Record<'unreported' | 'noOutcome' | 'blank' | 'missingPlan' | 'fix', Messages> = {
  unreported: {
    'zh-CN': '计划中的措施 {what}{who}没有汇报完成情况',
    'zh-TW': '計畫中的措施 {what}{who}沒有匯報完成情況',
    en: 'The plan\'s action {what}{who} is not reported on',
  },
  noOutcome: {
    'zh-CN': '提到了计划中的措施 {what}{who}，但没有说明结果（完成、进行中、未完成及原因）',
    'zh-TW': '提到了計畫中的措施 {what}{who}，但沒有說明結果（完成、進行中、未完成及原因）',
    en: 'The plan\'s action {what}{who} is mentioned, but with no outcome (done, in progress, not done and why)',
  },
  blank: {
    'zh-CN': '计划中的措施 {what}{who}的完成情况还没有填写',
    'zh-TW': '計畫中的措施 {what}{who}的完成情況還沒有填寫',
    en: 'The status of the plan\'s action {what}{who} is left blank',
  },
  missingPlan: {
    'zh-CN': '找不到 plan 字段指向的计划 {path}，无法核对计划措施的完成情况',
    'zh-TW': '找不到 plan 欄位指向的計畫 {path}，無法核對計畫措施的完成情況',
    en: 'The plan {path} named by `plan:` cannot be found, so its actions cannot be checked',
  },
  fix: {
    'zh-CN': '插入 {what} 的完成情况一行',
    'zh-TW': '插入 {what} 的完成情況一行',
    en: 'Insert a status line for {what}',
  },
};

/** `（责任人：王芳，完成时间：2026-02-28）` / ` (owner Wang Fang, due 2026-02-28)`. */
function whoAndWhen(a: ActionExecution, locale: Locale): string {
  const parts: string[] = [];
  // The owner and the date are the writer's words: quoted, as the action is.
  const owner = a.owner ? quote(a.owner, locale) : undefined;
  const deadline = a.deadline ? quote(a.deadline, locale) : undefined;
  if (locale === 'en') {
    if (owner) parts.push(`owner ${owner}`);
    if (deadline) parts.push(`due ${deadline}`);
    return parts.length ? ` (${parts.join(', ')})` : '';
  }
  const [ownerLabel, deadlineLabel] = locale === 'zh-TW' ? ['負責人', '完成時間'] : ['责任人', '完成时间'];
  if (owner) parts.push(`${ownerLabel}：${owner}`);
  if (deadline) parts.push(`${deadlineLabel}：${deadline}`);
  return parts.length ? `（${parts.join('，')}）` : '';
}

/** plan-action-unreported: an action of the plan the summary follows, on which the summary says nothing (guide §6: 持续改进). */
export const planActionUnreported: RuleDefinition = {
  id: 'plan-action-unreported',
  defaultSeverity: 'warning',
  title: { 'zh-CN': '计划措施没有汇报完成情况', 'zh-TW': '計畫措施沒有匯報完成情況', en: 'A plan action is not reported on' },
  description: {
    'zh-CN': '指南 §3、§6：总结要逐项回应上期计划——每项措施完成了没有，没完成的原因是什么——下期计划才能接着改进。计划按 plan 字段或同团队、同作者、覆盖本期的计划文件找到。',
    'zh-TW': '指南 §3、§6：總結要逐項回應上期計畫——每項措施完成了沒有，沒完成的原因是什麼——下期計畫才能接著改善。計畫依 plan 欄位，或同團隊、同作者、涵蓋本期的計畫檔案找到。',
    en: 'Guide §3 and §6: a summary answers the plan it follows, action by action — done or not, and why not — so the next plan can build on it. The plan is the one named by `plan:`, else the plan of the same team (and author) whose period covers the summary\'s.',
  },
  check(ctx) {
    const { locale } = ctx;
    const out: RuleReport[] = [];
    const link = ctx.linked?.plan;
    if (link?.missing) {
      const fm = ctx.model.frontmatter;
      const range: Range | undefined = fm?.valueRanges.plan ?? fm?.keyRanges.plan;
      if (range) out.push({ range, message: tr(M.missingPlan, locale, { path: quote(link.uri, locale) }) });
      return out;
    }
    const exec = ctx.execution;
    if (!exec) return out;
    const section = reportSectionIndex(ctx.model);
    const anchor = ctx.model.sections[section]?.headingRange ?? ctx.lines.lineRange(1);
    const place = statusInsertion(ctx.model, section);
    for (const a of exec.actions) {
      if (!a.expected || a.status !== 'unreported') continue;
      const params = { what: quote(a.text, locale), who: whoAndWhen(a, locale) };
      if (a.mention) {
        // Mentioned: the writer's sentence is where the outcome goes; nothing to insert.
        out.push({ range: a.mention, message: tr(a.blank ? M.blank : M.noOutcome, locale, params) });
        continue;
      }
      const inserted = `${place.prefix}- ${statusLine(a, ctx.docLocale)}`;
      // Only where the parser will read the status line as a list item of its own (util.ts insertsCleanly).
      const fixes = insertsCleanly(ctx, place.at, inserted) ? [fix(tr(M.fix, locale, { what: quote(a.text, locale) }), place.at, place.at, inserted, true)] : undefined;
      out.push({ range: anchor, message: tr(M.unreported, locale, params), ...(fixes ? { fixes } : {}) });
    }
    return out;
  },
};
