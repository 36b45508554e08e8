import type { RuleDefinition } from './rule';
import { mechanismReport, planHasBody } from './mechanism';

/** no-improvement-loop: no feedback / review loop (guide §5.4, §6.2–6.3). */
export const noImprovementLoop: RuleDefinition = {
  id: 'no-improvement-loop',
  defaultSeverity: 'info',
  documentLevel: true,
  title: { 'zh-CN': '没有反馈与持续改进闭环', 'zh-TW': '沒有回饋與持續改善閉環', en: 'No feedback or continuous-improvement loop' },
  description: {
    'zh-CN': '指南 §5.4、§6.2–6.3：要有复盘、回访、反馈机制，形成“问题—整改—回访—改进”的闭环，持续优化。',
    'zh-TW': '指南 §5.4、§6.2–6.3：要有檢討、回訪、回饋機制，形成「問題—改善—回訪—優化」的閉環，持續改善。',
    en: 'Guide §5.4 and §6.2–6.3: review meetings, follow-up calls and feedback channels close the loop from problem to fix to follow-up to improvement.',
  },
  check(ctx) {
    if (!planHasBody(ctx) || ctx.model.loops.length) return [];
    return [
      mechanismReport(
        ctx,
        { 'zh-CN': '没有复盘、回访、反馈或持续改进的闭环', 'zh-TW': '沒有檢討、回訪、回饋或持續改善的閉環', en: 'There is no review, follow-up, feedback or continuous-improvement loop' },
        { 'zh-CN': '反馈与持续改进', 'zh-TW': '回饋與持續改善', en: 'Review and feedback loop' },
        {
          'zh-CN': '- 复盘：每【月】召开复盘会，分析未达标指标的原因并调整下期措施；投诉客户【48 小时】内回访，形成闭环。',
          'zh-TW': '- 檢討：每【月】召開檢討會，分析未達標指標的原因並調整下期措施；客訴【48 小時】內回訪，形成閉環。',
          en: '- Review: a [monthly] review meeting analyses missed targets and adjusts the next actions; complaining customers get a follow-up call within [48 hours].',
        },
      ),
    ];
  },
};
