// The command line on hostile inputs (issue 7), through the built dist/cli.js: files it cannot read
// (permissions, FIFOs, directories, link loops, dangling links), encodings it does not read (GBK,
// Big5, UTF-16, binary), globs that match nothing — each a clear message in the user's language,
// exit 2, and the other files still checked; and `--fix` killed midway leaves every file whole.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { CLI, csplan, ensureBuilt, PLAN_ZH, TempDir } from './helpers';

const GOOD = '---\ntype: plan\n---\n\n# 2026年工作计划\n\n## 一、目标\n\n满意度从91%提升至95%。\n';
/** 服务满意度 in GBK, 服務滿意度 in Big5: valid in their encodings, not UTF-8. */
const GBK = Buffer.from([0xb7, 0xfe, 0xce, 0xf1, 0xc2, 0xfa, 0xd2, 0xe2, 0xb6, 0xc8, 0x0a]);
const BIG5 = Buffer.from([0xaa, 0x41, 0xb0, 0xc8, 0xba, 0xa1, 0xb7, 0x4e, 0xab, 0xd7, 0x0a]);
const utf16 = (s: string, be = false) => {
  const le = Buffer.from('\ufeff' + s, 'utf16le');
  if (!be) return le;
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
};
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);

describe('csplan on hostile inputs (built CLI)', function () {
  this.timeout(180_000);
  let tmp: TempDir;

  before(async () => {
    await ensureBuilt();
  });
  beforeEach(() => {
    tmp = new TempDir();
  });
  afterEach(() => tmp.dispose());

  /** Runs lint on `inputs` plus a good file, in `locale`; the good file is always checked. */
  const lintWithGood = (inputs: string[], locale: 'en' | 'zh-CN' | 'zh-TW') => {
    tmp.write('good.md', GOOD);
    const r = csplan(['lint', '-f', 'json', '--locale', locale, ...inputs, 'good.md'], { cwd: tmp.path });
    const files = (JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file);
    assert.ok(files.some((f) => f.endsWith('good.md')), `the other file was still checked: ${r.stdout}`);
    return r;
  };

  it('non-UTF-8 text (GBK, Big5), UTF-16 with a BOM (LE and BE) and binary: skipped with a clear message, exit 2', () => {
    tmp.write('gbk.md', GBK);
    tmp.write('big5.md', BIG5);
    tmp.write('utf16le.md', utf16('# 总结\n'));
    tmp.write('utf16be.md', utf16('# 总结\n', true));
    tmp.write('image.md', PNG);
    const en = lintWithGood(['gbk.md', 'big5.md', 'utf16le.md', 'utf16be.md', 'image.md'], 'en');
    assert.equal(en.code, 2);
    assert.match(en.stderr, /gbk\.md: skipped, the file is not valid UTF-8 \(first bad byte at offset 0\)\. Save it as UTF-8/);
    assert.match(en.stderr, /big5\.md: skipped, the file is not valid UTF-8/);
    assert.match(en.stderr, /utf16le\.md: skipped, the file is UTF-16 encoded/);
    assert.match(en.stderr, /utf16be\.md: skipped, the file is UTF-16 encoded/);
    assert.match(en.stderr, /image\.md: skipped, this is a binary file/);
    const cn = lintWithGood(['gbk.md', 'utf16le.md', 'image.md'], 'zh-CN');
    assert.match(cn.stderr, /gbk\.md：已跳过，文件不是有效的 UTF-8 编码/);
    assert.match(cn.stderr, /utf16le\.md：已跳过，文件为 UTF-16 编码/);
    assert.match(cn.stderr, /image\.md：已跳过，这是二进制文件/);
    const tw = lintWithGood(['big5.md'], 'zh-TW');
    assert.match(tw.stderr, /big5\.md：已略過，檔案不是有效的 UTF-8 編碼/);
  });

  it('a file it may not read (run as another user), a FIFO, a link loop, a dangling link: a message each, exit 2, no hang', function () {
    const fifo = tmp.file('pipe.md');
    const hasFifo = spawnSync('mkfifo', [fifo]).status === 0;
    symlinkSync('loop.md', tmp.file('loop.md'));
    symlinkSync('nowhere.md', tmp.file('dangling.md'));
    const inputs = ['loop.md', 'dangling.md', ...(hasFifo ? ['pipe.md'] : [])];
    const en = lintWithGood(inputs, 'en');
    assert.equal(en.code, 2);
    assert.match(en.stderr, /loop\.md: cannot be read \(ELOOP/);
    assert.match(en.stderr, /dangling\.md: no such file or folder/);
    if (hasFifo) assert.match(en.stderr, /pipe\.md: cannot be read \(FIFO\)/);
    const tw = lintWithGood(inputs, 'zh-TW');
    assert.match(tw.stderr, /loop\.md：無法讀取/);
    assert.match(tw.stderr, /dangling\.md：檔案或資料夾不存在/);

    // Permissions: root reads everything, so the CLI runs as `nobody` on a file only root may read.
    const secret = tmp.write('secret.md', PLAN_ZH);
    tmp.write('good.md', GOOD);
    chmodSync(secret, 0o000);
    chmodSync(tmp.path, 0o755);
    chmodSync(tmp.file('good.md'), 0o644);
    const asNobody = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, CLI, 'lint', '--locale', 'zh-CN', 'secret.md', 'good.md'], {
      cwd: tmp.path,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, NO_COLOR: '1', HOME: '/' },
      timeout: 60_000,
    });
    if (asNobody.error || /setpriv: /.test(asNobody.stderr ?? '')) {
      console.log(`      (permission case skipped: cannot run as another user here: ${asNobody.error?.message ?? asNobody.stderr})`);
      return;
    }
    assert.equal(asNobody.status, 2, asNobody.stderr);
    assert.match(asNobody.stderr, /secret\.md：无法读取（EACCES/);
    assert.match(asNobody.stdout, /good\.md/);
  });

  it('a directory given as a file: walked when it holds Markdown, a clear message when it holds none', () => {
    tmp.write('notes.md/inside.md', GOOD);
    mkdirSync(tmp.file('empty.md'));
    const r = lintWithGood(['notes.md', 'empty.md'], 'en');
    assert.equal(r.code, 2);
    assert.match(r.stdout, /inside\.md/);
    assert.match(r.stderr, /empty\.md: the folder holds no Markdown \(\.md\) files\./);
    const cn = lintWithGood(['empty.md'], 'zh-CN');
    assert.match(cn.stderr, /empty\.md：该目录中没有 Markdown（\.md）文件。/);
  });

  it('a glob that matches nothing: a message in the user\'s language, exit 2, the rest still checked', () => {
    for (const [locale, re] of [
      ['en', /No files match the pattern "reports\/\*\*\/\*\.md"\./],
      ['zh-CN', /没有文件匹配“reports\/\*\*\/\*\.md”。/],
      ['zh-TW', /沒有檔案符合「reports\/\*\*\/\*\.md」。/],
    ] as const) {
      const r = lintWithGood(['reports/**/*.md'], locale);
      assert.equal(r.code, 2);
      assert.match(r.stderr, re);
    }
  });

  it('--fix that cannot write (a folder it may not write to): a clear message, exit 2, every file unchanged', function () {
    // As `nobody`, with the files writable by nobody but the folder only by root: the temporary file
    // cannot be created, so nothing may be written at all.
    const a = tmp.write('locked/a.md', PLAN_ZH);
    const b = tmp.write('locked/b.md', PLAN_ZH.replace('新人带教', '话术更新'));
    for (const p of [a, b]) {
      chmodSync(p, 0o666);
    }
    chmodSync(tmp.path, 0o755);
    chmodSync(tmp.file('locked'), 0o755);
    const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, CLI, 'lint', '--fix', '--locale', 'zh-CN', 'locked'], {
      cwd: tmp.path,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, NO_COLOR: '1', HOME: '/' },
      timeout: 60_000,
    });
    if (r.error || /setpriv: /.test(r.stderr ?? '')) {
      console.log(`      (skipped: cannot run as another user here: ${r.error?.message ?? r.stderr})`);
      this.skip();
    }
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /a\.md：无法写入修复（EACCES），文件保持不变。/);
    assert.match(r.stderr, /b\.md：无法写入修复（EACCES），文件保持不变。/);
    assert.equal(readFileSync(a, 'utf8'), PLAN_ZH);
    assert.equal(readFileSync(b, 'utf8'), PLAN_ZH.replace('新人带教', '话术更新'));
    assert.deepEqual(readdirSync(tmp.file('locked')).sort(), ['a.md', 'b.md'], 'no temporary file left');
  });

  it('--fix killed midway over many files leaves every file either as it was or fully fixed, never truncated', async function () {
    const N = 300;
    // Each file differs a little, so a half-written file could not pass for another one.
    const original = (i: number) => PLAN_ZH.replace('新人带教', `新人带教${i}`) + `\n<!-- ${'填充'.repeat(200 + i)} -->\n`;
    for (let i = 0; i < N; i++) tmp.write(`team/doc-${String(i).padStart(3, '0')}.md`, original(i));
    // What a complete run makes of them (on a copy).
    cpSync(tmp.file('team'), tmp.file('expected'), { recursive: true });
    const full = csplan(['lint', '--fix', '-f', 'json', 'expected'], { cwd: tmp.path, timeout: 170_000 });
    assert.ok(full.code === 0 || full.code === 1, full.stderr);
    const fixed = (i: number) => readFileSync(tmp.file(`expected/doc-${String(i).padStart(3, '0')}.md`), 'utf8');
    assert.notEqual(fixed(0), original(0));

    // Kill the run as soon as some files are fixed and others are not yet.
    const child = spawn(process.execPath, [CLI, 'lint', '--fix', '-f', 'json', 'team'], { cwd: tmp.path, stdio: 'ignore', env: { ...process.env, CSPLAN_WORKERS: '0' } });
    const t0 = Date.now();
    let changed = 0;
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        changed = 0;
        for (let i = 0; i < N; i += 10) if (readFileSync(tmp.file(`team/doc-${String(i).padStart(3, '0')}.md`), 'utf8') !== original(i)) changed++;
        if (changed >= 2 || Date.now() - t0 > 150_000 || child.exitCode !== null) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 5);
    });
    await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r)));
    let asBefore = 0;
    let asFixed = 0;
    for (let i = 0; i < N; i++) {
      const now = readFileSync(tmp.file(`team/doc-${String(i).padStart(3, '0')}.md`), 'utf8');
      if (now === original(i)) asBefore++;
      else if (now === fixed(i)) asFixed++;
      else assert.fail(`doc-${i} is neither the original nor the fixed text (${now.length} characters)`);
    }
    const leftovers = readdirSync(tmp.file('team')).filter((n) => n.endsWith('.tmp'));
    console.log(`      killed after ${Date.now() - t0} ms: ${asFixed} files fixed, ${asBefore} untouched, ${leftovers.length} temporary file(s) left (hidden, skipped by lint)`);
    assert.ok(asFixed > 0, 'the run was killed after some files were fixed');
    assert.ok(asBefore > 0, 'and before it had fixed them all');
    assert.ok(leftovers.every((n) => n.startsWith('.')), 'a temporary file is a dot-file, never a .md the next run would read');
    // A second run finishes the job.
    csplan(['lint', '--fix', 'team'], { cwd: tmp.path, timeout: 170_000 });
    for (let i = 0; i < N; i += 37) assert.equal(readFileSync(tmp.file(`team/doc-${String(i).padStart(3, '0')}.md`), 'utf8'), fixed(i));
    assert.ok(existsSync(tmp.file('team/doc-000.md')));
  });
});
