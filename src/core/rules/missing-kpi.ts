import type { RuleDefinition } from './rule';
import { CORE_KPIS } from '../model/lexicon';
import { kpiName, listJoin } from '../i18n/common';
import { anchorFor, tr, typeIsStated } from './util';

/** missing-kpi: a summary lacks some of the core five KPIs (guide §2.1). */
export const missingKpi: RuleDefinition = {
  id: 'missing-kpi',
  defaultSeverity: 'info',
  documentLevel: true,
  title: { 'zh-CN': '总结缺少核心指标', 'zh-TW': '總結缺少核心指標', en: 'The summary lacks core KPIs' },
  description: {
    'zh-CN': '指南 §2.1：服务数据统计应包含客户咨询量、平均响应时间、工单周转率或处理时长、投诉率、服务满意度五项核心指标。',
    'zh-TW': '指南 §2.1：服務數據統計應包含客戶諮詢量、平均回應時間、工單週轉率或處理時長、投訴率、服務滿意度五項核心指標。',
    en: 'Guide §2.1: service data should give the five core KPIs: inquiries, average response time, ticket turnover or handle time, complaint rate and satisfaction.',
  },
  check(ctx) {
    const { model, locale } = ctx;
    if (model.type !== 'summary' && model.type !== 'summary-plan') return [];
    // A document stated to be a summary (frontmatter `type:`, or a title: 工作总结, 年報, Annual Report), or
    // one that reports service figures of its own, is held to the core KPIs; a charter, a procedure or
    // minutes read as a summary by default, with no KPI in them, are not. One KPI named in such a
    // document (a procedure's 投诉受理, a satisfaction survey's 满意度) is its subject, not a report of the
    // service's figures: measured over every labelled set, 5 of 8 findings on those were false.
    if (!typeIsStated(model) && model.kpisMentioned.length < 2) return [];
    const have = new Set(model.kpisMentioned);
    const missing = CORE_KPIS.filter((alts) => !alts.some((k) => have.has(k)));
    if (!missing.length) return [];
    const names = missing.map((alts) => alts.map((k) => kpiName(k, locale)).join(locale === 'en' ? ' or ' : '或'));
    return [
      {
        range: anchorFor(ctx, ['data']),
        message: tr(
          { 'zh-CN': '总结缺少核心指标：{names}', 'zh-TW': '總結缺少核心指標：{names}', en: 'The summary does not report these core KPIs: {names}' },
          locale,
          { names: listJoin(names, locale) },
        ),
      },
    ];
  },
};
