// Fixes that insert lines (missing-section, the mechanism rules, uncategorized-problems) are offered
// only where the parser reads what they insert as what they mean (rules/util.ts insertsCleanly): a
// part appended after a code fence or an HTML block left open would be swallowed by it, and "fix all"
// would insert it again and again. The answer must agree with the parser on the whole document, in
// chunks as whole, in the incremental analyzer as in analyze().
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { createAnalyzer } from '../../../src/core/incremental';
import { applyFixes } from '../../../src/core/fixes';
import { parseMarkdownAt } from '../../../src/core/parse';
import type { Finding } from '../../../src/core/types';

const now = new Date(2026, 10, 23);

/** Whether a heading appended after a blank line comes out as a heading of the document (the parser's answer). */
function appendedHeadingStands(text: string): boolean {
  const last = parseMarkdownAt(text + '\n\n## 追加\n').children.at(-1)!;
  return last.type === 'heading';
}

/** The fixes that insert at the end of the document. */
function fixesAtEnd(text: string, findings: Finding[]): Finding[] {
  return findings.filter((f) => f.fixes?.some((x) => x.edits.some((e) => e.start === text.length && e.end === text.length)));
}

const PLAN = '---\ntype: plan\n---\n\n# 工作计划\n\n## 目标\n\n一次解决率提升至85%。\n\n';

describe('fixes insert only where the parser reads the inserted part as a part', () => {
  const cases: [string, string][] = [
    ['a fence never closed', PLAN + '```\ncode\n'],
    ['a closed fence', PLAN + '```\ncode\n```\n'],
    ['a ~~~ fence whose closer is shorter than the opener', PLAN + '~~~~\ncode\n~~~\n'],
    ['an <img> alone on its line holds a fence line, the next fence stays open', PLAN + '<img src=x onerror=alert(1)>\n```\n\n```'],
    ['after a table too', PLAN + '| 措施 | 责任人 |\n| --- | --- |\n<img src=x>\n```\n\n```'],
    ['but not inside a paragraph: there the fence opens and closes', PLAN + '段落\n<img src=x>\n```\n\n```\n'],
    ['a pipe row without a delimiter row is a paragraph: the <img> after it continues it, the fence opens', PLAN + '| 措施 | 责任人 |\n<img src=x onerror=alert(1)>\n```\n---\ntype: summary\n---'],
    ['a <div> interrupts a paragraph', PLAN + '段落\n<div>\n```\n\n```'],
    ['an HTML comment never closed', PLAN + '<!-- 草稿\n'],
    ['an HTML comment closed', PLAN + '<!-- 草稿 -->\n'],
    ['a <pre> never closed runs past blank lines', PLAN + '<pre>\n代码\n\n更多\n'],
    ['a </pre> closing tag alone is a kind-7 block, ended by the blank line', PLAN + '</pre>\n~~~x\n'],
    ['a fence inside a list item ends with the item', PLAN + '- 措施\n\n  ```\n  code\n'],
    ['a fence inside a quote ends with the quote', PLAN + '> ```\n> code\n'],
    ['indented code at the end', PLAN + '    code\n'],
    ['a list at the end', PLAN + '- 上线智能分流\n- 新人带教'],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const stands = appendedHeadingStands(text);
      for (const wholeParse of [true, false]) {
        const found = fixesAtEnd(text, analyze(text, { now, wholeParse }).findings);
        assert.equal(found.length > 0, stands, `${wholeParse ? 'whole' : 'chunked'}: ${found.length} fixes at the end, the parser says an appended heading ${stands ? 'stands' : 'is swallowed'}`);
      }
    });
  }

  it('every fix that is offered takes in one pass: the fixed text has nothing left to fix at the end', () => {
    for (const [, text] of cases) {
      const fixed = applyFixes(text, analyze(text, { now }).findings);
      assert.equal(applyFixes(fixed, analyze(fixed, { now }).findings), fixed, JSON.stringify(text));
    }
  });

  it('a long document parsed in chunks that ends in an open fence: no fix at the end, in analyze() and in the analyzer after edits', () => {
    const body = Array.from({ length: 40 }, (_, i) => `## 第${i + 1}节\n\n${'说明文字。'.repeat(30)}\n`).join('\n');
    const open = `${PLAN}${body}\n<img src=x>\n\`\`\`\n\n\`\`\`\n## 尾声\n\n未完`;
    assert.ok(open.length > 6000, 'long enough to be parsed in chunks');
    assert.equal(fixesAtEnd(open, analyze(open, { now }).findings).length, 0);
    const analyzer = createAnalyzer({ now });
    analyzer.analyze(open.slice(0, -2));
    const r = analyzer.analyze(open);
    assert.ok(r && analyzer.lastRun.parsed < analyzer.lastRun.chunks, 'the analyzer reused chunks');
    assert.deepEqual(r.findings, analyze(open, { now }).findings);
    const closed = open + '\n```\n';
    assert.ok(fixesAtEnd(closed, analyzer.analyze(closed).findings).length > 0, 'closed: the parts can be appended');
  });

  it('a part inserted before the next part\'s heading, and the category skeleton under a heading, are offered in a document that ends in an open fence', () => {
    const text = '---\ntype: summary\n---\n\n# 总结\n\n## 客户反馈分析\n\n好评多。\n\n## 问题归类与分析\n\n- 转接过多\n- 解释不清\n- 工单丢失\n\n```\n未完';
    const findings = analyze(text, { now }).findings;
    const before = findings.find((f) => f.rule === 'missing-section' && f.fixes?.[0].edits[0].start === text.indexOf('## 客户反馈分析'));
    assert.ok(before, 'the data part, inserted before the feedback part');
    assert.ok(findings.find((f) => f.rule === 'uncategorized-problems')?.fixes, 'the category skeleton');
    assert.equal(fixesAtEnd(text, findings).length, 0, 'nothing appended into the fence');
  });
});
