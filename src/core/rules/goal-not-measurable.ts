import type { RuleDefinition } from './rule';
import { quote } from '../i18n/common';
import { tr } from './util';

/** goal-not-measurable: a goal with no number (空洞口号, guide §3.1, §4.2). */
export const goalNotMeasurable: RuleDefinition = {
  id: 'goal-not-measurable',
  defaultSeverity: 'info',
  title: { 'zh-CN': '目标没有可衡量的数值', 'zh-TW': '目標沒有可衡量的數值', en: 'A goal has no measurable number' },
  description: {
    'zh-CN': '指南 §3.1、§4.2：目标要具体、可衡量（如“满意度达到 95%”），避免“进一步提升服务品质”这类空洞口号。',
    'zh-TW': '指南 §3.1、§4.2：目標要具體、可衡量（如「滿意度達到 95%」），避免「進一步提升服務品質」這類空洞口號。',
    en: 'Guide §3.1 and §4.2: a goal is specific and measurable ("satisfaction reaches 95%"), not a slogan ("further improve service quality").',
  },
  check(ctx) {
    // One finding a line: a paragraph of slogans (`建立…，…。建立…，…。`) is one thing to fix, and
    // a second warning on the same line says nothing new.
    const lines = new Set<number>();
    return ctx.model.goals
      .filter((g) => !g.measurable && !lines.has(g.range.start.line) && lines.add(g.range.start.line))
      .map((g) => ({
        range: g.range,
        message: tr(
          { 'zh-CN': '目标 {goal} 没有可衡量的数值', 'zh-TW': '目標 {goal} 沒有可衡量的數值', en: 'The goal {goal} has no measurable number' },
          ctx.locale,
          { goal: quote(g.text, ctx.locale) },
        ),
      }));
  },
};
