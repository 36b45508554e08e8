// Every user-visible string of the roll-up (report notes, problems, headings), in the three locales.
import { msg, type Messages } from '../i18n';
import type { Locale } from '../types';

export const RM = {
  // How team figures are computed.
  methodSum: { 'zh-CN': '{kpi}：{n} 人合计', 'zh-TW': '{kpi}：{n} 人合計', en: '{kpi}: sum over {n}' },
  methodWeighted: {
    'zh-CN': '{kpi}：按咨询量加权平均（{n} 人）',
    'zh-TW': '{kpi}：依諮詢量加權平均（{n} 人）',
    en: '{kpi}: mean weighted by inquiries ({n})',
  },
  methodMean: {
    'zh-CN': '{kpi}：简单平均（{n} 人；{who} 未填咨询量，无法加权）',
    'zh-TW': '{kpi}：簡單平均（{n} 人；{who} 未填諮詢量，無法加權）',
    en: '{kpi}: plain mean ({n}; no inquiries for {who}, so no weights)',
  },
  methodSumShort: { 'zh-CN': '{kpi}：合计', 'zh-TW': '{kpi}：合計', en: '{kpi}: sum' },
  methodWeightedShort: {
    'zh-CN': '{kpi}：按咨询量加权平均（缺咨询量时为简单平均）',
    'zh-TW': '{kpi}：依諮詢量加權平均（缺諮詢量時為簡單平均）',
    en: '{kpi}: mean weighted by inquiries (plain mean where inquiries are missing)',
  },
  methodsIntro: {
    'zh-CN': '数量类指标（咨询量、外呼量）取合计；比率、时长与评分取按咨询量加权的平均值，缺咨询量时取简单平均并注明。',
    'zh-TW': '數量類指標（諮詢量、外呼量）取合計；比率、時長與評分取依諮詢量加權的平均值，缺諮詢量時取簡單平均並註明。',
    en: 'Counts (inquiries, outbound calls) are summed; rates, times and scores are means weighted by inquiries, or plain means (noted) where inquiries are missing.',
  },
  // Problems.
  unreadableFile: { 'zh-CN': '无法读取文件：{detail}', 'zh-TW': '無法讀取檔案：{detail}', en: 'Cannot read the file: {detail}' },
  malformed: {
    'zh-CN': 'Frontmatter 不是有效的 YAML（第 {line} 行：{detail}），本文件未计入汇总',
    'zh-TW': 'Frontmatter 不是有效的 YAML（第 {line} 行：{detail}），本檔案未計入彙整',
    en: 'The frontmatter is not valid YAML (line {line}: {detail}); the file is not counted',
  },
  noFrontmatter: {
    'zh-CN': '没有 frontmatter（author、period、kpis），本文件未计入汇总',
    'zh-TW': '沒有 frontmatter（author、period、kpis），本檔案未計入彙整',
    en: 'No frontmatter (author, period, kpis); the file is not counted',
  },
  unreadablePeriod: {
    'zh-CN': '无法识别周期“{raw}”（可写 2026-11、2026年第三季度、2026年上半年、2025年6-11月），本文件未计入汇总',
    'zh-TW': '無法識別期間「{raw}」（可寫 2026-11、2026年第三季、115年上半年、2025年6-11月），本檔案未計入彙整',
    en: 'Cannot read the period "{raw}" (write 2026-11, 2026-Q3, 2026-H1 or 2025-06..2025-11); the file is not counted',
  },
  missingPeriod: {
    'zh-CN': '缺少 period（统计周期），本文件未计入汇总',
    'zh-TW': '缺少 period（統計期間），本檔案未計入彙整',
    en: 'No period; the file is not counted',
  },
  missingAuthor: {
    'zh-CN': '缺少 author（撰写人），无法归属到个人，本文件未计入汇总',
    'zh-TW': '缺少 author（撰寫人），無法歸屬到個人，本檔案未計入彙整',
    en: 'No author, so the figures cannot be attributed to a person; the file is not counted',
  },
  duplicate: {
    'zh-CN': '与 {used} 重复（同一撰写人 {who}、同一周期 {period}），只计一次：采用 {used}，因为{why}',
    'zh-TW': '與 {used} 重複（同一撰寫人 {who}、同一期間 {period}），只計一次：採用 {used}，因為{why}',
    en: 'Duplicate of {used} (same author {who}, same period {period}), counted once: {used} was used because {why}',
  },
  whyMoreComplete: { 'zh-CN': '它的完整度更高（{a} 对 {b}）', 'zh-TW': '它的完整度較高（{a} 對 {b}）', en: 'it is more complete ({a} against {b})' },
  whyMoreKpis: { 'zh-CN': '它填写的指标更多（{a} 对 {b}）', 'zh-TW': '它填寫的指標較多（{a} 對 {b}）', en: 'it gives more KPIs ({a} against {b})' },
  whyFirst: { 'zh-CN': '两者同样完整，按路径顺序取前者', 'zh-TW': '兩者同樣完整，依路徑順序取前者', en: 'both are equally complete, so the first by path was taken' },
  notRolledUp: {
    'zh-CN': '{type}不含个人周期数据，未计入汇总',
    'zh-TW': '{type}不含個人期間數據，未計入彙整',
    en: 'A {type} has no personal figures for a period; not counted',
  },
  planTargets: {
    'zh-CN': '工作计划：其目标值已用于 {who} {period} 的总结',
    'zh-TW': '工作計畫：其目標值已用於 {who} {period} 的總結',
    en: 'Plan: its targets were used for the summary of {who}, {period}',
  },
  planAlone: {
    'zh-CN': '工作计划：{who} {period} 没有对应的总结，计划中的目标未单独列入',
    'zh-TW': '工作計畫：{who} {period} 沒有對應的總結，計畫中的目標未單獨列入',
    en: 'Plan: {who} has no summary for {period}, so its targets are not shown on their own',
  },
  mixedUnits: {
    'zh-CN': '{kpi}的单位（{unit}）与其他人（{majority}）不同，无法换算，未计入该指标的团队数据',
    'zh-TW': '{kpi}的單位（{unit}）與其他人（{majority}）不同，無法換算，未計入該指標的團隊數據',
    en: '{kpi} is in {unit} while the others use {majority}; it cannot be converted and is left out of the team figure',
  },
  noTeam: { 'zh-CN': '（未填团队）', 'zh-TW': '（未填團隊）', en: '(no team)' },
  // Headings and labels for the renderers.
  title: { 'zh-CN': '团队汇总', 'zh-TW': '團隊彙整', en: 'Team roll-up' },
  overview: {
    'zh-CN': '{documents} 份文档，计入 {used} 份；{people} 人，{teams} 个团队，{periods} 个周期；{problems} 个问题',
    'zh-TW': '{documents} 份文件，計入 {used} 份；{people} 人，{teams} 個團隊，{periods} 個期間；{problems} 個問題',
    en: 'Documents: {documents} ({used} counted) · people: {people} · teams: {teams} · periods: {periods} · problems: {problems}',
  },
  methods: { 'zh-CN': '计算方法', 'zh-TW': '計算方法', en: 'How team figures are computed' },
  periodHeading: { 'zh-CN': '{period}', 'zh-TW': '{period}', en: '{period}' },
  byPeriodHeading: { 'zh-CN': '按周期：{kind}', 'zh-TW': '依期間：{kind}', en: 'By period: {kind}' },
  person: { 'zh-CN': '人员', 'zh-TW': '人員', en: 'Person' },
  team: { 'zh-CN': '团队', 'zh-TW': '團隊', en: 'Team' },
  period: { 'zh-CN': '周期', 'zh-TW': '期間', en: 'Period' },
  completeness: { 'zh-CN': '完整度', 'zh-TW': '完整度', en: 'Complete' },
  findings: { 'zh-CN': '问题数', 'zh-TW': '問題數', en: 'Findings' },
  teamAggregate: { 'zh-CN': '团队合计', 'zh-TW': '團隊合計', en: 'Team' },
  target: { 'zh-CN': '目标', 'zh-TW': '目標', en: 'target' },
  best: { 'zh-CN': '最佳', 'zh-TW': '最佳', en: 'Best' },
  worst: { 'zh-CN': '最差', 'zh-TW': '最差', en: 'Worst' },
  bestWorst: { 'zh-CN': '最佳与最差', 'zh-TW': '最佳與最差', en: 'Best and worst' },
  trends: { 'zh-CN': '趋势', 'zh-TW': '趨勢', en: 'Trends' },
  trendOf: { 'zh-CN': '{kpi}（{kind}）', 'zh-TW': '{kpi}（{kind}）', en: '{kpi} ({kind})' },
  fromMonthly: { 'zh-CN': '，由月度总结汇总', 'zh-TW': '，由月度總結彙整', en: ', from the monthly summaries' },
  better: { 'zh-CN': '变好', 'zh-TW': '變好', en: 'better' },
  worse: { 'zh-CN': '变差', 'zh-TW': '變差', en: 'worse' },
  same: { 'zh-CN': '持平', 'zh-TW': '持平', en: 'same' },
  neutral: { 'zh-CN': '变化', 'zh-TW': '變化', en: 'change' },
  gap: { 'zh-CN': '（中间有缺期）', 'zh-TW': '（中間有缺期）', en: '(periods between have no data)' },
  contributors: { 'zh-CN': '（汇总的总结由 {from} 份变为 {to} 份）', 'zh-TW': '（彙整的總結由 {from} 份變為 {to} 份）', en: '(totals of {from} and {to} summaries)' },
  missingHeading: { 'zh-CN': '未提交', 'zh-TW': '未繳交', en: 'Not handed in' },
  missingLine: { 'zh-CN': '{period}：{who}', 'zh-TW': '{period}：{who}', en: '{period}: {who}' },
  incompleteHeading: { 'zh-CN': '不完整的文档（完整度低于 {n}）', 'zh-TW': '不完整的文件（完整度低於 {n}）', en: 'Incomplete documents (below {n})' },
  missingParts: { 'zh-CN': '缺少', 'zh-TW': '缺少', en: 'Missing' },
  pitfalls: { 'zh-CN': '主要问题', 'zh-TW': '主要問題', en: 'Top pitfalls' },
  problemsHeading: { 'zh-CN': '问题', 'zh-TW': '問題', en: 'Problems' },
  file: { 'zh-CN': '文件', 'zh-TW': '檔案', en: 'File' },
  line: { 'zh-CN': '行', 'zh-TW': '行', en: 'Line' },
  none: { 'zh-CN': '无', 'zh-TW': '無', en: 'None' },
  kindMonth: { 'zh-CN': '月环比', 'zh-TW': '月環比', en: 'month over month' },
  kindQuarter: { 'zh-CN': '季度环比', 'zh-TW': '季環比', en: 'quarter over quarter' },
  kindHalf: { 'zh-CN': '半年对比', 'zh-TW': '半年對比', en: 'half over half' },
  kindYear: { 'zh-CN': '年度对比', 'zh-TW': '年度對比', en: 'year over year' },
  kindRange: { 'zh-CN': '区间', 'zh-TW': '區間', en: 'ranges' },
  monthly: { 'zh-CN': '月度', 'zh-TW': '月度', en: 'monthly' },
  quarterly: { 'zh-CN': '季度', 'zh-TW': '季度', en: 'quarterly' },
  halfYearly: { 'zh-CN': '半年度', 'zh-TW': '半年度', en: 'half-yearly' },
  yearly: { 'zh-CN': '年度', 'zh-TW': '年度', en: 'yearly' },
  ranges: { 'zh-CN': '其他区间', 'zh-TW': '其他區間', en: 'other ranges' },
  severity_error: { 'zh-CN': '错误', 'zh-TW': '錯誤', en: 'error' },
  severity_warning: { 'zh-CN': '警告', 'zh-TW': '警告', en: 'warning' },
  severity_info: { 'zh-CN': '提示', 'zh-TW': '提示', en: 'info' },
  chartAlt: { 'zh-CN': '{kpi}趋势图', 'zh-TW': '{kpi}趨勢圖', en: 'Trend of {kpi}' },
  empty: { 'zh-CN': '没有可汇总的文档。', 'zh-TW': '沒有可彙整的文件。', en: 'No documents to roll up.' },
} satisfies Record<string, Messages>;

export type RollupMessageId = keyof typeof RM;

export function rm(id: RollupMessageId, locale: Locale, params?: Record<string, string | number>): string {
  return msg(RM[id], locale, params);
}
