// Running a property with its case count printed, and a reproducible seed.
//   CSPLAN_FC_RUNS=N   more (or fewer, for a quick look) cases per property than the default
//   CSPLAN_FC_SEED=S   replay a run (the seed is printed with every property and every failure)
import fc from 'fast-check';

export const DEFAULT_RUNS = 1000;

export function runs(n = DEFAULT_RUNS): number {
  const env = Number(process.env.CSPLAN_FC_RUNS);
  return Number.isFinite(env) && env > 0 ? Math.floor(env) : n;
}

const SEED = process.env.CSPLAN_FC_SEED !== undefined && process.env.CSPLAN_FC_SEED !== '' ? Number(process.env.CSPLAN_FC_SEED) : undefined;

/** Checks a property, prints `property "name": N cases`, and fails with fast-check's shrunk counterexample. */
export function checkProperty<Ts>(name: string, property: fc.IProperty<Ts>, numRuns = runs()): number {
  const t = Date.now();
  const details = fc.check(property, { numRuns, ...(SEED !== undefined ? { seed: SEED } : {}), endOnFailure: false });
  if (details.failed) {
    throw new Error(`property "${name}" failed after ${details.numRuns} cases (seed ${details.seed}, replay with CSPLAN_FC_SEED=${details.seed})\n${fc.defaultReportMessage(details) ?? ''}\n${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`);
  }
  console.log(`      property "${name}": ${details.numRuns} cases (seed ${details.seed}, ${((Date.now() - t) / 1000).toFixed(1)} s)`);
  return details.numRuns;
}

/** Where a 0-based UTF-16 offset is, computed on its own (not with the engine's LineIndex): \n, \r\n and \r end lines. */
export function expectedPosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    } else if (c === 13) {
      // \r\n: the line starts after the \n (unless the offset points between them)
      if (i + 1 < offset) {
        i++;
        line++;
        lineStart = i + 1;
      }
    }
  }
  return { line, column: offset - lineStart + 1 };
}
