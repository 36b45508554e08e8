// Issue 14's two generators, in three languages: the generated document, analysed again by the
// engine, is what the issue asks for — a summary from a plan is flagged by plan-action-unreported
// only for the status lines left empty; a plan from a summary has one measure row per categorised
// problem, its owner and deadline slots flagged, and each KPI's baseline equal to the summary's actual.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { categorisedProblems, nextPeriodText, planFromSummary, summaryFromPlan } from '../../../src/core/loop/generate';
import { renderTemplate, snippetToText } from '../../../src/core/templates';
import type { Locale } from '../../../src/core/types';

const NOW = new Date('2026-12-20');
const EXAMPLES = join(__dirname, '../../../examples');

interface Case {
  locale: Locale;
  plan: string;
  summary: string;
  /** The category and problem text of each categorised problem of `summary`, as a reader lists them. */
  problems: [string, string][];
  nextPeriod: string;
  /** An outcome written after a status label. */
  outcome: string;
}

const CASES: Case[] = [
  {
    locale: 'zh-CN',
    plan: readFileSync(join(EXAMPLES, 'loop/2026-Q4-plan-wang-fang.md'), 'utf8'),
    summary: readFileSync(join(EXAMPLES, 'loop/2026-Q4-summary-wang-fang.md'), 'utf8'),
    problems: [['流程问题', '周末催单集中'], ['沟通问题', '少数客户仍误解优惠券叠加规则']],
    nextPeriod: '2027-Q1',
    outcome: '已完成，带教 2 人均通过考核。',
  },
  {
    locale: 'zh-TW',
    plan: `---
type: plan
period: 115年下半年
team: 台北客服中心
author: 陳怡君
kpis:
  satisfaction:
    target: 92
    unit: "%"
---

# 陳怡君 115年下半年工作計劃

## 一、目標

滿意度達到 92%。

## 二、具體措施

| 措施 | 責任人 | 完成時間 |
|---|---|---|
| 建立帳單爭議快速處理流程 | 陳怡君 | 115年9月30日 |
| 新進人員帶訓 | 陳怡君 | 115年12月31日 |
`,
    summary: `---
type: summary
period: 115年下半年
team: 台北客服中心
author: 陳怡君
kpis:
  satisfaction:
    actual: 91.4
    unit: "%"
  complaint_rate:
    actual: 0.9
    unit: "%"
---

# 陳怡君 115年下半年工作總結

## 一、服務數據統計

本期滿意度 91.4%，投訴率 0.9%。

## 二、問題歸類與分析

（一）流程問題：帳單爭議需轉三個單位，原因是權責不清。

（二）系統問題：尖峰時段系統延遲，原因是主機容量不足。

（三）溝通問題：部分同仁說明退費規則不一致。
`,
    problems: [['流程問題', '帳單爭議需轉三個單位'], ['系統問題', '尖峰時段系統延遲'], ['溝通問題', '部分同仁說明退費規則不一致']],
    nextPeriod: '116年上半年',
    outcome: '已完成，處理時間縮短一半。',
  },
  {
    locale: 'en',
    plan: readFileSync(join(EXAMPLES, 'plan.en.md'), 'utf8'),
    summary: snippetToText(renderTemplate('summary', 'en', { period: '2026-11', author: 'Priya Raman', team: 'Customer Care', today: '2026-11-20' })),
    problems: [
      ['Process problems', 'Refunds needed three levels of approval, so handling took long'],
      ['Communication problems', 'Agents explained the policy in different ways, which caused repeat contacts'],
      ['System problems', 'The ticket system slowed down at peak hours, hurting response time'],
    ],
    nextPeriod: '2026-12',
    outcome: 'done, live since 14 April.',
  },
];

const rules = (r: ReturnType<typeof analyze>, id: string) => r.findings.filter((f) => f.rule === id);

describe('generating one document of the cycle from the other (issue 14)', () => {
  for (const c of CASES) {
    describe(`${c.locale}: New Summary from Plan`, () => {
      const plan = analyze(c.plan, { now: NOW });
      const generated = summaryFromPlan(plan.model, { planPath: './plan.md' });
      const reanalyse = (text: string) => analyze(text, { now: NOW, locale: c.locale, linked: { plan: { uri: 'plan.md', text: c.plan, via: 'frontmatter' } } });

      it('is a summary of the plan period, team and author, in the plan language, pointing at the plan', () => {
        const r = reanalyse(generated.text);
        const data = r.model.frontmatter?.data ?? {};
        assert.equal(generated.locale, c.locale);
        assert.equal(r.model.type, 'summary');
        for (const k of ['period', 'team', 'author']) assert.equal(String(data[k]), String(plan.model.frontmatter?.data?.[k]), k);
        assert.equal(data.plan, './plan.md');
        assert.equal(data.locale, c.locale);
      });

      it('has one status line per action of the plan, owner and deadline kept, each flagged as blank', () => {
        assert.ok(plan.model.actions.length >= 2, 'the plan has actions');
        const r = reanalyse(generated.text);
        const unreported = rules(r, 'plan-action-unreported');
        assert.equal(unreported.length, plan.model.actions.length);
        for (const a of plan.model.actions) {
          assert.ok(generated.text.includes(a.text), `the action ${a.text}`);
          if (a.owner) assert.ok(generated.text.includes(a.owner.text), `its owner ${a.owner.text}`);
          if (a.deadline) assert.ok(generated.text.includes(a.deadline.text), `its deadline ${a.deadline.text}`);
        }
        assert.ok(r.execution?.actions.every((a) => a.status === 'unreported' && a.blank), 'every status is read as left blank');
      });

      it('is flagged only for the lines still empty once one is filled in', () => {
        const lines = generated.text.split('\n');
        const first = lines.findIndex((l) => l.startsWith('- ') && l.includes(plan.model.actions[0].text));
        lines[first] += ` ${c.outcome}`;
        const r = reanalyse(lines.join('\n'));
        const flagged = rules(r, 'plan-action-unreported').map((f) => f.range.start.line);
        assert.equal(flagged.length, plan.model.actions.length - 1);
        assert.ok(!flagged.includes(first + 1), 'the filled-in line is not flagged');
        assert.equal(r.execution?.actions.find((a) => a.text === plan.model.actions[0].text)?.status, 'done');
      });

      it('carries the plan targets into the KPI table and frontmatter, actuals left to fill (plan-target-unreported)', () => {
        const r = reanalyse(generated.text);
        const planTargets = plan.model.kpis.filter((k) => k.kind === 'target' && k.source === 'frontmatter');
        assert.ok(planTargets.length >= 1);
        for (const t of planTargets) {
          const body = r.model.kpis.filter((k) => k.key === t.key && k.kind === 'target');
          assert.ok(body.some((k) => k.source === 'frontmatter' && k.value === t.value), `${t.key} target in the frontmatter`);
          assert.ok(body.some((k) => k.source === 'body' && k.value === t.value), `${t.key} target in the table`);
        }
        assert.equal(rules(r, 'plan-target-unreported').length, planTargets.length);
        assert.equal(rules(r, 'kpi-mismatch').length, 0);
      });
    });

    describe(`${c.locale}: New Plan from Summary`, () => {
      const summary = analyze(c.summary, { now: NOW });
      const generated = planFromSummary(summary.model);
      const r = analyze(generated.text, { now: NOW, locale: c.locale });

      it('reads the categorised problems of the summary', () => {
        assert.deepEqual(categorisedProblems(summary.model).map((p) => [p.category, p.problem]), c.problems);
      });

      it('is a plan for the next period in the same notation, same team and author', () => {
        const data = r.model.frontmatter?.data ?? {};
        assert.equal(r.model.type, 'plan');
        assert.equal(data.period, c.nextPeriod);
        assert.equal(generated.period, c.nextPeriod);
        for (const k of ['team', 'author']) assert.equal(String(data[k]), String(summary.model.frontmatter?.data?.[k]), k);
      });

      it('has one measure row per categorised problem, category kept, owner and deadline slots flagged', () => {
        assert.equal(r.model.actions.length, c.problems.length);
        const lines = r.model.text.split('\n');
        const owner = rules(r, 'action-missing-owner').map((f) => f.range.start.line);
        const deadline = rules(r, 'action-missing-deadline').map((f) => f.range.start.line);
        c.problems.forEach(([category, problem], i) => {
          const a = r.model.actions[i];
          const line = lines[a.range.start.line - 1];
          assert.ok(line.includes(category) && line.includes(problem), `row ${i + 1} keeps ${category} / ${problem}`);
          assert.ok(owner.includes(a.range.start.line), `row ${i + 1}: action-missing-owner`);
          assert.ok(deadline.includes(a.range.start.line), `row ${i + 1}: action-missing-deadline`);
          assert.ok(a.ownerSlot && a.deadlineSlot, 'slots the quick fixes fill');
        });
        assert.equal(owner.length, c.problems.length);
        assert.equal(deadline.length, c.problems.length);
      });

      it("sets each KPI's baseline to this period's actual", () => {
        const actuals = summary.model.kpis.filter((k) => k.kind === 'actual' && k.source === 'frontmatter');
        assert.ok(actuals.length >= 2);
        for (const a of actuals) {
          const baselines = r.model.kpis.filter((k) => k.key === a.key && k.kind === 'baseline');
          assert.ok(baselines.some((k) => k.source === 'frontmatter' && k.value === a.value && k.unit === a.unit), `${a.key} frontmatter baseline`);
          assert.ok(baselines.some((k) => k.source === 'body' && k.value === a.value), `${a.key} baseline in the goals table`);
        }
        assert.ok(!r.model.kpis.some((k) => k.kind === 'actual'), 'a plan has no actuals');
        assert.equal(rules(r, 'kpi-mismatch').length, 0);
        assert.equal(rules(r, 'frontmatter-schema').length, 0);
      });
    });
  }

  describe('the next period, in the notation of this one', () => {
    const table: [string, string][] = [
      ['2026-11', '2026-12'], ['2026-12', '2027-01'], ['2026/03', '2026/04'], ['2026年11月', '2026年12月'], ['2026年12月', '2027年1月'],
      ['114年12月', '115年1月'], ['二〇二六年十二月', '二〇二七年一月'], ['November 2026', 'December 2026'], ['Dec 2026', 'Jan 2027'],
      ['2026-Q4', '2027-Q1'], ['2026Q2', '2026Q3'], ['2026年第四季度', '2027年第一季度'], ['2026年第3季度', '2026年第4季度'], ['Q4 2026', 'Q1 2027'],
      ['2026-H1', '2026-H2'], ['H2 2026', 'H1 2027'], ['2026年上半年', '2026年下半年'], ['115年下半年', '116年上半年'], ['民國115年上半年', '民國115年下半年'],
      ['first half of 2026', 'second half of 2026'], ['2026', '2027'], ['2026年度', '2027年度'], ['115年', '116年'],
    ];
    for (const [from, to] of table) it(`${from} → ${to}`, () => assert.equal(nextPeriodText(from), to));
    it('no next period for what is not a period', () => assert.equal(nextPeriodText('下个阶段'), undefined));
  });
});
