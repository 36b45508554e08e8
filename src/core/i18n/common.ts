// Words shared by several rules and the scorecard, in the three locales.
import type { Locale, PartId, DocType } from '../types';
import type { Messages } from './index';
import { KPI_INFO } from '../model/lexicon';
import type { KpiKey } from '../types';

export const PART_NAMES: Record<PartId, Messages> = {
  data: { 'zh-CN': '服务数据统计', 'zh-TW': '服務數據統計', en: 'Service data' },
  feedback: { 'zh-CN': '客户反馈分析', 'zh-TW': '客戶回饋分析', en: 'Customer feedback analysis' },
  problems: { 'zh-CN': '问题归类与分析', 'zh-TW': '問題歸類與分析', en: 'Problems, categorised and analysed' },
  evaluation: { 'zh-CN': '工作效率与质量评价', 'zh-TW': '工作效率與品質評價', en: 'Efficiency and quality evaluation' },
  goals: { 'zh-CN': '目标', 'zh-TW': '目標', en: 'Goals' },
  measures: { 'zh-CN': '具体措施', 'zh-TW': '具體措施', en: 'Actions' },
  phases: { 'zh-CN': '分阶段实施', 'zh-TW': '分階段實施', en: 'Phases' },
  resources: { 'zh-CN': '资源调配与人员安排', 'zh-TW': '資源調配與人員安排', en: 'Resources and staffing' },
  monitoring: { 'zh-CN': '监控与反馈机制', 'zh-TW': '監控與回饋機制', en: 'Monitoring and feedback' },
  steps: { 'zh-CN': '流程步骤', 'zh-TW': '流程步驟', en: 'Workflow steps' },
  roles: { 'zh-CN': '角色与职责', 'zh-TW': '角色與職責', en: 'Roles and responsibilities' },
  'time-limits': { 'zh-CN': '响应与处理时限', 'zh-TW': '回應與處理時限', en: 'Response and handling time limits' },
  satisfaction: { 'zh-CN': '满意度指标', 'zh-TW': '滿意度指標', en: 'Satisfaction targets' },
  training: { 'zh-CN': '培训与考核', 'zh-TW': '培訓與考核', en: 'Training and assessment' },
};

export const TYPE_NAMES: Record<DocType, Messages> = {
  summary: { 'zh-CN': '工作总结', 'zh-TW': '工作總結', en: 'summary' },
  plan: { 'zh-CN': '工作计划', 'zh-TW': '工作計畫', en: 'plan' },
  'summary-plan': { 'zh-CN': '总结与计划', 'zh-TW': '總結與計畫', en: 'summary and plan' },
  workflow: { 'zh-CN': '客服工作流程', 'zh-TW': '客服工作流程', en: 'workflow / SOP' },
};

export function kpiName(key: KpiKey, locale: Locale): string {
  const i = KPI_INFO[key];
  return locale === 'zh-CN' ? i.zh : locale === 'zh-TW' ? i.tw : i.en;
}

/** A label's colon: full-width in Chinese, `: ` in English. */
export function colon(locale: Locale): string {
  return locale === 'en' ? ': ' : '：';
}

/** Joins names in the locale's list style. */
export function listJoin(items: string[], locale: Locale): string {
  return items.join(locale === 'en' ? ', ' : '、');
}

export const QUOTE: Record<Locale, [string, string]> = { 'zh-CN': ['“', '”'], 'zh-TW': ['「', '」'], en: ['"', '"'] };
export function quote(s: string, locale: Locale): string {
  const [a, b] = QUOTE[locale];
  const t = s.length > 40 ? s.slice(0, 38) + '…' : s;
  return a + t + b;
}

/** Placeholders inserted by fixes: recognised as blank (not an owner, not a time) until the writer fills them. */
export const OWNER_PLACEHOLDER: Messages = { 'zh-CN': '【待指定责任人】', 'zh-TW': '【待指定負責人】', en: '[owner]' };
export const OWNER_LABEL_TEXT: Messages = { 'zh-CN': '责任人：', 'zh-TW': '負責人：', en: 'Owner: ' };
export const DEADLINE_LABEL_TEXT: Messages = { 'zh-CN': '完成时间：', 'zh-TW': '完成時間：', en: 'Deadline: ' };
