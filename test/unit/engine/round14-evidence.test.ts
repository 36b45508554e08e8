// Round 14 recogniser changes (session 10), from fresh20, fresh21, real17 and real18 after their
// first contact (docs/quality.md). Each block is one class of writing, with the new behaviour and a
// near miss that must still be reported. Every sentence here is written for this file.
import assert from 'node:assert/strict';
import { findTime } from '../../../src/core/model/time';
import { kpisInProse } from '../../../src/core/model/kpis';
import { NOW, doc, found, modelOf } from './evidence-helpers';

// ---------------------------------------------------------------------------------------------
// Word's decimal numbering pasted as text: `1.1 指导思想` and `1.2 年度目标` are lines over what follows,
// not goals without a number; the guiding ideology under the first is no goal either.
// ---------------------------------------------------------------------------------------------
describe('round 14, decimal numbering over the goals', () => {
  const plan = (goal: string) =>
    ['# 市热线2027年度工作计划', '', '第一部分　总体目标', '', '1.1 指导思想', '', '坚持以人民为中心，推动热线从“接诉即办”向“未诉先办”延伸。', '', '1.2 年度目标', '', '1.2.1 人工接通率全年不低于92%。', '', `1.2.2 ${goal}`, '', '第二部分　具体措施', '', '（一）由话务一科科长刘建国牵头，2027年2月底前完成排班模型调整。'].join('\n');
  it('the numbered lines and the guiding ideology give no goal-not-measurable', () => {
    const text = plan('平均应答时长控制在25秒以内。');
    assert.deepEqual(found(text, 'goal-not-measurable').map((f) => f.range.start.line), []);
    assert.ok(modelOf(text).goals.some((g) => g.measurable && g.text.includes('92%')));
  });
  it('near miss: a slogan among the numbered goals is still reported', () => {
    const f = found(plan('进一步擦亮服务品牌，让市民办事更省心。'), 'goal-not-measurable');
    assert.deepEqual(f.map((x) => x.range.start.line), [13]);
  });
  it('near miss: under the actions the same numbering heads nothing (`2.1 配送与回访` borrows a part’s word)', () => {
    const text = doc('plan', ['# 2027年计划', '', '## 二、具体措施', '', '2.1 配送与回访', '', '2.1.1 由组长王芳负责，3月底前完成话术更新。'].join('\n'));
    const m = modelOf(text);
    assert.deepEqual(m.sections.map((s) => s.title), ['2027年计划', '二、具体措施']);
    assert.ok(m.actions.some((a) => a.text.startsWith('2.1.1 由组长王芳负责')));
  });
});

// ---------------------------------------------------------------------------------------------
// Times in a time column: a phase table's `Window`, a bare month in a `When` or `時間` cell, `wk 44`.
// ---------------------------------------------------------------------------------------------
describe('round 14, times in their slots', () => {
  const phases = (header: string, cells: string[]) =>
    doc('plan', ['# Support plan H1 2027', '', '## Phasing', '', `| Phase | ${header} | Exit criteria |`, '|---|---|---|', ...cells.map((c, i) => `| Phase ${i + 1} | ${c} | FCR ≥ ${60 + i}% |`)].join('\n'));
  it('a `Window` column gives each phase its time', () => {
    assert.equal(found(phases('Window', ['Jan 5 – Feb 27', 'Mar 2 – Apr 30']), 'phase-missing-indicator').length, 0);
  });
  it('a month named alone in the time column is a time', () => {
    assert.equal(found(phases('時間', ['Oct', 'Nov', 'Dec']), 'phase-missing-indicator').length, 0);
    assert.equal(findTime('Sept.', { reference: NOW, slot: true })?.kind, 'date');
  });
  it('near miss: a month alone in prose is not a time (`may`, `Oct` in a sentence)', () => {
    assert.equal(findTime('Oct', { reference: NOW }), undefined);
    assert.equal(findTime('we may revise it', { reference: NOW, slot: true }), undefined);
  });
  it('`wk 44` is a week of the calendar', () => {
    assert.equal(findTime('wk 44', { reference: NOW })?.kind, 'period');
  });
});

// ---------------------------------------------------------------------------------------------
// A Taiwanese measures table headed 主辦 / 協辦 / 期程: 主辦 is the owner, 期程 the deadline.
// ---------------------------------------------------------------------------------------------
describe('round 14, 主辦 and 期程 columns', () => {
  const table = (owner: string, when: string) =>
    doc('plan', ['# 115年服務計畫', '', '## 陸、具體措施', '', '| 項次 | 措施 | 主辦 | 協辦 | 期程 |', '|---|---|---|---|---|', `| 1 | 補件清單改為依診斷類別自動產生 | ${owner} | 資訊處 | ${when} |`].join('\n'));
  it('a person under 主辦 and a date under 期程 give no finding', () => {
    const text = table('理賠組 林佳蓉', '115年3月底');
    assert.equal(found(text, 'action-missing-owner').length, 0);
    assert.equal(found(text, 'action-missing-deadline').length, 0);
    assert.equal(found(text, 'vague-deadline').length, 0);
  });
  it('near miss: a department under 主辦 and 後續視進度 under 期程 are reported', () => {
    const text = table('商品部', '後續視洽談進度');
    assert.equal(found(text, 'action-missing-owner').length, 1);
    assert.equal(found(text, 'vague-deadline').length, 1);
  });
});

// ---------------------------------------------------------------------------------------------
// A goal written as `95 s → 60 s`: the figure after the arrow is the target, the one before the baseline.
// ---------------------------------------------------------------------------------------------
describe('round 14, an arrow between baseline and target', () => {
  it('reads the second figure as the value and the first as the baseline', () => {
    const [k] = kpisInProse('Average speed of answer: 95 s → 60 s');
    assert.equal(k.value.value, 60);
    assert.equal(k.baseline?.value, 95);
    assert.equal(kpisInProse('Complaint rate: 1.1% -> 0.8%')[0].value.value, 0.8);
  });
  it('no kpi-mismatch against frontmatter targets written the same way', () => {
    const text = doc('plan', ['# Care plan Q2 2027', '', '## Q2 goals', '', '- Average speed of answer: 95 s → 60 s', '- CSAT (post-call survey): 82% → 87%'].join('\n'), 'kpis:\n  response_time: {baseline: 95, target: 60, unit: s}\n  satisfaction: {baseline: 82, target: 87, unit: "%"}\n');
    assert.equal(found(text, 'kpi-mismatch').length, 0);
  });
  it('near miss: a target after the arrow that contradicts the frontmatter is still reported', () => {
    const text = doc('plan', ['# Care plan Q2 2027', '', '## Q2 goals', '', '- CSAT (post-call survey): 82% → 85%'].join('\n'), 'kpis:\n  satisfaction: {baseline: 82, target: 87, unit: "%"}\n');
    assert.equal(found(text, 'kpi-mismatch').length, 1);
  });
});

// ---------------------------------------------------------------------------------------------
// One lead named for every action (`Delivery lead for every action below, unless another name is
// given: Raj Patel`): the actions with no name of their own have that owner.
// ---------------------------------------------------------------------------------------------
describe('round 14, a lead for every action', () => {
  const plan = (line: string) =>
    doc('plan', ['# Care plan Q2 2027', '', '## Actions', '', line, '', '| # | Action | With | When |', '|---|---|---|---|', '| 1 | Proactive SMS each time a claim changes stage | Claims systems team | 30 Apr 2027 |'].join('\n'));
  it('gives the actions an owner', () => {
    assert.equal(found(plan('Delivery lead for every action below, unless another name is given: **Raj Patel, Operations Lead**.'), 'action-missing-owner').length, 0);
  });
  it('near miss: a team as that lead gives none', () => {
    assert.equal(found(plan('Delivery lead for every action below: **the Operations team**.'), 'action-missing-owner').length, 1);
  });
  it('`Owner for all actions: Raj Patel.` says the same', () => {
    assert.equal(found(plan('Owner for all actions: Raj Patel.'), 'action-missing-owner').length, 0);
  });
});
