// The loop between a plan and the summary that follows it: which plan a summary follows, whether a
// summary's sentence reports on an action (by its words, not its exact string), and with what outcome.
import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { choosePlan, followsAPlan, linkKeysOf, resolvePlanPath } from '../../../src/core/loop/link';
import { contentTokens, mentions } from '../../../src/core/loop/words';
import { hasBlankStatus, outcomeOf } from '../../../src/core/loop/outcomes';
import { statusLine } from '../../../src/core/loop/status';
import type { ActionStatus, Locale } from '../../../src/core/types';

const NOW = new Date('2026-04-10');

function fm(fields: Record<string, string>): string {
  return ['---', ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`), '---', ''].join('\n');
}

const zhPlan = `${fm({ type: 'plan', period: '2026-Q1', team: '华东区电商售后客服组', author: '王芳' })}
# 王芳 2026 年第一季度工作计划

## 具体措施

| 措施 | 责任人 | 完成时间 |
|---|---|---|
| 上线智能分流 | 王芳 | 2026-02-28 |
| 新人带教 | 王芳 | 3月底 |
| 整理退换货话术库 | 王芳 | 2026-01-31 |
`;

function statusIn(summaryBody: string, plan = zhPlan, head = fm({ type: 'summary', period: '2026-Q1', team: '华东区电商售后客服组', author: '王芳' })): Record<string, ActionStatus> {
  const r = analyze(head + summaryBody, { locale: 'zh-CN', now: NOW, linked: { plan: { uri: 'plan.md', text: plan } } });
  assert.ok(r.execution, 'an execution for a linked summary');
  return Object.fromEntries(r.execution.actions.map((a) => [a.text, a.status]));
}

describe('plan ↔ summary loop', () => {
  describe('matching an action by its words', () => {
    it('finds an action written differently (上线智能分流 / 智能分流系统已于2月上线)', () => {
      assert.ok(mentions(contentTokens('上线智能分流'), contentTokens('智能分流系统已于2月上线')));
      assert.ok(mentions(contentTokens('上線智能分流'), contentTokens('智能分流系統已於2月上線')));
      assert.ok(mentions(contentTokens('Launch smart routing'), contentTokens('Smart routing launched in February')));
    });
    it('does not take an unrelated mention for the action', () => {
      assert.ok(!mentions(contentTokens('上线智能分流'), contentTokens('智能客服机器人已上线')));
      assert.ok(!mentions(contentTokens('Launch smart routing'), contentTokens('The smart speaker pilot was cancelled')));
      assert.ok(!mentions(contentTokens('新人带教'), contentTokens('本季度满意度 92.5%')));
    });
  });

  describe('outcomes in three languages', () => {
    const cases: [string, string, ActionStatus | undefined][] = [
      ['智能分流系统已于2月上线', '上线智能分流', 'done'],
      ['上线智能分流：已完成', '上线智能分流', 'done'],
      ['上线智能分流', '上线智能分流', undefined],
      ['新人带教未完成，原因是新人推迟入职', '新人带教', 'not-done'],
      ['新人带教进行中，已带教 2 人', '新人带教', 'in-progress'],
      ['電話系統串接學員帳號進行中，預計四月上線', '電話系統串接學員帳號', 'in-progress'],
      ['課程改期通知單已於一月底啟用', '建立課程改期通知單', 'done'],
      ['課程改期通知單延期至五月', '建立課程改期通知單', 'not-done'],
      ['Smart routing went live in February', 'Launch smart routing', 'done'],
      ['Launch smart routing', 'Launch smart routing', undefined],
      ['The knowledge base update was delayed to April', 'Update the knowledge base', 'not-done'],
      ['Knowledge base update: in progress', 'Update the knowledge base', 'in-progress'],
    ];
    for (const [text, action, expected] of cases) {
      it(`${text} → ${expected ?? 'no outcome'}`, () => assert.equal(outcomeOf(text, action), expected));
    }
    it('a status label with nothing after it is blank, not an outcome', () => {
      assert.equal(outcomeOf('- 新人带教（王芳，2026-03-31）：完成情况：', '新人带教'), undefined);
      assert.ok(hasBlankStatus('- 新人带教（王芳，2026-03-31）：完成情况：'));
      assert.ok(hasBlankStatus('- New-hire coaching (Wang Fang, 2026-03-31): Status:'));
      assert.ok(!hasBlankStatus('- 新人带教：完成情况：已完成'));
    });
  });

  describe('what became of each action of the plan (zh-CN)', () => {
    it('done, not done, unreported', () => {
      const s = statusIn('\n# 总结\n\n## 工作效率与质量评价\n\n智能分流系统已于2月上线。新人带教未完成，原因是两名新人推迟入职。\n');
      assert.deepEqual(s, { 上线智能分流: 'done', 新人带教: 'not-done', 整理退换货话术库: 'unreported' });
    });
    it('an unrelated mention does not report the action', () => {
      const s = statusIn('\n# 总结\n\n## 服务数据统计\n\n智能客服机器人已上线，分担了三成咨询。\n');
      assert.equal(s['上线智能分流'], 'unreported');
    });
    it('a table of outcomes reports its rows', () => {
      const s = statusIn('\n# 总结\n\n## 上期计划执行情况\n\n| 措施 | 完成情况 |\n|---|---|\n| 智能分流上线 | 已完成 |\n| 退换货话术库整理 | 进行中 |\n| 新人带教 | 延期 |\n');
      assert.deepEqual(s, { 上线智能分流: 'done', 新人带教: 'not-done', 整理退换货话术库: 'in-progress' });
    });
    it('a quarter plan and a month summary: only the actions due that month are asked for', () => {
      const r = analyze(fm({ type: 'summary', period: '2026-01', team: '华东区电商售后客服组', author: '王芳' }) + '\n# 1月总结\n\n## 工作效率与质量评价\n\n本月工作平稳。\n', {
        locale: 'zh-CN',
        now: NOW,
        linked: { plan: { uri: 'plan.md', text: zhPlan } },
      });
      const expected = r.execution!.actions.filter((a) => a.expected).map((a) => a.text);
      assert.deepEqual(expected, ['整理退换货话术库']);
      assert.equal(r.findings.filter((f) => f.rule === 'plan-action-unreported').length, 1);
    });
    it('reads the plan\'s dates in the plan\'s period (3月底 of a 2026-Q1 plan is 2026-03-31)', () => {
      const r = analyze(fm({ type: 'summary', period: '2026-Q1', team: 'T' }) + '\n# x\n', { locale: 'zh-CN', now: new Date('2027-06-01'), linked: { plan: { uri: 'p.md', text: zhPlan } } });
      assert.equal(r.execution!.actions.find((a) => a.text === '新人带教')?.deadlineIso, '2026-03-31');
    });
    it('a plan or workflow is not asked to report on a plan', () => {
      const r = analyze(zhPlan, { locale: 'zh-CN', now: NOW, linked: { plan: { uri: 'p.md', text: zhPlan } } });
      assert.equal(r.execution, undefined);
    });
    it('a plan: link that points nowhere is a finding on its value', () => {
      const text = fm({ type: 'summary', period: '2026-Q1', plan: '../plans/q1.md' }) + '\n# 总结\n';
      for (const locale of ['zh-CN', 'zh-TW', 'en'] as Locale[]) {
        const f = analyze(text, { locale, linked: { plan: { uri: '../plans/q1.md', missing: true, via: 'frontmatter' } } }).findings.filter((x) => x.rule === 'plan-action-unreported');
        assert.equal(f.length, 1, locale);
        assert.equal(f[0].range.start.line, 4);
        assert.ok(f[0].message.includes('q1.md'));
      }
    });
  });

  describe('the quick fix', () => {
    it('inserts one status line per unreported action in the part where reports belong, and settles', () => {
      const head = fm({ type: 'summary', period: '2026-Q1', team: '华东区电商售后客服组', author: '王芳' });
      const text = head + '\n# 总结\n\n## 服务数据统计\n\n满意度 92%。\n\n## 工作效率与质量评价\n\n智能分流系统已于2月上线。\n\n## 附录\n\n无。\n';
      const linked = { plan: { uri: 'plan.md', text: zhPlan } };
      const first = analyze(text, { locale: 'zh-CN', now: NOW, linked }).findings.filter((f) => f.rule === 'plan-action-unreported');
      assert.equal(first.length, 2);
      let out = text;
      for (const f of [...first].reverse()) {
        const e = f.fixes![0].edits[0];
        out = out.slice(0, e.start) + e.text + out.slice(e.end);
      }
      assert.ok(out.includes('智能分流系统已于2月上线。\n\n- 新人带教（王芳，3月底）：完成情况：\n\n- 整理退换货话术库（王芳，2026-01-31）：完成情况：\n\n## 附录'), out);
      assert.ok(out.startsWith(text.slice(0, text.indexOf('智能分流系统'))), 'nothing before is changed');
      const again = analyze(out, { locale: 'zh-CN', now: NOW, linked }).findings.filter((f) => f.rule === 'plan-action-unreported');
      assert.equal(again.length, 2, 'blank status lines are still reported');
      assert.ok(again.every((f) => !f.fixes?.length), 'but offer no second insertion');
    });
    it('writes the status line in the document\'s language', () => {
      assert.equal(statusLine({ text: '新人带教', owner: '王芳', deadline: '2026-02-28' }, 'zh-CN'), '新人带教（王芳，2026-02-28）：完成情况：');
      assert.equal(statusLine({ text: '新人帶教', owner: '王芳' }, 'zh-TW'), '新人帶教（王芳）：完成情況：');
      assert.equal(statusLine({ text: 'New-hire coaching', owner: 'Wang Fang', deadline: '2026-02-28' }, 'en'), 'New-hire coaching (Wang Fang, 2026-02-28): Status:');
    });
  });

  describe('targets', () => {
    it('met, missed and unreported, in the KPI\'s direction and units', () => {
      const planText = ['---', 'type: plan', 'period: 2026-Q1', 'team: T', 'kpis:', '  satisfaction: {target: 93, unit: "%"}', '  response_time: {target: 20, unit: s}', '  complaint_rate: {target: 0.8, unit: "%"}', '---', '', '# 计划', ''].join('\n');
      const summary = ['---', 'type: summary', 'period: 2026-Q1', 'team: T', 'kpis:', '  satisfaction: {actual: 93.4, unit: "%"}', '  response_time: {actual: 0.4, unit: min}', '---', '', '# 总结', '', '## 服务数据统计', '', '满意度 93.4%。', ''].join('\n');
      const r = analyze(summary, { locale: 'en', now: NOW, linked: { plan: { uri: 'p.md', text: planText } } });
      const t = Object.fromEntries(r.execution!.targets.map((x) => [x.key, x.met]));
      assert.deepEqual(t, { satisfaction: true, response_time: false, complaint_rate: undefined });
      const f = r.findings.filter((x) => x.rule === 'plan-target-unreported');
      assert.equal(f.length, 1);
      assert.match(f[0].message, /Complaint rate/);
    });
  });

  describe('linking', () => {
    const keys = (fields: Record<string, string>) => linkKeysOf(fm(fields));
    const summary = keys({ type: 'summary', period: '2026-02', team: '华东区电商售后客服组', author: '王芳' });
    it('reads type, period, team, author and plan: from the frontmatter', () => {
      const k = keys({ type: '总结', period: '2026年2月', team: '华东区电商售后客服组', author: '王 芳', plan: './q1.md' });
      assert.equal(k.type, 'summary');
      assert.equal(k.period?.key, '2026-02');
      assert.equal(k.author, '王芳');
      assert.equal(k.plan, './q1.md');
      assert.equal(k.planRange?.start.line, 6);
      assert.ok(followsAPlan(k));
      assert.ok(!followsAPlan(keys({ type: 'plan', period: '2026-Q1', team: 'x' })));
    });
    it('chooses a plan of the same team and author whose period covers the summary\'s; personal before team, shorter before longer', () => {
      const candidates = [
        { uri: 'a/year.md', keys: keys({ type: 'plan', period: '2026', team: '华东区电商售后客服组', author: '王芳' }) },
        { uri: 'a/team-q1.md', keys: keys({ type: 'plan', period: '2026年第一季度', team: '华东区电商售后客服组' }) },
        { uri: 'a/q1.md', keys: keys({ type: 'plan', period: '2026-Q1', team: '华东区电商售后客服组', author: '王芳' }) },
        { uri: 'a/li-q1.md', keys: keys({ type: 'plan', period: '2026-Q1', team: '华东区电商售后客服组', author: '李明' }) },
        { uri: 'a/other-team.md', keys: keys({ type: 'plan', period: '2026-Q1', team: '华南组', author: '王芳' }) },
        { uri: 'a/q2.md', keys: keys({ type: 'plan', period: '2026-Q2', team: '华东区电商售后客服组', author: '王芳' }) },
        { uri: 'a/summary.md', keys: keys({ type: 'summary', period: '2026-Q1', team: '华东区电商售后客服组', author: '王芳' }) },
      ];
      assert.equal(choosePlan(summary, candidates)?.uri, 'a/q1.md');
      assert.equal(choosePlan(summary, candidates.filter((c) => c.uri !== 'a/q1.md'))?.uri, 'a/year.md');
      assert.equal(choosePlan(summary, candidates.filter((c) => !['a/q1.md', 'a/year.md'].includes(c.uri)))?.uri, 'a/team-q1.md');
      assert.equal(choosePlan(keys({ type: 'summary', period: '2026-02', team: '华东区电商售后客服组' }), candidates)?.uri, 'a/team-q1.md', 'a team summary follows the team plan');
      assert.equal(choosePlan(keys({ type: 'summary', period: '2026-05', team: '华东区电商售后客服组', author: '王芳' }), candidates)?.uri, 'a/q2.md');
      assert.equal(choosePlan(keys({ type: 'summary', period: '2026-08', team: '华东区电商售后客服组', author: '王芳' }), candidates)?.uri, 'a/year.md');
      assert.equal(choosePlan(keys({ type: 'summary', period: '2026-02' }), candidates), undefined, 'no team: no plan');
    });
    it('resolves plan: against the summary\'s path or URI', () => {
      assert.equal(resolvePlanPath('/w/team/2026-02-wang.md', '../plans/q1.md'), '/w/plans/q1.md');
      assert.equal(resolvePlanPath('file:///w/team/s.md', './q1.md'), 'file:///w/team/q1.md');
      assert.equal(resolvePlanPath('vscode-vfs://github/o/r/team/s.md', 'q1.md'), 'vscode-vfs://github/o/r/team/q1.md');
    });
  });
});

describe('deadlines in the plan\'s own time (proposedDatesFor)', () => {
  const planWith = (period: string | undefined) =>
    `${period ? fm({ type: 'plan', period }) : fm({ type: 'plan' })}\n# 计划\n\n## 具体措施\n\n1. 优化知识库中的退换货条目，责任人：李主管，完成时间：尽快。\n`;
  const dates = (period: string | undefined) =>
    analyze(planWith(period), { locale: 'en', now: new Date('2026-11-23') })
      .findings.filter((f) => f.rule === 'vague-deadline')
      .flatMap((f) => f.fixes!.map((x) => x.edits[0].text));
  it('a quarter plan: the ends of its three months, the last as the quarter\'s end', () => {
    assert.deepEqual(dates('2026-Q1'), ['2026-01-31', '2026-02-28', '2026-03-31']);
    const titles = analyze(planWith('2026-Q1'), { locale: 'en', now: new Date('2026-11-23') }).findings.find((f) => f.rule === 'vague-deadline')!.fixes!.map((x) => x.title);
    assert.match(titles[0], /end of January/);
    assert.match(titles[2], /end of the quarter/);
  });
  it('a year plan: the ends of its quarters; a month plan: its end', () => {
    assert.deepEqual(dates('2027'), ['2027-03-31', '2027-06-30', '2027-09-30', '2027-12-31']);
    assert.deepEqual(dates('2027年2月'), ['2027-02-28']);
  });
  it('no period: around today, as before', () => {
    assert.deepEqual(dates(undefined), ['2026-11-30', '2026-12-31']);
  });
});
