// `csplan export` through the built CLI (node dist/cli.js), as a user runs it.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { analyze } from '../../src/core/analyze';
import { csplan, ensureBuilt, ROOT, TempDir, PLAN_ZH } from './helpers';

const REPORT = readFileSync(join(ROOT, 'test/fixtures/export/16-airline-contact-centre-summary-plan.md'), 'utf8');

describe('csplan export (dist/cli.js)', function () {
  this.timeout(120_000);
  let tmp: TempDir;
  before(async () => {
    await ensureBuilt();
  });
  beforeEach(() => {
    tmp = new TempDir();
    tmp.write('report.md', REPORT);
    tmp.write('plan.md', PLAN_ZH);
  });
  afterEach(() => tmp.dispose());

  it('writes a .docx whose document.xml holds the headings in Word heading styles', async () => {
    const r = csplan(['export', 'report.md', '--format', 'docx'], { cwd: tmp.path });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /wrote report\.docx/);
    const zip = await JSZip.loadAsync(readFileSync(tmp.file('report.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    assert.match(xml, /<w:pStyle w:val="Heading1"\/>/);
    assert.match(xml, /<w:pStyle w:val="Heading2"\/>/);
  });

  it('writes a self-contained HTML file (the CSS found next to dist/) with analyze()\'s scorecard', () => {
    const r = csplan(['export', 'report.md', '--format', 'html', '--out', 'out/report.html'], { cwd: tmp.path });
    assert.equal(r.code, 0, r.stderr);
    const html = readFileSync(tmp.file('out/report.html'), 'utf8');
    const c = analyze(REPORT, { locale: 'en' }).completeness;
    assert.match(html, new RegExp(`data-score="${c.score}" data-met="${c.met}" data-total="${c.total}"`));
    assert.match(html, /<style>[\s\S]*--csplan-fg/);
    assert.ok(!/<script|<link /i.test(html));
  });

  it('refuses to overwrite without --force: exit 2, a message, the file untouched', () => {
    tmp.write('report.html', 'precious');
    const r = csplan(['export', 'report.md', '-f', 'html'], { cwd: tmp.path });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /report\.html already exists; use --force/);
    assert.equal(readFileSync(tmp.file('report.html'), 'utf8'), 'precious');
    const f = csplan(['export', 'report.md', '-f', 'html', '--force'], { cwd: tmp.path });
    assert.equal(f.code, 0, f.stderr);
    assert.match(readFileSync(tmp.file('report.html'), 'utf8'), /^<!DOCTYPE html>/);
  });

  it('warns on stderr when the document is incomplete, in the user\'s language, and exports anyway', () => {
    const r = csplan(['export', 'plan.md', '-f', 'docx'], { cwd: tmp.path, env: { LANG: 'zh_CN.UTF-8' } });
    assert.equal(r.code, 0, r.stderr);
    const c = analyze(PLAN_ZH, { locale: 'zh-CN' }).completeness;
    assert.ok(c.met < c.total);
    assert.ok(r.stderr.includes(`警告：plan.md 内容不完整（已满足 ${c.met}/${c.total} 项，得分 ${c.score}/100）`), r.stderr);
    assert.ok(existsSync(tmp.file('plan.docx')));
  });

  it('exits 2 on usage errors', () => {
    assert.equal(csplan(['export'], { cwd: tmp.path }).code, 2);
    assert.equal(csplan(['export', 'report.md', '-f', 'pdf'], { cwd: tmp.path }).code, 2);
    assert.equal(csplan(['export', 'missing.md', '-f', 'html'], { cwd: tmp.path }).code, 2);
    const help = csplan(['export', '--help'], { cwd: tmp.path });
    assert.equal(help.code, 0);
    assert.match(help.stdout, /csplan export FILE --format docx\|html/);
  });
});
