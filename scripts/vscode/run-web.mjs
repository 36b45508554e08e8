// The web build in the browser's web worker extension host: stages a web-only copy of the extension
// (manifest with `browser`, without `main`; scripts/vscode/web-extension.mjs), starts code-server +
// Chromium with it as the development extension and test/web's suite (bundled for a Worker) as the
// tests, on a scratch copy of examples/, once per display language. Then the same suite, bundled for
// Node, in the Node extension host with the normal extension, to print both hosts' figures side by side.
//
//   node scripts/vscode/run-web.mjs [--locale en,zh-cn] [--no-build] [--no-node]
//     --no-node   skip the Node-host comparison run
// Exit status 0 only when every run passed and ran at least one test. Screenshots, logs and
// results: test-results/web-*.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, RESULTS_DIR } from './paths.mjs';
import { provision } from './provision.mjs';
import { startHost, HostError, LOCALES } from './launch.mjs';
import { stageWebExtension, buildSuite, WEB_SUITE_OUT, NODE_SUITE_OUT } from './web-extension.mjs';

// The names test/web/suite/helpers.ts uses for the files it shares with this launcher.
const RUN_CONFIG = '.csplan-web-run.json';
const RESULTS = '.csplan-web-results.json';
const UI_REQUEST = '.csplan-web-ui-request.json';
const UI_ANSWER = '.csplan-web-ui-answer.json';
const EXAMPLES = path.join(ROOT, 'examples');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function argValue(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Every file under dir (for the logs code-server writes into the user-data dir). */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** The rows of the Problems panel as a person reads them (the rule id is the row's code link). */
async function problemsRows(page) {
  const panel = page.locator('.markers-panel');
  await panel.waitFor({ state: 'visible', timeout: 20_000 });
  // The tree is virtualised: make the panel tall enough for the example's findings.
  await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: 20_000 });
  return page.locator('.markers-panel .monaco-list-row').allInnerTexts();
}

/**
 * The Workers of the page whose global scope holds the stamps that the banner and footer of
 * dist/web/extension.js set (scripts/build.mjs): where the web bundle was evaluated. Asked while the
 * suite runs (VS Code ends the worker host once the tests are done).
 */
async function workersWithBundle(page) {
  const found = [];
  for (const w of page.workers()) {
    const stamp = await w.evaluate(() => ({
      worker: typeof WorkerGlobalScope === 'function' && self instanceof WorkerGlobalScope,
      loadStart: globalThis.__csplanLoadStart, loadEnd: globalThis.__csplanLoadEnd,
    })).catch(() => undefined);
    if (stamp?.worker && typeof stamp.loadEnd === 'number') found.push({ url: w.url(), loadMs: stamp.loadEnd - stamp.loadStart });
  }
  return found;
}

/**
 * One run: the suite in the host chosen by the extension folder's manifest. Returns the suite's
 * results plus what the launcher checked itself (the extension host logs).
 */
async function runOnce({ host, locale, extensionDevelopmentPath, extensionTestsPath, label, timeoutMs }) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), `csplan-${label}-ws-`));
  const workspace = path.join(scratch, 'examples');
  cpSync(EXAMPLES, workspace, { recursive: true });
  writeFileSync(path.join(workspace, RUN_CONFIG), JSON.stringify({ host, language: locale, ui: true }));
  const t0 = Date.now();
  const h = await startHost({ extensionDevelopmentPath, extensionTestsPath, workspace, copyWorkspace: false, locale, label, keepScratch: true });
  let uiAnswered = false;
  // In the Node-host run no worker of the page has the stamps.
  let bundleWorkers = [];
  try {
    const deadline = t0 + timeoutMs;
    const resultsFile = path.join(workspace, RESULTS);
    while (!existsSync(resultsFile)) {
      if (h.server.exitCode !== null) throw new HostError(`code-server exited with ${h.server.exitCode}:\n${h.serverOutput().slice(-4000)}`);
      if (Date.now() > deadline) {
        const shot = await h.screenshot('timeout').catch(() => '(no screenshot)');
        throw new HostError(`timeout: no results from the suite within ${Math.round(timeoutMs / 1000)} s (screenshot ${shot}; logs test-results/${label}-*.log)`);
      }
      const request = path.join(workspace, UI_REQUEST);
      if (!uiAnswered && existsSync(request)) {
        uiAnswered = true;
        bundleWorkers = await workersWithBundle(h.page);
        let rows = [];
        try {
          rows = await problemsRows(h.page);
        } catch (e) {
          rows = [`(the launcher could not read the Problems panel: ${e.message})`];
        }
        await h.screenshot('problems').catch(() => {});
        writeFileSync(path.join(workspace, `${UI_ANSWER}.tmp`), JSON.stringify({ rows }));
        // Renamed into place, so that the suite never reads half a file.
        cpSync(path.join(workspace, `${UI_ANSWER}.tmp`), path.join(workspace, UI_ANSWER));
      }
      await sleep(250);
    }
    await sleep(200);
    const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
    await h.screenshot('final').catch(() => {});
    // The extension host's own logs: code-server's Node extension host writes remoteexthost.log into
    // the user-data dir; the worker host logs in the browser. The web-only extension must not have
    // been activated in the Node host.
    const logs = filesUnder(path.join(h.userDataDir, 'logs')).filter((f) => /exthost/i.test(f) && f.endsWith('.log'));
    const nodeHostLog = logs.map((f) => readFileSync(f, 'utf8')).join('\n');
    const activatedInNodeHost = /_doActivateExtension csplan\.csplan\b/.test(nodeHostLog);
    if (!bundleWorkers.length) bundleWorkers = await workersWithBundle(h.page);
    return { ...results, logs: logs.map((f) => path.relative(h.userDataDir, f)), activatedInNodeHost, bundleWorkers, seconds: (Date.now() - t0) / 1000 };
  } finally {
    await h.close();
    rmSync(scratch, { recursive: true, force: true });
    rmSync(h.scratch, { recursive: true, force: true });
  }
}

const locales = (argValue('--locale') ?? 'en,zh-cn').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
for (const l of locales) if (!LOCALES.includes(l)) { console.error(`unknown locale ${l}; use ${LOCALES.join(', ')}`); process.exit(2); }
const timeoutMs = Number(process.env.CSPLAN_HOST_TIMEOUT_MS) || 4 * 60_000;

const t0 = Date.now();
await provision().catch((e) => { console.error(`[web] provisioning failed: ${e.message}`); process.exit(1); });
if (!process.argv.includes('--no-build')) {
  const b = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (b.status !== 0) { console.error('[web] npm run build failed'); process.exit(1); }
}

const stage = mkdtempSync(path.join(os.tmpdir(), 'csplan-web-extension-'));
const webExtension = await stageWebExtension(path.join(stage, 'csplan'));
const plan = locales.map((locale) => ({ host: 'webworker', locale, extensionDevelopmentPath: webExtension, extensionTestsPath: path.join(webExtension, WEB_SUITE_OUT), label: `web-${locale}` }));
if (!process.argv.includes('--no-node')) {
  // The comparison: the project folder as it is (main and browser), in code-server's Node host.
  await buildSuite('node', path.join(ROOT, NODE_SUITE_OUT));
  plan.push({ host: 'node', locale: locales[0], extensionDevelopmentPath: ROOT, extensionTestsPath: path.join(ROOT, NODE_SUITE_OUT), label: `web-node-host-${locales[0]}` });
}

const runs = [];
for (const p of plan) {
  console.log(`\n[web] ${p.label}: ${p.host === 'webworker' ? 'web-only copy (browser, no main) in the web worker extension host' : 'the extension as built (main) in the Node extension host'}, display language ${p.locale}`);
  try {
    const r = await runOnce({ ...p, timeoutMs });
    for (const t of r.tests) {
      console.log(`${t.state === 'passed' ? '  ✓' : t.state === 'failed' ? '  ✗' : '  -'} ${t.fullTitle}${t.state === 'pending' ? ' (pending)' : ''}`);
      if (t.error) console.log(`      ${(t.error.stack ?? t.error.message).split('\n').slice(0, 6).join('\n      ')}`);
    }
    const inWorker = r.bundleWorkers.length === 1;
    const hostOk = r.host === p.host && (p.host === 'webworker' ? !r.activatedInNodeHost && inWorker : r.bundleWorkers.length === 0);
    if (p.host === 'webworker' && inWorker) console.log(`  ✓ host check: dist/web/extension.js evaluated in the Worker ${r.bundleWorkers[0].url.slice(0, 90)} (${r.bundleWorkers[0].loadMs.toFixed(0)} ms); code-server's Node extension host log (${r.logs.join(', ') || 'none'}) has no activation of csplan.csplan`);
    if (!hostOk) console.log(`  ✗ host check: the suite ran in ${r.host}${r.activatedInNodeHost ? ' and the Node extension host log shows csplan.csplan activated' : ''}; workers holding the web bundle: ${r.bundleWorkers.length}; expected ${p.host}`);
    const s = r.stats;
    const ok = s.failures === 0 && s.passes > 0 && hostOk;
    console.log(`[web] ${p.label}: ${s.passes} passed, ${s.failures} failed, ${s.pending} pending — host ${r.host}, VS Code ${r.vscodeVersion}, language ${r.language} — ${r.seconds.toFixed(1)} s`);
    runs.push({ ...p, ok, passed: s.passes, failed: s.failures + (hostOk ? 0 : 1), pending: s.pending, seconds: r.seconds, measuredHost: r.host, activatedInNodeHost: r.activatedInNodeHost, bundleWorkers: r.bundleWorkers, measurements: r.measurements });
  } catch (e) {
    console.log(`[web] ${p.label}: ERROR ${e.message}`);
    runs.push({ ...p, ok: false, passed: 0, failed: 1, pending: 0, error: e.message });
  }
}
rmSync(stage, { recursive: true, force: true });

const f = (v) => (typeof v === 'number' ? `${v.toFixed(0)} ms` : '—');
console.log('\n[web] load and first diagnostic, per extension host (examples/pitfalls.zh-CN.md; one run each, wall clock on this machine):');
console.log(`  ${'run'.padEnd(24)} ${'host'.padEnd(10)} ${'bundle eval'.padStart(12)} ${'activate()'.padStart(11)} ${'open → first diagnostics'.padStart(25)}`);
for (const r of runs) {
  const m = r.measurements ?? {};
  console.log(`  ${r.label.padEnd(24)} ${(r.measuredHost ?? '?').padEnd(10)} ${f(m.bundleLoadMs).padStart(12)} ${f(m.activateMs).padStart(11)} ${f(m.firstDiagnosticMs).padStart(25)}`);
}
const total = runs.reduce((a, r) => ({ passed: a.passed + r.passed, failed: a.failed + r.failed, pending: a.pending + r.pending }), { passed: 0, failed: 0, pending: 0 });
const ok = runs.length > 0 && runs.every((r) => r.ok);
mkdirSync(RESULTS_DIR, { recursive: true });
writeFileSync(path.join(RESULTS_DIR, 'web-summary.json'), JSON.stringify({ ok, ...total, runs, seconds: (Date.now() - t0) / 1000 }, null, 2));
console.log(`\n[web] web worker host: ${total.passed} passed, ${total.failed} failed, ${total.pending} pending in ${runs.length} run(s) — ${((Date.now() - t0) / 1000).toFixed(1)} s — ${ok ? 'OK' : 'FAILED'}`);
process.exit(ok ? 0 : 1);
