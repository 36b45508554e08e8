// Parsing in chunks (parse.ts `parseChunks`) must give exactly what parsing the document whole gives:
// the same trees, hence the same model, findings and scorecard. Checked on every document we have
// and on the constructs that can swallow a heading.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { chunkSpans, parseChunks, parseMarkdownFullGfm, shiftPositions } from '../../../src/core/parse';
import { generateDocument, rng } from '../../../scripts/bench/generate.mjs';

const now = new Date(2026, 5, 30);

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? markdownFiles(p) : f.endsWith('.md') ? [p] : [];
  });
}

/** The chunks' trees put back together into one tree with document positions. */
function joined(text: string) {
  const chunks = parseChunks(text);
  const children = chunks.flatMap((c) => {
    const tree = structuredClone(c.tree);
    shiftPositions(tree, c.line, c.start);
    return tree.children;
  });
  return { chunks: chunks.length, children };
}

/** The reference: the whole document through remark + every GFM extension + frontmatter. */
function wholeTree(text: string) {
  if (text.charCodeAt(0) !== 0xfeff) return parseMarkdownFullGfm(text);
  const tree = parseMarkdownFullGfm(text.slice(1));
  shiftPositions(tree, 0, 1, 1);
  return tree;
}

function assertSameAsWhole(text: string, label: string): void {
  const whole = wholeTree(text);
  const { children } = joined(text);
  assert.deepStrictEqual(children, whole.children, `${label}: trees differ`);
  const a = analyze(text, { now, locale: 'zh-CN', wholeParse: false });
  const b = analyze(text, { now, locale: 'zh-CN', wholeParse: true });
  assert.deepStrictEqual(a, b, `${label}: analyses differ`);
}

const TRICKY: Record<string, string> = {
  'fenced code spanning headings': '# A\n\ntext\n\n```\n# not a heading\n## nor this\n```\n\n## B\n\n- 责任人：王芳\n',
  'tilde fence with a shorter closer': '# A\n\n~~~~\n## inside\n~~~\n## still inside\n~~~~\n## B\nx\n',
  'unclosed fence': '# A\n\n```js\n## inside\n# inside\n\n## inside too\n',
  'fence in a list item': '# A\n\n- item\n  ```\n## heading? no: the list ends\n  ```\n## B\n',
  'html comment spanning headings': '# A\n\n<!--\n## hidden\n-->\n\n## B\n',
  'html block up to a blank line': '# A\n\n<div>\n## inside the html block\n</div>\n\n## B\n',
  'table then heading without a blank line': '## A\n\n| a | b |\n|---|---|\n| 1 | 2 |\n## B\n| c |\n|---|\n',
  'paragraph then heading': '## A\npara\n## B\npara\n',
  'blockquote then heading': '## A\n> quote\n## B\n> quote\n',
  'setext heading': '## A\n\nTitle\n=====\n\n## B\nSub\n---\n',
  'indented heading-like lines': '## A\n\n    # code\n   ## three spaces\n## B\n#no space\n',
  'empty headings': '#\n##\n# \n## B\n',
  'CRLF': '---\r\ntype: plan\r\n---\r\n# 计划\r\n\r\n## 一、目标\r\n\r\n满意度提升至95%。\r\n\r\n## 二、措施\r\n\r\n| 措施 | 责任人 | 截止时间 |\r\n|---|---|---|\r\n| 培训 | 王芳 | 3月底 |\r\n',
  'lone CR': '# A\r\rtext\r## B\rmore\r',
  'mixed line breaks': '# A\r\ntext\n## B\rmore\r\n## C\n',
  'BOM': '\uFEFF# 客戶回饋分析\n\n满意度达92.7%。\n\n## 二\n\n责任人：王芳\n',
  'BOM and frontmatter': '\uFEFF---\ntype: plan\n---\n# T\n## 目标\n满意度95%\n',
  'frontmatter closed by ... then ---': '---\ntype: plan\n...\n# inside yaml?\n---\n## B\n',
  'unclosed frontmatter': '---\ntype: plan\n# A\n## B\n',
  'definitions': '# A\n\n[link][ref]\n\n## B\n\n[ref]: https://example.com\n[^1]: note\n',
  'heading at the very end': '# A\ntext\n## B',
  'nested list then heading': '## A\n- a\n  - b\n    - c\n## B\n1. x\n',
  'headings only': '# a\n## b\n### c\n## d\n# e\n',
  'tabs after hashes': '#\tA\n##\tB\ntext\n',
  'autolinks and emails': '# A\n\nsee www.example.com and https://x.org, write to a@b.cn\n\n## B\n\n~~gone~~ - [ ] task\n',
  'no GFM at all': '# A\n\nplain text\n\n## B\n\n- item\n',
};

describe('chunked parsing', function () {
  this.timeout(300_000);
  for (const [name, text] of Object.entries(TRICKY)) {
    it(`equals the whole parse: ${name}`, () => assertSameAsWhole(text, name));
  }

  it('equals the whole parse on every corpus, fixture and example document', () => {
    const files = [...markdownFiles('../shared/corpus'), ...markdownFiles('test/fixtures'), ...markdownFiles('examples'), ...markdownFiles('docs')];
    assert.ok(files.length >= 40, `only ${files.length} documents found`);
    for (const f of files) assertSameAsWhole(readFileSync(f, 'utf8'), f);
  });

  it('equals the whole parse on generated documents, and cuts them into many chunks', () => {
    for (const lang of ['zh', 'en'] as const) {
      const text = generateDocument(600, lang, 3);
      assert.ok(joined(text).chunks >= 5);
      assertSameAsWhole(text, `generated ${lang}`);
      assertSameAsWhole(text.replace(/\n/g, '\r\n'), `generated ${lang} CRLF`);
    }
  });

  it('equals the whole parse after random line insertions of tricky lines (120 cases)', () => {
    const pieces = ['www.x.cn', 'a@b.cn', '~~x~~', '- [x] done', '[^1]', 'http://y.com', '```', '~~~', '# H', '## H2', '### H3', '<!--', '-->', '<div>', '', '- item', '  ```', '> q', '| a |', '|---|', '    # code', '---', '责任人：王芳', '1. 截止时间：3月底', '***', '[x]: /u', 'Title', '===', '<pre>', '</pre>'];
    const r = rng(42);
    const base = generateDocument(120, 'zh', 5).split('\n');
    for (let i = 0; i < 120; i++) {
      const lines = [...base];
      const n = 1 + Math.floor(r() * 4);
      for (let k = 0; k < n; k++) lines.splice(Math.floor(r() * lines.length), 0, pieces[Math.floor(r() * pieces.length)]);
      assertSameAsWhole(lines.join(r() < 0.2 ? '\r\n' : '\n'), `case ${i}`);
    }
  });

  it('offers no boundary inside the frontmatter, and none at all with a definition', () => {
    assert.deepEqual(
      chunkSpans('---\na: 1\n# x\n---\n# A\n').map((c) => c.start),
      [0, 17],
    );
    assert.equal(chunkSpans('---\na: 1\n# x\n# A\n').length, 1);
    assert.equal(chunkSpans('# A\n## B\n[a]: /b\n').length, 1);
    assert.equal(chunkSpans('# A\n## B\n## C\n').length, 3);
  });
});
