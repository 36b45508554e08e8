// `csplan export` in-process (runExport); test/cli/export.test.ts runs the same through dist/cli.js.
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import JSZip from 'jszip';
import { runExport, EXPORT_MESSAGES } from '../../src/cli/export';
import { analyze } from '../../src/core/analyze';
import { LOCALES } from '../../src/core/types';

class Sink extends Writable {
  text = '';
  _write(chunk: Buffer, _enc: string, cb: () => void) {
    this.text += chunk.toString();
    cb();
  }
}

const source = readFileSync(join(__dirname, '..', 'fixtures', 'export', '03-hospital-patient-service-summary-plan.md'), 'utf8');
const INCOMPLETE = '---\ntype: plan\n---\n# 2026 年计划\n\n## 目标\n\n满意度提升到 95%。\n';

async function run(args: string[], cwd: string, env: Record<string, string> = { LANG: 'C' }) {
  const stdout = new Sink();
  const stderr = new Sink();
  const code = await runExport(args, { stdout, stderr, cwd, env });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('csplan export (in-process)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'csplan-export-'));
    writeFileSync(join(dir, 'report.md'), source);
    writeFileSync(join(dir, 'plan.md'), INCOMPLETE);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a .docx next to the source by default', async () => {
    const r = await run(['report.md', '--format', 'docx'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /wrote report\.docx/);
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'report.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    assert.ok(xml.includes('患者服务中心 2024 年上半年工作总结及下半年工作计划'));
  });

  it('writes HTML to --out, format taken from the extension', async () => {
    const r = await run(['report.md', '--out', 'out/r.html'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /wrote out\/r\.html/);
    const html = readFileSync(join(dir, 'out', 'r.html'), 'utf8');
    const c = analyze(source, { locale: 'en' }).completeness;
    assert.match(html, new RegExp(`data-score="${c.score}" data-met="${c.met}" data-total="${c.total}"`));
    assert.ok(!html.includes('<script'));
  });

  it('refuses to overwrite without --force (exit 2, file untouched), overwrites with it', async () => {
    writeFileSync(join(dir, 'report.docx'), 'precious');
    const r = await run(['report.md', '--format', 'docx'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /report\.docx already exists; use --force/);
    assert.equal(readFileSync(join(dir, 'report.docx'), 'utf8'), 'precious');
    const f = await run(['report.md', '--format', 'docx', '--force'], dir);
    assert.equal(f.code, 0, f.stderr);
    assert.equal(readFileSync(join(dir, 'report.docx')).subarray(0, 2).toString(), 'PK');
  });

  it('warns on stderr when the document is incomplete, and still exports', async () => {
    const r = await run(['plan.md', '--format', 'html', '--locale', 'zh-CN'], dir);
    assert.equal(r.code, 0, r.stderr);
    const c = analyze(INCOMPLETE, { locale: 'zh-CN' }).completeness;
    assert.ok(c.met < c.total);
    assert.ok(r.stderr.includes(`警告：plan.md 内容不完整（已满足 ${c.met}/${c.total} 项，得分 ${c.score}/100）`), r.stderr);
    assert.ok(existsSync(join(dir, 'plan.html')));
    assert.match(r.stdout, /已写出 plan\.html/);
  });

  it('speaks the environment locale and rejects bad usage with exit 2', async () => {
    assert.equal((await run([], dir)).code, 2);
    const nf = await run(['nope.md', '-f', 'docx'], dir, { LANG: 'zh_TW.UTF-8' });
    assert.equal(nf.code, 2);
    assert.match(nf.stderr, /無法讀取 nope\.md：檔案不存在/);
    assert.match((await run(['report.md', '-f', 'pdf'], dir)).stderr, /unknown format "pdf"/);
    assert.match((await run(['report.md'], dir)).stderr, /--format docx or --format html/);
    assert.equal((await run(['report.md', '-f', 'html', '--locale', 'fr'], dir)).code, 2);
    assert.equal((await run(['report.md', '-f', 'html', '--bogus'], dir)).code, 2);
    assert.equal((await run(['report.md', '-f', 'html', '-o', 'report.md'], dir)).code, 2);
    assert.equal(readFileSync(join(dir, 'report.md'), 'utf8'), source);
    const help = await run(['--help', '--locale', 'zh-TW'], dir);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /用法：csplan export/);
  });

  it('adds the scorecard appendix with --appendix', async () => {
    await run(['report.md', '-f', 'docx', '--appendix', '--locale', 'en'], dir);
    const xml = await (await JSZip.loadAsync(readFileSync(join(dir, 'report.docx')))).file('word/document.xml')!.async('string');
    assert.match(xml, /Appendix: completeness check/);
    assert.ok(statSync(join(dir, 'report.docx')).size > 5000);
  });

  it('has every message in the three locales', () => {
    for (const [id, msg] of Object.entries(EXPORT_MESSAGES)) for (const l of LOCALES) assert.ok((msg as Record<string, string>)[l], `${id}.${l}`);
  });
});
