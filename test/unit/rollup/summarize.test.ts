// summarizeDocument: what a worker sends back for one file. Small, plain JSON, and everything the
// roll-up needs read the ways people write it.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { summarizeDocument } from '../../../src/core/rollup';

const TW = `---
type: summary
period: 民國115年第三季
team: 臺北客服中心
author: [陳美玲, 林志豪]
指標:
  諮詢量: 12,500
  平均應答時長_秒: 25
  投訴率_万分比: 8
  滿意度: 93.5
  一次解決率:
    實際: 81
    目標: 85
---
# 115年第三季工作總結

## 一、服務數據統計

本季受理諮詢 12,500 件。
`;

describe('rollup: summarizeDocument', () => {
  const s = summarizeDocument('tw/q3.md', analyze(TW, { locale: 'zh-TW' }));

  it('reads author (a list), team and an ROC quarter, with the line of the period', () => {
    assert.equal(s.author, '陳美玲、林志豪');
    assert.equal(s.team, '臺北客服中心');
    assert.equal(s.period.raw, '民國115年第三季');
    assert.equal(s.period.line, 3);
    assert.equal(s.period.normalised?.key, '2026-Q3');
    assert.equal(s.problem, undefined);
  });

  it('reads KPIs under Chinese aliases, converting units folded into the key (‱ → %)', () => {
    assert.deepEqual(s.kpis.inquiries, { unit: 'count', kind: 'count', betterWhen: 'none', label: '諮詢量', actual: 12500 });
    assert.equal(s.kpis.response_time?.actual, 25);
    assert.equal(s.kpis.response_time?.kind, 'time');
    assert.equal(s.kpis.response_time?.betterWhen, 'lower');
    assert.equal(s.kpis.complaint_rate?.actual, 0.08);
    assert.equal(s.kpis.complaint_rate?.unit, '%');
    assert.deepEqual([s.kpis.first_contact_resolution?.actual, s.kpis.first_contact_resolution?.target], [81, 85]);
    assert.equal(s.kpis.satisfaction?.betterWhen, 'higher');
  });

  it('keeps the score, the missing parts, finding counts and the first pitfalls, errors first', () => {
    const a = analyze(TW, { locale: 'zh-TW' });
    assert.equal(s.completeness.score, a.completeness.score);
    assert.deepEqual(s.completeness.missing.map((m) => m.id), a.completeness.items.filter((i) => !i.met).map((i) => i.id));
    assert.equal(s.findingTotal, a.findings.length);
    assert.equal(Object.values(s.findingCounts).reduce((x, y) => x + y, 0), a.findings.length);
    assert.ok(s.pitfalls.length > 0 && s.pitfalls.length <= 5);
    assert.ok(s.pitfalls.every((p) => p.line >= 1 && p.message && p.rule));
    const rank = { error: 0, warning: 1, info: 2 };
    for (let i = 1; i < s.pitfalls.length; i++) assert.ok(rank[s.pitfalls[i - 1].severity] <= rank[s.pitfalls[i].severity], 'errors first');
    assert.deepEqual(s.pitfalls[0].rule, [...a.findings].sort((x, y) => rank[x.severity] - rank[y.severity] || x.range.start.line - y.range.start.line)[0].rule);
    assert.match(s.completeness.missing[0].label, /客戶回饋分析|問題歸類與分析|工作效率與品質評價/);
  });

  it('is small, plain JSON: no text, no syntax tree', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(s)), s);
    assert.ok(JSON.stringify(s).length < 4000, `${JSON.stringify(s).length} characters`);
    assert.doesNotMatch(JSON.stringify(s), /本季受理諮詢/);
  });

  it('says why a document cannot be used: broken YAML (with its line), no frontmatter', () => {
    const broken = summarizeDocument('b.md', analyze('---\ntype: summary\nauthor: "A\nperiod: 2026-11\n---\n# x\n', { locale: 'en' }));
    assert.equal(broken.problem?.kind, 'malformed');
    assert.ok((broken.problem?.line ?? 0) >= 2);
    const none = summarizeDocument('n.md', analyze('# just notes\n', { locale: 'en' }));
    assert.equal(none.problem?.kind, 'no-frontmatter');
    const when = summarizeDocument('w.md', analyze('---\ntype: summary\nauthor: A\nperiod: 下个月\n---\n# x\n', { locale: 'en' }));
    assert.deepEqual([when.period.problem, when.period.raw, when.period.line], ['unreadable', '下个月', 4]);
  });

  it('takes the first of two names for one KPI (satisfaction and 满意度 both given)', () => {
    const two = summarizeDocument('t.md', analyze('---\ntype: summary\nauthor: A\nperiod: 2026-11\nkpis:\n  satisfaction: 91\n  满意度: 95\n---\n# x\n', { locale: 'en' }));
    assert.equal(two.kpis.satisfaction?.actual, 91);
  });
});
