// Round 14 recogniser changes (session 10), from fresh20, fresh21, real17 and real18 after their
// first contact (docs/quality.md). Each block is one class of writing, with the new behaviour and a
// near miss that must still be reported. Every sentence here is written for this file.
import assert from 'node:assert/strict';
import { findTime } from '../../../src/core/model/time';
import { kpisInProse, numbersIn } from '../../../src/core/model/kpis';
import { findAgent } from '../../../src/core/language/agent';
import { judgeOwner } from '../../../src/core/model/owner';
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

// ---------------------------------------------------------------------------------------------
// What is no goal: the means under `To reach this goal, CST will:`, and a preface (`前言(施政目標與重點)`).
// ---------------------------------------------------------------------------------------------
describe('round 14, the means of a goal and a preface are no goals', () => {
  it('items under “To reach this goal, the team will:” are not goals', () => {
    const text = doc('plan', ['# Helpdesk goals 2027', '', '## 2027 Goals', '', '1. Tier 1 assistance for all students, answered within 60 seconds', '', 'To reach this goal, the team will:', '', '- update the knowledge base as needed', '- agree with each support team which requests Tier 1 handles'].join('\n'));
    assert.deepEqual(modelOf(text).goals.map((g) => g.text), ['Tier 1 assistance for all students, answered within 60 seconds']);
  });
  it('为实现上述目标： over a list, in Chinese too', () => {
    const text = doc('plan', ['# 2027年计划', '', '## 一、工作目标', '', '满意度达到95%。', '', '为实现上述目标：', '', '- 优化知识库', '- 加强培训'].join('\n'));
    assert.equal(found(text, 'goal-not-measurable').length, 0);
  });
  it('a preface headed 前言(施政目標與重點) holds no goals', () => {
    const text = doc('plan', ['# 九十九年度施政計畫', '', '## 前言(施政目標與重點)', '', '本館係以社會大眾為主要服務對象，提供圖書資訊服務。', '', '## 壹、年度施政目標', '', '一、穩健執行新館遷建年度任務。'].join('\n'));
    assert.deepEqual(found(text, 'goal-not-measurable').map((f) => f.range.start.line), [13]);
  });
  it('OKR key results are goals, not data (a plan’s “Key Results” under an objective)', () => {
    const text = doc('plan', ['# Support OKRs H1 2027', '', '## Objective 2: Support becomes a reason to renew', '', '**Key Results**', '', '- KR 2.1 — CSAT goes from 88% to 92%.', '- KR 2.2 — Customers feel that support gets their business.'].join('\n'), 'kpis:\n  satisfaction: {baseline: 88, target: 92, unit: "%"}\n');
    assert.equal(found(text, 'kpi-mismatch').length, 0);
    assert.deepEqual(found(text, 'goal-not-measurable').map((f) => f.range.start.line), [14]);
  });
});

// ---------------------------------------------------------------------------------------------
// A procedure is not held to the core KPIs because it names one (`投诉受理`): a document whose type
// nobody stated must report two KPIs before missing-kpi speaks.
// ---------------------------------------------------------------------------------------------
describe('round 14, missing-kpi needs two KPIs when the type is not stated', () => {
  const body = (lines: string[]) => ['一、投诉受理范围', '', ...lines].join('\n');
  it('one KPI named: no finding', () => {
    assert.equal(found(body(['投诉受理后3个工作日内答复。']), 'missing-kpi').length, 0);
  });
  it('near miss: two KPIs with figures make it a report of the service', () => {
    assert.equal(found(body(['本月受理投诉 120 件，满意度 92%。', '', '平均响应时间 30 秒。']), 'missing-kpi').length, 1);
  });
});

// ---------------------------------------------------------------------------------------------
// Lines that are no actions or no missing times: a time-limit label (`五、办结时限：3个工作日`), a
// recurrence written as 定期 / regularly.
// ---------------------------------------------------------------------------------------------
describe('round 14, time limits and recurrences', () => {
  it('`五、办结时限：3个工作日` is no action', () => {
    const text = doc('plan', ['# 投诉处理工作计划', '', '## 具体措施', '', '1. 由科长王芳负责，3月底前完成登记表更新。', '', '五、办结时限：3个工作日'].join('\n'));
    assert.equal(modelOf(text).actions.length, 1);
  });
  it('定期公布 and “regularly” are times', () => {
    assert.equal(findTime('定期公布各类政务信息', { reference: NOW })?.kind, 'recurring');
    assert.equal(findTime('publish the figures regularly', { reference: NOW })?.kind, 'recurring');
  });
  it('near miss: a recurrence does not make a goal a milestone', () => {
    const text = doc('plan', ['# 2027年计划', '', '## 一、工作目标', '', '1. 业主满意度提升：通过定期满意度调查，完成服务流程优化。'].join('\n'));
    assert.equal(found(text, 'goal-not-measurable').length, 1);
  });
});

// ---------------------------------------------------------------------------------------------
// Figures that are no level of the KPI: a code's digit (`P1/P2 tickets`), a multiple (`平日的 2.4 倍`),
// a rate per hour (`每小時 30 通`), a change from last year's figure (`从上年的275秒压缩到262秒`).
// ---------------------------------------------------------------------------------------------
describe('round 14, figures that are no level', () => {
  it('the digits of P1 and P2 are no numbers', () => {
    assert.deepEqual(numbersIn('on P1/P2 tickets goes from 4.2 h to 2 h').map((n) => n.value), [4.2, 2]);
    assert.ok(kpisInProse('Median first response time on P1/P2 tickets goes from 4.2 h to 2 h.').every((k) => k.value.value !== 1));
  });
  it('a multiple and a rate per hour are not the period’s figure', () => {
    assert.equal(kpisInProse('進線量是平日的 2.4 倍')[0].notLevel, 'change');
    assert.equal(kpisInProse('進線量回到每小時 30 通左右')[0].notLevel, 'sub-metric');
    assert.equal(kpisInProse('inquiries fell to 30 calls an hour')[0].notLevel, 'sub-metric');
  });
  it('从上年的275秒压缩到262秒: 262 is the value, 275 the baseline', () => {
    const [k] = kpisInProse('平均处理时长从上年的275秒压缩到262秒');
    assert.equal(k.value.value, 262);
    assert.equal(k.baseline?.value, 275);
  });
  it('near miss: 进线量 312 通 is still the level', () => {
    assert.equal(kpisInProse('本班进线量 312 通')[0].notLevel, undefined);
  });
});

// ---------------------------------------------------------------------------------------------
// Word's numbering pasted as paragraphs among the actions (`一、我將於115年1月底前…`, `（二）由…`): each
// numbered sentence is an item; a short numbered title over items is not; a plan titled by the post
// of its writer (`客服主管工作计划`) is a personal plan, its writer the owner.
// ---------------------------------------------------------------------------------------------
describe('round 14, numbered paragraphs among the actions', () => {
  const plan = (title: string, lines: string[]) => doc('plan', [`# ${title}`, '', '## 陸、具體措施', '', ...lines.flatMap((l) => [l, ''])].join('\n'));
  it('each numbered sentence is an action, read for its owner and its time', () => {
    const text = plan('115年上半年理賠課工作計畫', ['一、由組長王芳於115年1月底前更新補件手冊。', '二、115年3月起推行新版進度說明話術。', '三、我們會在近期與核賠課約談，釐清補件標準。']);
    const m = modelOf(text);
    assert.equal(m.actions.length, 3);
    assert.equal(m.actions[0].owner?.text, '組長王芳');
    assert.equal(found(text, 'action-missing-owner').length, 2);
    assert.equal(found(text, 'vague-deadline').length, 1);
  });
  it('near miss: a short numbered title over its items is no action', () => {
    const text = plan('2026年加盟商支持计划', ['（一）优化咨询受理与分派', '- 由组长王芳负责，3月底前上线分派规则。']);
    assert.deepEqual(modelOf(text).actions.map((a) => a.text.slice(0, 8)), ['由组长王芳负责，']);
  });
  it('a plan titled by its writer’s post has that writer as owner', () => {
    const text = plan('客服主管2026年工作计划', ['1、完善客服大厅的各项规章制度，2026年3月底前落实奖罚制度。']);
    assert.equal(found(text, 'action-missing-owner').length, 0);
  });
  it('near miss: a department’s plan has no writer-owner', () => {
    const text = plan('客服部2026年工作计划', ['1、完善客服大厅的各项规章制度，2026年3月底前落实奖罚制度。']);
    assert.equal(found(text, 'action-missing-owner').length, 1);
  });
});

// ---------------------------------------------------------------------------------------------
// Round 15 (from fresh22, fresh23, real19, real20): directions are no actions; a lead named for the
// implementation; parts of a month; a phase that points at the year's targets; a table whose action
// column is headed 举措; a full name then `to` and a verb; more single-holder roles (Advisor, Liaison).
// ---------------------------------------------------------------------------------------------
describe('round 15, classes from fresh22, fresh23, real19 and real20', () => {
  it('a plan’s directions (肆、計畫方向) are no actions', () => {
    const text = doc('plan', ['# 加強為民服務工作執行計畫', '', '## 肆、計畫方向', '', '一、改善軟體服務態度,樹立親民形象。', '', '二、加強硬體服務設施,提供優質服務環境。'].join('\n'));
    assert.equal(modelOf(text).actions.length, 0);
  });
  it('`Implementation lead: Kylie Brennan` owns the tasks under it', () => {
    const text = doc('plan', ['# Outpatients line plan 2027', '', '## 7. Implementation', '', 'Implementation lead: Kylie Brennan, Nurse Unit Manager.', '', '| Task | Due |', '|---|---|', '| Brief all booking clerks on the classification | 17 April 2027 |'].join('\n'));
    assert.equal(found(text, 'action-missing-owner').length, 0);
    assert.equal(found(text, 'action-missing-deadline').length, 0);
  });
  it('end-Apr, mid-May 2026 and late June are times', () => {
    for (const s of ['end-Apr', 'mid-May 2026', 'late June']) assert.equal(findTime(s, { reference: NOW })?.kind, 'date', s);
  });
  it('a phase that reaches the year’s targets (達成年度各項目標值) has its indicator', () => {
    const text = doc('plan', ['# 115年門診專線計畫', '', '## 三、分階段實施', '', '- **第四階段（115年10月–12月）**：全面檢討，達成年度各項目標值。'].join('\n'));
    assert.equal(found(text, 'phase-missing-indicator').length, 0);
  });
  it('the action column headed 举措, after a 序号 column, is read for its owner', () => {
    const text = doc('plan', ['# 四季度计划', '', '## 六、重点改进举措', '', '| 序号 | 举措 | 责任人 | 完成时间 |', '|---|---|---|---|', '| 2 | 由培训主管刘婧牵头，编写10类高频问题话术 | 培训组 | 11月第2周 |'].join('\n'));
    assert.equal(found(text, 'action-missing-owner').length, 0);
  });
  it('`Aroha Tipene to cross-train…` and a `Knowledge & Quality Advisor` name someone', () => {
    assert.equal(findAgent('Aroha Tipene to cross-train six counter staff')?.kind, 'person');
    assert.equal(judgeOwner('Knowledge & Quality Advisor'), 'role');
  });
  it('near miss: `Customer Services Advisors` (plural) and `Digital Services` are no one', () => {
    assert.equal(judgeOwner('Customer Services Advisors'), 'collective');
    assert.equal(judgeOwner('Digital Services'), 'collective');
  });
});

describe('round 15, second part', () => {
  it('a header list under the title (`- SOP owner：…`, `- 計畫負責人：…`) holds no actions', () => {
    const text = doc('workflow', ['# 客戶投訴處理 SOP v2.1', '', '- 適用範圍：網站及熱線收到嘅所有客戶投訴', '- SOP owner：CS Manager Winnie Lau', '', '## 1. 處理步驟', '', '1. 接收投訴並登記。'].join('\n'));
    assert.equal(modelOf(text).actions.length, 0);
    const charter = doc('workflow', ['# Customer Care Team Charter', '', '**Lumen Fibre (Pty) Ltd · Johannesburg contact centre**', 'Charter owner: Thandiwe Nkosi, Head of Customer Care · Version 3', '', '## Steps', '', '1. Log the contact.'].join('\n'));
    assert.equal(modelOf(charter).actions.length, 0);
  });
  it('a procedure’s improvement tasks are owned by its `Implementation lead:`', () => {
    const text = doc('workflow', ['# Outpatients complaints procedure', '', '## 1. Steps', '', '1. Log the call.', '', '## 7. Implementation', '', 'Implementation lead: Kylie Brennan, Nurse Unit Manager.', '', '| Task | Due |', '|---|---|', '| Brief all booking clerks on the classification | 17 April 2027 |'].join('\n'));
    assert.equal(found(text, 'action-missing-owner').length, 0);
  });
  it('a quarter’s figure in a year’s summary is that quarter’s (第1季 91.8%)', () => {
    const text = doc('summary', ['# 114年度客服工作總結', '', '## 一、服務數據', '', '114年各季滿意度分別為第1季 91.8%、第2季 92.1%，逐季上升。'].join('\n'), 'period: 114年\nkpis:\n  satisfaction: {actual: 92.4, unit: "%"}\n');
    assert.equal(found(text, 'kpi-mismatch').length, 0);
  });
  it('near miss: the document’s own quarter is compared (Q4 in a Q4 summary)', () => {
    const text = doc('summary', ['# Q4 2025 customer line summary', '', '## Service data', '', 'Q4 complaint rate was 0.45%.'].join('\n'), 'period: 2025-Q4\nkpis:\n  complaint_rate: {actual: 0.38, unit: "%"}\n');
    assert.equal(found(text, 'kpi-mismatch').length, 1);
  });
  it('“You said, we did”, a review session, re-reviewed at the next QBR: loops', () => {
    for (const line of ['## You said, we did\n\n- You said letters were confusing; we rewrote them.', 'Each quarter the team holds a review session on survey comments.', 'Open actions are carried forward and re-reviewed at the next QBR.']) {
      const text = doc('plan', ['# Service plan 2027', '', '## Actions', '', '| Action | Lead | By |', '|---|---|---|', '| Add reason codes to Datix | PALS Manager, Joanne Pike | 30 November 2027 |', '', '## Follow-through', '', line].join('\n'));
      assert.equal(found(text, 'no-improvement-loop').length, 0, line);
    }
  });
  it('“4.5 or higher” is a number to reach', () => {
    const text = doc('plan', ['# Q2 plan', '', '## Q2 targets', '', '- Customer satisfaction of 4.5 or higher;', '- Fewer complaints.'].join('\n'));
    assert.deepEqual(found(text, 'goal-not-measurable').map((f) => f.range.start.line), [10]);
  });
});

describe('round 16 (from fresh24, real21, real22)', () => {
  it('a sub-heading after the opening paragraph is no title: `### 1. 优化服务流程…` fixes no workflow', () => {
    const text = ['2023年，我们医院客服部不断优化服务流程，本文对过去一年的客服工作进行全面总结。', '', '### 1. 优化服务流程,提高工作效率', '', '本年度我们引入智能导诊系统，预约挂号占比达到80%。'].join('\n');
    const m = modelOf(text);
    assert.notEqual(m.typeEvidence, 'title');
    assert.equal(found(text, 'missing-section').length, 0);
  });
  it('near miss: a first heading with nothing before it is the title (`## 客服工作流程`)', () => {
    assert.equal(modelOf('## 客服投诉处理流程\n\n1. 接收投诉。\n').typeEvidence, 'title');
  });
  it('`2. 工作目标` alone, a one-item ordered list, heads the goals', () => {
    const text = ['# 客服工作安排计划书', '', '2. 工作目标', '', '2.1 提高顾客满意度：减少顾客投诉，提高顾客满意度。', '', '2.2 平均响应时间控制在20秒以内。'].join('\n');
    const m = modelOf(text);
    assert.ok(m.sections.some((s) => s.part === 'goals' && s.title === '2. 工作目标'));
    assert.equal(found(text, 'goal-not-measurable').length, 1);
  });
  it('near miss: a one-item list that is an action stays an item', () => {
    const text = doc('plan', ['# 2027年计划', '', '## 具体措施', '', '1. 由组长王芳负责，3月底前完成话术更新。'].join('\n'));
    assert.equal(modelOf(text).actions.length, 1);
  });
});

describe('round 16, second part (from fresh25 and fresh24)', () => {
  it('`（一）动员部署阶段（2026年1月）。…` under 实施步骤 is a phase, not an action', () => {
    const text = doc('plan', ['# 热线服务质量提升工作方案', '', '## 四、实施步骤', '', '（一）动员部署阶段（2026年1月）。印发本方案，召开推进会，培训覆盖率达到100%。', '', '（二）巩固提升阶段（2026年10月至12月）。全面总结经验做法，固化形成长效机制。'].join('\n'));
    const m = modelOf(text);
    assert.equal(m.actions.length, 0);
    assert.equal(m.phases.length, 2);
    assert.equal(found(text, 'phase-missing-indicator').length, 1);
  });
  it('由我 names the writer', () => {
    assert.equal(findAgent('2026年1月10日前，由我组织完成个税新政专题培训')?.source, 'first-person');
  });
  it('a table of complaint categories gives no KPI figure (`輪候時間及流程 | 299 | 24%`)', () => {
    const text = doc('summary', ['# 2025年病人關係工作總結', '', '## 3. 投訴分類及分析', '', '| 類別 | 宗數 | 佔比 |', '|---|---|---|', '| 輪候時間及流程 Waiting time & procedures | 299 | 24% |'].join('\n'), 'period: 2025\nkpis:\n  response_time: {actual: 1.6, unit: d}\n');
    assert.equal(found(text, 'kpi-mismatch').length, 0);
  });
  it('`計畫：` over a list under 工作目標與計畫 makes its items actions', () => {
    const text = doc('summary-plan', ['# 114年度個人工作總結', '', '## 五、115年工作目標與計畫', '', '1. 平均通話處理時間控制在3分30秒以內。', '', '計畫：', '', '1. 我將於115年3月底前完成臺語服務進階課程。', '2. 我會持續精進客服系統操作。'].join('\n'));
    const m = modelOf(text);
    assert.equal(m.goals.length, 1);
    assert.equal(m.actions.length, 2);
    assert.equal(found(text, 'action-missing-deadline').length, 1);
  });
  it('a KR table (基线 / 目标 / 第6周 / 负责人) is targets: no deadlines asked, the week column not compared', () => {
    const text = doc('plan', ['# 2026 Q2 OKR check-in', '', '## O：一次问清', '', '### 关键结果（KR）与进度', '', '| KR | 基线 | Q2 目标 | 第6周 | 状态 | KR 负责人 |', '|---|---|---|---|---|---|', '| KR1 平均首响 | 45s | ≤30s | 34s | 有风险 | 赵敏 |'].join('\n'), 'period: 2026-Q2\nkpis:\n  response_time: {baseline: 45, target: 30, unit: s}\n');
    assert.equal(found(text, 'kpi-mismatch').length, 0);
    assert.equal(found(text, 'action-missing-deadline').length, 0);
  });
  it('“slipped by 3 s” is a change', () => {
    assert.equal(kpisInProse('Average speed of answer slipped by 3 s this month')[0].notLevel, 'change');
  });
});

describe('round 16, third part (from real21)', () => {
  const steps = (items: string[]) => ['# Action Steps', '', '## Focus Area #1 — Deliver personal service', '', ...items.map((s, i) => `${i + 1}) ${s}`)].join('\n');
  it('a document titled Action Steps: its items are actions, read for owners and times', () => {
    const text = steps(['Library Director will research a customer service training method by July 2014.', 'Library Staff will develop a process to identify programming needs by Fall 2013.', 'Library will officially adopt the customer service mantra by December 2013.']);
    const m = modelOf(text);
    assert.equal(m.actions.length, 3);
    assert.equal(m.actions[0].owner?.text, 'Library Director');
    assert.equal(found(text, 'action-missing-owner').length, 2);
    assert.equal(found(text, 'action-missing-deadline').length, 0);
  });
  it('Fall 2013, Spring 2014, 2026年春季 are times', () => {
    for (const s of ['by Fall 2013', 'Spring 2014', '2026年春季']) assert.equal(findTime(s, { reference: NOW })?.kind, 'period', s);
  });
  it('`Priya Natarajan, Training Lead, will run…` names Priya Natarajan', () => {
    const a = findAgent('Priya Natarajan, Training Lead, will run two refresher sessions by 30 June.');
    assert.equal(a?.kind, 'person');
    assert.equal(a?.end, 15);
  });
  it('near miss: `Community Review Group will…` is a group, `Library` no first name', () => {
    assert.equal(findAgent('Community Review Group will work with Library Administration'), undefined);
    assert.equal(findAgent('Library will adopt the mantra'), undefined);
  });
});
