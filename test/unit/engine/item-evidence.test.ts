// Issue 13, item-level rules: positive evidence before a finding. Each block is a class of writing
// (a shape that recurs across documents), with our own sentences in the three languages.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { isMeasurable } from '../../../src/core/model/build';
import { judgeOwner } from '../../../src/core/model/owner';
import { kpisInProse } from '../../../src/core/model/kpis';

const now = new Date(2026, 10, 23);
const run = (text: string) => analyze(text, { locale: 'en', now });
const lines = (text: string, id: string) => run(text).findings.filter((f) => f.rule === id).map((f) => f.range.start.line);
const doc = (type: string, body: string, extra = '') => `---\ntype: ${type}\n${extra}---\n\n${body}\n`;

describe('issue 13: outline items of a plan are not actions', () => {
  const outlines: [string, string][] = [
    ['zh-CN', '# 2027 年售后服务计划\n\n## 一、具体措施\n\n1. 服务渠道：\n   - 门店柜台受理退换货。\n   - 400 热线全天接听。\n2. 服务范围：主要包括家电安装、维修和以旧换新。\n3. 质检安排：\n   - 质检员每天抽听录音。\n'],
    ['zh-TW', '# 116 年會員服務計畫\n\n## 一、具體措施\n\n1. 服務窗口：\n   - 櫃台現場受理。\n   - 官方 LINE 帳號回覆。\n2. 服務項目：主要包括會籍續約、課程預約與退費。\n'],
    ['en', '# 2027 support plan\n\n## Actions\n\n1. Channels:\n   - Phone line, 8am to 8pm.\n   - Web chat on the help centre.\n2. Scope: covers billing, delivery and returns questions.\n'],
  ];
  for (const [lang, body] of outlines) {
    it(`a bare label over a nested list, and a topic with its description, get no owner or deadline finding (${lang})`, () => {
      const text = doc('plan', body);
      assert.deepEqual(lines(text, 'action-missing-owner'), []);
      assert.deepEqual(lines(text, 'action-missing-deadline'), []);
    });
  }

  it('an action in the same list is still one (zh-CN)', () => {
    const text = doc('plan', '# 2027 年售后服务计划\n\n## 一、具体措施\n\n1. 服务渠道：\n   - 门店柜台受理退换货。\n2. 上线维修进度短信提醒，覆盖全部工单。\n');
    assert.deepEqual(lines(text, 'action-missing-owner'), [11]);
    assert.deepEqual(lines(text, 'action-missing-deadline'), [11]);
  });

  const fielded: [string, string][] = [
    ['zh-CN', '# 2027 年客服工作计划\n\n## 三、具体措施\n\n1. 知识库重写\n   - 时间节点：第2季度\n   - 具体措施：按咨询量排序重写前 200 条问答\n2. 夜班排班调整\n   - 时间节点：3月底\n   - 责任人：排班主管 林娜\n'],
    ['zh-TW', '# 116 年客服工作計畫\n\n## 三、具體措施\n\n1. 知識庫改寫\n   - 時間節點：第2季\n   - 具體措施：依詢問量排序改寫前 200 則問答\n2. 夜班排班調整\n   - 時間節點：3月底\n   - 負責人：排班主任 林怡君\n'],
    ['en', '# 2027 support plan\n\n## Actions\n\n1. Knowledge base rewrite\n   - Deadline: end of June 2027\n   - Scope: the 200 most read answers\n2. Night rota change\n   - Deadline: 31 March 2027\n   - Owner: Rota manager Laura Finch\n'],
  ];
  for (const [lang, body] of fielded) {
    it(`an item whose nested list gives its fields is one action: the deadline field counts, the missing owner is reported once, on the title (${lang})`, () => {
      const text = doc('plan', body);
      assert.deepEqual(lines(text, 'action-missing-owner'), [9]);
      assert.deepEqual(lines(text, 'action-missing-deadline'), []);
      assert.equal(run(text).model.actions.length, 2);
    });
  }
});

describe('issue 13: an owner written as a role and an English name is a person', () => {
  const people = ['运营经理 Kevin 周', '組長 Amy 陳', '客服部 Grace', 'Service Desk Lead Nora Blake', 'Head of Quality Sam Porter'];
  for (const p of people) it(`“${p}” is a person`, () => assert.equal(judgeOwner(p), 'person'));
  const nobody = ['team 一起', '客服部', 'Customer Care', 'all agents'];
  for (const p of nobody) it(`“${p}” is not a person`, () => assert.notEqual(judgeOwner(p), 'person'));
});

describe('issue 13: phases and their indicators', () => {
  it('phases written on consecutive lines of one paragraph are read one by one (zh-CN)', () => {
    const text = doc('plan', '# 2027 年客服工作计划\n\n## 四、分阶段实施\n\n第一阶段（1—3月）：上线自助查询，阶段指标为查询类来电下降15%。\n第二阶段（4—6月）：完成回访系统对接。\n第三阶段（7—9月）：阶段指标为满意度达到93%。\n');
    assert.deepEqual(lines(text, 'phase-missing-indicator'), [10]);
  });

  it('a phase that points at the plan\'s goals has an indicator (zh-TW, en)', () => {
    const tw = doc('plan', '# 116 年客服工作計畫\n\n## 四、分階段實施\n\n- 第一階段（116 年 1 月至 6 月）：客訴率降至 0.6%。\n- 第二階段（116 年 7 月至 12 月）：全年目標全部達成。\n');
    assert.deepEqual(lines(tw, 'phase-missing-indicator'), []);
    const en = doc('plan', '# 2027 support plan\n\n## Phases\n\n- Phase 1 (January–March 2027): chat live; milestone – first reply under 2 hours.\n- Phase 2 (April–June 2027): all half-year targets met.\n');
    assert.deepEqual(lines(en, 'phase-missing-indicator'), []);
  });

  it('a milestone column is the indicator and a 期間 column the time node (zh-TW, zh-CN, en)', () => {
    const tw = doc('plan', '# 116 年客服工作計畫\n\n## 四、分階段實施\n\n| 階段 | 期間 | 里程碑 |\n|---|---|---|\n| 第一階段 | 116年1月–3月 | 申訴件數減少 10% |\n| 第二階段 | 116年4月–6月 | 上半年目標全部達成 |\n');
    assert.deepEqual(lines(tw, 'phase-missing-indicator'), []);
    const zh = doc('plan', '# 2027 年客服工作计划\n\n## 四、分阶段实施\n\n| 阶段 | 期间 | 阶段指标 |\n|---|---|---|\n| 第一阶段 | 2027年1月–3月 | 满意度 92% |\n| 第二阶段 | 2027年4月–6月 | 投诉率降至 0.5% |\n');
    assert.deepEqual(lines(zh, 'phase-missing-indicator'), []);
    const en = doc('plan', '# 2027 support plan\n\n## Phases\n\n| Phase | Dates | Milestone |\n|---|---|---|\n| Phase 1 | 1–31 January 2027 | Rota live |\n| Phase 2 | 1–28 February 2027 | All Q1 goals met |\n');
    assert.deepEqual(lines(en, 'phase-missing-indicator'), []);
  });
});

describe('issue 13: goals', () => {
  it('a question inside quotes does not end the goal (en, zh-CN, zh-TW)', () => {
    const en = doc('plan', '# 2027 support plan\n\n## Goals\n\n1. "Has my parcel left?" chats down by 30% against 2026.\n');
    assert.deepEqual(lines(en, 'goal-not-measurable'), []);
    const zh = doc('plan', '# 2027 年客服工作计划\n\n## 一、工作目标\n\n1. “快递到哪了？”类咨询比 2026 年减少 30%。\n');
    assert.deepEqual(lines(zh, 'goal-not-measurable'), []);
    const tw = doc('plan', '# 116 年客服工作計畫\n\n## 一、工作目標\n\n1. 「包裹寄出了嗎？」類詢問較 115 年減少 30%。\n');
    assert.deepEqual(lines(tw, 'goal-not-measurable'), []);
  });

  it('a score out of a scale is measurable', () => {
    for (const s of ['CSAT: 4.5 / 5 or above.', '会员评分 4.7/5 以上', '服務評分達 9 out of 10']) assert.ok(isMeasurable(s), s);
  });

  it('a paragraph of slogans is one finding on its line (zh-CN, zh-TW, en)', () => {
    assert.deepEqual(lines(doc('plan', '# 2027 年客服工作计划\n\n## 一、工作目标\n\n打造温度服务，客户至上。打造专业团队，精益求精。打造智慧客服，科技赋能。\n'), 'goal-not-measurable'), [9]);
    assert.deepEqual(lines(doc('plan', '# 116 年客服工作計畫\n\n## 一、工作目標\n\n打造溫度服務，顧客至上。打造專業團隊，精益求精。\n'), 'goal-not-measurable'), [9]);
    assert.deepEqual(lines(doc('plan', '# 2027 support plan\n\n## Goals\n\nPut customers first. Build a caring team. Make every contact count.\n'), 'goal-not-measurable'), [9]);
  });
});

describe('issue 13: kpi-mismatch compares only the same figure', () => {
  it('a channel, a segment or a service level before the name makes a sub-metric', () => {
    for (const s of ['电话渠道满意度 88%', '夜間滿意度 86%', '48小时内解决率 90%', 'Chat CSAT 81%', 'Partner-side CSAT 79%']) {
      const found = kpisInProse(s);
      assert.ok(found.length && found.every((f) => f.notLevel === 'sub-metric'), s);
    }
    assert.equal(kpisInProse('满意度 88%')[0].notLevel, undefined);
  });

  it('a change and a date are not levels', () => {
    assert.equal(kpisInProse('平均应答时长比上季度缩短 4.2 秒')[0]?.notLevel, 'change');
    assert.equal(kpisInProse('平均應答時間較去年下降 3 秒')[0]?.notLevel, 'change');
    assert.equal(kpisInProse('Average handle time down by 1.5 minutes')[0]?.notLevel, 'change');
    assert.equal(kpisInProse('满意度提升至 93%')[0]?.notLevel, undefined);
    assert.equal(kpisInProse('咨询量逐月增加：5—6 月高峰')[0]?.notLevel, 'date');
  });

  const summary = (body: string, kpis: string, type = 'summary', period = '2026-Q3') => doc(type, body, `period: ${period}\nkpis:\n${kpis}`);

  it('no finding for sub-metrics, changes and dates in the data part (zh-CN, zh-TW, en)', () => {
    const zh = summary('# 2026 年三季度客服工作总结\n\n## 一、服务数据统计\n\n1. 电话渠道满意度 86%，整体满意度 91%。\n2. 平均应答时长比二季度缩短 4.2 秒。\n', '  satisfaction: {actual: 91, unit: "%"}\n  response_time: {actual: 19, unit: s}\n');
    assert.deepEqual(lines(zh, 'kpi-mismatch'), []);
    const tw = summary('# 115 年第三季客服工作總結\n\n## 一、服務數據統計\n\n1. 夜間滿意度 84%，整體滿意度 90%。\n', '  satisfaction: {actual: 90, unit: "%"}\n');
    assert.deepEqual(lines(tw, 'kpi-mismatch'), []);
    const en = summary('# Q3 2026 support review\n\n## Service data\n\n- Chat CSAT 80%; overall CSAT 89%.\n- Average handle time down by 1.5 minutes.\n', '  satisfaction: {actual: 89, unit: "%"}\n  handle_time: {actual: 6, unit: min}\n');
    assert.deepEqual(lines(en, 'kpi-mismatch'), []);
  });

  it('the same KPI, kind and period still disagrees (zh-CN)', () => {
    const zh = summary('# 2026 年三季度客服工作总结\n\n## 一、服务数据统计\n\n1. 客户满意度 88%。\n', '  satisfaction: {actual: 91, unit: "%"}\n');
    assert.deepEqual(lines(zh, 'kpi-mismatch'), [12]);
  });

  it('a change read whole across a parenthetical: from X (when) to Y is Y (en, zh-CN)', () => {
    const en = doc('plan', '# 2027 support plan\n\n## Goals\n\n1. Cut average speed of answer from 80 seconds (2026) to 50 seconds.\n', 'period: 2027\nkpis:\n  response_time: {baseline: 80, target: 50, unit: s}\n');
    assert.deepEqual(lines(en, 'kpi-mismatch'), []);
    const zh = doc('plan', '# 2027 年客服工作计划\n\n## 一、工作目标\n\n1. 平均响应时间由 80 秒（2026 年）缩短到 50 秒。\n', 'period: 2027\nkpis:\n  response_time: {baseline: 80, target: 50, unit: s}\n');
    assert.deepEqual(lines(zh, 'kpi-mismatch'), []);
  });

  it('a table cell without a unit is read in the frontmatter\'s unit; (working days) is days', () => {
    const en = summary('# Q3 2026 support review\n\n## Service data\n\n| Measure | Q3 2026 |\n|---|---|\n| Average time to resolve (working days) | 2.5 |\n| Average time to resolve | 2.5 |\n', '  handle_time: {actual: 2.5, unit: d}\n');
    assert.deepEqual(lines(en, 'kpi-mismatch'), []);
  });

  it('a summary-plan\'s goals for the next period are not the frontmatter\'s targets (en, zh-CN, zh-TW)', () => {
    const en = summary('# Q3 2026 review and Q4 plan\n\n## Q4 goals\n\n- CSAT ≥ 92%\n', '  satisfaction: {actual: 89, target: 90, unit: "%"}\n', 'summary-plan');
    assert.deepEqual(lines(en, 'kpi-mismatch'), []);
    const zh = summary('# 2026 年三季度总结与四季度计划\n\n## 四季度目标\n\n- 客户满意度达到 92%\n', '  satisfaction: {actual: 89, target: 90, unit: "%"}\n', 'summary-plan');
    assert.deepEqual(lines(zh, 'kpi-mismatch'), []);
    const tw = summary('# 115 年上半年總結與下半年計畫\n\n## 下半年目標\n\n- 滿意度達到 92%\n', '  satisfaction: {actual: 89, target: 90, unit: "%"}\n', 'summary-plan', '2026-H1');
    assert.deepEqual(lines(tw, 'kpi-mismatch'), []);
    // The goals of the document's own period are compared.
    const same = summary('# Q3 2026 review and Q4 plan\n\n## Q3 goals\n\n- CSAT ≥ 92%\n', '  satisfaction: {actual: 89, target: 90, unit: "%"}\n', 'summary-plan');
    assert.deepEqual(lines(same, 'kpi-mismatch'), [12]);
  });
});

describe('issue 13: problem categories written as labels on their own line', () => {
  const cases: [string, string][] = [
    ['zh-CN', '# 2026 年三季度客服工作总结\n\n## 三、问题归类与分析\n\n（一）流程问题\n\n- 退款审核要经过三个部门，平均等 5 天。\n- 改约只能打电话办理。\n\n（二）系统问题\n\n- 工单系统与仓储系统不同步。\n- 短信提醒经常延迟。\n'],
    ['zh-TW', '# 115 年第三季客服工作總結\n\n## 三、問題歸類與分析\n\n（一）流程問題\n\n- 退款審核要經過三個部門。\n- 改約只能電話辦理。\n\n（二）系統問題\n\n- 工單系統與倉儲系統不同步。\n- 簡訊提醒常延遲。\n'],
    ['en', '# Q3 2026 support review\n\n## Problems by category\n\n(1) Process\n\n- Refund approval passes three teams.\n- Rebooking is phone-only.\n\n(2) Systems\n\n- The ticket and warehouse systems do not sync.\n- Text reminders arrive late.\n'],
  ];
  for (const [lang, body] of cases) {
    it(`the problems are categorised (${lang})`, () => assert.deepEqual(lines(doc('summary', body), 'uncategorized-problems'), []));
  }
});

describe('issue 13: items numbered with circled numerals, in the first person, and lists introduced as goals', () => {
  it('circled items pasted as lines of one paragraph are actions, read one by one (zh-CN)', () => {
    const text = doc('plan', '# 2027 年客服工作计划\n\n**二、具体措施**\n\n❶　上线维修进度查询。责任人：客服主管　周敏　　完成时间：2027年3月31日\n❷　远郊工单单独排队。责任人：售后部　　完成时间：2027年4月30日\n❸　话术改写并组织通关。责任人：培训专员　孔云　　完成时间：适时安排\n');
    assert.deepEqual(lines(text, 'action-missing-owner'), [10]);
    assert.deepEqual(lines(text, 'vague-deadline').length, 1);
  });

  const personal: [string, string][] = [
    ['zh-CN', '# 2027 年个人工作计划\n\n## 具体措施\n\n①　我将在1月20日前整理一份退款进度说明模板。\n②　我将和仓库主管沟通，争取开放库存查询权限，后续再跟进落实。\n'],
    ['zh-TW', '# 116 年個人工作計畫\n\n## 具體措施\n\n①　我將在1月20日前整理一份退款進度說明範本。\n②　我將和倉庫主管溝通，爭取開放庫存查詢權限，後續再跟進落實。\n'],
    ['en', '# My 2027 plan\n\n## Actions\n\n1. I will write a refund status template by 20 January 2027.\n2. I will ask the warehouse lead for stock look-up access.\n'],
  ];
  for (const [lang, body] of personal) {
    it(`a personal plan in the first person has an owner: the writer (${lang})`, () => {
      assert.deepEqual(lines(doc('plan', body), 'action-missing-owner'), []);
    });
  }

  it('the items of a list introduced as the goals are goals, even under a heading that also says background (zh-CN, en)', () => {
    const zh = doc('plan', '# 2027 年客服工作计划\n\n## 一、背景与年度目标\n\n2026 年进线量增长 20%。2027 年部门年度目标如下：\n\n- 投诉率由 0.6% 降至 0.4%；\n- 让每一位客户都感受到温暖。\n');
    assert.deepEqual(lines(zh, 'goal-not-measurable'), [12]);
    const en = doc('plan', '# 2027 support plan\n\n## Background and goals\n\nContacts grew 20% in 2026. Our goals for 2027:\n\n- Complaint rate from 0.6% to 0.4%.\n- Every member feels looked after.\n');
    assert.deepEqual(lines(en, 'goal-not-measurable'), [12]);
  });
});

describe('issue 13: a plan\'s implementation steps are its actions', () => {
  const cases: [string, string][] = [
    ['zh-CN', '# 2027 年会员服务计划\n\n## 二、实施步骤\n\n1. 召集门店店长，说明新的退卡流程。\n2. 每月召开复盘会，检查退卡投诉。\n'],
    ['zh-TW', '# 116 年會員服務計畫\n\n## 二、實施步驟\n\n1. 召集門市店長，說明新的退卡流程。\n2. 每月召開檢討會，檢查退卡申訴。\n'],
    ['en', '# 2027 membership plan\n\n## Implementation steps\n\n1. Brief every branch manager on the new cancellation process.\n2. Monthly review meeting to check cancellation complaints.\n'],
  ];
  for (const [lang, body] of cases) {
    it(`a step is asked for an owner and a deadline; a recurring review among them is a mechanism (${lang})`, () => {
      const text = doc('plan', body);
      assert.deepEqual(lines(text, 'action-missing-owner'), [9]);
      assert.deepEqual(lines(text, 'action-missing-deadline'), [9]);
    });
  }
});

describe('issue 13: a plan-wide execution period covers actions with no time of their own', () => {
  const cases: [string, string][] = [
    ['zh-CN', '# 2027 年服务提升实施计划\n\n## 一、执行期程\n\n自2027年1月1日至2027年12月31日止。\n\n## 二、具体措施\n\n| 措施 | 承办人 |\n|---|---|\n| 改造服务大厅引导标识 | 行政科长 王强 |\n'],
    ['zh-TW', '# 116 年提升服務品質實施計畫\n\n## 肆、執行期程\n\n自116年1月1日至116年12月31日止。\n\n## 伍、具體措施\n\n| 措施 | 承辦人 |\n|---|---|\n| 改善洽公場所指引標示 | 行政課長 王志強 |\n'],
    ['en', '# 2027 service improvement plan\n\n## Plan period\n\n1 January 2027 to 31 December 2027.\n\n## Actions\n\n| Action | Owner |\n|---|---|\n| Redesign the reception signage | Facilities manager Tom Reid |\n'],
  ];
  for (const [lang, body] of cases) {
    it(`no deadline finding under a stated plan period (${lang})`, () => {
      const text = doc('plan', body);
      assert.deepEqual(lines(text, 'action-missing-deadline'), []);
      // Without the period the same action is reported.
      const without = text.replace(/\n## [^\n]*(?:期程|Plan period)[^\n]*\n\n[^\n]+\n/, '\n');
      assert.deepEqual(lines(without, 'action-missing-deadline').length, 1);
    });
  }
});
