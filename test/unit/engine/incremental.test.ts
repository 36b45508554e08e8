// createAnalyzer(): after an edit, only what changed is parsed and walked again, and the result is
// always the one analyze() gives for the same text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../../src/core/analyze';
import { createAnalyzer } from '../../../src/core/incremental';
import { generateDocument, rng } from '../../../scripts/bench/generate.mjs';

const options = { now: new Date(2026, 5, 30), locale: 'zh-CN' as const };

function assertSame(text: string, analyzer: ReturnType<typeof createAnalyzer>, label: string): void {
  assert.deepStrictEqual(analyzer.analyze(text), analyze(text, options), label);
}

/** Inserts `s` at the start of line `line` (0-based) of `text`. */
function insertLine(text: string, line: number, s: string): string {
  const lines = text.split('\n');
  lines.splice(line, 0, s);
  return lines.join('\n');
}

describe('createAnalyzer()', function () {
  this.timeout(120_000);
  const base = generateDocument(400, 'zh', 11);

  it('gives analyze()\'s result for a first, cold call', () => {
    assertSame(base, createAnalyzer(options), 'cold');
  });

  it('after one-character edits at the start, in the middle and at the end, parses one chunk again', () => {
    const a = createAnalyzer(options);
    a.analyze(base);
    const total = a.lastRun.chunks;
    assert.ok(total >= 5, `only ${total} chunks`);
    // (An edit of a heading line also re-parses the chunk above it, which checks that the line is a heading.)
    const first = base.indexOf('本期', base.indexOf('\n# '));
    const middle = base.indexOf('满意度', base.length >> 1);
    const end = base.length - 2;
    for (const [label, at] of [['start', first], ['middle', middle], ['end', end]] as const) {
      const text = base.slice(0, at) + '新' + base.slice(at);
      assertSame(text, a, label);
      assert.equal(a.lastRun.parsed, 1, `${label}: parsed ${a.lastRun.parsed} chunks`);
      assert.ok(a.lastRun.walked <= 2, `${label}: walked ${a.lastRun.walked} chunks`);
      // And back again: the original chunk was dropped (only the last text's chunks are kept).
      assertSame(base, a, `${label}, undone`);
    }
  });

  it('follows a typing session: every keystroke equals a full analysis', () => {
    const a = createAnalyzer(options);
    let text = base;
    const at = base.indexOf('### 具体措施');
    for (const ch of '\n- 上线分流，责任人：王芳，3月底\n') {
      const pos = at + (text.length - base.length);
      text = text.slice(0, pos) + ch + text.slice(pos);
      assertSame(text, a, JSON.stringify(ch));
    }
  });

  it('inserting and removing headings (a part appears, the document type changes)', () => {
    const a = createAnalyzer(options);
    a.analyze(base);
    const mid = base.split('\n').length >> 1;
    for (const h of ['## 存在问题', '# 第二份标题', '### 分阶段实施', '## Goals', '#', '###### 深']) {
      const withHeading = insertLine(base, mid, `${h}\n`);
      assertSame(withHeading, a, `insert ${h}`);
      assertSame(base, a, `remove ${h}`);
    }
    // Removing every `###` heading: sections merge into their parents.
    assertSame(base.replace(/^### .*$/gm, ''), a, 'no ### headings');
  });

  it('frontmatter edits: a KPI value, the type, breaking and mending the YAML', () => {
    const a = createAnalyzer(options);
    a.analyze(base);
    const edits = [
      base.replace('type: summary-plan', 'type: plan'),
      base.replace(/satisfaction:\n {4}actual: [\d.]+/, 'satisfaction:\n    actual: 12.5'),
      base.replace('kpis:', 'kpis: [oops'),
      base.replace(/^---\n/, ''),
      base,
    ];
    for (const [i, text] of edits.entries()) assertSame(text, a, `edit ${i}`);
  });

  it('a fence opened above swallows the headings below it, and closing it gives them back', () => {
    const a = createAnalyzer(options);
    a.analyze(base);
    const at = base.indexOf('### 客户反馈分析');
    const open = base.slice(0, at) + '```\n' + base.slice(at);
    assertSame(open, a, 'open fence');
    const closed = open.replace('### 存在问题', '```\n### 存在问题');
    assertSame(closed, a, 'closed fence');
    const comment = base.slice(0, at) + '<!--\n' + base.slice(at);
    assertSame(comment, a, 'open html comment');
    assertSame(base, a, 'back');
  });

  it('CRLF documents, and switching line endings', () => {
    const crlf = base.replace(/\n/g, '\r\n');
    const a = createAnalyzer(options);
    assertSame(crlf, a, 'crlf');
    const mid = crlf.indexOf('满意度', crlf.length >> 1);
    assertSame(crlf.slice(0, mid) + 'x' + crlf.slice(mid), a, 'crlf edit');
    assert.equal(a.lastRun.parsed, 1);
    assertSame(base, a, 'lf again');
  });

  it('a link reference definition makes the document one chunk, and removing it splits it again', () => {
    const a = createAnalyzer(options);
    const withDef = base + '\n[ref]: https://example.com\n';
    assertSame(withDef, a, 'definition');
    assert.equal(a.lastRun.chunks, 1);
    assertSame(base, a, 'no definition');
    assert.ok(a.lastRun.chunks > 1);
  });

  it('English documents, the corpus\'s contract example, and random edits (60)', () => {
    const a = createAnalyzer(options);
    const en = generateDocument(300, 'en', 2);
    assertSame(en, a, 'en');
    assertSame(readFileSync('examples/summary-plan.zh-CN.md', 'utf8'), a, 'example');
    const r = rng(7);
    const snippets = ['#', '## 目标\n', '\n', '```\n', '责任人：', '|', '- ', '95%', '3月底', '---\n', '> ', '**', '<!--', '-->'];
    let text = en;
    for (let i = 0; i < 60; i++) {
      const pos = Math.floor(r() * (text.length + 1));
      if (r() < 0.3 && text.length > 10) {
        const len = 1 + Math.floor(r() * 20);
        text = text.slice(0, pos) + text.slice(pos + len);
      } else text = text.slice(0, pos) + snippets[Math.floor(r() * snippets.length)] + text.slice(pos);
      assertSame(text, a, `random edit ${i}`);
    }
  });

  it('without options.now it still agrees with analyze() on findings that do not depend on the clock', () => {
    const a = createAnalyzer({ locale: 'en' });
    const text = generateDocument(200, 'en', 4);
    const inc = a.analyze(text);
    const full = analyze(text, { locale: 'en' });
    assert.deepStrictEqual(inc.model.sections, full.model.sections);
    assert.deepStrictEqual(inc.findings.map((f) => f.rule), full.findings.map((f) => f.rule));
  });
});
