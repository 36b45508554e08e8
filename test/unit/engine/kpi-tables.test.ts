// KPI tables read like a person reads them: which column is the document's figure.
import assert from 'node:assert/strict';
import { kpiColumnKinds } from '../../../src/core/model/kpis';
import { documentPeriod, periodInText, spanOfPeriodWords } from '../../../src/core/model/kpi-period';
import { lint } from '../../../src/core/analyze';

const span = (y: number, m1: number, m2 = m1) => ({ start: y * 12 + m1 - 1, end: y * 12 + m2 - 1 });

describe('the document period', () => {
  it('comes from the frontmatter period in any usual form', () => {
    assert.deepEqual(documentPeriod({ period: '2026-Q3' }, ''), span(2026, 7, 9));
    assert.deepEqual(documentPeriod({ period: '2026年10月' }, ''), span(2026, 10));
    assert.deepEqual(documentPeriod({ period: '民國115年上半年' }, ''), span(2026, 1, 6));
    assert.deepEqual(documentPeriod({ 统计周期: 'Q1 2027' }, ''), span(2027, 1, 3));
  });
  it('else from the title, in three languages and the ROC calendar', () => {
    assert.deepEqual(periodInText('2026 年第三季度客服工作总结（7—9 月）'), span(2026, 7, 9));
    assert.deepEqual(periodInText('114年第四季客服中心工作總結'), span(2025, 10, 12));
    assert.deepEqual(periodInText('October 2026 Contact Centre Summary'), span(2026, 10));
    assert.deepEqual(periodInText('Q2 2026 service review'), span(2026, 4, 6));
    assert.deepEqual(periodInText('2026 年度客服工作总结'), span(2026, 1, 12));
    assert.equal(periodInText('客服工作总结'), undefined);
  });
});

describe('period words of a column header', () => {
  const cases: [string, { start: number; end: number } | undefined][] = [
    ['7月', span(2026, 7)], ['7 月份', span(2026, 7)], ['十一月', span(2026, 11)], ['Jan', span(2026, 1)], ['September', span(2026, 9)],
    ['三季度', span(2026, 7, 9)], ['第四季合計', span(2026, 10, 12)], ['Q1', span(2026, 1, 3)], ['2025 Q4', span(2025, 10, 12)],
    ['115年上半年', span(2026, 1, 6)], ['H2 2025', span(2025, 7, 12)], ['1-3月', span(2026, 1, 3)], ['全年', span(2026, 1, 12)],
    ['数值', undefined], ['客户满意度（CSAT）', undefined], ['合计', undefined],
  ];
  for (const [h, want] of cases) it(`reads “${h}”`, () => assert.deepEqual(spanOfPeriodWords(h, 2026), want));
});

describe('KPI table columns against the document period', () => {
  const kinds = (h: string[], doc?: { start: number; end: number }) => kpiColumnKinds(h, doc).slice(1);
  it('takes the quarter column of a quarterly summary, never a month column', () => {
    assert.deepEqual(kinds(['指标', '7月', '8月', '9月', '三季度'], span(2026, 7, 9)), [undefined, undefined, undefined, 'actual']);
    assert.deepEqual(kinds(['KPI', 'Jan', 'Feb', 'Mar', 'Q1'], span(2027, 1, 3)), [undefined, undefined, undefined, 'actual']);
    assert.deepEqual(kinds(['項目', '10月', '11月', '12月', '第四季合計'], span(2025, 10, 12)), [undefined, undefined, undefined, 'actual']);
  });
  it('takes the total or average column when no column names the period', () => {
    assert.deepEqual(kinds(['指标', '7月', '8月', '9月', '合计'], span(2026, 7, 9)), [undefined, undefined, undefined, 'actual']);
    assert.deepEqual(kinds(['Metric', 'Apr', 'May', 'Jun', 'Average'], span(2026, 4, 6)), [undefined, undefined, undefined, 'actual']);
  });
  it('compares nothing when no column is the document period', () => {
    assert.deepEqual(kinds(['指标', '7月', '8月', '9月'], span(2026, 7, 9)), [undefined, undefined, undefined]);
    assert.deepEqual(kinds(['指标', '本月', '上月', '环比'], span(2026, 7, 9)), [undefined, 'baseline', undefined]);
  });
  it('takes the month column of a monthly summary', () => {
    assert.deepEqual(kinds(['指标', '9月', '10月', '目标'], span(2026, 10)), [undefined, 'actual', 'target']);
    assert.deepEqual(kinds(['指标', '本月', '上月', '环比'], span(2026, 10)), ['actual', 'baseline', undefined]);
  });
  it('without a document period, takes the column that covers the others', () => {
    assert.deepEqual(kinds(['指标', '7月', '8月', '9月', '三季度']), [undefined, undefined, undefined, 'actual']);
  });
  it('reads an attainment column as neither target nor actual', () => {
    assert.deepEqual(kinds(['指标', '目标', '实际', '目标达成率'], span(2026, 7, 9)), ['target', 'actual', undefined]);
    assert.deepEqual(kinds(['KPI', 'Target', 'Actual', '% of target']), ['target', 'actual', undefined]);
  });
});

describe('kpi-mismatch on tables laid out by month', () => {
  const fm = (extra: string) => `---\ntype: summary\n${extra}kpis:\n  inquiries: 9300\n  satisfaction: 93.1\n---\n\n`;
  const table = '| 指标 | 7月 | 8月 | 9月 | 三季度 |\n|---|---|---|---|---|\n| 咨询量（件） | 3,000 | 3,100 | 3,200 | 9,300 |\n| 满意度 | 92.5% | 93.0% | 93.8% | 93.1% |\n';
  const ids = (text: string) => lint(text).filter((f) => f.rule === 'kpi-mismatch');
  it('agrees when the quarter column agrees, whatever the months say', () => {
    assert.deepEqual(ids(fm('period: 2026-Q3\n') + '# 2026 年第三季度客服工作总结\n\n## 一、服务数据统计\n\n' + table), []);
    assert.deepEqual(ids(fm('') + '# 2026 年第三季度客服工作总结\n\n## 一、服务数据统计\n\n' + table), []);
  });
  it('still finds a quarter column that contradicts the frontmatter', () => {
    const wrong = table.replace('| 9,300 |', '| 9,800 |');
    assert.equal(ids(fm('period: 2026-Q3\n') + '# 2026 年第三季度客服工作总结\n\n## 一、服务数据统计\n\n' + wrong).length, 1);
  });
});
