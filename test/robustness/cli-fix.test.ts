// `csplan lint --fix` as the command line runs it (src/cli/check.ts checkText: passes until nothing
// changes, at most MAX_FIX_PASSES, line breaks in the document's style), over generated documents:
// it settles, it is idempotent, a CRLF document stays CRLF, and every line of the original is still
// there (checks.ts checkCliFix).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { clearConfigCache } from '../../src/node/config';
import { document } from './arbitraries';
import { affectedByOpenIssue } from './known-issues';
import { checkProperty } from './run';
import { checkCliFix } from './checks';

describe('robustness: --fix through the command line\'s checkText', function () {
  this.timeout(0);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'csplan-fix-prop-'));
    clearConfigCache();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('settles, is idempotent, keeps CRLF and every line of the original', () => {
    let changed = 0;
    checkProperty(
      'lint --fix settles, idempotent, CRLF kept, no line lost',
      fc.property(document, fc.boolean(), (doc, crlf) => {
        fc.pre(!affectedByOpenIssue(doc));
        if (checkCliFix(doc, crlf, dir)) changed++;
      }),
    );
    console.log(`      (${changed} of those documents were changed by --fix)`);
  });
});
