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
  execution: { 'zh-CN': '计划执行情况', 'zh-TW': '計畫執行情況', en: 'Plan execution' },
  executionPlan: { 'zh-CN': '对照计划：{plan}', 'zh-TW': '對照計畫：{plan}', en: 'Against the plan: {plan}' },
  executionFound: { 'zh-CN': '（按团队、撰写人和周期找到）', 'zh-TW': '（依團隊、撰寫人和期間找到）', en: '(found by team, author and period)' },
  executionActions: { 'zh-CN': '计划措施', 'zh-TW': '計畫措施', en: 'Plan actions' },
  executionTargets: { 'zh-CN': '指标目标', 'zh-TW': '指標目標', en: 'KPI targets' },
  executionActionCounts: {
    'zh-CN': '应汇报 {expected} 项：已完成 {done} · 进行中 {inProgress} · 未完成 {notDone} · 未汇报 {unreported}（其中逾期 {overdue}）',
    'zh-TW': '應回報 {expected} 項：已完成 {done} · 進行中 {inProgress} · 未完成 {notDone} · 未回報 {unreported}（其中逾期 {overdue}）',
    en: '{expected} to report: {done} done · {inProgress} in progress · {notDone} not done · {unreported} not reported ({overdue} overdue)',
  },
  executionTargetCounts: {
    'zh-CN': '共 {total} 项：达成 {met} · 未达成 {missed} · 未汇报 {unreported}',
    'zh-TW': '共 {total} 項：達成 {met} · 未達成 {missed} · 未回報 {unreported}',
    en: '{total} in all: {met} met · {missed} missed · {unreported} not reported',
  },
  executionNotDue: { 'zh-CN': '另有 {n} 项措施不在本期到期，本期无需汇报', 'zh-TW': '另有 {n} 項措施不在本期到期，本期無需回報', en: '{n} more actions fall due in another period and need no report yet' },
  executionNone: { 'zh-CN': '计划中没有措施或指标目标', 'zh-TW': '計畫中沒有措施或指標目標', en: 'The plan gives no actions or KPI targets' },
  executionMissingPlan: { 'zh-CN': '找不到 plan: 指向的计划：{plan}', 'zh-TW': '找不到 plan: 指向的計畫：{plan}', en: 'The plan named by plan: cannot be found: {plan}' },
  executionHint: {
    'zh-CN': '未关联计划：在 frontmatter 中写 plan: 计划文件路径，或把同一团队、撰写人、周期的计划放在同一文件夹。',
    'zh-TW': '未關聯計畫：在 frontmatter 中寫 plan: 計畫檔案路徑，或把同一團隊、撰寫人、期間的計畫放在同一資料夾。',
    en: 'No linked plan: add plan: <path of the plan> to the frontmatter, or keep the plan of the same team, author and period in this folder.',
  },
  statusDone: { 'zh-CN': '已完成', 'zh-TW': '已完成', en: 'Done' },
  statusInProgress: { 'zh-CN': '进行中', 'zh-TW': '進行中', en: 'In progress' },
  statusNotDone: { 'zh-CN': '未完成', 'zh-TW': '未完成', en: 'Not done' },
  statusUnreported: { 'zh-CN': '未汇报', 'zh-TW': '未回報', en: 'Not reported' },
  statusOverdue: { 'zh-CN': '逾期未汇报', 'zh-TW': '逾期未回報', en: 'Overdue, not reported' },
  statusMet: { 'zh-CN': '达成', 'zh-TW': '達成', en: 'Met' },
  statusMissed: { 'zh-CN': '未达成', 'zh-TW': '未達成', en: 'Missed' },
  statusNotComparable: { 'zh-CN': '无法比较', 'zh-TW': '無法比較', en: 'Not comparable' },
  actualOfTarget: { 'zh-CN': '实际 {actual} / 目标 {target}', 'zh-TW': '實際 {actual} / 目標 {target}', en: 'actual {actual} / target {target}' },
  targetOnly: { 'zh-CN': '目标 {target}', 'zh-TW': '目標 {target}', en: 'target {target}' },
  summaryLine: { 'zh-CN': '总结第 {line} 行', 'zh-TW': '總結第 {line} 行', en: 'summary line {line}' },
  planLine: { 'zh-CN': '计划第 {line} 行', 'zh-TW': '計畫第 {line} 行', en: 'plan line {line}' },
  openSummaryLine: { 'zh-CN': '在总结中查看汇报之处', 'zh-TW': '在總結中查看回報之處', en: 'Show where the summary reports it' },
  openPlanLine: { 'zh-CN': '打开计划，定位到这一项', 'zh-TW': '開啟計畫，定位到這一項', en: 'Open the plan at this item' },
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
