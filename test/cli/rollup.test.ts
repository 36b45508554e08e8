// `csplan rollup` through the built CLI (node dist/cli.js), as a team lead runs it: examples/team,
// a generated folder large enough for worker threads, broken inputs, every format, locales, exit codes.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { csplan, ensureBuilt, json, ROOT, TempDir } from './helpers';
import { generateTeam } from '../unit/rollup/generate';

const TEAM = join(ROOT, 'examples/team');
const WORKER = join(ROOT, 'dist/rollup-worker.js');

/** helpers.ensureBuilt() builds dist/cli.js and dist/worker.js; the roll-up worker is built here, the same way. */
async function ensureRollupWorker(): Promise<void> {
  const cli = statSync(join(ROOT, 'dist/cli.js')).mtimeMs;
  if (existsSync(WORKER) && statSync(WORKER).mtimeMs >= cli) return;
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [join(ROOT, 'src/cli/rollup-worker.ts')],
    outfile: WORKER,
    bundle: true,
    minify: true,
    target: 'es2022',
    logLevel: 'silent',
    legalComments: 'none',
    loader: { '.json': 'json' },
    platform: 'node',
    format: 'cjs',
  });
}

describe('csplan rollup (dist/cli.js)', function () {
  this.timeout(180_000);
  let tmp: TempDir;
  before(async () => {
    await ensureBuilt();
    await ensureRollupWorker();
  });
  beforeEach(() => {
    tmp = new TempDir();
  });
  afterEach(() => tmp.dispose());

  describe('examples/team (4 agents × 3 months, one summary missing, one incomplete)', () => {
    it('prints Markdown tables to standard output by default, exit 0', () => {
      const r = csplan(['rollup', TEAM], { cwd: ROOT });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, '');
      assert.match(r.stdout, /^# Team roll-up/);
      for (const month of ['Aug 2026', 'Sep 2026', 'Oct 2026']) assert.match(r.stdout, new RegExp(`^## ${month}$`, 'm'));
      assert.match(r.stdout, /^\| 周静 \| 1,320 \| 22 s \/ 20 s ✗ \|/m);
      assert.match(r.stdout, /^\| \*\*Team\*\* \| \*\*4,890\*\* \|/m);
      assert.match(r.stdout, /^- Oct 2026: 陈浩/m);
      assert.match(r.stdout, /`examples\/team\/2026-09-wang-fang\.md` — 王芳 · 2026-09 — 78/);
      assert.match(r.stdout, /Satisfaction \(month over month\)/);
    });

    it('--format json: the report, with the team figures a person can check by hand', () => {
      const r = csplan(['rollup', 'examples/team', '--format', 'json'], { cwd: ROOT });
      assert.equal(r.code, 0, r.stderr);
      const report = json(r) as unknown as { counts: Record<string, number>; tables: { period: { key: string }; aggregate: Record<string, { value: number; method: string }> }[]; missing: { who: string; period: string }[]; problems: { path: string; kind: string }[] };
      // 11 summaries, the README and the four agents' Q3 plans (which the summaries report on, not counted as figures).
      assert.deepEqual(report.counts, { documents: 16, used: 11, people: 4, teams: 1, periods: 3, problems: 0 });
      const aug = report.tables.find((t) => t.period.key === '2026-08')!;
      assert.equal(aug.aggregate.inquiries.value, 1320 + 1180 + 980 + 1410);
      const sat = (92.4 * 1320 + 89.5 * 1180 + 91.0 * 980 + 88.1 * 1410) / (1320 + 1180 + 980 + 1410);
      assert.ok(Math.abs(aug.aggregate.satisfaction.value - sat) < 1e-6);
      assert.equal(aug.aggregate.satisfaction.method, 'weighted-mean');
      assert.deepEqual(report.missing.map((m) => [m.period, m.who]), [['2026-10', '陈浩']]);
      assert.deepEqual(report.problems.map((p) => [p.path, p.kind]), [
        ...['chen-hao', 'li-ming', 'wang-fang', 'zhou-jing'].map((who) => [`examples/team/2026-Q3-plan-${who}.md`, 'not-rolled-up']),
        ['examples/team/README.md', 'no-frontmatter'],
      ]);
    });

    it('--by team and --by period', () => {
      const team = csplan(['rollup', TEAM, '--by', 'team', '--locale', 'zh-CN'], { cwd: ROOT });
      assert.equal(team.code, 0, team.stderr);
      assert.match(team.stdout, /^\| 团队 \| 客户咨询量/m);
      assert.match(team.stdout, /^\| 华东区电商售后客服组 \| 4,890 \|/m);
      const period = csplan(['rollup', TEAM, '--by', 'period', '--format', 'json'], { cwd: ROOT });
      const report = JSON.parse(period.stdout);
      assert.equal(report.by, 'period');
      assert.deepEqual(report.tables[0].rows.map((r: { key: string }) => r.key), ['2026-08', '2026-09', '2026-10']);
    });

    it('speaks zh-CN, zh-TW and en (flag or environment)', () => {
      const cn = csplan(['rollup', TEAM, '--locale', 'zh-CN'], { cwd: ROOT });
      assert.match(cn.stdout, /^# 团队汇总/);
      assert.match(cn.stdout, /^## 2026年10月$/m);
      assert.match(cn.stdout, /^- 2026年10月：陈浩/m);
      const tw = csplan(['rollup', TEAM], { cwd: ROOT, env: { LANG: 'zh_TW.UTF-8' } });
      assert.match(tw.stdout, /^# 團隊彙整/);
      assert.match(tw.stdout, /## 未繳交/);
      const help = csplan(['rollup', '--help'], { cwd: ROOT, env: { CSPLAN_LOCALE: 'zh-CN' } });
      assert.equal(help.code, 0);
      assert.match(help.stdout, /^用法：csplan rollup/);
      assert.match(csplan(['rollup', '-h'], { cwd: ROOT }).stdout, /^Usage: csplan rollup/);
    });

    it('--out writes HTML (format from the extension) and says where', () => {
      const out = tmp.file('reports/team.html');
      const r = csplan(['rollup', TEAM, '--out', out], { cwd: ROOT });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /Roll-up of 16 documents written to .*team\.html/);
      const html = readFileSync(out, 'utf8');
      assert.match(html, /^<!DOCTYPE html>/);
      assert.match(html, /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.doesNotMatch(html, /<script/i);
    });

    it('--format docx needs --out, and then writes a Word file', async () => {
      const bad = csplan(['rollup', TEAM, '--format', 'docx'], { cwd: ROOT });
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /give a file with --out/);
      const out = tmp.file('team.docx');
      const r = csplan(['rollup', TEAM, '--format', 'docx', '--out', out, '--locale', 'zh-CN'], { cwd: ROOT });
      assert.equal(r.code, 0, r.stderr);
      const zip = await JSZip.loadAsync(readFileSync(out));
      const xml = await zip.file('word/document.xml')!.async('string');
      assert.match(xml, /团队汇总/);
      assert.match(xml, /陈浩/);
    });

    it('--strict exits 1 when someone has not handed in or a summary is incomplete', () => {
      const r = csplan(['rollup', TEAM, '--strict', '--format', 'json'], { cwd: ROOT });
      assert.equal(r.code, 1);
      assert.match(r.stderr, /--strict: 0 problems, 1 missing and 1 incomplete/);
      assert.equal(JSON.parse(r.stdout).counts.documents, 16, 'the report is still written');
    });
  });

  it('a generated folder of 90 summaries (worker threads) gives the same report as one thread, and the right sums', () => {
    const team = generateTeam(7, { people: 18, months: 5, teams: 3 });
    for (const f of team.files) tmp.write(`team/${f.name}`, f.text);
    const withWorkers = csplan(['rollup', 'team', '--format', 'json'], { cwd: tmp.path, timeout: 170_000 });
    assert.equal(withWorkers.code, 0, withWorkers.stderr);
    const oneThread = csplan(['rollup', 'team', '--format', 'json'], { cwd: tmp.path, env: { CSPLAN_WORKERS: '0' }, timeout: 170_000 });
    assert.equal(withWorkers.stdout, oneThread.stdout);
    const report = JSON.parse(withWorkers.stdout);
    assert.equal(report.counts.documents, 90);
    for (const table of report.tables) {
      const rows = team.truth.filter((t) => t.month === table.period.key);
      assert.equal(table.aggregate.inquiries.value, rows.reduce((s, t) => s + t.inquiries, 0));
      assert.equal(table.rows.length, 18);
    }
  });

  it('broken documents are reported in the report, the others counted, exit 0', () => {
    tmp.write('t/a.md', '---\ntype: summary\nauthor: A\nperiod: 2026-11\nkpis:\n  inquiries: 10\n---\n# x\n');
    tmp.write('t/b.md', '---\ntype: summary\nauthor: "B\nperiod: 2026-11\n---\n# x\n');
    tmp.write('t/c.md', '---\ntype: summary\nauthor: C\nperiod: sometime\n---\n# x\n');
    tmp.write('t/d.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    tmp.write('t/e.md', '---\ntype: summary\nauthor: A\nperiod: 2026年11月\nkpis:\n  inquiries: 99\n---\n# x\n');
    const r = csplan(['rollup', 't', '--format', 'json'], { cwd: tmp.path });
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    const kinds = Object.fromEntries(report.problems.map((p: { path: string; kind: string }) => [p.path, p.kind]));
    assert.deepEqual(kinds, { 't/b.md': 'malformed', 't/c.md': 'unreadable-period', 't/d.md': 'unreadable-file', 't/e.md': 'duplicate' });
    assert.equal(report.tables[0].aggregate.inquiries.value, 10, 'the duplicate is not added');
    const strict = csplan(['rollup', 't', '--strict'], { cwd: tmp.path });
    assert.equal(strict.code, 1);
  });

  it('a clean folder passes --strict', () => {
    const team = generateTeam(3, { people: 3, months: 2 });
    for (const f of team.files) tmp.write(`ok/${f.name}`, f.text);
    const r = csplan(['rollup', 'ok', '--strict'], { cwd: tmp.path });
    assert.equal(r.code, 0, r.stderr);
  });

  describe('usage errors exit 2', () => {
    const cases: [string, string[], RegExp][] = [
      ['an unknown --by', ['--by', 'month'], /--by must be person, team or period/],
      ['an unknown --format', ['--format', 'pdf'], /--format must be md, json, html or docx/],
      ['an unknown option', ['--bogus'], /Unknown option --bogus/],
      ['a bad --incomplete-below', ['--incomplete-below', '120'], /--incomplete-below must be a number/],
      ['a bad --locale', ['--locale', 'fr'], /--locale must be zh-CN, zh-TW or en/],
    ];
    for (const [what, args, re] of cases) {
      it(what, () => {
        const r = csplan(['rollup', TEAM, ...args], { cwd: ROOT });
        assert.equal(r.code, 2);
        assert.match(r.stderr, re);
        assert.equal(r.stdout, '');
      });
    }
    it('a folder that does not exist, a glob that matches nothing', () => {
      const r = csplan(['rollup', 'nowhere'], { cwd: tmp.path });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /nowhere: no such file or folder/);
      const g = csplan(['rollup', 'x/**/*.md'], { cwd: tmp.path });
      assert.equal(g.code, 2);
      assert.match(g.stderr, /No files match x\/\*\*\/\*\.md/);
      const cn = csplan(['rollup', 'nowhere', '--locale', 'zh-CN'], { cwd: tmp.path });
      assert.match(cn.stderr, /nowhere：文件或目录不存在/);
    });
    it('--out pointing at one of the documents', () => {
      const a = tmp.write('a.md', '---\ntype: summary\nauthor: A\nperiod: 2026-11\n---\n# x\n');
      const r = csplan(['rollup', '.', '--out', 'a.md'], { cwd: tmp.path });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /is one of the documents being rolled up/);
      assert.match(readFileSync(a, 'utf8'), /author: A/, 'left untouched');
    });
  });
});
