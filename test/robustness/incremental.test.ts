// Incremental analysis (src/core/incremental.ts, createAnalyzer) must give exactly what a full
// analyze() gives for the same text, after any sequence of edits.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, type InternalOptions } from '../../src/core/analyze';
import { createAnalyzer } from '../../src/core/incremental';
import { anyInput, document, edit } from './arbitraries';
import { checkProperty } from './run';
import { checkIncremental, now, optionsFor } from './checks';
import { affectedByOpenIssue } from './known-issues';

describe('robustness: incremental analysis equals full analysis', function () {
  this.timeout(0);

  it('after random sequences of edits to a generated document, every result deep-equals analyze()', () => {
    let i = 0;
    let steps = 0;
    checkProperty(
      'incremental = full after random edits',
      fc.property(fc.oneof({ weight: 4, arbitrary: document }, { weight: 1, arbitrary: anyInput }), fc.array(edit, { minLength: 1, maxLength: 3 }), (start, edits) => {
        fc.pre(!affectedByOpenIssue(start));
        steps += checkIncremental(start, edits, optionsFor(i++));
      }),
    );
    console.log(`      (${steps} edits analysed incrementally)`);
  });

  it('one analyzer fed unrelated documents one after another agrees with analyze() on each', () => {
    const options: InternalOptions = { now, locale: 'zh-CN' };
    const analyzer = createAnalyzer(options);
    checkProperty(
      'incremental = full across unrelated documents',
      fc.property(anyInput, (text) => {
        fc.pre(!affectedByOpenIssue(text));
        assert.deepStrictEqual(analyzer.analyze(text), analyze(text, options));
      }),
    );
  });
});
