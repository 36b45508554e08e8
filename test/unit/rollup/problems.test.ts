// Documents the roll-up cannot simply count: missing, malformed (broken YAML, an unreadable period,
// no author), duplicates (same author and period in two files), mixed units and missing weights.
// Each is reported with its path, and nothing is ever counted twice. Then the renderers: what comes
// from documents stays text in Markdown and HTML.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { buildRollup, renderRollup, renderRollupDocx, summarizeDocument, type DocSummary, type RollupReport } from '../../../src/core/rollup';
import { failedSummary } from '../../../src/core/rollup/summarize';
import type { Locale } from '../../../src/core/types';

function doc(o: { author?: string; period?: string; team?: string; type?: string; inquiries?: number; satisfaction?: number | string; satUnit?: string; complaint?: number; extra?: string; body?: string }): string {
  const lines = ['---', `type: ${o.type ?? 'summary'}`];
  if (o.period !== undefined) lines.push(`period: ${o.period}`);
  if (o.team) lines.push(`team: ${o.team}`);
  if (o.author !== undefined) lines.push(`author: ${o.author}`);
  lines.push('kpis:');
  if (o.inquiries !== undefined) lines.push(`  inquiries: ${o.inquiries}`);
  if (o.satisfaction !== undefined) lines.push('  satisfaction:', `    actual: ${o.satisfaction}`, '    target: 92', `    unit: "${o.satUnit ?? '%'}"`);
  if (o.complaint !== undefined) lines.push('  complaint_rate:', `    actual: ${o.complaint}`, '    target: 0.9', '    unit: "%"');
  if (o.extra) lines.push(o.extra);
  lines.push('---', '', o.body ?? '# 月度总结\n\n## 服务数据统计\n\n本月受理咨询若干。\n');
  return lines.join('\n');
}

function summarize(files: Record<string, string>, locale: Locale = 'en'): DocSummary[] {
  return Object.entries(files).map(([path, text]) => summarizeDocument(path, analyze(text, { locale })));
}

describe('rollup: missing, malformed and duplicate documents', () => {
  const files: Record<string, string> = {
    'a/2026-10-zhou.md': doc({ author: '周静', period: '2026-10', inquiries: 1000, satisfaction: 90 }),
    'a/2026-11-zhou.md': doc({ author: '周静', period: '2026-11', inquiries: 1200, satisfaction: 94 }),
    'a/2026-10-li.md': doc({ author: '李明', period: '2026-10', inquiries: 800, satisfaction: 88 }),
    // 李明 November: a copy under another name, and a later, more complete version.
    'a/2026-11-li.md': doc({ author: '李明', period: '2026年11月', inquiries: 900, satisfaction: 91 }),
    'b/copy-of-2026-11-li.md': doc({ author: '李 明', period: '2026/11', inquiries: 999, satisfaction: 10 }),
    // 王芳 handed in for October only.
    'a/2026-10-wang.md': doc({ author: '王芳', period: '2026-10', inquiries: 500, satisfaction: 96 }),
    // Broken YAML: an unclosed quote.
    'a/broken.md': '---\ntype: summary\nauthor: "陈浩\nperiod: 2026-11\n---\n\n# 总结\n',
    // A period nobody can read.
    'a/when.md': doc({ author: '陈浩', period: '下个月', inquiries: 700, satisfaction: 90 }),
    // No author.
    'a/anon.md': doc({ period: '2026-11', inquiries: 650, satisfaction: 93 }),
    // No period.
    'a/no-period.md': doc({ author: '陈浩', inquiries: 650, satisfaction: 93 }),
    // No frontmatter at all (a README).
    'a/README.md': '# 本目录是十一月的总结\n',
  };
  let summaries: DocSummary[];
  let report: RollupReport;
  before(function () {
    this.timeout(30000);
    summaries = [...summarize(files), failedSummary('a/binary.md', 'binary')];
    report = buildRollup(summaries, { locale: 'en' });
  });

  const problem = (path: string) => report.problems.filter((p) => p.path === path);

  it('counts each person once per period: the duplicate is reported, not added', () => {
    const nov = report.tables.find((t) => t.period?.key === '2026-11')!;
    assert.deepEqual(nov.rows.map((r) => r.key).sort(), ['周静', '李明'].sort());
    const li = nov.rows.find((r) => r.key === '李明')!;
    // The two 李明 documents are equally complete and give as many KPIs: the first by path is used.
    assert.deepEqual(li.paths, ['a/2026-11-li.md']);
    assert.equal(li.kpis.inquiries?.actual, 900);
    assert.equal(nov.aggregate.inquiries?.value, 1200 + 900);
    const dup = problem('b/copy-of-2026-11-li.md');
    assert.equal(dup.length, 1);
    assert.equal(dup[0].kind, 'duplicate');
    assert.equal(dup[0].usedPath, 'a/2026-11-li.md');
    assert.match(dup[0].message, /Duplicate of a\/2026-11-li\.md .*same author 李明.*Nov 2026.*first by path/);
  });

  it('keeps the more complete of two duplicates and says why', () => {
    const complete = doc({
      author: '李明',
      period: '2026-11',
      inquiries: 901,
      satisfaction: 91,
      body: '# 总结\n\n## 服务数据统计\n\n受理咨询 901 件。\n\n## 客户反馈分析\n\n好评为主，原因是响应快。\n\n## 问题归类与分析\n\n（一）流程问题：审核慢，原因是规则不清。\n\n## 工作效率与质量评价\n\n质检合格率 95%，每周复盘。\n',
    });
    const more = summarize({ 'z/li-final.md': complete })[0];
    const r = buildRollup([...summaries, more], { locale: 'zh-CN' });
    const nov = r.tables.find((t) => t.period?.key === '2026-11')!;
    assert.deepEqual(nov.rows.find((x) => x.key === '李明')!.paths, ['z/li-final.md']);
    const dups = r.problems.filter((p) => p.kind === 'duplicate');
    assert.deepEqual(dups.map((d) => d.path).sort(), ['a/2026-11-li.md', 'b/copy-of-2026-11-li.md']);
    for (const d of dups) {
      assert.equal(d.usedPath, 'z/li-final.md');
      assert.match(d.message, /完整度更高/);
    }
    assert.equal(nov.aggregate.inquiries?.value, 1200 + 901);
  });

  it('reports broken YAML with the path and line, and does not count it', () => {
    const p = problem('a/broken.md');
    assert.equal(p.length, 1);
    assert.equal(p[0].kind, 'malformed');
    assert.equal(p[0].severity, 'error');
    assert.ok(p[0].line && p[0].line >= 2, `line ${p[0].line}`);
    assert.match(p[0].message, /not valid YAML/);
  });

  it('reports an unreadable period with what was written and where', () => {
    const p = problem('a/when.md');
    assert.equal(p.length, 1);
    assert.equal(p[0].kind, 'unreadable-period');
    assert.equal(p[0].line, 3);
    assert.match(p[0].message, /"下个月"/);
  });

  it('reports a missing author, a missing period, a file without frontmatter and an unreadable file', () => {
    assert.equal(problem('a/anon.md')[0]?.kind, 'missing-author');
    assert.equal(problem('a/no-period.md')[0]?.kind, 'missing-period');
    assert.equal(problem('a/README.md')[0]?.kind, 'no-frontmatter');
    assert.equal(problem('a/README.md')[0]?.severity, 'info');
    assert.equal(problem('a/binary.md')[0]?.kind, 'unreadable-file');
    assert.match(problem('a/binary.md')[0].message, /binary/);
  });

  it('counts: every document once, only the usable ones in the tables', () => {
    assert.equal(report.counts.documents, Object.keys(files).length + 1);
    assert.equal(report.counts.used, 5);
    const inTables = report.tables.flatMap((t) => t.rows.flatMap((r) => r.paths));
    assert.equal(new Set(inTables).size, inTables.length, 'no document in two rows');
    for (const p of report.problems.filter((x) => x.kind !== 'not-rolled-up')) assert.ok(!inTables.includes(p.path), `${p.path} is reported and counted`);
    assert.equal(report.counts.problems, report.problems.filter((p) => p.severity !== 'info').length);
  });

  it('lists 王芳 as not handed in for November', () => {
    assert.deepEqual(report.missing.map((m) => `${m.period} ${m.who}`), ['2026-11 王芳']);
    assert.equal(report.missing[0].lastPath, 'a/2026-10-wang.md');
  });

  it('falls back to a plain mean, and says so, when someone has no 咨询量', () => {
    const r = buildRollup(
      summarize({
        'x.md': doc({ author: 'A', period: '2026-11', inquiries: 100, satisfaction: 90 }),
        'y.md': doc({ author: 'B', period: '2026-11', satisfaction: 80 }),
      }),
      { locale: 'en' },
    );
    const cell = r.tables[0].aggregate.satisfaction!;
    assert.equal(cell.method, 'mean');
    assert.equal(cell.weightMissing, true);
    assert.equal(cell.value, 85);
    assert.match(cell.note, /plain mean.*no inquiries for B/);
    const md = renderRollup(r, 'md');
    assert.match(md, /¹ Satisfaction: plain mean/);
  });

  it('sums targets of counts only when everyone counted gave one', () => {
    const target = (n: number) => `  outbound_calls:\n    actual: ${n}\n    target: 100`;
    const some = buildRollup(
      summarize({
        'x.md': doc({ author: 'A', period: '2026-11', extra: target(90) }),
        'y.md': doc({ author: 'B', period: '2026-11', extra: '  outbound_calls: 120' }),
      }),
      { locale: 'en' },
    );
    assert.equal(some.tables[0].aggregate.outbound_calls?.value, 210);
    assert.equal(some.tables[0].aggregate.outbound_calls?.target, undefined);
    const all = buildRollup(summarize({ 'x.md': doc({ author: 'A', period: '2026-11', extra: target(90) }), 'y.md': doc({ author: 'B', period: '2026-11', extra: target(120) }) }), { locale: 'en' });
    assert.equal(all.tables[0].aggregate.outbound_calls?.target, 200);
  });

  it('leaves a KPI in a unit that does not convert out of the team figure, with a problem', () => {
    const r = buildRollup(
      summarize({
        'x.md': doc({ author: 'A', period: '2026-11', inquiries: 100, satisfaction: 90 }),
        'y.md': doc({ author: 'B', period: '2026-11', inquiries: 100, satisfaction: 94 }),
        'z.md': doc({ author: 'C', period: '2026-11', inquiries: 100, satisfaction: 4.6, satUnit: 'score' }),
      }),
      { locale: 'en' },
    );
    assert.equal(r.tables[0].aggregate.satisfaction?.value, 92);
    const p = r.problems.find((x) => x.kind === 'mixed-units')!;
    assert.equal(p.path, 'z.md');
    assert.match(p.message, /score/);
  });

  it('fills a missing target from the same person’s plan for the period', () => {
    const r = buildRollup(
      summarize({
        's.md': doc({ author: 'A', period: '2026-11', inquiries: 100, extra: '  complaint_rate: 0.8' }),
        'p.md': doc({ author: 'A', period: '2026-11', type: 'plan', complaint: 0.5 }),
      }),
      { locale: 'en' },
    );
    const row = r.tables[0].rows[0];
    assert.deepEqual(row.paths, ['s.md']);
    assert.equal(row.kpis.complaint_rate?.actual, 0.8);
    assert.equal(row.kpis.complaint_rate?.target, 0.9);
    assert.equal(row.kpis.complaint_rate?.met, true);
    assert.equal(r.problems.find((x) => x.path === 'p.md')?.usedPath, 's.md');
  });

  it('trends across a gap are marked, and quarters trend quarter over quarter', () => {
    const r = buildRollup(
      summarize({
        'q1.md': doc({ author: 'A', period: '2026-Q1', inquiries: 100, complaint: 1.0 }),
        'q2.md': doc({ author: 'A', period: '2026年第二季度', inquiries: 100, complaint: 0.8 }),
        'q4.md': doc({ author: 'A', period: 'Q4 2026', inquiries: 100, complaint: 0.9 }),
      }),
      { locale: 'en' },
    );
    const t = r.trends.find((x) => x.kpi === 'complaint_rate')!;
    assert.equal(t.kind, 'quarter');
    assert.deepEqual(t.changes.map((c) => [c.from, c.to, c.verdict, !!c.gap]), [
      ['2026-Q1', '2026-Q2', 'better', false],
      ['2026-Q2', '2026-Q4', 'worse', true],
    ]);
  });
});

describe('rollup: rendering', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  let report: RollupReport;
  before(function () {
    this.timeout(30000);
    report = buildRollup(
      summarize({
        'a|b.md': doc({ author: hostile, team: '<script>x</script>', period: '2026-10', inquiries: 100, satisfaction: 90 }),
        'b.md': doc({ author: hostile, team: '<script>x</script>', period: '2026-11', inquiries: 100, satisfaction: 91 }),
        'c.md': doc({ author: 'B*_`', period: '2026-10', inquiries: 100, satisfaction: 80 }),
        'd.md': doc({ author: 'B*_`', period: '2026-11', inquiries: 50, satisfaction: 85 }),
        'e.md': doc({ author: 'x', period: '"><svg onload=alert(1)>' }),
      }),
      { locale: 'en' },
    );
  });

  it('HTML: self-contained, no script, everything from documents escaped', () => {
    const html = renderRollup(report, 'html');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'"/);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<img/i);
    assert.doesNotMatch(html, /<svg onload/i);
    assert.doesNotMatch(html, /<[^>]*\son\w+=/i, 'no event handler attribute');
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(html, /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*role="img"/, 'an inline SVG trend chart');
    assert.doesNotMatch(html, /https?:\/\/(?!www\.w3\.org\/2000\/svg)/, 'nothing loaded from the network');
  });

  it('Markdown: names stay text, table cells keep their columns', () => {
    const md = renderRollup(report, 'md');
    assert.doesNotMatch(md, /<img|<script|<svg/);
    assert.match(md, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(md, /B\\\*\\_\\`/);
    const lines = md.split('\n');
    const header = lines.findIndex((l) => l.startsWith('| Person'));
    const cols = lines[header].split(' | ').length;
    for (let i = header + 2; lines[i]?.startsWith('| '); i++) assert.equal(lines[i].split(/(?<!\\) \| /).length, cols, lines[i]);
    assert.match(md, /`a\\\|b\.md`|Satisfaction/);
  });

  it('JSON: the report itself', () => {
    assert.deepEqual(JSON.parse(renderRollup(report, 'json')), JSON.parse(JSON.stringify(report)));
  });

  it('speaks the three locales', () => {
    const zhCN = renderRollup({ ...report, locale: 'zh-CN' }, 'md', 'zh-CN');
    const zhTW = renderRollup(report, 'md', 'zh-TW');
    const en = renderRollup(report, 'md', 'en');
    assert.match(zhCN, /^# 团队汇总/);
    assert.match(zhCN, /## 未提交/);
    assert.match(zhTW, /^# 團隊彙整/);
    assert.match(zhTW, /## 未繳交/);
    assert.match(en, /^# Team roll-up/);
    assert.match(en, /## Not handed in/);
  });

  it('docx: a Word package with the tables and escaped names', async () => {
    const bytes = await renderRollupDocx(report, 'zh-CN');
    assert.equal(String.fromCharCode(bytes[0], bytes[1]), 'PK');
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    assert.match(xml, /团队汇总/);
    assert.match(xml, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(xml, /<w:tbl>/);
    assert.match(xml, /w:orient="landscape"/);
  });
});
