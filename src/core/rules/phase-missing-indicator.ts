import type { RuleDefinition, RuleReport } from './rule';
import { quote } from '../i18n/common';
import { tr } from './util';

/** phase-missing-indicator: a phase without indicator or time node (guide §3.3). */
export const phaseMissingIndicator: RuleDefinition = {
  id: 'phase-missing-indicator',
  defaultSeverity: 'info',
  title: { 'zh-CN': '阶段缺少指标或时间节点', 'zh-TW': '階段缺少指標或時間節點', en: 'A phase lacks an indicator or a time node' },
  description: {
    'zh-CN': '指南 §3.3：分阶段实施时，每个阶段（短期 / 中期 / 长期、Q1–Q4、第一阶段……）都要有阶段指标和时间节点，才能逐段验收。',
    'zh-TW': '指南 §3.3：分階段實施時，每個階段（短期／中期／長期、Q1–Q4、第一階段……）都要有階段指標和時間節點，才能逐段驗收。',
    en: 'Guide §3.3: each phase (short / medium / long term, Q1–Q4, phase one …) needs an indicator and a time node, so it can be checked when it ends.',
  },
  check(ctx) {
    const { model, locale } = ctx;
    const out: RuleReport[] = [];
    for (const p of model.phases) {
      const lacks: string[] = [];
      if (!p.indicator) lacks.push(tr({ 'zh-CN': '阶段指标', 'zh-TW': '階段指標', en: 'indicator' }, locale));
      if (!p.timeNode) lacks.push(tr({ 'zh-CN': '时间节点', 'zh-TW': '時間節點', en: 'time node' }, locale));
      if (!lacks.length) continue;
      out.push({
        range: p.range,
        message: tr({ 'zh-CN': '阶段 {name} 缺少{what}', 'zh-TW': '階段 {name} 缺少{what}', en: 'The phase {name} has no {what}' }, locale, {
          name: quote(p.name, locale),
          what: lacks.join(locale === 'en' ? ' and no ' : '和'),
        }),
      });
    }
    return out;
  },
};
