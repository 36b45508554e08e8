// npm test: everything, in order, on a fresh clone (after npm ci):
//   1. provisioning of the real VS Code host (idempotent; a few seconds when cached)
//   2. npm run build
//   3. unit + CLI tests (mocha, Node)
//   3b. robustness: fast-check properties (case counts printed) and hostile inputs (test/robustness)
//   4. integration tests inside a real VS Code extension host (code-server), en and zh-cn
//   5. end-to-end checks through the browser (Chromium), en and zh-cn
//   6. the web build in the browser's web worker extension host (test/web), en and zh-cn, plus the
//      same suite in the Node host for the comparison of load and first-diagnostic times
// Every part runs even when an earlier test part fails (the summary shows all of them); the exit
// status is non-zero when any part fails or a test part ran no test.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, RESULTS_DIR } from './vscode/paths.mjs';
import { provision } from './vscode/provision.mjs';

const t0 = Date.now();
const parts = [];
/** test-results/web-summary.json of the web part: its load and first-diagnostic figures go into the summary. */
let web = null;
// Screenshots, logs and results of this run only (the folder is git-ignored).
rmSync(RESULTS_DIR, { recursive: true, force: true });

/** Runs a command with its output on the console, also captured (for mocha's counts). */
function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { out += d; process.stderr.write(d); });
    child.on('close', (code) => resolve({ code, out }));
  });
}

function readJson(file) {
  try { return JSON.parse(readFileSync(file, 'utf8')); } catch { return null; }
}

function banner(s) {
  console.log(`\n==== ${s} ${'='.repeat(Math.max(0, 70 - s.length))}`);
}

async function step(name, fn) {
  banner(name);
  const t = Date.now();
  const r = await fn();
  parts.push({ name, seconds: (Date.now() - t) / 1000, ...r });
  return r.ok;
}

const ready = await step('provision the real VS Code host', async () => {
  try {
    const r = await provision();
    console.log(r.cached ? `cached (${r.seconds.toFixed(2)} s)` : `installed (${r.seconds.toFixed(0)} s)`);
    return { ok: true };
  } catch (e) {
    console.error(e.message);
    return { ok: false, detail: 'provisioning failed' };
  }
}) && await step('build', async () => {
  const r = await run('npm', ['run', '--silent', 'build']);
  return { ok: r.code === 0, detail: r.code === 0 ? 'ok' : `exit ${r.code}` };
});

await step('unit + CLI tests (mocha)', async () => {
  const r = await run('npx', ['mocha', '--reporter', 'spec'], { FORCE_COLOR: '0' });
  const n = (re) => Number(re.exec(r.out)?.[1] ?? 0);
  const passed = n(/(\d+) passing/);
  const failed = n(/(\d+) failing/);
  const pending = n(/(\d+) pending/);
  return { ok: r.code === 0 && passed > 0, passed, failed, pending, detail: r.code === 0 ? '' : `exit ${r.code}` };
});

await step('robustness: properties and hostile inputs (mocha, Node)', async () => {
  const r = await run('npm', ['run', '--silent', 'test:robustness', '--', '--reporter', 'spec'], { FORCE_COLOR: '0' });
  const n = (re) => Number(re.exec(r.out)?.[1] ?? 0);
  const passed = n(/(\d+) passing/);
  const failed = n(/(\d+) failing/);
  const pending = n(/(\d+) pending/);
  // Every property prints `property "name": N cases`: the summary says how many cases were generated.
  const props = [...r.out.matchAll(/property "([^"]+)": (\d+) cases/g)];
  const cases = props.reduce((sum, m) => sum + Number(m[2]), 0);
  const fewest = props.length ? Math.min(...props.map((m) => Number(m[2]))) : 0;
  const detail = `${props.length} properties, ${cases} generated cases (fewest ${fewest} a property)${r.code === 0 ? '' : `, exit ${r.code}`}`;
  return { ok: r.code === 0 && passed > 0 && props.length > 0 && fewest >= 1000, passed, failed, pending, detail };
});

if (ready) {
  await step('integration tests in a real VS Code extension host (en, zh-cn)', async () => {
    const summary = path.join(RESULTS_DIR, 'integration-summary.json');
    rmSync(summary, { force: true });
    const r = await run(process.execPath, ['scripts/vscode/run-integration.mjs', '--no-build']);
    const s = readJson(summary);
    return { ok: r.code === 0 && !!s?.ok && s.passed > 0, passed: s?.passed ?? 0, failed: s?.failed ?? 0, pending: s?.pending ?? 0, detail: s ? s.runs.map((x) => `${x.locale}: ${x.passed}/${x.failed}${x.error ? ' ERROR' : ''}`).join(', ') : `exit ${r.code}, no summary` };
  });
  await step('end-to-end checks in the browser (en, zh-cn)', async () => {
    const summary = path.join(RESULTS_DIR, 'e2e-summary.json');
    rmSync(summary, { force: true });
    const r = await run(process.execPath, ['scripts/vscode/run-e2e.mjs', '--no-build'], { FORCE_COLOR: '0' });
    const s = readJson(summary);
    return { ok: r.code === 0 && !!s?.ok && s.passed > 0, passed: s?.passed ?? 0, failed: s?.failed ?? 0, pending: s?.pending ?? 0, detail: s ? '' : `exit ${r.code}, no summary` };
  });
  await step('web build in the web worker extension host (en, zh-cn; Node host for comparison)', async () => {
    const summary = path.join(RESULTS_DIR, 'web-summary.json');
    rmSync(summary, { force: true });
    const r = await run(process.execPath, ['scripts/vscode/run-web.mjs', '--no-build', '--locale', 'en,zh-cn'], { FORCE_COLOR: '0' });
    const s = readJson(summary);
    web = s;
    return { ok: r.code === 0 && !!s?.ok && s.passed > 0, passed: s?.passed ?? 0, failed: s?.failed ?? 0, pending: s?.pending ?? 0, detail: s ? s.runs.map((x) => `${x.label.replace(/^web-/, '')}: ${x.passed}/${x.failed}${x.error ? ' ERROR' : ''}`).join(', ') : `exit ${r.code}, no summary` };
  });
}

banner('summary');
const ok = ready && parts.every((p) => p.ok);
for (const p of parts) {
  const counts = p.passed !== undefined ? `${p.passed} passed, ${p.failed} failed, ${p.pending} pending` : p.detail ?? '';
  console.log(`${p.ok ? 'PASS' : 'FAIL'}  ${p.name.padEnd(66)} ${counts}${p.passed !== undefined && p.detail ? ` (${p.detail})` : ''}  ${p.seconds.toFixed(1)} s`);
}
if (!ready) console.log('FAIL  the real-host tests did not run: provisioning or build failed');
if (web?.runs?.length) {
  // One run each, wall clock on this machine: a comparison of the hosts, not a benchmark.
  const ms = (v) => (typeof v === 'number' ? `${v.toFixed(0)} ms` : '—');
  console.log('\nextension host      run                 bundle eval   activate()   open → first diagnostics');
  for (const r of web.runs) {
    const m = r.measurements ?? {};
    console.log(`${(r.measuredHost ?? r.host).padEnd(19)} ${r.label.padEnd(19)} ${ms(m.bundleLoadMs).padStart(11)} ${ms(m.activateMs).padStart(12)} ${ms(m.firstDiagnosticMs).padStart(26)}`);
  }
}
console.log(`\nnpm test: ${ok ? 'OK' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
process.exit(ok ? 0 : 1);
