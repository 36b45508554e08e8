// Hostile and odd inputs for the engine, one test each (issue 7): broken YAML at the right line,
// wrong types at the key, line endings, BOM, full-width digits, UTF-16 columns, huge lines, deep
// nesting, a 10 MB document, an empty file, a file that is only frontmatter, YAML tags and aliases.
import assert from 'node:assert/strict';
import { analyze, lint } from '../../src/core/analyze';
import { applyFixes } from '../../src/core/fixes';
import { DEFAULT_MAX_BYTES } from '../../src/core/config';
import type { Finding } from '../../src/core/types';
import { expectedPosition } from './run';
import { KNOWN_ISSUES } from './known-issues';

const now = new Date(2026, 10, 23);
const at = (text: string, f: Finding) => text.slice(f.range.start.offset, f.range.end.offset);
const only = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule);
const issueOpen = (id: string) => KNOWN_ISSUES.find((k) => k.id === id)!.open;

const PLAN = `---
type: plan
period: 2026-Q1
kpis:
  satisfaction: {actual: 91, target: 95, unit: "%"}
---
# 2026年第一季度客服工作计划

## 一、目标

客户满意度从91%提升至95%。

## 二、具体措施

| 措施 | 责任人 | 截止时间 | 指标 |
|---|---|---|---|
| 上线智能分流 | 陈工 | 2026年2月底 | 分流率≥30% |
| 新人带教 |  | 尽快 | 上手周期≤15天 |
`;

describe('robustness: hostile and odd inputs (engine)', function () {
  this.timeout(120_000);

  describe('broken YAML is reported as frontmatter-yaml at the right line', () => {
    const cases: [string, string, number][] = [
      ['a tab used for indentation', '---\ntype: summary\nkpis:\n\tsatisfaction: 92\n---\n# 总结\n', 4],
      ['an unclosed double quote', '---\ntype: summary\nauthor: "王芳\nteam: 一组\n---\n# 总结\n', 3],
      ['an unclosed flow sequence', '---\ntype: summary\nkpis:\n  satisfaction: [92.7\n  complaint_rate: 3\n---\n# 总结\n', 4],
      ['a duplicate key', '---\ntype: summary\nperiod: 2026-11\nperiod: 2026-12\n---\n# 总结\n', 4],
      ['a frontmatter fence never closed', '---\ntype: plan\nperiod: 2026-Q1\n\n# 计划\n\n## 目标\n', 1],
    ];
    for (const [what, text, line] of cases) {
      it(what, () => {
        const f = only(lint(text, { now }), 'frontmatter-yaml');
        assert.ok(f.length >= 1, `no frontmatter-yaml finding for ${what}`);
        assert.equal(f[0].range.start.line, line, `${what}: ${f[0].message}`);
        assert.equal(f[0].severity, 'error');
        for (const l of ['en', 'zh-CN', 'zh-TW'] as const) assert.ok(only(lint(text, { now, locale: l }), 'frontmatter-yaml')[0].message.length > 5);
      });
    }
  });

  describe('wrong types are reported as frontmatter-schema at the KEY', () => {
    const cases: [string, string, string][] = [
      ['a KPI written in words (satisfaction: "九成")', 'kpis:\n  satisfaction: "九成"', 'satisfaction'],
      ['a percentage over 100', 'kpis:\n  complaint_rate: {actual: 120, unit: "%"}', 'actual'],
      ['a negative count', 'kpis:\n  inquiries: -5', 'inquiries'],
      ['an unknown top-level key', 'colour: blue', 'colour'],
      ['a unit outside the list', 'kpis:\n  response_time:\n    target: 20\n    unit: sec', 'unit'],
    ];
    for (const [what, yaml, key] of cases) {
      it(what, () => {
        const text = `---\ntype: summary\n${yaml}\n---\n# 2026年11月工作总结\n`;
        const f = only(lint(text, { now }), 'frontmatter-schema');
        assert.ok(f.length >= 1, `no frontmatter-schema finding for ${what}`);
        assert.deepEqual(f.map((x) => at(text, x)), [key], `${what}: ${f.map((x) => x.message).join(' | ')}`);
        const lineOfKey = text.split('\n').findIndex((l) => new RegExp(`(^|[\\s{,])${key}:`).test(l)) + 1;
        assert.equal(f[0].range.start.line, lineOfKey);
      });
    }
  });

  it('CRLF and mixed line endings give the same findings on the same lines as LF', () => {
    const lf = lint(PLAN, { now });
    const sig = (fs: Finding[]) => fs.map((f) => `${f.rule}@${f.range.start.line}:${f.range.start.column}`).sort();
    const crlf = PLAN.replace(/\n/g, '\r\n');
    assert.deepEqual(sig(lint(crlf, { now })), sig(lf));
    let k = 0;
    const mixed = PLAN.replace(/\n/g, () => (k++ % 2 ? '\r\n' : '\n'));
    assert.deepEqual(sig(lint(mixed, { now })), sig(lf));
    const vague = lint(crlf, { now }).find((f) => f.rule === 'vague-deadline')!;
    assert.equal(at(crlf, vague), '尽快');
    // Fixes in a CRLF document keep its line endings where they insert lines.
    const fixed = applyFixes(crlf, lint(crlf, { now }));
    assert.ok(!/[^\r]\n/.test(fixed), 'a bare \\n was inserted into a CRLF document');
  });

  it('a UTF-8 BOM: same lines, columns on line 1 shifted by one, offsets into the text as given', function () {
    if (issueOpen('parse-bom-offsets')) {
      console.log('      pending: known issue parse-bom-offsets (src/core/parse.ts) is still open');
      this.skip();
    }
    const plain = PLAN;
    const bom = '\uFEFF' + PLAN;
    const a = lint(plain, { now });
    const b = lint(bom, { now });
    assert.deepEqual(b.map((f) => `${f.rule}@${f.range.start.line}:${at(bom, f)}`), a.map((f) => `${f.rule}@${f.range.start.line}:${at(plain, f)}`));
    for (const f of b) assert.deepEqual(expectedPosition(bom, f.range.start.offset), { line: f.range.start.line, column: f.range.start.column });
  });

  it('full-width digits and punctuation (９２．７％) are read as numbers', () => {
    const text = '---\ntype: summary\nkpis:\n  satisfaction: 92.7\n---\n# 2026年11月工作总结\n\n## 一、服务数据统计\n\n服务满意度达９２．７％，投诉率０．５％。\n';
    const m = analyze(text, { now }).model;
    const body = m.kpis.find((k) => k.source === 'body' && k.key === 'satisfaction');
    assert.ok(body, 'the full-width satisfaction figure is found');
    assert.equal(body.value, 92.7);
    assert.equal(at(text, { range: body.range } as Finding), '９２．７');
    assert.equal(only(lint(text, { now }), 'kpi-mismatch').length, 0, 'agrees with the frontmatter');
    const off = text.replace('satisfaction: 92.7', 'satisfaction: 90');
    assert.equal(only(lint(off, { now }), 'kpi-mismatch').length, 1, 'and disagrees with 90');
  });

  it('emoji and combining marks: columns counted in UTF-16 units, as VS Code counts them', () => {
    const prefix = '😀👨‍👩‍👧 é';
    const text = PLAN.replace('| 新人带教 |', `| ${prefix}新人带教 |`);
    const line = text.split('\n').findIndex((l) => l.includes(prefix)) + 1;
    const vague = lint(text, { now }).find((f) => f.rule === 'vague-deadline')!;
    assert.equal(vague.range.start.line, line);
    const lineText = text.split('\n')[line - 1];
    assert.equal(vague.range.start.column, lineText.indexOf('尽快') + 1); // indexOf counts UTF-16 units
    assert.ok(vague.range.start.column > [...lineText.slice(0, lineText.indexOf('尽快'))].length + 1, 'more than the code points: UTF-16');
    assert.equal(at(text, vague), '尽快');
  });

  it('extremely long lines (100,000 and 1,000,000 characters) are analysed, bounded in time', () => {
    // 100,000 characters of KPI prose on one line, and a million plain ones on another.
    const long = '# 2026年11月工作总结\n\n## 一、服务数据统计\n\n' + '满意度达92.7%，'.repeat(10_000) + '\n\n' + 'x'.repeat(1_000_000) + '\n';
    const t = Date.now();
    const r = analyze(long, { now });
    const ms = Date.now() - t;
    console.log(`      ${long.length} characters on two lines: ${ms} ms`);
    assert.ok(ms < 60_000);
    assert.ok(r.model.kpis.some((k) => k.key === 'satisfaction'));
  });

  it('deeply nested lists and block quotes do not overflow the stack', () => {
    // 200 levels (the indentation alone makes it 40,000 characters: nesting is quadratic in size).
    const list = '# 计划\n\n## 具体措施\n\n' + Array.from({ length: 200 }, (_, i) => '  '.repeat(i) + `- 第${i}项。责任人：王芳；完成时间：尽快。`).join('\n') + '\n';
    const quotes = '# 总结\n\n' + '> '.repeat(3000) + '满意度达92.7%。\n';
    const stairs = '# 计划\n\n' + Array.from({ length: 300 }, (_, i) => '> '.repeat(i) + `- 新人带教。责任人：王芳；完成时间：尽快。`).join('\n') + '\n';
    for (const [what, text] of [['a 200-level list', list], ['3,000 nested quotes', quotes], ['a stair of quotes and lists', stairs]] as const) {
      const t = Date.now();
      const r = analyze(text, { now });
      console.log(`      ${what}: ${Date.now() - t} ms, ${r.findings.length} findings`);
      for (const f of r.findings) assert.ok(f.range.start.offset <= f.range.end.offset && f.range.end.offset <= text.length);
    }
  });

  it('a 10 MB document: bounded in time and size, with one clear diagnostic', () => {
    const unit = '## 一、服务数据统计\n\n满意度达92.7%。客户咨询量 412,600 件。\n\n| 措施 | 责任人 | 截止时间 |\n|---|---|---|\n| 新人带教 | 王芳 | 2026-03-31 |\n\n';
    const big = '---\ntype: summary\n---\n# 2026年11月工作总结\n\n' + unit.repeat(Math.ceil((10 * 1024 * 1024) / unit.length));
    const t = Date.now();
    const r = analyze(big, { now, locale: 'zh-CN' });
    const ms = Date.now() - t;
    console.log(`      ${(big.length / 1024 / 1024).toFixed(1)} M characters: ${ms} ms (limit ${DEFAULT_MAX_BYTES} characters)`);
    const tooLarge = only(r.findings, 'document-too-large');
    assert.equal(tooLarge.length, 1);
    assert.match(tooLarge[0].message, /文档超过 1 MB，只检查了前 \d+ 行/);
    assert.ok(tooLarge[0].range.start.offset <= DEFAULT_MAX_BYTES);
    for (const f of r.findings) assert.ok(f.range.end.offset <= DEFAULT_MAX_BYTES, `${f.rule} beyond the analysed part`);
    assert.ok(ms < 90_000, `${ms} ms`);
    if (issueOpen('analyze-truncated-flag')) {
      console.log('      partly pending: known issue analyze-truncated-flag (src/core/analyze.ts) is still open');
      return;
    }
    assert.equal(r.model.truncated?.limitBytes, DEFAULT_MAX_BYTES);
    // Fixes in a cut document never insert at the cut (the middle of the writer's text).
    for (const f of r.findings) for (const fix of f.fixes ?? []) for (const e of fix.edits) assert.ok(e.start < tooLarge[0].range.start.offset);
  });

  it('an empty file (and one of only blanks) gives a result, every finding at 1:1', () => {
    for (const text of ['', '\n', '   \n\n\t\n', '\uFEFF']) {
      const r = analyze(text, { now });
      for (const f of r.findings) {
        assert.equal(f.range.start.line, 1, `${f.rule} at line ${f.range.start.line}`);
        assert.ok(f.range.end.offset <= text.length);
      }
      assert.ok(r.completeness.total > 0);
    }
  });

  it('a file that is only frontmatter: findings placed after it, fixes that insert the parts after it', () => {
    for (const text of ['---\ntype: plan\nperiod: 2026-Q1\n---', '---\ntype: plan\nperiod: 2026-Q1\n---\n']) {
      const r = analyze(text, { now });
      assert.ok(only(r.findings, 'missing-section').length >= 5);
      const fixed = applyFixes(text, r.findings);
      assert.ok(fixed.startsWith('---\ntype: plan\nperiod: 2026-Q1\n---\n'), 'the frontmatter stays first and closed');
      assert.equal(analyze(fixed, { now }).model.frontmatter?.data?.type, 'plan');
      assert.ok(/## Goals/.test(fixed), 'the parts, in the language of the document (English: no Chinese in it)');
    }
  });

  it('YAML tags (!!js/function, !!binary, !!set) execute nothing and are reported', () => {
    (globalThis as Record<string, unknown>).__csplanPwned = undefined;
    const text = '---\ntype: !!js/function "function () { globalThis.__csplanPwned = true }"\nkpis: !!binary aGVsbG8=\nteam: !!set {a, b}\nauthor: !!js/undefined ""\n---\n# 总结\n';
    const r = analyze(text, { now });
    assert.equal((globalThis as Record<string, unknown>).__csplanPwned, undefined);
    const yaml = only(r.findings, 'frontmatter-yaml');
    assert.ok(yaml.some((f) => f.range.start.line === 2 && /js\/function/.test(f.message)), JSON.stringify(yaml.map((f) => f.message)));
    // A binary value is not walked like an object (no findings about Buffer methods).
    const schema = only(r.findings, 'frontmatter-schema');
    assert.ok(schema.length <= 4, JSON.stringify(schema.map((f) => f.message)));
    assert.ok(!schema.some((f) => /readUInt|toJSON|swap16/.test(f.message)));
  });

  it('__proto__ and constructor keys in the frontmatter do not pollute anything', () => {
    const text = '---\ntype: summary\n__proto__: {polluted: yes}\nkpis:\n  __proto__: {actual: 1}\n  constructor: {prototype: {polluted: yes}}\n---\n# 总结\n';
    const r = analyze(text, { now });
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.ok(Array.isArray(r.findings));
  });

  it('a YAML alias bomb in the frontmatter is refused quickly, as frontmatter-yaml', function () {
    if (issueOpen('parse-yaml-alias')) {
      console.log('      pending: known issue parse-yaml-alias (src/core/parse.ts) is still open');
      this.skip();
    }
    const rows = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [k, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g']]) rows.push(`${k}: &${k} [${Array(9).fill(`*${prev}`).join(',')}]`);
    const text = `---\ntype: summary\n${rows.join('\n')}\n---\n# 总结\n`;
    const t = Date.now();
    const r = analyze(text, { now });
    assert.ok(Date.now() - t < 5000);
    assert.ok(only(r.findings, 'frontmatter-yaml').length >= 1);
    const undef = analyze('---\ntype: summary\nkpis:\n  inquiries: *nowhere\n---\n# 总结\n', { now });
    assert.ok(only(undef.findings, 'frontmatter-yaml').length >= 1);
  });

  it('NUL, lone surrogates and control characters anywhere', () => {
    const text = PLAN.replace('新人带教', '新人\u0000带\uD800教\u0007').replace('目标', '目\uDFFF标\u001B');
    const r = analyze(text, { now });
    for (const f of r.findings) assert.deepEqual(expectedPosition(text, f.range.start.offset), { line: f.range.start.line, column: f.range.start.column });
    const fixed = applyFixes(text, r.findings);
    assert.ok(fixed.includes('新人\u0000带\uD800教\u0007'), 'odd characters survive a fix-all');
  });
});
