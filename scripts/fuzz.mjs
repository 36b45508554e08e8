// npm run fuzz: the robustness properties (test/robustness) with FRESH random seeds and many more
// cases than npm test runs (which always checks the same cases: fixed seeds). Every property prints
// its seed; a failure prints the shrunk counterexample, the seed to replay it with, and the line to
// add to test/robustness/regressions.ts (add it there before fixing the bug).
//
//   npm run fuzz                          one round: 20,000 cases a property, fresh seeds
//   npm run fuzz -- --cases 50000         more cases a property, a round
//   npm run fuzz -- --minutes 30          rounds with new seeds until 30 minutes have passed (the
//                                         property running at the end stops at the deadline)
//   npm run fuzz -- --grep fix-all        only the properties whose test title matches (mocha --grep)
//   npm run fuzz -- --seed -211260104     replay one seed (with --grep, one property)
//
// On the shared build machine run it niced: `nice -n 10 npm run fuzz -- --minutes 20`.
// Exit status 1 when any property failed.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The test files that hold properties (hostile.test.ts has none, only slow single inputs). */
const FILES = ['properties', 'incremental', 'cli-fix', 'config'].map((f) => `test/robustness/${f}.test.ts`);

const usage = 'usage: npm run fuzz -- [--cases N] [--minutes M] [--grep REGEX] [--seed S]';
let values;
try {
  ({ values } = parseArgs({
    options: {
      cases: { type: 'string', default: '20000' },
      minutes: { type: 'string' },
      grep: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (e) {
  console.error(`${e.message}\n${usage}`);
  process.exit(2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const cases = Number(values.cases);
const minutes = values.minutes === undefined ? undefined : Number(values.minutes);
if (!Number.isInteger(cases) || cases < 1 || (minutes !== undefined && !(minutes > 0)) || (values.seed !== undefined && !Number.isInteger(Number(values.seed)))) {
  console.error(usage);
  process.exit(2);
}
const deadline = minutes === undefined ? undefined : Date.now() + minutes * 60_000;

/** One round: mocha over the property files, its output on the console and captured. */
function round() {
  const env = { ...process.env, FORCE_COLOR: '0', CSPLAN_FC_RUNS: String(cases) };
  if (values.seed !== undefined) env.CSPLAN_FC_SEED = values.seed;
  else env.CSPLAN_FC_FRESH = '1';
  if (deadline !== undefined) env.CSPLAN_FC_DEADLINE = String(deadline);
  const args = ['mocha', '--no-config', '-n', 'import=tsx', '--timeout', '0', '--reporter', 'spec', ...(values.grep ? ['--grep', values.grep] : []), ...FILES];
  return new Promise((resolve) => {
    const child = spawn('npx', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env });
    let out = '';
    child.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { out += d; process.stderr.write(d); });
    child.on('close', (code) => resolve({ code, out }));
  });
}

const t0 = Date.now();
const totals = new Map(); // property → { cases, seeds[] }
const failures = [];
let rounds = 0;
do {
  rounds++;
  console.log(`\n==== fuzz round ${rounds}: ${cases} cases a property, ${values.seed !== undefined ? `seed ${values.seed}` : 'fresh seeds'}${deadline !== undefined ? `, ${((deadline - Date.now()) / 60_000).toFixed(1)} min left` : ''}`);
  const r = await round();
  for (const m of r.out.matchAll(/property "([^"]+)": (\d+) cases \(seed (-?\d+)/g)) {
    const t = totals.get(m[1]) ?? { cases: 0, seeds: [] };
    t.cases += Number(m[2]);
    t.seeds.push(Number(m[3]));
    totals.set(m[1], t);
  }
  for (const m of r.out.matchAll(/property "([^"]+)" failed after (\d+) cases \(seed (-?\d+)/g)) failures.push({ property: m[1], seed: Number(m[3]), round: rounds });
  if (r.code !== 0 && !/failed after/.test(r.out)) failures.push({ property: '(not a property: see the output above)', seed: NaN, round: rounds });
} while (deadline !== undefined && values.seed === undefined && Date.now() < deadline - 5_000);

console.log(`\n==== fuzz summary: ${rounds} round(s) in ${((Date.now() - t0) / 60_000).toFixed(1)} min`);
for (const [name, t] of totals) console.log(`${String(t.cases).padStart(8)} cases  ${name}  (seeds ${t.seeds.join(', ')})`);
for (const f of failures) console.log(`FAILED  ${f.property}  seed ${f.seed} (round ${f.round}): add the counterexample printed above to test/robustness/regressions.ts`);
if (!totals.size) console.log(`no property ran${values.grep ? ` (does --grep ${values.grep} match a test title?)` : ''}`);
console.log(failures.length ? `${failures.length} failure(s)` : 'no failure');
process.exit(failures.length || !totals.size ? 1 : 0);
