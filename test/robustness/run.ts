// Running a property with its case count and seed printed.
//
// In `npm test` every property runs with a FIXED seed (derived from its name), so two runs check the
// same cases and a failure there is a regression, never luck. Hunting with fresh random cases is
// `npm run fuzz` (scripts/fuzz.mjs), which sets the variables below:
//   CSPLAN_FC_RUNS=N         cases per property (default 1,000)
//   CSPLAN_FC_SEED=S         replay: every property runs with seed S (each failure prints its seed)
//   CSPLAN_FC_FRESH=1        a fresh random seed for every property (fuzzing)
//   CSPLAN_FC_DEADLINE=T     stop generating cases at T (ms since the epoch); the cases run so far count
import fc from 'fast-check';

export const DEFAULT_RUNS = 1000;

export function runs(n = DEFAULT_RUNS): number {
  const env = Number(process.env.CSPLAN_FC_RUNS);
  return Number.isFinite(env) && env > 0 ? Math.floor(env) : n;
}

function envNumber(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new Error(`${name}=${raw} is not a number`);
  return n;
}

/** The fixed seed of a property in the deterministic suite: FNV-1a of its name (adding a property changes no other's cases). */
export function fixedSeed(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Fuzzing: a seed nobody chose, printed so the run can be replayed. */
function freshSeed(): number {
  return (Date.now() ^ Math.floor(Math.random() * 0x100000000)) | 0;
}

export function seedFor(name: string): number {
  const replay = envNumber('CSPLAN_FC_SEED');
  if (replay !== undefined) return replay | 0;
  return process.env.CSPLAN_FC_FRESH === '1' ? freshSeed() : fixedSeed(name);
}

/** True when the cases of this run are random (npm run fuzz), not the fixed ones of npm test. */
export const fuzzing = process.env.CSPLAN_FC_FRESH === '1';

export interface PropertyRun {
  /** Cases run (fewer than asked when the fuzz deadline cut the property short). */
  cases: number;
  seed: number;
  interrupted: boolean;
}

/**
 * Checks a property, prints `property "name": N cases (seed S, …)`, and fails with fast-check's
 * shrunk counterexample, the seed, how to replay it and how to keep it as a regression case.
 */
export function checkProperty<Ts>(name: string, property: fc.IProperty<Ts>, numRuns = runs()): number {
  return runProperty(name, property, numRuns).cases;
}

export function runProperty<Ts>(name: string, property: fc.IProperty<Ts>, numRuns = runs()): PropertyRun {
  const t = Date.now();
  const seed = seedFor(name);
  const deadline = envNumber('CSPLAN_FC_DEADLINE');
  const timeLimit = deadline !== undefined ? Math.max(1, deadline - Date.now()) : undefined;
  const details = fc.check(property, {
    numRuns,
    seed,
    endOnFailure: false,
    ...(timeLimit !== undefined ? { interruptAfterTimeLimit: timeLimit, markInterruptAsFailure: false } : {}),
  });
  // fast-check counts a run the deadline stopped before its first case as failed: it is not.
  const cutBeforeAnyCase = details.interrupted && details.counterexample === null && details.errorInstance === null;
  if (details.failed && !cutBeforeAnyCase) {
    const values = details.counterexample as unknown[] | null;
    const counterexample = values ? JSON.stringify(values.length === 1 ? values[0] : values) : '?';
    throw new Error(
      [
        `property "${name}" failed after ${details.numRuns} cases (seed ${details.seed}, replay with CSPLAN_FC_SEED=${details.seed} npm run test:robustness -- --grep '${name.replace(/'/g, '')}')`,
        fc.defaultReportMessage(details) ?? '',
        details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance),
        `Keep it as a regression case (test/robustness/regressions.ts): { name: '…', property: ${JSON.stringify(name)}, input: ${counterexample} }`,
      ].join('\n'),
    );
  }
  const cut = details.interrupted ? ', stopped at the deadline' : '';
  console.log(`      property "${name}": ${details.numRuns} cases (seed ${details.seed}${cut}, ${((Date.now() - t) / 1000).toFixed(1)} s)`);
  return { cases: details.numRuns, seed: details.seed, interrupted: details.interrupted };
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
