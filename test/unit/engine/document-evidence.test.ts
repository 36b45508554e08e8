// Issue 13, positive evidence before a finding: the document-level rules speak only when the document
// gives them a reason. Every sentence here is written for this test (none is taken from a labelled set).
import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';

const NOW = new Date(2026, 10, 23);
const findings = (text: string, rule: string) =>
  analyze(text, { locale: 'en', now: NOW }).findings.filter((f) => f.rule === rule).map((f) => f.message);
const missingParts = (text: string) => findings(text, 'missing-section');

describe('document-level rules: a workflow’s parts given by its content (issue 13)', () => {
  const cases: [string, string, string][] = [
    [
      'zh-CN',
      '---\ntype: workflow\n---\n\n# 快递理赔受理办法\n\n1. 客户来电报案，由值班主管负责登记。\n2. 理赔专员在 2 个工作日内联系客户核实损失。\n3. 资料齐全后 5 个工作日内完成赔付。\n',
      '---\ntype: workflow\n---\n\n# 快递理赔受理办法\n\n客户报案后登记，核实损失，完成赔付。\n',
    ],
    [
      'zh-TW',
      '---\ntype: workflow\n---\n\n# 會員退費作業要點\n\n1. 櫃台收到申請後交由承辦人審核。\n2. 承辦人於 3 個工作天內回覆會員。\n3. 核准後 7 個工作天內退款入帳。\n',
      '---\ntype: workflow\n---\n\n# 會員退費作業要點\n\n收到申請後審核，回覆會員並退款。\n',
    ],
    [
      'en',
      '---\ntype: workflow\n---\n\n# Lost property enquiries\n\n1. The duty officer is responsible for logging every report.\n2. We search the store and reply within 2 working days.\n3. Items found are posted back within five working days.\n',
      '---\ntype: workflow\n---\n\n# Lost property enquiries\n\nWe log each report, search the store and reply to the owner.\n',
    ],
  ];
  for (const [lang, given, bare] of cases) {
    it(`${lang}: time limits inside the steps, a responsible person and numbered steps are those parts`, () => {
      const got = missingParts(given);
      for (const part of ['Workflow steps', 'Roles and responsibilities', 'Response and handling time limits']) {
        assert.ok(!got.some((m) => m.includes(part)), `${part} reported: ${got.join(' | ')}`);
      }
      // What the text does not give is still asked for.
      assert.ok(got.some((m) => m.includes('Training and assessment')), got.join(' | '));
    });
    it(`${lang}: a procedure that gives none of them is still told so`, () => {
      const got = missingParts(bare);
      for (const part of ['Roles and responsibilities', 'Response and handling time limits']) {
        assert.ok(got.some((m) => m.includes(part)), `${part} not reported: ${got.join(' | ')}`);
      }
    });
    it(`${lang}: the mechanism rules never fire on a workflow`, () => {
      assert.deepEqual(findings(bare, 'no-execution-guarantee'), []);
      assert.deepEqual(findings(bare, 'no-improvement-loop'), []);
    });
  }
});

describe('document-level rules: mechanisms belong to a plan with actions (issue 13)', () => {
  const outline: [string, string][] = [
    ['zh-CN', '---\ntype: plan\n---\n\n# 热线服务规划\n\n## 具体措施\n\n本中心将以客户为中心，提升服务品质。\n'],
    ['zh-TW', '---\ntype: plan\n---\n\n# 專線服務規劃\n\n## 具體措施\n\n本中心將以客戶為中心，提升服務品質。\n'],
    ['en', '---\ntype: plan\n---\n\n# Helpline service plan\n\n## Actions\n\nWe put the customer at the centre of everything we do.\n'],
  ];
  for (const [lang, text] of outline) {
    it(`${lang}: a plan with no actions gives nothing to follow up`, () => {
      assert.deepEqual(findings(text, 'no-execution-guarantee'), []);
      assert.deepEqual(findings(text, 'no-improvement-loop'), []);
    });
  }
  it('a plan with an action and no mechanism is still told so', () => {
    const text = '---\ntype: plan\nperiod: 2027-Q1\n---\n\n# 2027 年一季度计划\n\n## 具体措施\n\n1. 更新退款话术。责任人：培训专员 李明；完成时间：2027 年 1 月 31 日。\n';
    assert.equal(findings(text, 'no-execution-guarantee').length, 1);
    assert.equal(findings(text, 'no-improvement-loop').length, 1);
  });
  it('en: a “Tracking and feedback” part holds the plan’s mechanisms', () => {
    const text = '---\ntype: plan\nperiod: 2027-Q1\n---\n\n# Q1 2027 plan\n\n## Actions\n\n| Action | Owner | Due |\n|---|---|---|\n| New refund macro | Priya Shah | 2027-01-31 |\n\n## Tracking and feedback\n\n- Priya Shah audits 20 tickets a week.\n- A monthly retrospective adjusts the actions.\n';
    const got = missingParts(text);
    assert.ok(!got.some((m) => m.includes('Monitoring')), got.join(' | '));
    assert.deepEqual(findings(text, 'no-execution-guarantee'), []);
  });
  it('zh-CN: 跟踪与反馈 is the monitoring part', () => {
    const text = '---\ntype: plan\nperiod: 2027-Q1\n---\n\n# 2027 年一季度计划\n\n## 具体措施\n\n1. 更新退款话术。责任人：培训专员 李明；完成时间：2027 年 1 月 31 日。\n\n## 跟踪与反馈\n\n质检组长每周抽检 20 张工单，每月召开复盘会。\n';
    assert.ok(!missingParts(text).some((m) => m.includes('Monitoring')));
  });
});

describe('document-level rules: a summary’s data and evaluation given in its prose (issue 13)', () => {
  const prose: [string, string][] = [
    ['zh-CN', '---\ntype: summary\n---\n\n# 十月工作小结\n\n本月共接听来电 12,480 通，其中投诉 96 通，占 0.77%；客户满意度 93.1%。\n'],
    ['zh-TW', '---\ntype: summary\n---\n\n# 十月工作小結\n\n本月共接聽來電 12,480 通，其中客訴 96 通，佔 0.77%；顧客滿意度 93.1%。\n'],
    ['en', '---\ntype: summary\n---\n\n# October in brief\n\nWe answered 12,480 calls; 96 were complaints (0.77%) and satisfaction stood at 93.1%.\n'],
  ];
  for (const [lang, text] of prose) {
    it(`${lang}: figures in sentences are the service data, a satisfaction figure the evaluation’s material`, () => {
      const got = missingParts(text);
      assert.ok(!got.some((m) => m.includes('Service data')), got.join(' | '));
      assert.ok(!got.some((m) => m.includes('Efficiency and quality evaluation')), got.join(' | '));
      assert.ok(got.some((m) => m.includes('Problems, categorised')), got.join(' | '));
    });
  }
  it('a summary with no figure at all is still missing its data', () => {
    const got = missingParts('---\ntype: summary\n---\n\n# 年度述职\n\n一年来我始终坚持热情服务，耐心解答每一位来电市民的问题。\n');
    assert.ok(got.some((m) => m.includes('Service data')), got.join(' | '));
  });
});

describe('document-level rules: a part named by a labelled list item (issue 13)', () => {
  it('zh-CN: 4. 客户服务资源： with items below is the resources part', () => {
    const text = '---\ntype: plan\n---\n\n# 售后服务计划\n\n## 一、工作计划\n\n1. 服务目标：满意度达到 95%。\n2. 服务资源：\n   - 热线 4 条，在线坐席 6 个\n   - 知识库一套\n';
    assert.ok(!missingParts(text).some((m) => m.includes('Resources and staffing')));
  });
  it('zh-TW: a KPI label followed by its figure names a KPI, not the problems part', () => {
    const text = '---\ntype: summary\n---\n\n# 九月服務月報\n\n## 服務數據\n\n- 來電量：8,200 通\n- 24小時內問題解決率：91.5%\n- 滿意度：92%\n';
    assert.ok(missingParts(text).some((m) => m.includes('Problems, categorised')));
  });
  it('en: an owner column is not a staffing allocation', () => {
    const text = '---\ntype: plan\nperiod: 2027-Q1\n---\n\n# Q1 2027 plan\n\n## Goals\n\nCSAT at 92% or higher.\n\n## Actions\n\n| Action | Owner | Due |\n|---|---|---|\n| New refund macro | Priya Shah | 2027-01-31 |\n| Chat routing rules | Tom Reyes | 2027-02-28 |\n';
    assert.ok(missingParts(text).some((m) => m.includes('Resources and staffing')));
  });
});
