// src/node/files.ts: decoding, folder walking, glob expansion and atomic writes, in-process.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, statSync, symlinkSync, chmodSync } from 'node:fs';
import { decodeText, detectEol, expandInputs, firstInvalidUtf8, readTextFile, walkDirectory, writeFileAtomic } from '../../src/node/files';
import { TempDir } from './helpers';

describe('src/node/files.ts', () => {
  let tmp: TempDir;
  beforeEach(() => {
    tmp = new TempDir();
  });
  afterEach(() => tmp.dispose());

  it('decodes strict UTF-8, strips and remembers a BOM, refuses binary, UTF-16 and other encodings', () => {
    assert.deepEqual(decodeText(Buffer.from('\ufeff# 标题\n')), { ok: true, text: '# 标题\n', bom: true });
    assert.deepEqual(decodeText(Buffer.from('# 標題\n')), { ok: true, text: '# 標題\n', bom: false });
    assert.deepEqual(decodeText(Buffer.from([0x23, 0x00, 0x41])), { ok: false, reason: 'binary' });
    assert.equal((decodeText(Buffer.from('\ufeffhi', 'utf16le')) as any).reason, 'utf16');
    const big5 = decodeText(Buffer.from([0x23, 0x20, 0xab, 0xc8, 0xaa, 0x41])); // "# 客服" in Big5
    assert.deepEqual(big5, { ok: false, reason: 'encoding', detail: '2' });
  });

  it('finds the first invalid UTF-8 byte (overlong, surrogate, truncated)', () => {
    assert.equal(firstInvalidUtf8(Buffer.from('ok 好')), -1);
    assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80])), 1); // overlong NUL
    assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xed, 0xa0, 0x80])), 2); // UTF-16 surrogate
    assert.equal(firstInvalidUtf8(Buffer.from([0xe5, 0xa5])), 0); // cut short
  });

  it('detects the dominant line ending', () => {
    assert.equal(detectEol('a\nb\nc'), '\n');
    assert.equal(detectEol('a\r\nb\r\nc\n'), '\r\n');
    assert.equal(detectEol('one line'), '\n');
  });

  it('readTextFile never throws', () => {
    assert.deepEqual(readTextFile(tmp.file('missing.md')), { ok: false, reason: 'not-found' });
    tmp.write('d/x.md', 'x');
    assert.equal((readTextFile(tmp.file('d')) as any).reason, 'io');
    const ok = readTextFile(tmp.write('crlf.md', '\ufeffa\r\nb\r\n'));
    assert.ok(ok.ok && ok.text === 'a\r\nb\r\n' && ok.bom && ok.eol === '\r\n' && ok.size === 9);
  });

  it('walks folders in sorted order, skipping node_modules and dot-folders, once through link loops', () => {
    tmp.write('b.md', '');
    tmp.write('a.md', '');
    tmp.write('A.MD', '');
    tmp.write('.hidden.md', '');
    tmp.write('x.txt', '');
    tmp.write('sub/c.md', '');
    tmp.write('node_modules/p/d.md', '');
    tmp.write('.git/e.md', '');
    symlinkSync('..', tmp.file('sub/up'));
    symlinkSync(tmp.file('nowhere'), tmp.file('dangling.md'));
    const rel = walkDirectory(tmp.path).map((p) => p.slice(tmp.path.length + 1));
    assert.deepEqual(rel, ['A.MD', 'a.md', 'b.md', 'sub/c.md']);
  });

  it('expands inputs in order: stdin once, files once, folders, globs; reports what matches nothing', async () => {
    tmp.write('docs/a.md', '');
    tmp.write('docs/b.md', '');
    tmp.write('[draft].md', '');
    const r = await expandInputs(['docs/b.md', '-', 'docs', '-', 'docs/*.md', '[draft].md', 'none.md', 'zz/**/*.md', 'empty'], { cwd: tmp.path });
    assert.deepEqual(
      r.entries.map((e) => (e.kind === 'stdin' ? '-' : e.path.slice(tmp.path.length + 1))),
      ['docs/b.md', '-', 'docs/a.md', '[draft].md'],
    );
    assert.deepEqual(r.problems, [
      { input: 'none.md', reason: 'not-found' },
      { input: 'zz/**/*.md', reason: 'no-match' },
      { input: 'empty', reason: 'not-found' },
    ]);
  });

  it('writes atomically: content replaced whole, mode kept, links followed, no temporary file left', () => {
    const p = tmp.write('plan.md', 'old content\n');
    chmodSync(p, 0o600);
    symlinkSync('plan.md', tmp.file('link.md'));
    writeFileAtomic(tmp.file('link.md'), 'new 内容\n');
    assert.equal(readFileSync(p, 'utf8'), 'new 内容\n');
    assert.ok(statSync(tmp.file('link.md')).isFile());
    assert.equal(statSync(p).mode & 0o777, 0o600);
    assert.deepEqual(readdirSync(tmp.path).sort(), ['link.md', 'plan.md']);
    assert.throws(() => writeFileAtomic(tmp.file('no/such/dir/x.md'), 'x'));
    assert.deepEqual(readdirSync(tmp.path).sort(), ['link.md', 'plan.md']);
  });
});
