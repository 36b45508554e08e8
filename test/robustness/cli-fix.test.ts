// `csplan lint --fix` as the command line runs it (src/cli/check.ts checkText: passes until nothing
// changes, line breaks in the document's style), over generated documents: it settles, it is
// idempotent, a CRLF document stays CRLF, and every line of the original is still there.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { checkText, type CheckOptions } from '../../src/cli/check';
import { clearConfigCache } from '../../src/node/config';
import { document } from './arbitraries';
import { VAGUE_TIME } from '../../src/core/model/lexicon';
import { affectedByOpenIssue } from './known-issues';
import { checkProperty } from './run';

describe('robustness: --fix through the command line\'s checkText', function () {
  this.timeout(240_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'csplan-fix-prop-'));
    clearConfigCache();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('settles, is idempotent, keeps CRLF and every line of the original', () => {
    const options: CheckOptions = { fix: true, quiet: false, envLocale: 'zh-CN' };
    let changed = 0;
    checkProperty(
      'lint --fix settles, idempotent, CRLF kept, no line lost',
      fc.property(document, fc.boolean(), (doc, crlf) => {
        fc.pre(!affectedByOpenIssue(doc));
        // A pure CRLF document (or a pure LF one): what --fix inserts must follow it.
        const lf = doc.replace(/\r\n?/g, '\n');
        const text = crlf ? lf.replace(/\n/g, '\r\n') : lf;
        const file = join(dir, 'doc.md');
        const once = checkText(text, file, options);
        if (once.changed) changed++;
        const twice = checkText(once.text, file, options);
        assert.equal(twice.text, once.text, 'a second --fix changed the text');
        if (crlf && text.includes('\r\n')) assert.ok(!/(^|[^\r])\n/.test(once.text), 'a bare \\n in a CRLF document');
        else assert.ok(!once.text.includes('\r'), 'a \\r in an LF document');
        // Every line of the original is still there, in order (fixes insert, or replace inside a line).
        const lines = once.text.split(crlf ? '\r\n' : '\n');
        let k = 0;
        for (const line of text.split(crlf ? '\r\n' : '\n')) {
          if (!line.trim()) continue;
          while (k < lines.length && !lines[k].includes(line) && !sameExceptFixes(line, lines[k])) k++;
          assert.ok(k < lines.length, `line lost or moved: ${JSON.stringify(line)}`);
          k++;
        }
      }),
    );
    console.log(`      (${changed} of those documents were changed by --fix)`);
  });
});

/**
 * A line a fix edited in place (a date for 尽快, an owner placeholder in a cell, a canonical KPI key,
 * a clause appended): once the words a fix may replace are set aside (vague deadline words, numbers,
 * a YAML key, placeholder dashes and dots), every other character of the original is still there, in order.
 */
function sameExceptFixes(original: string, now: string): boolean {
  const vague = new RegExp(VAGUE_TIME.source, 'gi');
  const kept = original.replace(vague, '').replace(/[\d.,%０-９．，万萬亿億]+/g, '').replace(/^\s*[^\s:：]+(?=\s*:)/, '').replace(/[-—–_/.。·…]/g, '');
  let i = 0;
  for (const ch of kept) {
    if (/\s/.test(ch)) continue;
    i = now.indexOf(ch, i);
    if (i < 0) return false;
    i += ch.length;
  }
  return true;
}
