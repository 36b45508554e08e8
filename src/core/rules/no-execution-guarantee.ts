import type { RuleDefinition } from './rule';
import { mechanismReport, planHasBody } from './mechanism';

/** no-execution-guarantee: a plan with no monitoring or supervision (guide §5.3, §6.1). */
export const noExecutionGuarantee: RuleDefinition = {
  id: 'no-execution-guarantee',
  defaultSeverity: 'info',
  documentLevel: true,
  title: { 'zh-CN': '计划没有执行保障（监控、检查、考核）', 'zh-TW': '計畫沒有執行保障（監控、檢查、考核）', en: 'The plan has no monitoring or supervision' },
  description: {
    'zh-CN': '指南 §5.3、§6.1：计划要写明谁来监控、多久检查一次进度、结果如何纳入考核，否则措施容易落空。',
    'zh-TW': '指南 §5.3、§6.1：計畫要寫明誰來監控、多久檢查一次進度、結果如何納入考核，否則措施容易落空。',
    en: 'Guide §5.3 and §6.1: say who monitors the plan, how often progress is checked and how results count in assessment, or the actions tend to lapse.',
  },
  check(ctx) {
    if (!planHasBody(ctx) || ctx.model.monitoring.length) return [];
    return [
      mechanismReport(
        ctx,
        { 'zh-CN': '计划没有监控、检查、督导或考核机制', 'zh-TW': '計畫沒有監控、檢查、督導或考核機制', en: 'The plan has no monitoring, progress check, supervision or assessment' },
        { 'zh-CN': '执行保障', 'zh-TW': '執行保障', en: 'Monitoring' },
        {
          'zh-CN': '- 进度检查：【谁】每【周 / 月】检查上述措施的进度，结果纳入【考核】。',
          'zh-TW': '- 進度檢查：【誰】每【週／月】檢查上述措施的進度，結果納入【考核】。',
          en: '- Progress check: [who] checks the actions above every [week / month]; results count in [the monthly review].',
        },
      ),
    ];
  },
};
