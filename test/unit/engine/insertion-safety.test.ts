// openBlockAtEnd decides whether text appended at the end of a document would be swallowed by a block
// left open (fixes are withheld then). It must read fences as the Markdown parser does, including the
// HTML blocks that run to a blank line and hold a fence line (cases found by the property suite).
import assert from 'node:assert/strict';
import { openBlockAtEnd } from '../../../src/core/rules/util';
import { parseMarkdownAt } from '../../../src/core/parse';

/** Where the parser's last node starts, when it is a code block that runs to the end. */
function parserOpenAt(text: string): number | undefined {
  const last = parseMarkdownAt(text + '\n\n## 追加\n').children.at(-1)!;
  return last.type === 'code' ? last.position!.start.offset : undefined;
}

describe('openBlockAtEnd agrees with the parser', () => {
  const cases: [string, string][] = [
    ['a fence never closed', '# 总结\n\n```\ncode\n'],
    ['a closed fence', '# 总结\n\n```\ncode\n```\n'],
    ['an <img> alone on its line holds a fence line, the next fence stays open', '# 总结\n\n<img src=x onerror=alert(1)>\n```\n\n```'],
    ['after a setext heading too', 'type: summary\n---\n<img src=x>\n```\n\n```'],
    ['after a table too', '| 措施 | 责任人 |\n| --- | --- |\n<img src=x>\n```\n\n```'],
    ['but not inside a paragraph: there the fence opens and closes', '段落\n<img src=x>\n```\n\n```\n'],
    ['a <div> interrupts a paragraph', '段落\n<div>\n```\n\n```'],
  ];
  for (const [name, text] of cases) {
    it(name, () => assert.equal(openBlockAtEnd(text) !== undefined, parserOpenAt(text) !== undefined));
  }
});
