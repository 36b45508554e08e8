// Plan execution, counted (src/core/rollup/execution.ts), shown in the preview's scorecard
// (src/core/render/execution.ts) and rolled up per person, team and period (src/core/rollup/build.ts).
// The expected figures are counted from the fixture's data (execution-fixture.ts), not by the engine.
import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { buildRollup, summarizeDocument } from '../../../src/core/rollup';
import { summarizeExecution } from '../../../src/core/rollup/execution';
import { normalisePeriod } from '../../../src/core/rollup/period';
import { executionHtml, executionOf } from '../../../src/core/render/execution';
import { renderReport } from '../../../src/core/render/report';
import type { Locale } from '../../../src/core/types';
import { expectedFor, MONTHS, PEOPLE, planText, summaryText, TEAM } from './execution-fixture';

function analyzed(slug: string, month: string, locale: Locale = 'zh-CN') {
  const p = PEOPLE.find((x) => x.slug === slug)!;
  return analyze(summaryText(p, month), { locale, linked: { plan: { uri: `plans/2026-Q1-plan-${slug}.md`, text: planText(p), via: 'found' } } });
}

function period(key: string) {
  const r = normalisePeriod(key);
  assert.ok(r.ok);
  return r.period;
}

describe('plan execution: the model', () => {
  it('counts each person and month as a lead would by hand', () => {
    for (const p of PEOPLE) {
      for (const m of MONTHS) {
        const s = executionOf(analyzed(p.slug, m))!;
        assert.ok(s, `${p.name} ${m} has an execution`);
        const want = expectedFor(p, m);
        const got = { ...s.counts.actions, met: s.counts.targets.met, missed: s.counts.targets.missed };
        const notDue = p.actions.length - want.expected;
        assert.deepEqual(got, { ...want, notDue }, `${p.name} ${m}`);
      }
    }
  });

  it('gives each action its line in the plan and, when reported, its line in the summary', () => {
    const p = PEOPLE[0];
    const s = executionOf(analyzed(p.slug, '2026-02'))!;
    const plan = planText(p).split('\n');
    const summary = summaryText(p, '2026-02').split('\n');
    for (const a of s.actions) {
      assert.ok(plan[a.planLine - 1].includes(a.text), `plan line ${a.planLine} holds ${a.text}`);
      assert.ok(a.summaryLine && summary[a.summaryLine - 1].includes(a.text), `summary line ${a.summaryLine} reports ${a.text}`);
    }
    for (const t of s.targets) assert.match(plan[t.planLine - 1], new RegExp(`(?:${t.key}|target):\\s*${t.target}\\b`), `plan line ${t.planLine} sets ${t.key}`);
  });

  it('judges "overdue" at the end of the summary\'s period, not by the clock', () => {
    const result = analyzed('qian-feng', '2026-01');
    const exec = result.execution!;
    // The same analysis, read for a summary of January: both January actions unreported or not done; one overdue.
    const jan = summarizeExecution(exec, period('2026-01'));
    assert.equal(jan.counts.actions.overdue, 1);
    // Read as if the period ended before the deadlines: nothing is overdue yet.
    const dec = summarizeExecution(exec, period('2025-12'));
    assert.equal(dec.counts.actions.overdue, 0);
    // Without a period: never overdue (no clock).
    assert.equal(summarizeExecution(exec).counts.actions.overdue, 0);
  });
});

describe('plan execution: the preview block', () => {
  it('lists the actions and targets with clickable lines in either document, in three languages', () => {
    const words: Record<Locale, RegExp[]> = {
      'zh-CN': [/计划执行情况/, /已完成/, /进行中/, /总结第 \d+ 行/, /计划第 \d+ 行/],
      'zh-TW': [/計畫執行情況/, /已完成/, /進行中/, /總結第 \d+ 行/, /計畫第 \d+ 行/],
      en: [/Plan execution/, /Done/, /In progress/, /summary line \d+/, /plan line \d+/],
    };
    for (const locale of ['zh-CN', 'zh-TW', 'en'] as Locale[]) {
      const html = executionHtml(analyzed('zhao-min', '2026-02', locale), { locale, interactive: true });
      for (const re of words[locale]) assert.match(html, re, `${locale}: ${re}`);
      assert.match(html, /<button type="button" class="csplan-open-plan" data-plan-line="\d+"/);
      assert.match(html, /<button type="button" class="csplan-exec-summary" data-jump-line="\d+"/);
    }
    // The exported HTML (not interactive) names the lines but has no buttons.
    const exported = executionHtml(analyzed('zhao-min', '2026-02'), { locale: 'zh-CN' });
    assert.doesNotMatch(exported, /<button|data-plan-line=|data-jump-line=/);
    assert.match(exported, /计划第 \d+ 行/);
  });

  it('escapes every text of either document', () => {
    const p = { ...PEOPLE[0], actions: [{ text: '上线<img src=x onerror=alert(1)>"分流"系统', due: '2026-02-10', reports: { '2026-02': 'done' as const } }] };
    const result = analyze(summaryText(p, '2026-02'), { locale: 'zh-CN', linked: { plan: { uri: 'p"><script>alert(1)</script>.md', text: planText(p) } } });
    assert.equal(result.execution?.actions.length, 1);
    const html = renderReport(summaryText(p, '2026-02'), result, { locale: 'zh-CN', interactive: true }).html;
    const block = /<section class="csplan-execution"[\s\S]*?<\/section>/.exec(html)![0];
    assert.doesNotMatch(block, /<img|<script/i);
    assert.match(block, /&lt;img src=x onerror=alert\(1\)&gt;&quot;分流&quot;/);
    assert.match(block, /data-plan="p&quot;&gt;&lt;script&gt;/);
  });

  it('says nothing for a plan, a hint for a summary with no linked plan, and names a plan: that points nowhere', () => {
    const p = PEOPLE[0];
    const plan = analyze(planText(p), { locale: 'en' });
    assert.equal(executionHtml(plan, { locale: 'en', hint: true }), '');
    const alone = analyze(summaryText(p, '2026-01'), { locale: 'en' });
    assert.equal(executionHtml(alone, { locale: 'en' }), '');
    assert.match(executionHtml(alone, { locale: 'en', hint: true }), /No linked plan: add plan:/);
    assert.match(executionHtml(alone, { locale: 'zh-TW', hint: true }), /未關聯計畫/);
    assert.match(executionHtml(alone, { locale: 'zh-CN', planMissing: './no-such.md' }), /找不到 plan: 指向的计划：\.\/no-such\.md/);
  });
});

describe('plan execution: the roll-up', () => {
  const summaries = () => PEOPLE.flatMap((p) => MONTHS.map((m) => summarizeDocument(`${m}-${p.slug}.md`, analyzed(p.slug, m), { planPath: `2026-Q1-plan-${p.slug}.md` })));

  it('per person: the counts of their summary; per period: the sum; overdue listed with the plan and its line', () => {
    const report = buildRollup(summaries(), { locale: 'en' });
    for (const m of MONTHS) {
      const table = report.tables.find((t) => t.period?.key === m)!;
      const total = { expected: 0, done: 0, unreported: 0, overdue: 0, met: 0, missed: 0 };
      for (const p of PEOPLE) {
        const want = expectedFor(p, m);
        const row = table.rows.find((r) => r.key === p.name)!;
        const a = row.execution!.counts.actions;
        const t = row.execution!.counts.targets;
        assert.deepEqual([a.expected, a.done, a.inProgress, a.notDone, a.unreported, a.overdue, t.met, t.missed], [want.expected, want.done, want.inProgress, want.notDone, want.unreported, want.overdue, want.met, want.missed], `${p.name} ${m}`);
        assert.equal(row.execution!.attainment, Math.round((1000 * want.met) / (want.met + want.missed)) / 10);
        for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += want[k];
      }
      const a = table.execution!.counts.actions;
      assert.deepEqual([a.expected, a.done, a.unreported, a.overdue, table.execution!.counts.targets.met, table.execution!.counts.targets.missed], Object.values(total), m);
      assert.equal(table.execution!.documents, PEOPLE.length);
    }
    const overdue = PEOPLE.flatMap((p) => MONTHS.flatMap((m) => p.actions.filter((a) => a.due.slice(0, 7) === m && !a.reports[m]).map((a) => [m, p.name, a.text, `2026-Q1-plan-${p.slug}.md`])));
    assert.deepEqual(report.overdue.map((o) => [o.period, o.who, o.action, o.plan]), overdue);
    for (const o of report.overdue) assert.ok(planText(PEOPLE.find((p) => p.name === o.who)!).split('\n')[o.planLine - 1].includes(o.action));
  });

  it('per team: the people\'s counts summed', () => {
    const report = buildRollup(summaries(), { locale: 'zh-CN', by: 'team' });
    const feb = report.tables.find((t) => t.period?.key === '2026-02')!;
    const row = feb.rows.find((r) => r.key === TEAM)!;
    const want = PEOPLE.map((p) => expectedFor(p, '2026-02')).reduce((s, c) => ({ expected: s.expected + c.expected, done: s.done + c.done, overdue: s.overdue + c.overdue }), { expected: 0, done: 0, overdue: 0 });
    const a = row.execution!.counts.actions;
    assert.deepEqual({ expected: a.expected, done: a.done, overdue: a.overdue }, want);
  });

  it('a plan followed by monthly summaries is named so, not as a plan without a summary', () => {
    const plans = PEOPLE.map((p) => summarizeDocument(`2026-Q1-plan-${p.slug}.md`, analyze(planText(p), { locale: 'en' })));
    const report = buildRollup([...summaries(), ...plans], { locale: 'en' });
    const msgs = report.problems.filter((x) => x.path.includes('-plan-')).map((x) => x.message);
    assert.equal(msgs.length, PEOPLE.length);
    for (const m of msgs) assert.match(m, /2 summaries report on it/);
  });

  it('rows without a linked plan have no execution, and the report none at all', () => {
    const plain = PEOPLE.map((p) => summarizeDocument(`2026-01-${p.slug}.md`, analyze(summaryText(p, '2026-01'), { locale: 'en' })));
    const report = buildRollup(plain, { locale: 'en' });
    assert.ok(report.tables.every((t) => !t.execution && t.rows.every((r) => !r.execution)));
    assert.deepEqual(report.overdue, []);
  });
});
