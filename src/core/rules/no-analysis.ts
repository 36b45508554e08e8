import type { RuleDefinition } from './rule';
import { tr } from './util';

/** no-analysis: data with no cause analysis (guide §5.1: 仅关注数据，忽视过程). */
export const noAnalysis: RuleDefinition = {
  id: 'no-analysis',
  defaultSeverity: 'info',
  documentLevel: true,
  title: { 'zh-CN': '只有数据，没有原因分析', 'zh-TW': '只有數據，沒有原因分析', en: 'Data without cause analysis' },
  description: {
    'zh-CN': '指南 §5.1 “仅关注数据，忽视过程”：数据升降要说明原因（由于、主要是、得益于……），否则下一步计划无从谈起。',
    'zh-TW': '指南 §5.1「僅關注數據，忽視過程」：數據升降要說明原因（由於、主要是、得益於……），否則下一步計畫無從談起。',
    en: 'Guide §5.1, "data without process": say why the numbers moved (because, mainly due to, thanks to …), or the next plan has nothing to stand on.',
  },
  check(ctx) {
    const { model, locale } = ctx;
    if (model.type === 'workflow') return [];
    if (model.analysis.length) return [];
    // A heading that promises analysis counts, except the feedback part's standard name
    // (客户反馈分析 / Customer feedback analysis): that names the part, not a cause.
    if (model.sections.some((s) => /分析|analysis|why|原因|cause|为什么|為什麼|为啥|為啥|怎么回事|怎麼回事/i.test(s.name) && s.part !== 'feedback' && s.hasContent)) return [];
    // The data: the first data section whose own content (or its sub-sections') has figures.
    const idx = model.sections.findIndex((s, i) => s.part === 'data' && numbersBelow(model, i) >= 3);
    if (idx < 0) return [];
    return [
      {
        range: model.sections[idx].headingRange,
        message: tr(
          { 'zh-CN': '列出了数据，但全文没有分析原因', 'zh-TW': '列出了數據，但全文沒有分析原因', en: 'The data is reported, but nowhere does the document say why it moved' },
          locale,
        ),
      },
    ];
  },
};

function numbersBelow(model: import('../types').DocumentModel, i: number): number {
  let n = model.sectionStats[i].numbers;
  model.sections.forEach((s, j) => {
    if (s.parent === i) n += numbersBelow(model, j);
  });
  return n;
}
