// `csplan rollup` with plans: each summary is linked to its plan as `csplan lint` links it, and the
// plan execution of each person and of the team is in every format. Expected figures are counted
// from the fixture's data (test/unit/rollup/execution-fixture.ts), not by the engine.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { csplan, ensureBuilt, TempDir } from './helpers';
import { expectedFor, fixtureFiles, MONTHS, PEOPLE } from '../unit/rollup/execution-fixture';

describe('csplan rollup: plan execution (dist/cli.js)', function () {
  this.timeout(120_000);
  let tmp: TempDir;
  before(async () => {
    await ensureBuilt();
    tmp = new TempDir();
    for (const [rel, text] of Object.entries(fixtureFiles())) tmp.write(`team/${rel}`, text);
  });
  after(() => tmp.dispose());

  it('--format json: per person and month the counts a lead makes by hand, the team total, the overdue actions', () => {
    const r = csplan(['rollup', 'team', '--format', 'json'], { cwd: tmp.path });
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    for (const m of MONTHS) {
      const table = report.tables.find((t: { period: { key: string } }) => t.period.key === m);
      let overdue = 0;
      for (const p of PEOPLE) {
        const want = expectedFor(p, m);
        const row = table.rows.find((x: { key: string }) => x.key === p.name);
        const a = row.execution.counts.actions;
        assert.deepEqual([a.expected, a.done, a.inProgress, a.notDone, a.unreported, a.overdue], [want.expected, want.done, want.inProgress, want.notDone, want.unreported, want.overdue], `${p.name} ${m}`);
        assert.deepEqual([row.execution.counts.targets.met, row.execution.counts.targets.missed], [want.met, want.missed]);
        overdue += want.overdue;
      }
      assert.equal(table.execution.counts.actions.overdue, overdue, m);
    }
    const wantOverdue = PEOPLE.flatMap((p) => MONTHS.flatMap((m) => p.actions.filter((a) => a.due.startsWith(m) && !a.reports[m]).map((a) => `${m} ${p.name} ${a.text} team/2026-Q1-plan-${p.slug}.md`)));
    assert.deepEqual(report.overdue.map((o: { period: string; who: string; action: string; plan: string }) => `${o.period} ${o.who} ${o.action} ${o.plan}`), wantOverdue);
    // Each plan is named as followed by its two monthly summaries.
    const plans = report.problems.filter((x: { path: string }) => x.path.includes('-plan-'));
    assert.equal(plans.length, PEOPLE.length);
    for (const x of plans) assert.match(x.message, /2 summaries report on it/);
  });

  it('md (zh-CN): a plan-execution table per month and the overdue list with the plan\'s line', () => {
    const r = csplan(['rollup', 'team', '--locale', 'zh-CN'], { cwd: tmp.path });
    assert.equal(r.code, 0, r.stderr);
    const p = PEOPLE[1];
    const w = expectedFor(p, '2026-01');
    assert.match(r.stdout, /^\| 人员 \| 应汇报措施 \| 已完成 \| 进行中 \| 未完成 \| 未汇报 \| 逾期 \| 目标达成 \| 达成率 \|$/m);
    assert.match(r.stdout, new RegExp(`^\\| ${p.name} \\| ${w.expected} \\| ${w.done} \\| ${w.inProgress} \\| ${w.notDone} \\| ${w.unreported} \\| ${w.overdue} \\| ${w.met} / ${w.met + w.missed}`, 'm'));
    assert.match(r.stdout, /^## 计划执行情况$/m);
    assert.match(r.stdout, /^- 2026年1月 · 钱峰：整理退换货凭证常见问题（完成时间 2026-01-25） — 计划 team\/2026-Q1-plan-qian-feng\.md 第 \d+ 行$/m);
  });

  it('html (en) and docx (zh-TW): the same table, escaped, in the Word file too', async () => {
    const html = csplan(['rollup', 'team', '--format', 'html', '--locale', 'en'], { cwd: tmp.path });
    assert.equal(html.code, 0, html.stderr);
    assert.match(html.stdout, /<table class="csplan-execution-table"><caption>Plan execution<\/caption>/);
    assert.match(html.stdout, /<h3>Plan actions overdue, not reported<\/h3>\n<ul class="csplan-overdue"><li>Jan 2026 · 钱峰: 整理退换货凭证常见问题 \(due 2026-01-25\)/);
    assert.doesNotMatch(html.stdout, /<script/i);
    const out = tmp.file('team.docx');
    const r = csplan(['rollup', 'team', '--format', 'docx', '--out', out, '--locale', 'zh-TW'], { cwd: tmp.path });
    assert.equal(r.code, 0, r.stderr);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    // The headings in the report's language; the action as its writer wrote it.
    for (const s of ['計畫執行情況', '應回報措施', '逾期未回報的計畫措施', '整理退换货凭证常见问题']) assert.ok(xml.includes(s), s);
  });
});
