// The scorecard: for the document's type, which completeness items are met and which are missing
// (domain.md, "What complete means"). The preview and the status bar show the same numbers.
import type { Completeness, CompletenessItem, DocumentModel, Locale, PartId, DocType } from './types';
import { CORE_KPIS } from './model/lexicon';
import { kpiName, PART_NAMES, quote } from './i18n/common';
import { format, type Messages } from './i18n';
import { partPresence } from './completeness-parts';
import { DEFAULT_REQUIRED_PARTS } from './config';

const L: Record<string, Messages> = {
  part: { 'zh-CN': '部分：{name}', 'zh-TW': '部分：{name}', en: 'Part: {name}' },
  kpi: { 'zh-CN': '核心指标：{name}', 'zh-TW': '核心指標：{name}', en: 'Core KPI: {name}' },
  kpiTarget: { 'zh-CN': '指标目标值：{name}', 'zh-TW': '指標目標值：{name}', en: 'KPI target: {name}' },
  owner: { 'zh-CN': '责任人：{what}', 'zh-TW': '負責人：{what}', en: 'Owner: {what}' },
  deadline: { 'zh-CN': '完成时间：{what}', 'zh-TW': '完成時間：{what}', en: 'Deadline: {what}' },
  indicator: { 'zh-CN': '阶段指标：{what}', 'zh-TW': '階段指標：{what}', en: 'Phase indicator: {what}' },
  timeNode: { 'zh-CN': '时间节点：{what}', 'zh-TW': '時間節點：{what}', en: 'Phase time node: {what}' },
  monitoring: { 'zh-CN': '监控机制（检查、督导、考核）', 'zh-TW': '監控機制（檢查、督導、考核）', en: 'Monitoring (checks, supervision, assessment)' },
  loop: { 'zh-CN': '反馈闭环（复盘、回访、持续改进）', 'zh-TW': '回饋閉環（檢討、回訪、持續改善）', en: 'Feedback loop (review, follow-up, improvement)' },
};

const t = (m: Messages, locale: Locale, p: Record<string, string>) => format(m[locale], p);

export function computeCompleteness(model: DocumentModel, locale: Locale, required: Record<DocType, PartId[]> = DEFAULT_REQUIRED_PARTS): Completeness {
  const items: CompletenessItem[] = [];
  const presence = partPresence(model);
  const fallbackRange = model.sections[0]?.headingRange;
  const lastRange = model.sections.length ? model.sections[model.sections.length - 1].range : undefined;

  for (const part of required[model.type] ?? []) {
    const p = presence.get(part);
    const section = p?.section !== undefined ? model.sections[p.section] : undefined;
    items.push({ id: `part:${part}`, kind: 'part', label: t(L.part, locale, { name: PART_NAMES[part][locale] }), met: !!(p?.present && p.nonEmpty), range: section?.headingRange ?? lastRange, part });
  }

  const hasSummary = model.type === 'summary' || model.type === 'summary-plan';
  const hasPlan = model.type === 'plan' || model.type === 'summary-plan';
  const dataRange = model.sections.find((s) => s.part === 'data')?.headingRange ?? fallbackRange;
  const goalsRange = model.sections.find((s) => s.part === 'goals')?.headingRange ?? fallbackRange;
  const mentioned = new Set(model.kpisMentioned);
  if (hasSummary) {
    for (const alts of CORE_KPIS) {
      const name = alts.map((k) => kpiName(k, locale)).join(' / ');
      items.push({ id: `kpi:${alts.join('|')}`, kind: 'kpi', label: t(L.kpi, locale, { name }), met: alts.some((k) => mentioned.has(k)), range: dataRange });
    }
  }
  if (hasPlan) {
    // Targets for the KPIs the document reports (or, with nothing reported, the core five).
    const keys = CORE_KPIS.map((alts) => alts.find((k) => mentioned.has(k)) ?? (hasSummary ? undefined : alts[0])).filter((k): k is NonNullable<typeof k> => !!k);
    for (const key of keys) {
      const met = model.kpis.some((k) => k.key === key && k.kind === 'target');
      items.push({ id: `target:${key}`, kind: 'kpi', label: t(L.kpiTarget, locale, { name: kpiName(key, locale) }), met, range: goalsRange });
    }
  }
  model.actions.forEach((a, i) => {
    const what = quote(a.text, locale);
    items.push({ id: `action:${i}:owner`, kind: 'action', label: t(L.owner, locale, { what }), met: !!a.owner, range: a.ownerSlot?.range ?? a.range });
    items.push({ id: `action:${i}:deadline`, kind: 'action', label: t(L.deadline, locale, { what }), met: !!a.deadline && a.deadline.kind !== 'vague', range: a.deadline?.range ?? a.range });
  });
  model.phases.forEach((p, i) => {
    const what = quote(p.name, locale);
    items.push({ id: `phase:${i}:indicator`, kind: 'phase', label: t(L.indicator, locale, { what }), met: !!p.indicator, range: p.indicator?.range ?? p.range });
    items.push({ id: `phase:${i}:time`, kind: 'phase', label: t(L.timeNode, locale, { what }), met: !!p.timeNode, range: p.timeNode?.range ?? p.range });
  });
  if (model.type !== 'summary') {
    items.push({ id: 'monitoring', kind: 'monitoring', label: L.monitoring[locale], met: model.monitoring.length > 0, range: model.monitoring[0]?.range ?? lastRange });
    items.push({ id: 'loop', kind: 'loop', label: L.loop[locale], met: model.loops.length > 0, range: model.loops[0]?.range ?? lastRange });
  }
  const met = items.filter((i) => i.met).length;
  return { score: items.length ? Math.round((met / items.length) * 100) : 100, met, total: items.length, items };
}
