import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { isMeasurable } from '../../../src/core/model/build';
import { isIndicatorItem, isMechanismItem, isPeriodFocusLine, isProject } from '../../../src/core/model/items';

const now = new Date(2026, 10, 23);
const run = (text: string) => analyze(text, { locale: 'en', now });
const rules = (text: string, ...ids: string[]) => run(text).findings.filter((f) => ids.includes(f.rule));
const plan = (body: string, title = '# 2027 年客服工作计划') => `---\ntype: plan\n---\n\n${title}\n\n${body}\n`;

describe('plan items: indicators are not actions', () => {
  const indicators = [
    '转派时效≤20分钟，达成率90%',
    'FCR ≥ 80%',
    '首响 30 秒内占比 95%',
    '客户满意度不低于 95%',
    '投訴率控制在 0.5% 以內',
    '一次解決率達到 85%',
    '知识库覆盖率：90%',
    'CSAT: 85% or higher',
    'Average handle time under 6 minutes',
    'Backlog age ≤ 2 days',
    'QA score of at least 90',
  ];
  for (const s of indicators) it(`“${s}” states a target value`, () => assert.ok(isIndicatorItem(s, isMeasurable)));
  const actions = [
    '上线智能质检系统，覆盖率达到 100%',
    '优化排班，高峰时段增加 6 名坐席',
    '开展话术培训',
    '将满意度调查推广到全部门店',
    'Launch the chat bot, containment rate 30%',
    'Train agents to lift FCR to 80%',
    'Rewrite the refund macro',
    '满意度调查覆盖全部客户',
  ];
  for (const s of actions) it(`“${s}” is an action`, () => assert.ok(!isIndicatorItem(s, isMeasurable)));

  it('asks an indicator in the measures list for neither owner nor deadline, in three languages', () => {
    const zh = plan('## 具体措施\n\n1. 上线智能质检系统，负责人：质检主管 王芳，完成时间：3月底。\n2. 转派时效≤20分钟，达成率90%。\n3. FCR ≥ 80%\n4. 首响 30 秒内占比 95%\n');
    assert.deepEqual(rules(zh, 'action-missing-owner', 'action-missing-deadline'), []);
    const tw = plan('## 具體措施\n\n- 建立課程改期通知單，負責人：課程部 林志明，完成時間：115/2/28。\n- 首次回覆時間 ≤ 10 分鐘\n- 客訴率不高於 0.8%\n', '# 115 年上半年客服工作計畫');
    assert.deepEqual(rules(tw, 'action-missing-owner', 'action-missing-deadline'), []);
    const en = plan('## Actions\n\n- Self-service refund tracking, owner: Ahmad Razak, deadline: 2027-02-28.\n- CSAT: 85% or higher\n- Average speed of answer ≤ 45 seconds\n', '# Q1 2027 Support Plan');
    assert.deepEqual(rules(en, 'action-missing-owner', 'action-missing-deadline'), []);
  });
  it('counts an indicator item as a measurable goal of the plan', () => {
    const m = run(plan('## 具体措施\n\n- 转派时效≤20分钟，达成率90%\n')).model;
    assert.equal(m.goals.length, 1);
    assert.equal(m.goals[0].measurable, true);
    assert.equal(m.actions.length, 0);
  });
  it('reads a list introduced as indicators or assessment as no actions', () => {
    const zh = plan('## 具体措施\n\n1. 上线智能质检，负责人：王芳，完成时间：3月底。\n\n考核指标如下：\n\n- 转派及时率达到 90%\n- 服务态度纳入月度评比\n');
    const m = run(zh).model;
    assert.equal(m.actions.length, 1);
    assert.deepEqual(m.goals.map((g) => g.text), ['转派及时率达到 90%']);
    const en = plan('## Actions\n\n- Launch the chat bot by end of March, owner: Tan Wei Ling\n\nWe will measure success by:\n\n- Containment rate 30%\n- Fewer repeat contacts about refunds\n', '# 2027 Support Plan');
    assert.equal(run(en).model.actions.length, 1);
  });
  it('still reads a labelled item with a target as the action its writer assigned', () => {
    const m = run(plan('## 具体措施\n\n1. 满意度提升至 95%，负责人：客服经理 李娜\n')).model;
    assert.equal(m.actions.length, 1);
    assert.equal(rules(plan('## 具体措施\n\n1. 满意度提升至 95%，负责人：客服经理 李娜\n'), 'action-missing-deadline').length, 1);
  });
});

describe('plan items: mechanisms are not actions', () => {
  const mechanisms = [
    '周例会：检查各项措施进度，协调资源',
    '月度复盘：分析未达标指标的原因',
    '每周一质检抽检 5%',
    '每月召开一次服务质量通报会',
    '週會：追蹤各項措施進度',
    '每月回訪投訴客戶',
    'Weekly stand-up: review blockers and owners',
    'Monthly QA calibration of 20 calls per agent',
    'Quarterly business review with the client',
  ];
  for (const s of mechanisms) it(`“${s}” is a mechanism`, () => assert.ok(isMechanismItem(s)));
  for (const s of ['定期更新知识库', '每周开展一次话术培训', 'Update the knowledge base every month', '派件员专项整治，每次违规扣罚并通报', '上线质检系统']) {
    it(`“${s}” is not a mechanism`, () => assert.ok(!isMechanismItem(s)));
  }
  it('a recurring check with an owner label stays the action its writer assigned', () => {
    assert.ok(!isMechanismItem('每周质检抽检，责任人：质检组长 王芳', true));
    assert.ok(isMechanismItem('周例会：检查进度，负责人：客服经理', true));
  });
  it('asks a mechanism in the measures list for neither owner nor deadline, and counts it', () => {
    const zh = plan('## 具体措施\n\n1. 上线智能质检，负责人：王芳，完成时间：3月底。\n2. 周例会：检查各项措施进度。\n3. 月度复盘：分析未达标原因，调整下月措施。\n4. 每周一质检抽检 5%。\n');
    assert.deepEqual(rules(zh, 'action-missing-owner', 'action-missing-deadline', 'no-execution-guarantee', 'no-improvement-loop'), []);
    const en = plan('## Actions\n\n- Launch the chat bot by end of March, owner: Tan Wei Ling\n- Weekly stand-up: check each action against its deadline.\n- Monthly retrospective: review missed targets.\n', '# 2027 Support Plan');
    assert.deepEqual(rules(en, 'action-missing-owner', 'action-missing-deadline', 'no-execution-guarantee', 'no-improvement-loop'), []);
  });
  it('counts the checks of a plan’s evaluation part as monitoring', () => {
    const doc = plan('## 具体措施\n\n1. 上线智能质检，负责人：王芳，完成时间：3月底。\n\n## 评估方式\n\n客服经理每周检查措施进度，每月复盘。\n');
    assert.deepEqual(rules(doc, 'no-execution-guarantee', 'no-improvement-loop'), []);
  });
  it('reads a 檢討與改善 part as the plan’s feedback part', () => {
    const tw = plan('## 具體措施\n\n1. 建立課程改期通知單，負責人：課程部 林志明，完成時間：116/2/28。\n\n## 執行保障\n\n客服主管每週檢查進度。\n\n## 檢討與改善\n\n每月召開檢討會。\n', '# 116 年客服工作計畫');
    assert.equal(run(tw).model.sections.find((x) => x.name === '檢討與改善')?.part, 'monitoring');
  });
  it('reads a "success measures" part as how the plan is checked, not as actions', () => {
    const en = plan('## Actions\n\n- Launch the chat bot by end of March, owner: Tan Wei Ling\n\n## Success measures\n\n- Containment rate reaches 30%\n- Repeat contacts about refunds fall\n', '# 2027 Support Plan');
    assert.equal(run(en).model.actions.length, 1);
  });
});

describe('plan items: projects under a bold title are actions', () => {
  it('tells a project from a title that is not one', () => {
    assert.ok(isProject('项目一：智能质检上线', '目标：质检覆盖率达到 100%；预计投入：20 万元'));
    assert.ok(isProject('Project 2: Smart QA', 'Goal: QA coverage 100%.'));
    assert.ok(isProject('智能质检上线', '目标：质检覆盖率达到 100%，预计投入 20 万元'));
    assert.ok(!isProject('智能质检上线', '目标：质检覆盖率达到 100%'));
    assert.ok(!isProject('项目一：智能质检上线', '上线后质检覆盖率达到 100%'));
  });
  it('reads a project written as a bold line with its fields in paragraphs below', () => {
    const doc = plan('## 二、重点项目\n\n**项目一：智能质检上线**\n\n目标：质检覆盖率从 5% 提升到 100%；预计投入：20 万元；负责：质检主管 王芳；时间：2027-03-31\n\n**项目二：知识库重建**\n\n目标：知识库命中率达到 90%；预计投入：10 万元\n');
    const m = run(doc).model;
    assert.deepEqual(m.actions.map((a) => a.text), ['项目一：智能质检上线', '项目二：知识库重建']);
    assert.equal(m.actions[0].owner?.text, '质检主管 王芳');
    assert.equal(m.actions[0].deadline?.isoDate, '2027-03-31');
    assert.ok(m.actions[0].indicator);
    assert.equal(m.actions[1].owner, undefined);
    // The fields are the project's, not goals or actions of their own.
    assert.equal(m.goals.length, 0);
    const f = rules(doc, 'action-missing-owner', 'action-missing-deadline', 'goal-not-measurable');
    assert.deepEqual(f.map((x) => [x.rule, x.range.start.line]).sort(), [['action-missing-deadline', 13], ['action-missing-owner', 13]]);
  });
  it('reads a project whose title and fields share a paragraph, in three languages', () => {
    const zh = plan('## 重点项目\n\n**项目一：智能质检上线**\n目标：质检覆盖率达到 100%，预计投入 20 万元，负责人：质检主管 王芳，完成时间：6月底。\n');
    const a = run(zh).model.actions;
    assert.equal(a.length, 1);
    assert.equal(a[0].text, '项目一：智能质检上线');
    assert.ok(a[0].owner && a[0].deadline);
    const tw = plan('## 重點專案\n\n**專案二：預約系統改版**\n目標：線上預約占比達 60%；預算：新臺幣 80 萬元；負責：資訊組 黃建宏\n', '# 115 年客服工作計畫');
    const b = run(tw).model.actions;
    assert.equal(b.length, 1);
    assert.equal(b[0].owner?.text, '資訊組 黃建宏');
    assert.equal(b[0].deadline, undefined);
    const en = plan('## Key projects\n\n**Project: Smart QA rollout** Goal: QA coverage from 5% to 100%. Budget: $40k. Owner: Priya Nair. Deadline: 2027-06-30.\n', '# 2027 Support Plan');
    const c = run(en).model.actions;
    assert.equal(c.length, 1);
    assert.equal(c[0].text, 'Project: Smart QA rollout');
    assert.equal(c[0].deadline?.isoDate, '2027-06-30');
    assert.equal(c[0].owner?.text, 'Priya Nair');
  });
  it('reads the actions listed under a project title one by one', () => {
    const doc = plan('## 重点项目\n\n**项目一：智能质检上线**\n\n目标：质检覆盖率达到 100%；预计投入：20 万元\n\n1. 采购质检系统，负责人：王芳，完成时间：2月底。\n2. 培训质检员，负责人：李娜，完成时间：3月底。\n');
    const m = run(doc).model;
    assert.deepEqual(m.actions.map((a) => a.text), ['采购质检系统', '培训质检员']);
  });
});

describe('plan items: phases labelled by their period', () => {
  for (const s of ['Q2重点：完成知识库梳理', '第三季度重点：推广智能客服', '下半年工作重点：上线工单系统', 'H2 focus: roll out the chat bot', 'Q1 priorities: hire 6 agents', '115年Q1重點：導入智能客服']) {
    it(`“${s}” is a phase line`, () => assert.ok(isPeriodFocusLine(s, false)));
  }
  for (const s of ['第四季度目标：满意度 95%', 'Q3 target: CSAT 90%', '完成 Q2 的知识库梳理', 'Q3: 上线智能客服']) {
    it(`“${s}” is not a phase line by its words alone`, () => assert.ok(!isPeriodFocusLine(s, false)));
  }
  it('a bare period label is a phase line only where allowed', () => {
    assert.ok(isPeriodFocusLine('Q3: 上线智能客服', true));
    assert.ok(isPeriodFocusLine('115年Q1：導入智能客服', true));
  });
  it('flags a period-labelled line in the measures without an indicator, and not one with a target', () => {
    const doc = plan('## 工作安排\n\n- Q2重点：完成知识库梳理。\n- Q3重点：智能客服分流率达到 30%。\n- 第四季度目标：满意度达到 95%。\n');
    const f = rules(doc, 'phase-missing-indicator', 'goal-not-measurable', 'action-missing-owner', 'action-missing-deadline');
    assert.deepEqual(f.map((x) => [x.rule, x.range.start.line]), [['phase-missing-indicator', 9]]);
    const en = plan('## Plan\n\n- H1 focus: cut the backlog to 2 days.\n- H2 focus: roll out the chat bot.\n', '# 2027 Support Plan');
    assert.deepEqual(rules(en, 'phase-missing-indicator').map((x) => x.range.start.line), [10]);
  });
  it('a period-labelled line with an owner label stays an action', () => {
    const doc = plan('## 具体措施\n\n- Q3：上线智能客服，负责人：唐悦心\n');
    const m = run(doc).model;
    assert.equal(m.actions.length, 1);
    assert.equal(m.phases.length, 0);
    assert.equal(m.actions[0].deadline?.text, 'Q3');
  });
  it('does not read a summary’s quarter lines as phases', () => {
    const doc = '---\ntype: summary\n---\n\n# 2026 年第三季度工作总结\n\n## 服务数据\n\nQ3重点：咨询量 5.2 万通，满意度 93%。\n';
    assert.equal(run(doc).model.phases.length, 0);
  });
});
