import assert from 'node:assert/strict';
import { findAgent } from '../../../src/core/language/agent';
import { isChineseName, isLatinName } from '../../../src/core/language/names';
import { judgeOwner } from '../../../src/core/model/owner';
import { analyze } from '../../../src/core/analyze';
import tokens from '../../fixtures/language/name-tokens.json';

const now = new Date(2026, 10, 23);

/** The agent's words in `s`, or '' when there is none. */
function agentIn(s: string): string {
  const a = findAgent(s);
  return a ? `${a.kind}:${s.slice(a.start, a.end)}` : '';
}

describe('person names (language/names)', () => {
  it('reads at least 97% of the collected names as names, in free text and slots', () => {
    const missed = tokens.names.filter((n) => !isChineseName(n, 'slot'));
    assert.ok(missed.length / tokens.names.length <= 0.03, `not names: ${missed.join(' ')}`);
  });
  it('reads no collected common word as a name in free text', () => {
    const taken = tokens.words.filter((w) => isChineseName(w, 'text'));
    assert.deepEqual(taken, []);
  });
  for (const w of ['高峰', '方案', '万一', '周末', '黄金', '林业', '常规', '孙公司', '週末', '黃金', '時段']) {
    it(`“${w}” is a word, not a name`, () => assert.equal(isChineseName(w, 'text'), false));
  }
  for (const n of ['方敏', '陈雅婷', '欧阳娜娜', '鄺美琪', '區嘉欣', '黃俊傑', '李主管', '陈工']) {
    it(`“${n}” is a name`, () => assert.equal(isChineseName(n, 'text'), true));
  }
  it('English: a name is capitalised words that are not functions of the organisation or the calendar', () => {
    for (const n of ['Priya Nair', 'Mei Lin Tan', "Sean O'Brien", 'J. Smith']) assert.equal(isLatinName(n), true, n);
    for (const n of ['Customer Care', 'Support Ops', 'Night Shift', 'Weekly Review', 'The Team']) assert.equal(isLatinName(n), false, n);
  });
});

describe('the agent of a plan item (language/agent)', () => {
  const cases: [string, string][] = [
    // 由 + (role | department)? + name + any verb
    ['由培训组长何丽娟整理新人手册，5月底前完成', 'person:培训组长何丽娟'],
    ['由技术部汪晓峰与客服部合作录制操作视频', 'person:技术部汪晓峰'],
    ['由孟凡提出报表需求', 'person:孟凡'],
    ['由石雨桐对接物流商，6月上线', 'person:石雨桐'],
    ['由客服主任陳雅婷統籌，第三季度完成', 'person:客服主任陳雅婷'],
    ['由資訊處鄭浩與廠商共同測試', 'person:資訊處鄭浩'],
    // a name heading its clause
    ['建立退款台账，韩梅每日核对记录', 'person:韩梅'],
    ['彭宇航牵头梳理退款流程', 'person:彭宇航'],
    ['蕭淑慎負責知識庫更新', 'person:蕭淑慎'],
    ['3月起，罗文将每周抽查20通录音', 'person:罗文'],
    // a role written with a name
    ['二线负责人蔡文博跟进升级工单', 'person:蔡文博'],
    ['二线产品专家邱明轩复核知识库', 'person:邱明轩'],
    ['夜班班长杜若彤', 'person:杜若彤'],
    ['話務員李娜每日回訪', 'person:李娜'],
    // a role alone
    ['由质检组长整理月度报告', 'role:质检组长'],
    ['客服组长每日抽检10通录音', 'role:客服组长'],
    // English
    ['Aisha Rahman (workforce planning) will rebuild the rota with the vendor', 'person:Aisha Rahman'],
    ['Connor Walsh will hire three weekend agents', 'person:Connor Walsh'],
    ['Ines to own the macro clean-up', 'person:Ines'],
    ['Chatbot pilot led by Hiroshi Tanaka, live in Q2', 'person:Hiroshi Tanaka'],
    ['From April, Grace Liu will chair the weekly review', 'person:Grace Liu'],
    ['The escalations manager will sign off every refund above $500', 'role:escalations manager'],
    ['Calibration sessions run by the QA lead every Friday', 'role:QA lead'],
  ];
  for (const [s, want] of cases) it(`“${s}” → ${want}`, () => assert.equal(agentIn(s), want));

  const none = [
    '由客服部负责', // a department alone: BY_WHOM judges it, not the agent finder
    '相关部门配合完成系统改造',
    '提升一线组长管理能力',
    '高峰时段加派人手',
    '周末值班表提前一周公布',
    '由于系统升级，需要重新培训',
    '黄金周前完成排班',
    '用户增长每周复盘',
    '万一系统宕机，启用备用方案',
    '由系统自动推送满意度问卷',
    '常规问题纳入知识库',
    '週末值班安排提前公告',
    '方案经评审后于3月实施',
    'The team will review the backlog every Monday',
    'Customer Care will rebuild the FAQ',
    'Everyone will attend the refresher',
    'Weekly reviews will track the backlog',
    'Support Ops to publish the rota',
  ];
  for (const s of none) it(`“${s}” has no agent`, () => assert.equal(agentIn(s), ''));
});

describe('owner slots (judgeOwner)', () => {
  for (const s of ['二线负责人蔡文博', '二线产品专家邱明轩', '一线组长孙丽', '质检专员何静', '夜班班长 杜若彤', '話務員李娜', '客服主任陳雅婷', 'Ines']) {
    it(`“${s}” is a person`, () => assert.equal(judgeOwner(s), 'person'));
  }
  for (const s of ['客服部', '方案', '周末', 'Customer Care', 'the team']) {
    it(`“${s}” is not an owner`, () => assert.match(judgeOwner(s), /collective|none/));
  }
});

describe('action-missing-owner reads the owner anywhere in the action', () => {
  const findings = (md: string) => analyze(md, { now }).findings.filter((f) => f.rule === 'action-missing-owner');
  const plan = (items: string) => `---\ntype: plan\n---\n\n# 2027 年客服工作计划\n\n## 具体措施\n\n${items}\n`;

  it('no finding when the item names its agent in the sentence; the action owner is that person', () => {
    // (`…，韩梅每日核对记录` alone is read as a mechanism — a recurring check, items.ts — not an action.)
    const r = analyze(plan('1. 由质检组长何丽娟整理投诉话术库，3月底前完成。\n2. 建立回访台账，韩梅牵头整理首批名单，4月底前完成。'), { now });
    assert.deepEqual(r.findings.filter((f) => f.rule === 'action-missing-owner'), []);
    assert.deepEqual(r.model.actions.map((a) => a.owner?.text), ['质检组长何丽娟', '韩梅']);
  });
  it('still reports an item with no one in it, and one given to a department or to everyone', () => {
    const r = findings(plan('1. 修订退换货话术并组织培训，3月底前完成。\n2. 由客服部负责优化工单模板，4月底前完成。\n3. 全员学习新版服务规范，责任人：全员，1月底前完成。'));
    assert.equal(r.length, 3);
  });
  it('a common word that begins like a name is no owner', () => {
    assert.equal(findings(plan('1. 高峰时段增设弹性班次，5月底前完成。\n2. 周末值班表每周五公布，6月起执行。')).length, 2);
  });
  it('Traditional Chinese and English', () => {
    const tw = `---\ntype: plan\n---\n\n# 2027 年客服工作計畫\n\n## 具體措施\n\n1. 由客服主任陳雅婷統籌退費流程改版，115/3/31 前完成。\n2. 修訂退費話術，完成時間：3月底。\n`;
    assert.equal(findings(tw).length, 1);
    const en = `---\ntype: plan\n---\n\n# Q2 2027 Support Plan\n\n## Actions\n\n- Connor Walsh will hire three weekend agents by end of April.\n- Chatbot pilot led by Hiroshi Tanaka, live by 30 June 2027.\n- The team will rewrite the returns macros by end of May.\n`;
    const r = analyze(en, { now });
    assert.deepEqual(r.findings.filter((f) => f.rule === 'action-missing-owner').map((f) => f.range.start.line), [r.model.actions[2].range.start.line]);
    assert.deepEqual(r.model.actions.slice(0, 2).map((a) => a.owner?.text), ['Connor Walsh', 'Hiroshi Tanaka']);
  });
  it('a table row whose action cell names the agent has an owner, though its owner cell is empty', () => {
    const md = plan('| 措施 | 责任人 | 完成时间 |\n|---|---|---|\n| 由培训组长何丽娟整理新人手册 |  | 2027-05-31 |\n| 修订退换货话术 |  | 2027-03-15 |');
    assert.equal(findings(md).length, 1);
  });
});
