// Hand-built AnalyzeResults for testing the pure HTML builders with exact inputs (a target worse than
// its baseline, a kpi-mismatch finding, hostile labels). Results of the real engine are tested in
// render-engine.test.ts.
import type { AnalyzeResult, DocumentModel, KpiValue, Range } from '../../src/core/types';
import { LineIndex } from '../../src/core/text';

export function rangeOfLine(text: string, line: number): Range {
  return new LineIndex(text).lineRange(line);
}

export function sampleResult(text: string): AnalyzeResult {
  const r = (line: number) => rangeOfLine(text, line);
  const kv = (key: KpiValue['key'], kind: KpiValue['kind'], value: number, unit: KpiValue['unit'], source: KpiValue['source'], line: number, label: string = key): KpiValue => ({
    key, kind, value, unit, source, label, range: r(line),
  });
  const kpis: KpiValue[] = [
    kv('satisfaction', 'baseline', 93.6, '%', 'frontmatter', 1),
    kv('satisfaction', 'actual', 95.2, '%', 'frontmatter', 1),
    kv('satisfaction', 'target', 90, '%', 'frontmatter', 1),
    kv('response_time', 'actual', 15, 's', 'frontmatter', 1),
    kv('response_time', 'target', 20, 's', 'frontmatter', 1),
    kv('response_time', 'baseline', 19, 's', 'frontmatter', 1),
    kv('complaint_rate', 'actual', 0.31, '%', 'frontmatter', 1, "投诉率<img src=x onerror=alert('xss-kpi-label')>"),
    kv('complaint_rate', 'actual', 0.5, '%', 'body', 2),
  ];
  return {
    model: {
      text,
      type: 'summary-plan',
      typeSource: 'frontmatter',
      frontmatter: { data: { title: "<script>alert('xss-fm-title')</script>", team: '客服中心', author: '刘静', period: '2024-H1' }, range: r(1), keyRanges: {}, valueRanges: {}, errors: [] },
      sections: [],
      kpis,
      actions: [],
      phases: [],
      goals: [],
      monitoring: [],
      loops: [],
      analysis: [],
      problemCategories: [],
      problemItems: [],
      suppressions: [],
      kpisMentioned: ['satisfaction', 'response_time', 'complaint_rate'],
      sectionStats: [],
    } as Partial<DocumentModel> as DocumentModel,
    findings: [
      { rule: 'kpi-mismatch', severity: 'warning', message: "正文投诉率 0.5% 与 frontmatter 0.31% 不一致 <b onmouseover=alert('xss-msg')>", range: r(2) },
    ],
    completeness: {
      score: 50,
      met: 2,
      total: 4,
      items: [
        { id: 'part:data', kind: 'part', label: '服务数据统计', met: true, range: r(1), part: 'data' },
        { id: 'part:monitoring', kind: 'part', label: "监控与反馈机制\"><script>alert('xss-item')</script>", met: false, range: r(2), part: 'monitoring' },
        { id: 'kpi:satisfaction', kind: 'kpi', label: '服务满意度', met: true, range: r(1) },
        { id: 'loop', kind: 'loop', label: '反馈闭环', met: false },
      ],
    },
  };
}
