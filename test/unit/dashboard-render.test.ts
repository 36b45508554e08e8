// The team dashboard's HTML (src/vscode/dashboard-render.ts) over real engine reports: whatever the
// writers put in their frontmatter comes out as text, never as markup; every link names a document
// of the report (the only paths the extension will open); the charts are finite SVG.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analyze';
import { buildRollup, summarizeDocument } from '../../src/core/rollup';
import type { RollupReport } from '../../src/core/rollup/types';
import * as fx from './rollup/execution-fixture';
import { periodsOf, renderDashboard, reportPaths, trendSvg, type DashboardLabels } from '../../src/vscode/dashboard-render';

const L: DashboardLabels = {
  counts: '{0} documents · {1} used · {2} people · {3} periods · {4} problems',
  person: 'Person', team: 'Team', period: 'Period', completeness: 'Completeness', findings: 'Findings',
  teamAggregate: 'Team aggregate', methodsTitle: 'How', best: 'best', worst: 'worst', target: 'Target', trends: 'Trends',
  missing: 'Missing summaries', noMissing: 'none missing', lastDocument: 'last: {0}', incomplete: 'Incomplete', noIncomplete: 'all complete',
  document: 'Document', line: 'Line', score: 'Score', missingItems: 'Missing', pitfalls: 'Pitfalls', problems: 'Problems', noProblems: 'no problems',
  usedInstead: 'used instead: {0}', noDocuments: 'no documents', noTables: 'no tables', better: 'better', worse: 'worse', same: 'same',
  gap: 'gap', contributors: '({from} → {to})', methods: { sum: 'sum', 'weighted-mean': 'weighted', mean: 'mean' }, documentsN: '{0} documents', higherBetter: 'higher', lowerBetter: 'lower',
};

function doc(author: string, team: string, period: string, satisfaction: number, inquiries: number): string {
  return `---\ntype: summary\nperiod: ${JSON.stringify(period)}\nteam: ${JSON.stringify(team)}\nauthor: ${JSON.stringify(author)}\nkpis:\n  inquiries: ${inquiries}\n  satisfaction:\n    actual: ${satisfaction}\n    target: 95\n---\n\n# ${author}\n\n## 服务数据统计\n\n满意度 ${satisfaction}%。\n`;
}

function report(files: [string, string][], by: 'person' | 'team' | 'period' = 'person'): RollupReport {
  return buildRollup(
    files.map(([p, text]) => summarizeDocument(p, analyze(text, { locale: 'en' }))),
    { by, locale: 'en' },
  );
}

const HOSTILE = '<img src=x onerror=alert(1)>';
const SCRIPT = '"><script>alert(2)</script>';

describe('team dashboard HTML (dashboard-render)', () => {
  const files: [string, string][] = [
    ['file:///ws/a-10.md', doc(HOSTILE, SCRIPT, '2026-10', 92, 1000)],
    ['file:///ws/b-10.md', doc('李娜', SCRIPT, '2026-10', 96, 1000)],
    ['file:///ws/a-11.md', doc(HOSTILE, SCRIPT, '2026-11', 94, 1500)],
    ['file:///ws/"onmouseover=alert(3).md', doc('王强', SCRIPT, '<b>never</b>', 90, 500)],
  ];

  it('escapes every name, team, period and path that comes from the documents', () => {
    for (const by of ['person', 'team', 'period'] as const) {
      const r = report(files, by);
      const html = renderDashboard(r, {}, { labels: L });
      assert.doesNotMatch(html, /<script/i, by);
      assert.doesNotMatch(html, /<img/i, by);
      assert.doesNotMatch(html, /<b>never/, by);
      // Escaped text holds no '<', so every tag found here is one the renderer wrote: none has an on* attribute.
      for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) assert.doesNotMatch(tag.replace(/"[^"]*"/g, "\"\""), /\son\w+\s*=/i, `${by}: ${tag}`);
      if (by === 'person') assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the name is shown as text');
    }
  });

  it('links only to documents the report names', () => {
    const r = report(files);
    const allowed = reportPaths(r);
    assert.ok(allowed.size >= 3);
    const html = renderDashboard(r, {}, { labels: L });
    const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const linked = [...html.matchAll(/class="csplan-open" data-path="([^"]*)" data-line="(\d+)"/g)];
    assert.ok(linked.length >= 3, 'people and documents are links');
    for (const [, p, line] of linked) {
      assert.ok(allowed.has(unescape(p)), `linked path ${p} is in the report`);
      assert.ok(Number(line) >= 1);
    }
  });

  it('filters tables, missing and incomplete entries by period, and lists the periods for the filter', () => {
    const r = report(files);
    assert.deepEqual(periodsOf(r).map((p) => p.key), ['2026-10', '2026-11']);
    const all = renderDashboard(r, {}, { labels: L });
    const nov = renderDashboard(r, { period: '2026-11' }, { labels: L });
    assert.equal((all.match(/<table class="csplan-rollup-table"/g) ?? []).length, 2);
    assert.equal((nov.match(/<table class="csplan-rollup-table"/g) ?? []).length, 1);
    assert.match(nov, /data-period="2026-11"/);
    assert.doesNotMatch(nov, /<table class="csplan-rollup-table" data-period="2026-10"/);
  });

  it('draws finite charts for one point, flat series and gaps', () => {
    const r = report([...files, ['file:///ws/c-10.md', doc('赵敏', 'x', '2026-10', 90, 100)], ['file:///ws/c-12.md', doc('赵敏', 'x', '2026-12', 90, 100)]]);
    assert.ok(r.trends.length > 0);
    for (const t of r.trends) {
      const svg = trendSvg(t, 'en', L);
      assert.match(svg, /^<svg class="csplan-trend-chart"/);
      assert.doesNotMatch(svg, /NaN|Infinity|undefined/);
    }
    const one = trendSvg({ kpi: 'satisfaction', kind: 'month', unit: '%', betterWhen: 'higher', points: [{ period: '2026-10', label: 'Oct 2026', value: 90, n: 1 }], changes: [], perRow: { a: [90] } }, 'en', L);
    assert.doesNotMatch(one, /NaN|Infinity/);
    assert.match(one, /csplan-team-dot/);
  });

  it('says so when there is nothing to roll up', () => {
    const html = renderDashboard(report([]), {}, { labels: L });
    assert.match(html, /no documents/);
    assert.match(html, /data-documents="0"/);
  });
});

describe('team dashboard HTML: plan execution', () => {
  // The fixture of test/unit/rollup/execution-fixture.ts: two agents, a Q1 plan each, January and February.
  const summaries = () =>
    fx.PEOPLE.flatMap((p) =>
      fx.MONTHS.map((m) =>
        summarizeDocument(`file:///ws/${m}-${p.slug}.md`, analyze(fx.summaryText(p, m), { locale: 'zh-CN', linked: { plan: { uri: `plans/${p.slug}.md`, text: fx.planText(p) } } }), { planPath: `file:///ws/plan-${p.slug}.md` }),
      ),
    );

  it('a plan-execution table per period with each person\'s counts, and the overdue actions opening the plan at their line', () => {
    const report = buildRollup(summaries(), { locale: 'zh-CN' });
    const html = renderDashboard(report, {}, { labels: L });
    for (const m of fx.MONTHS) {
      const table = new RegExp(`<table class="csplan-execution-table" data-period="${m}">[\\s\\S]*?</table>`).exec(html)?.[0];
      assert.ok(table, `a table for ${m}`);
      for (const p of fx.PEOPLE) {
        const w = fx.expectedFor(p, m);
        assert.match(table!, new RegExp(`data-expected="${w.expected}" data-done="${w.done}" data-unreported="${w.unreported}" data-overdue="${w.overdue}" data-met="${w.met}" data-missed="${w.missed}"><th scope="row"><a href="#" class="csplan-open" data-path="file:///ws/${m}-${p.slug}.md"`));
      }
    }
    const overdue = /<section class="csplan-overdue-section">[\s\S]*?<\/section>/.exec(html)![0];
    const want = fx.PEOPLE.flatMap((p) => fx.MONTHS.flatMap((m) => p.actions.filter((a) => a.due.startsWith(m) && !a.reports[m]).map((a) => ({ p, a }))));
    assert.equal((overdue.match(/class="csplan-overdue-entry"/g) ?? []).length, want.length);
    for (const { p, a } of want) {
      const line = fx.planText(p).split('\n').findIndex((l) => l.includes(a.text)) + 1;
      assert.ok(overdue.includes(`data-path="file:///ws/plan-${p.slug}.md" data-line="${line}"`), `${a.text} opens the plan at line ${line}`);
    }
    // The plans may be opened from the panel: they are among the report's paths.
    for (const p of fx.PEOPLE.filter((x) => want.some((w) => w.p === x))) assert.ok(reportPaths(report).has(`file:///ws/plan-${p.slug}.md`));
  });

  it('escapes an action\'s text and shows no execution part when no summary has a plan', () => {
    const p = { ...fx.PEOPLE[1], actions: [{ text: '<img src=x onerror=alert(1)>复盘', due: '2026-01-20', reports: {} }] };
    const doc = summarizeDocument('file:///ws/x.md', analyze(fx.summaryText(p, '2026-01'), { locale: 'zh-CN', linked: { plan: { uri: 'p.md', text: fx.planText(p) } } }), { planPath: 'file:///ws/p.md' });
    const html = renderDashboard(buildRollup([doc], { locale: 'zh-CN' }), {}, { labels: L });
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;复盘/);
    assert.doesNotMatch(html, /<img/);
    const plain = renderDashboard(buildRollup([summarizeDocument('file:///ws/y.md', analyze(fx.summaryText(p, '2026-01'), { locale: 'zh-CN' }))], { locale: 'zh-CN' }), {}, { labels: L });
    assert.doesNotMatch(plain, /csplan-execution-table|csplan-overdue-section/);
  });
});
