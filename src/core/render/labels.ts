// Every string the preview, the KPI panel and the exports show, in the three locales.
import type { KpiKey, KpiUnit, Locale } from '../types';
import { KPI_INFO } from '../model/lexicon';

type L = Record<Locale, string>;

export const LABELS = {
  scorecard: { 'zh-CN': '完整度', 'zh-TW': '完整度', en: 'Completeness' },
  score: { 'zh-CN': '得分', 'zh-TW': '得分', en: 'Score' },
  metOf: { 'zh-CN': '已满足 {met} / {total} 项', 'zh-TW': '已滿足 {met} / {total} 項', en: '{met} of {total} items met' },
  met: { 'zh-CN': '已满足', 'zh-TW': '已滿足', en: 'Met' },
  missing: { 'zh-CN': '缺失', 'zh-TW': '缺漏', en: 'Missing' },
  jumpTo: { 'zh-CN': '跳转到编辑器中的位置', 'zh-TW': '跳到編輯器中的位置', en: 'Go to this place in the editor' },
  insertPart: { 'zh-CN': '插入此部分', 'zh-TW': '插入此部分', en: 'Insert this part' },
  noItems: { 'zh-CN': '没有可检查的项目', 'zh-TW': '沒有可檢查的項目', en: 'Nothing to check' },
  complete: { 'zh-CN': '内容完整，可以提交', 'zh-TW': '內容完整，可以提交', en: 'Complete: ready to hand in' },
  incomplete: { 'zh-CN': '尚不完整', 'zh-TW': '尚不完整', en: 'Not complete yet' },
  kpiPanel: { 'zh-CN': '关键指标', 'zh-TW': '關鍵指標', en: 'Key indicators' },
  kpi: { 'zh-CN': '指标', 'zh-TW': '指標', en: 'KPI' },
  baseline: { 'zh-CN': '基线', 'zh-TW': '基準', en: 'Baseline' },
  actual: { 'zh-CN': '实际', 'zh-TW': '實際', en: 'Actual' },
  target: { 'zh-CN': '目标', 'zh-TW': '目標', en: 'Target' },
  unit: { 'zh-CN': '单位', 'zh-TW': '單位', en: 'Unit' },
  direction: { 'zh-CN': '方向', 'zh-TW': '方向', en: 'Better' },
  higher: { 'zh-CN': '越高越好', 'zh-TW': '越高越好', en: 'higher' },
  lower: { 'zh-CN': '越低越好', 'zh-TW': '越低越好', en: 'lower' },
  neutral: { 'zh-CN': '—', 'zh-TW': '—', en: '—' },
  noKpis: { 'zh-CN': '文档中没有找到关键指标', 'zh-TW': '文件中沒有找到關鍵指標', en: 'No KPIs found in the document' },
  targetWorse: {
    'zh-CN': '目标比基线还差',
    'zh-TW': '目標比基準還差',
    en: 'Target is worse than the baseline',
  },
  mismatch: {
    'zh-CN': '正文数值与 frontmatter 不一致',
    'zh-TW': '內文數值與 frontmatter 不一致',
    en: 'The body disagrees with the frontmatter',
  },
  chartTitle: {
    'zh-CN': '基线 → 实际 → 目标',
    'zh-TW': '基準 → 實際 → 目標',
    en: 'Baseline → actual → target',
  },
  imageBlocked: {
    'zh-CN': '[图片未加载：{alt}]',
    'zh-TW': '[圖片未載入：{alt}]',
    en: '[image not loaded: {alt}]',
  },
  footnotes: { 'zh-CN': '脚注', 'zh-TW': '註腳', en: 'Footnotes' },
  backToContent: { 'zh-CN': '返回正文', 'zh-TW': '返回內文', en: 'Back to content' },
  appendix: { 'zh-CN': '附录：完整度检查', 'zh-TW': '附錄：完整度檢查', en: 'Appendix: completeness check' },
  page: { 'zh-CN': '第 {page} 页', 'zh-TW': '第 {page} 頁', en: 'Page {page}' },
  team: { 'zh-CN': '团队', 'zh-TW': '團隊', en: 'Team' },
  author: { 'zh-CN': '撰写人', 'zh-TW': '撰寫人', en: 'Author' },
  period: { 'zh-CN': '周期', 'zh-TW': '期間', en: 'Period' },
  type: { 'zh-CN': '类型', 'zh-TW': '類型', en: 'Type' },
  untitled: { 'zh-CN': '未命名文档', 'zh-TW': '未命名文件', en: 'Untitled document' },
  status: { 'zh-CN': '状态', 'zh-TW': '狀態', en: 'Status' },
  item: { 'zh-CN': '检查项', 'zh-TW': '檢查項', en: 'Item' },
  previewTitle: { 'zh-CN': '完整度预览', 'zh-TW': '完整度預覽', en: 'Completeness preview' },
} satisfies Record<string, L>;

export type LabelKey = keyof typeof LABELS;

export function t(key: LabelKey, locale: Locale, params: Record<string, string | number> = {}): string {
  const s = LABELS[key][locale] ?? LABELS[key].en;
  return s.replace(/\{(\w+)\}/g, (m, k) => (k in params ? String(params[k]) : m));
}

export const DOC_TYPE_LABELS: Record<string, L> = {
  summary: { 'zh-CN': '工作总结', 'zh-TW': '工作總結', en: 'Work summary' },
  plan: { 'zh-CN': '工作计划', 'zh-TW': '工作計畫', en: 'Work plan' },
  'summary-plan': { 'zh-CN': '总结与计划', 'zh-TW': '總結與計畫', en: 'Summary and plan' },
  workflow: { 'zh-CN': '客服工作流程', 'zh-TW': '客服工作流程', en: 'Service workflow (SOP)' },
};

export const UNIT_LABELS: Record<KpiUnit, L> = {
  count: { 'zh-CN': '件', 'zh-TW': '件', en: 'count' },
  '%': { 'zh-CN': '%', 'zh-TW': '%', en: '%' },
  '‱': { 'zh-CN': '‱', 'zh-TW': '‱', en: '‱' },
  score: { 'zh-CN': '分', 'zh-TW': '分', en: 'score' },
  s: { 'zh-CN': '秒', 'zh-TW': '秒', en: 's' },
  min: { 'zh-CN': '分钟', 'zh-TW': '分鐘', en: 'min' },
  h: { 'zh-CN': '小时', 'zh-TW': '小時', en: 'h' },
  d: { 'zh-CN': '天', 'zh-TW': '天', en: 'd' },
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The KPI's canonical name in the locale (the engine's lexicon). */
export function kpiName(key: KpiKey, locale: Locale): string {
  const info = KPI_INFO[key];
  if (!info) return key;
  return locale === 'zh-CN' ? info.zh : locale === 'zh-TW' ? info.tw : info.en;
}

/** Which way is better, per KPI (domain.md); undefined for a volume. */
export function kpiDirection(key: KpiKey): 'higher' | 'lower' | undefined {
  const b = KPI_INFO[key]?.better;
  return b === 'higher' || b === 'lower' ? b : undefined;
}
