// The fuzzer's finds (regressions.ts), each checked by every check the properties make: analyze()
// total, positions right, deterministic, fix-all settles (in one pass unless the case says otherwise)
// and is idempotent, incremental = full, `lint --fix` settles with LF and CRLF — in the three UI
// languages.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearConfigCache } from '../../src/node/config';
import { REGRESSIONS } from './regressions';
import { checkCliFix, checkDeterministic, checkFixAll, checkIncremental, checkRanges, checkTotal, optionsFor } from './checks';

describe('robustness: regression cases the fuzzer found', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'csplan-regressions-'));
    clearConfigCache();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('every case has a unique name and says where it came from', () => {
    assert.equal(new Set(REGRESSIONS.map((r) => r.name)).size, REGRESSIONS.length);
    for (const r of REGRESSIONS) assert.ok(r.found.trim() && r.input.length > 0, r.name);
  });

  for (const r of REGRESSIONS) {
    it(r.name, () => {
      for (let i = 0; i < 3; i++) {
        const o = optionsFor(i);
        checkTotal(r.input, o);
        checkRanges(r.input, o);
        checkDeterministic(r.input, o);
        const { passes } = checkFixAll(r.input, o);
        assert.ok(passes <= (r.passes ?? 1), `fix-all took ${passes} passes (${o.locale})`);
        checkIncremental(r.input, r.edits ?? [], o);
      }
      checkCliFix(r.input, false, dir);
      checkCliFix(r.input, true, dir);
    });
  }
});
