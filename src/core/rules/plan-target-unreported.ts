import type { RuleDefinition, RuleReport } from './rule';
import { kpiName } from '../i18n/common';
import { anchorFor, tr } from './util';
import { formatValue } from '../rollup/render';
import { canonicalUnit } from '../rollup/summarize';

/** plan-target-unreported: a KPI target of the plan the summary follows, with no actual in the summary (guide §2.1, §3.1). */
export const planTargetUnreported: RuleDefinition = {
  id: 'plan-target-unreported',
  defaultSeverity: 'warning',
  title: { 'zh-CN': '计划指标没有汇报实际值', 'zh-TW': '計畫指標沒有匯報實際值', en: 'A plan target has no actual' },
  description: {
    'zh-CN': '指南 §2.1、§3.1：计划定了目标值的指标，总结里要写出本期实际值，才能判断目标是否达成。',
    'zh-TW': '指南 §2.1、§3.1：計畫訂了目標值的指標，總結裡要寫出本期實際值，才能判斷目標是否達成。',
    en: 'Guide §2.1 and §3.1: for every KPI the plan sets a target for, the summary gives this period\'s actual, or nobody can tell whether the target was met.',
  },
  check(ctx) {
    const exec = ctx.execution;
    if (!exec) return [];
    const { locale } = ctx;
    const out: RuleReport[] = [];
    const anchor = anchorFor(ctx, ['data', 'evaluation']);
    for (const t of exec.targets) {
      if (t.actual !== undefined) continue;
      const target = formatValue(t.target, t.unit ?? canonicalUnit(t.key, undefined), locale);
      out.push({
        range: anchor,
        message: tr(
          {
            'zh-CN': '计划给“{kpi}”定的目标是 {target}，本总结没有写实际值',
            'zh-TW': '計畫給「{kpi}」訂的目標是 {target}，本總結沒有寫實際值',
            en: 'The plan sets a target of {target} for {kpi}, and this summary gives no actual',
          },
          locale,
          { kpi: kpiName(t.key, locale), target },
        ),
      });
    }
    return out;
  },
};
