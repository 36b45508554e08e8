// Spawns the built `csplan` (dist/cli.js) the way users and CI do.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, symlinkSync, statSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../src/core/rules';
import { BAD_YAML, CLI, PLAN_ZH, ROOT, TempDir, allRulesOff, csplan, ensureBuilt, json } from './helpers';

const KEYS = ['file', 'line', 'column', 'endLine', 'endColumn', 'rule', 'severity', 'message'];
const CJK = /[\u4e00-\u9fff]/;
// Characters that exist only in one of the two scripts (of those the messages use).
const SIMPLIFIED_ONLY = /[们这个时间问题负责设没为与说无应项见检处进阶监环节较让错误过馈访]/;
const TRADITIONAL_ONLY = /[們這個時間問題負責設沒為與說無應項見檢處進階監環節較讓錯誤過饋訪]/;

/** Findings per file, without the message (to compare runs that differ only in language or order). */
function shape(findings: any[]): string[] {
  return findings.map((f) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule} ${f.severity}`);
}

describe('csplan (built CLI)', function () {
  this.timeout(120_000);
  let tmp: TempDir;

  before(async () => {
    await ensureBuilt();
  });
  beforeEach(() => {
    tmp = new TempDir();
  });
  afterEach(() => tmp.dispose());

  describe('basics', () => {
    it('has a shebang and prints its version and help', () => {
      assert.match(readFileSync(CLI, 'utf8').slice(0, 30), /^#!\/usr\/bin\/env node/);
      const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
      const v = csplan(['--version']);
      assert.equal(v.code, 0);
      assert.equal(v.stdout.trim(), pkg.version);
      const en = csplan(['--help']);
      const cn = csplan(['--help', '--locale', 'zh-CN']);
      const tw = csplan(['--help'], { env: { LANG: 'zh_TW.UTF-8' } });
      for (const r of [en, cn, tw]) {
        assert.equal(r.code, 0);
        assert.match(r.stdout, /csplan lint/);
        assert.match(r.stdout, /--format stylish\|json\|sarif/);
      }
      assert.match(en.stdout, /Usage:/);
      assert.match(cn.stdout, /用法/);
      assert.doesNotMatch(cn.stdout, TRADITIONAL_ONLY);
      assert.match(tw.stdout, /用法/);
      assert.match(tw.stdout, TRADITIONAL_ONLY);
      assert.equal(csplan(['lint', '--help']).code, 0);
    });

    it('exits 2 with a clear message on usage errors', () => {
      const cases: [string[], RegExp][] = [
        [[], /No command given/],
        [['frobnicate'], /Unknown command "frobnicate"/],
        [['lint', '--bogus'], /Unknown option "--bogus"/],
        [['lint', '--format', 'xml', 'x.md'], /Unknown format "xml"/],
        [['lint', '--locale', 'fr', 'x.md'], /Unknown locale "fr"/],
        [['lint', '--max-warnings', 'many', 'x.md'], /--max-warnings needs a whole number/],
        [['lint', '--format'], /needs a value/],
      ];
      for (const [args, re] of cases) {
        const r = csplan(args, { cwd: tmp.path });
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr, re, args.join(' '));
        assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
      }
      const cn = csplan(['lint', '--bogus'], { cwd: tmp.path, env: { CSPLAN_LOCALE: 'zh-CN' } });
      assert.match(cn.stderr, /未知的选项“--bogus”/);
    });

    it('says "not available" for export and rollup until they exist, or runs them', () => {
      for (const cmd of ['export', 'rollup']) {
        const exists = (() => {
          try {
            return statSync(join(ROOT, `src/cli/${cmd}.ts`)).isFile();
          } catch {
            return false;
          }
        })();
        const r = csplan([cmd, '--help'], { cwd: tmp.path });
        if (!exists) {
          assert.equal(r.code, 2);
          assert.match(r.stderr, /not available/);
        } else assert.doesNotMatch(r.stderr, /Unknown command/);
      }
    });
  });

  describe('output formats', () => {
    it('--format json: one array of {file, line, column, endLine, endColumn, rule, severity, message}, nothing else', () => {
      tmp.write('plan.md', PLAN_ZH);
      tmp.write('bad.md', BAD_YAML);
      const r = csplan(['lint', '--format', 'json', 'plan.md', 'bad.md'], { cwd: tmp.path });
      assert.ok(r.code === 0 || r.code === 1, r.stderr);
      const a = json(r);
      assert.ok(Array.isArray(a) && a.length > 0);
      for (const f of a) {
        assert.deepEqual(Object.keys(f).sort(), [...KEYS].sort());
        for (const k of ['line', 'column', 'endLine', 'endColumn']) assert.ok(Number.isInteger(f[k]) && f[k] >= 1, `${k} = ${f[k]}`);
        assert.ok(f.endLine > f.line || (f.endLine === f.line && f.endColumn >= f.column));
        assert.ok(['error', 'warning', 'info'].includes(f.severity));
        assert.ok(f.message.length > 0);
      }
      assert.ok(a.some((f) => f.file === 'plan.md' && f.rule === 'action-missing-owner' && f.line === 18));
      assert.ok(a.some((f) => f.file === 'plan.md' && f.rule === 'vague-deadline' && f.line === 18 && f.column === 13 && f.endColumn === 15));
      assert.ok(a.some((f) => f.file === 'bad.md' && f.rule === 'frontmatter-yaml' && f.line >= 4 && f.line <= 5));
      // Files in input order; findings of a file by position.
      const files = a.map((f) => f.file);
      assert.ok(files.lastIndexOf('plan.md') < files.indexOf('bad.md'));
    });

    it('--format sarif: SARIF 2.1.0 with rules and results as GitHub code scanning reads them', () => {
      tmp.write('docs/plan.md', PLAN_ZH);
      const r = csplan(['lint', '--format', 'sarif', 'docs'], { cwd: tmp.path });
      const s = JSON.parse(r.stdout);
      assert.equal(s.version, '2.1.0');
      assert.match(s.$schema, /sarif-2\.1\.0/);
      assert.equal(s.runs.length, 1);
      const driver = s.runs[0].tool.driver;
      assert.equal(driver.name, 'csplan');
      assert.match(driver.version, /^\d+\.\d+\.\d+/);
      assert.match(driver.informationUri, /^https:\/\//);
      assert.deepEqual(driver.rules.map((x: any) => x.id), RULES.map((x) => x.id));
      for (const rule of driver.rules) {
        assert.ok(rule.shortDescription.text && rule.fullDescription.text, rule.id);
        assert.match(rule.helpUri, new RegExp(`^https://.*/docs/rules/${rule.id}\\.md$`));
        assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
      }
      const results = s.runs[0].results;
      assert.ok(results.length > 0);
      for (const res of results) {
        assert.equal(driver.rules[res.ruleIndex].id, res.ruleId);
        assert.ok(['error', 'warning', 'note'].includes(res.level));
        assert.ok(res.message.text);
        const loc = res.locations[0].physicalLocation;
        assert.deepEqual(loc.artifactLocation, { uri: 'docs/plan.md', uriBaseId: '%SRCROOT%' });
        const g = loc.region;
        for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) assert.ok(Number.isInteger(g[k]) && g[k] >= 1);
      }
      assert.ok(results.some((x: any) => x.ruleId === 'vague-deadline' && x.locations[0].physicalLocation.region.startLine === 18));
      assert.equal(s.runs[0].invocations[0].executionSuccessful, true);
    });

    it('stylish: a block per file in input order and a summary line', () => {
      tmp.write('b.md', PLAN_ZH);
      tmp.write('a.md', PLAN_ZH);
      const r = csplan(['lint', 'b.md', 'a.md'], { cwd: tmp.path });
      const lines = r.stdout.split('\n');
      assert.ok(lines.indexOf('b.md') >= 0 && lines.indexOf('b.md') < lines.indexOf('a.md'), r.stdout);
      assert.ok(lines.some((l) => /^\s+18:13\s+warning\s+.*vague-deadline$/.test(l)), r.stdout);
      const total = json(csplan(['lint', '-f', 'json', 'b.md', 'a.md'], { cwd: tmp.path })).length;
      assert.match(r.stdout, new RegExp(`✖ ${total} problems \\(\\d+ errors?, \\d+ warnings?(, \\d+ infos?)?\\)`));
      assert.doesNotMatch(r.stdout, /\u001b\[/, 'no colours when not a terminal');
    });
  });

  describe('exit codes', () => {
    it('0 without error findings, 1 with some, 2 with an unreadable file (the others still linted)', () => {
      tmp.write('plan.md', PLAN_ZH);
      tmp.write('off/.csplanrc.yaml', allRulesOff(RULES.map((x) => x.id)));
      tmp.write('off/plan.md', PLAN_ZH);
      tmp.write('strict/.csplanrc.yaml', 'rules:\n  vague-deadline: error\n');
      tmp.write('strict/plan.md', PLAN_ZH);

      const clean = csplan(['lint', '--format', 'json', 'off/plan.md'], { cwd: tmp.path });
      assert.equal(clean.code, 0, clean.stderr);
      assert.deepEqual(json(clean), []);

      const strict = csplan(['lint', '--format', 'json', 'strict/plan.md'], { cwd: tmp.path });
      assert.equal(strict.code, 1);
      assert.ok(json(strict).some((f) => f.rule === 'vague-deadline' && f.severity === 'error'));

      const missing = csplan(['lint', '--format', 'json', 'plan.md', 'nope.md', 'off/plan.md'], { cwd: tmp.path });
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /nope\.md: no such file or folder/);
      assert.ok(json(missing).some((f) => f.file === 'plan.md'));
    });

    it('--quiet reports errors only; --max-warnings turns too many warnings into exit 1', () => {
      tmp.write('.csplanrc.yaml', 'rules:\n  vague-deadline: error\n');
      tmp.write('plan.md', PLAN_ZH);
      const quiet = json(csplan(['lint', '-q', '-f', 'json', 'plan.md'], { cwd: tmp.path }));
      assert.ok(quiet.length > 0 && quiet.every((f) => f.severity === 'error'));
      tmp.write('.csplanrc.yaml', 'rules:\n  vague-deadline: warning\n');
      const all = json(csplan(['lint', '-f', 'json', 'plan.md'], { cwd: tmp.path }));
      const warnings = all.filter((f) => f.severity === 'warning').length;
      const errors = all.filter((f) => f.severity === 'error').length;
      assert.ok(warnings > 0);
      const over = csplan(['lint', '--max-warnings', String(warnings - 1), 'plan.md'], { cwd: tmp.path });
      assert.equal(over.code, 1);
      assert.match(over.stderr, /too many warnings/);
      const ok = csplan(['lint', '--max-warnings', String(warnings), 'plan.md'], { cwd: tmp.path });
      assert.equal(ok.code, errors ? 1 : 0);
    });
  });

  describe('inputs', () => {
    it('skips Markdown that is not a summary, plan or SOP when a folder or glob finds it, and checks it when named', () => {
      tmp.write('docs/plan.md', PLAN_ZH);
      tmp.write('docs/README.md', '# 团队文档\n\n这里放每月的总结和计划。\n\n## 目录\n\n- 2026 年 11 月\n');
      for (const input of ['docs', 'docs/*.md']) {
        const r = csplan(['lint', '--format', 'json', input], { cwd: tmp.path });
        const files = new Set(json(r).map((f) => f.file));
        assert.ok(files.has('docs/plan.md'), `${input}: the plan is checked`);
        assert.ok(!files.has('docs/README.md'), `${input}: the README is skipped`);
      }
      const stylish = [csplan(['lint', 'docs'], { cwd: tmp.path }), csplan(['lint', 'docs', '--locale', 'zh-CN'], { cwd: tmp.path }), csplan(['lint', 'docs', '--locale', 'zh-TW'], { cwd: tmp.path })];
      assert.match(stylish[0].stdout, /1 Markdown file was skipped: not a summary, plan or SOP/);
      assert.match(stylish[1].stdout, /跳过了 1 个不是总结、计划或流程的 Markdown 文件/);
      assert.match(stylish[2].stdout, /略過了 1 個不是總結、計畫或流程的 Markdown 檔案/);
      // Named, it is checked like any other file: a draft whose title says it is a summary gets the
      // summary's findings (an index with no stated type and no figures gets none: nothing says it is one).
      tmp.write('docs/draft.md', '# 2026 年 11 月工作总结（草稿）\n\n这里先记下要点。\n');
      const folder = json(csplan(['lint', '--format', 'json', 'docs'], { cwd: tmp.path }));
      assert.ok(!folder.some((f) => f.file === 'docs/draft.md'), 'the draft is skipped in a folder');
      const named = json(csplan(['lint', '--format', 'json', 'docs/draft.md'], { cwd: tmp.path }));
      assert.ok(named.some((f) => f.file === 'docs/draft.md' && f.rule === 'missing-kpi'));
      assert.deepEqual(json(csplan(['lint', '--format', 'json', 'docs/README.md'], { cwd: tmp.path })), []);
      // Across worker threads too.
      for (let i = 0; i < 40; i++) tmp.write(`many/notes-${i}.md`, `# 会议记录 ${i}\n\n讨论了排班。\n`);
      tmp.write('many/plan.md', PLAN_ZH);
      const many = csplan(['lint', 'many'], { cwd: tmp.path, env: { CSPLAN_WORKERS: '1' } });
      assert.match(many.stdout, /40 Markdown files were skipped/);
      assert.match(many.stdout, /many\/plan\.md/);
    });

    it('reads standard input with -, and --stdin-filename finds the config', () => {
      const r = csplan(['lint', '--format', 'json', '-'], { cwd: tmp.path, input: PLAN_ZH });
      const a = json(r);
      assert.ok(a.some((f) => f.rule === 'action-missing-owner' && f.file === '<stdin>'));
      tmp.write('team/.csplanrc.yaml', 'rules:\n  action-missing-owner: off\n');
      const named = json(csplan(['lint', '-f', 'json', '--stdin-filename', 'team/plan.md', '-'], { cwd: tmp.path, input: PLAN_ZH }));
      assert.ok(named.every((f) => f.rule !== 'action-missing-owner' && f.file === 'team/plan.md'));
      assert.ok(named.some((f) => f.rule === 'vague-deadline'));
    });

    it('reports binary and non-UTF-8 files on stderr without crashing, and lints the rest', () => {
      tmp.write('plan.md', PLAN_ZH);
      tmp.write('image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
      tmp.write('gbk.md', Buffer.from([0x23, 0x20, 0xbf, 0xcd, 0xb7, 0xfe, 0xd7, 0xdc, 0xbd, 0xe1, 0x0a])); // "# 客服总结" in GBK
      tmp.write('utf16.md', Buffer.from('\ufeff# 客服总结\n', 'utf16le'));
      const r = csplan(['lint', '-f', 'json', 'image.md', 'gbk.md', 'utf16.md', 'plan.md'], { cwd: tmp.path });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /image\.md: skipped, this is a binary file/);
      assert.match(r.stderr, /gbk\.md: skipped, the file is not valid UTF-8 \(first bad byte at offset 2\)/);
      assert.match(r.stderr, /utf16\.md: skipped, the file is UTF-16 encoded/);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
      const a = json(r);
      assert.ok(a.length > 0 && a.every((f) => f.file === 'plan.md'));
      const stdin = csplan(['lint', '-'], { cwd: tmp.path, input: Buffer.from([0xff, 0xfe, 0x00, 0x41]) });
      assert.equal(stdin.code, 2);
      assert.match(stdin.stderr, /UTF-16/);
    });

    it('strips a UTF-8 BOM and reads CRLF files with the same positions', () => {
      tmp.write('lf.md', PLAN_ZH);
      tmp.write('bom.md', '\ufeff' + PLAN_ZH);
      tmp.write('crlf.md', PLAN_ZH.replace(/\n/g, '\r\n'));
      const a = json(csplan(['lint', '-f', 'json', 'lf.md', 'bom.md', 'crlf.md'], { cwd: tmp.path }));
      const of = (name: string) => shape(a.filter((f) => f.file === name)).map((s) => s.replace(/^[^:]+/, ''));
      assert.ok(of('lf.md').length > 0);
      assert.deepEqual(of('bom.md'), of('lf.md'));
      assert.deepEqual(of('crlf.md'), of('lf.md'));
    });

    it('expands folders to **/*.md without node_modules and dot-folders; survives a symlink loop', () => {
      tmp.write('docs/a.md', PLAN_ZH);
      tmp.write('docs/sub/b.md', PLAN_ZH);
      tmp.write('docs/notes.txt', PLAN_ZH);
      tmp.write('docs/node_modules/pkg/c.md', PLAN_ZH);
      tmp.write('docs/.drafts/d.md', PLAN_ZH);
      symlinkSync('..', tmp.file('docs/sub/loop'));
      const r = csplan(['lint', '-f', 'json', 'docs'], { cwd: tmp.path, timeout: 30_000 });
      const files = [...new Set(json(r).map((f) => f.file))];
      assert.deepEqual(files, ['docs/a.md', 'docs/sub/b.md']);
      // A folder given where a file is expected is expanded too; `.` is the default.
      const dflt = csplan(['lint', '-f', 'json'], { cwd: tmp.file('docs'), timeout: 30_000 });
      assert.deepEqual([...new Set(json(dflt).map((f) => f.file))], ['a.md', 'sub/b.md']);
    });

    it('expands globs, and says so clearly when a glob matches nothing (exit 2)', () => {
      tmp.write('docs/2026/q1.md', PLAN_ZH);
      tmp.write('docs/2026/q2.md', PLAN_ZH);
      tmp.write('docs/other.txt', 'x');
      const g = csplan(['lint', '-f', 'json', 'docs/**/*.md'], { cwd: tmp.path });
      assert.deepEqual([...new Set(json(g).map((f) => f.file))], ['docs/2026/q1.md', 'docs/2026/q2.md']);
      const none = csplan(['lint', '-f', 'json', 'reports/**/*.md'], { cwd: tmp.path });
      assert.equal(none.code, 2);
      assert.match(none.stderr, /No files match the pattern "reports\/\*\*\/\*\.md"/);
      assert.deepEqual(json(none), []);
      const cn = csplan(['lint', 'reports/*.md'], { cwd: tmp.path, env: { LANG: 'zh_CN.UTF-8' } });
      assert.match(cn.stderr, /没有文件匹配“reports\/\*\.md”/);
      const empty = csplan(['lint', 'docs/2026/q1.md', tmp.file('docs/empty-folder')], { cwd: tmp.path });
      assert.equal(empty.code, 2);
    });
  });

  describe('--fix', () => {
    it('applies the fixes, writes atomically (no temp file left, mode kept) and reports what remains', () => {
      const p = tmp.write('plan.md', PLAN_ZH);
      chmodSync(p, 0o640);
      const before = json(csplan(['lint', '-f', 'json', 'plan.md'], { cwd: tmp.path }));
      const stylish = csplan(['lint', 'plan.md'], { cwd: tmp.path });
      assert.match(stylish.stdout, /fixable with the --fix option/);
      const r = csplan(['lint', '--fix', '-f', 'json', 'plan.md'], { cwd: tmp.path });
      const after = readFileSync(p, 'utf8');
      assert.notEqual(after, PLAN_ZH);
      assert.ok(after.length >= PLAN_ZH.length, 'never truncates');
      // The writer's words are all still there, in order (fixes insert or replace placeholders only).
      for (const line of PLAN_ZH.split('\n').filter((l) => l && !l.startsWith('|'))) assert.ok(after.includes(line), `lost: ${line}`);
      assert.ok(after.includes('| 新人带教 |'));
      assert.doesNotMatch(after, /\| 尽快 \|/, 'the vague deadline was replaced by a date');
      assert.deepEqual(readdirSync(tmp.path), ['plan.md'], 'no temporary file left behind');
      assert.equal(statSync(p).mode & 0o777, 0o640);
      const remaining = json(r);
      assert.ok(remaining.length < before.length);
      // What --fix reports is what a fresh run sees.
      assert.deepEqual(shape(json(csplan(['lint', '-f', 'json', 'plan.md'], { cwd: tmp.path }))), shape(remaining));
      // A second run finds nothing more to fix and leaves the file alone.
      const mtime = statSync(p).mtimeMs;
      csplan(['lint', '--fix', 'plan.md'], { cwd: tmp.path });
      assert.equal(readFileSync(p, 'utf8'), after);
      assert.equal(statSync(p).mtimeMs, mtime);
    });

    it('keeps the BOM and the CRLF line endings of a fixed file', () => {
      const p = tmp.write('crlf.md', '\ufeff' + PLAN_ZH.replace(/\n/g, '\r\n'));
      csplan(['lint', '--fix', 'crlf.md'], { cwd: tmp.path });
      const bytes = readFileSync(p);
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      assert.notEqual(text, '\ufeff' + PLAN_ZH.replace(/\n/g, '\r\n'));
      assert.equal((text.match(/(?<!\r)\n/g) ?? []).length, 0, 'no bare LF');
    });

    it('with - prints the fixed text on stdout and the report on stderr', () => {
      const r = csplan(['lint', '--fix', '-'], { cwd: tmp.path, input: PLAN_ZH });
      assert.ok(r.stdout.startsWith('---\ntype: plan'));
      assert.doesNotMatch(r.stdout, /\| 尽快 \|/);
      assert.ok(r.stdout.includes('客户满意度从91%提升至95%'));
      assert.match(r.stderr, /action-missing-owner/);
      assert.doesNotMatch(r.stdout, /✖/);
    });
  });

  describe('locales', () => {
    it('writes messages in en, zh-CN and zh-TW, each in its own script', () => {
      tmp.write('plan.md', PLAN_ZH);
      const msgs = (extra: string[], env: Record<string, string> = {}) =>
        json(csplan(['lint', '-f', 'json', ...extra, 'plan.md'], { cwd: tmp.path, env })).map((f) => f.message);
      const en = msgs(['--locale', 'en']);
      const cn = msgs(['--locale', 'zh-CN']);
      const tw = msgs(['--locale', 'zh-TW']);
      assert.equal(en.length, cn.length);
      assert.equal(cn.length, tw.length);
      const enText = en.join('\n').replace(/["“「][^"”」]*["”」]/g, '');
      assert.doesNotMatch(enText, CJK);
      assert.match(cn.join('\n'), CJK);
      assert.doesNotMatch(cn.join('\n').replace(/["“「][^"”」]*["”」]/g, ''), TRADITIONAL_ONLY);
      assert.match(tw.join('\n'), TRADITIONAL_ONLY);
      assert.doesNotMatch(tw.join('\n').replace(/["“「][^"”」]*["”」]/g, ''), SIMPLIFIED_ONLY);
      assert.notDeepEqual(cn, tw);
      // From the environment: CSPLAN_LOCALE, then LC_ALL, LC_MESSAGES, LANG.
      assert.deepEqual(msgs([], { LANG: 'zh_TW.UTF-8' }), tw);
      assert.deepEqual(msgs([], { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }), cn);
      assert.deepEqual(msgs([], { CSPLAN_LOCALE: 'en', LC_ALL: 'zh_HK.UTF-8' }), en);
      assert.deepEqual(msgs(['--locale', 'zh-TW'], { CSPLAN_LOCALE: 'en' }), tw);
    });

    it('prints its own summary and errors in the three locales', () => {
      tmp.write('plan.md', PLAN_ZH);
      const en = csplan(['lint', 'plan.md', 'nope.md'], { cwd: tmp.path, env: { LANG: 'en_US.UTF-8' } });
      const cn = csplan(['lint', 'plan.md', 'nope.md'], { cwd: tmp.path, env: { LANG: 'zh_CN.UTF-8' } });
      const tw = csplan(['lint', 'plan.md', 'nope.md'], { cwd: tmp.path, env: { LANG: 'zh_TW.UTF-8' } });
      assert.match(en.stdout, /✖ \d+ problems \(\d+ errors?, \d+ warnings?/);
      assert.match(cn.stdout, /✖ \d+ 个问题（\d+ 个错误，\d+ 个警告/);
      assert.match(tw.stdout, /✖ \d+ 個問題（\d+ 個錯誤，\d+ 個警告/);
      assert.match(en.stderr, /no such file or folder/);
      assert.match(cn.stderr, /文件或目录不存在/);
      assert.match(tw.stderr, /檔案或資料夾不存在/);
      assert.match(cn.stdout, /\s警告\s/);
    });
  });

  describe('configuration', () => {
    it('a .csplanrc.yaml turning a rule off or to error changes the output', () => {
      tmp.write('plan.md', PLAN_ZH);
      const base = json(csplan(['lint', '-f', 'json', 'plan.md'], { cwd: tmp.path }));
      assert.ok(base.some((f) => f.rule === 'vague-deadline' && f.severity === 'warning'));
      tmp.write('.csplanrc.yaml', 'rules:\n  vague-deadline: off\n  action-missing-owner: error\n');
      const r = csplan(['lint', '-f', 'json', 'plan.md'], { cwd: tmp.path });
      const a = json(r);
      assert.equal(r.code, 1);
      assert.ok(!a.some((f) => f.rule === 'vague-deadline'));
      assert.ok(a.some((f) => f.rule === 'action-missing-owner' && f.severity === 'error'));
      // `locale` in the config applies to the findings unless --locale says otherwise.
      tmp.write('.csplanrc.yaml', 'locale: zh-TW\n');
      const tw = json(csplan(['lint', '-f', 'json', 'plan.md'], { cwd: tmp.path }));
      assert.match(tw.map((f) => f.message).join(), TRADITIONAL_ONLY);
      const en = json(csplan(['lint', '-f', 'json', '--locale', 'en', 'plan.md'], { cwd: tmp.path }));
      assert.doesNotMatch(en.map((f) => f.message).join().replace(/["“「][^"”」]*["”」]/g, ''), CJK);
    });

    it('a broken config gives a clear error with line and column, exit 2, and the defaults are used', () => {
      tmp.write('plan.md', PLAN_ZH);
      const defaults = json(csplan(['lint', '-f', 'json', 'plan.md'], { cwd: tmp.path }));
      tmp.write('.csplanrc.yaml', 'rules:\n  vague-deadline: off\n  oops: [\n');
      const r = csplan(['lint', '-f', 'json', 'plan.md'], { cwd: tmp.path });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^\.csplanrc\.yaml:\d+:\d+: config: Invalid YAML.*defaults are used/m);
      assert.deepEqual(shape(json(r)), shape(defaults));
    });

    it('an unknown rule or a wrong severity is reported at its place; the valid settings still apply', () => {
      tmp.write('plan.md', PLAN_ZH);
      tmp.write('.csplanrc.json', '{\n  "rules": {\n    "vague-deadline": "off",\n    "vague-deadlines": "off",\n    "action-missing-owner": "fatal"\n  }\n}\n');
      const r = csplan(['lint', '-f', 'json', 'plan.md'], { cwd: tmp.path });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /\.csplanrc\.json:4:5: config: Unknown rule "vague-deadlines".*Did you mean "vague-deadline"/);
      assert.match(r.stderr, /\.csplanrc\.json:5:29: config: Rule "action-missing-owner": the severity must be one of off, info, warning, error \(got "fatal"\)/);
      const a = json(r);
      assert.ok(!a.some((f) => f.rule === 'vague-deadline'));
      // The wrong severity is dropped: the rule keeps its default (a hint, docs/rules/action-missing-owner.md).
      assert.ok(a.some((f) => f.rule === 'action-missing-owner' && f.severity === 'info'));
      // Reported once, not once per file.
      tmp.write('plan2.md', PLAN_ZH);
      const two = csplan(['lint', '-f', 'json', 'plan.md', 'plan2.md'], { cwd: tmp.path });
      assert.equal(two.stderr.match(/Unknown rule/g)?.length, 1);
    });

    it('--config FILE replaces discovery; a missing one is a usage error', () => {
      tmp.write('plan.md', PLAN_ZH);
      tmp.write('.csplanrc.yaml', 'rules:\n  vague-deadline: error\n');
      tmp.write('ci/strict.yaml', 'rules:\n  vague-deadline: off\n');
      const a = json(csplan(['lint', '-f', 'json', '-c', 'ci/strict.yaml', 'plan.md'], { cwd: tmp.path }));
      assert.ok(!a.some((f) => f.rule === 'vague-deadline'));
      const missing = csplan(['lint', '--config', 'ci/none.yaml', 'plan.md'], { cwd: tmp.path });
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /Config file not found: ci\/none\.yaml/);
    });
  });

  describe('many files', () => {
    it('uses worker threads above 64 files with the same output, in input order', () => {
      const names: string[] = [];
      for (let i = 0; i < 70; i++) {
        const name = `d/${String(i).padStart(3, '0')}.md`;
        // Vary the documents so that out-of-order results would show.
        tmp.write(name, i % 3 ? PLAN_ZH : PLAN_ZH + '\n## 三、监控\n\n质检组长方敏每周检查进度。\n'.repeat(1 + (i % 5)));
        names.push(name);
      }
      tmp.write('d/bad.md', Buffer.from([0, 1, 2]));
      const inline = csplan(['lint', '-f', 'json', 'd'], { cwd: tmp.path, env: { CSPLAN_WORKERS: '0' } });
      const threaded = csplan(['lint', '-f', 'json', 'd'], { cwd: tmp.path });
      assert.equal(threaded.code, inline.code);
      assert.equal(threaded.stdout, inline.stdout);
      assert.equal(threaded.stderr, inline.stderr);
      const order = [...new Set(json(threaded).map((f) => f.file))];
      assert.deepEqual(order, names);
      const stylishInline = csplan(['lint', 'd'], { cwd: tmp.path, env: { CSPLAN_WORKERS: '0' } });
      const stylishThreaded = csplan(['lint', 'd'], { cwd: tmp.path, env: { CSPLAN_WORKERS: '2' } });
      assert.equal(stylishThreaded.stdout, stylishInline.stdout);
    });
  });

  it('passes the shared CLI contract check', function () {
    const script = '/work/shared/checks/cli-contract.sh';
    try {
      statSync(script);
    } catch {
      this.skip();
    }
    const r = spawnSync('bash', [script], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    assert.match(r.stdout, /cli contract holds/, r.stdout + r.stderr);
  });
});
