// Runs the integration suite (test/integration, bundled to dist/test/integration/index.js) inside a
// REAL VS Code extension host (code-server + Chromium), once per display language: English and
// Simplified Chinese by default. Exit status: 0 only when every run passed and ran at least one test.
//
//   node scripts/vscode/run-integration.mjs [--locale en,zh-cn,zh-tw] [--no-build] [--extension DIR] [--grep RE]
//     --grep RE         run only the tests whose full title matches RE (e.g. harness)
//     --extension DIR   extension folder to test (default: the project root, i.e. dist/extension.js)
//   env CSPLAN_HOST_TIMEOUT_MS   hard timeout of one run (default 6 min)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, RESULTS_DIR } from './paths.mjs';
import { provision } from './provision.mjs';
import { runInHost, LOCALES } from './launch.mjs';

function argValue(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const locales = (argValue('--locale') ?? 'en,zh-cn').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
for (const l of locales) if (!LOCALES.includes(l)) { console.error(`unknown locale ${l}; use ${LOCALES.join(', ')}`); process.exit(2); }
const extensionDevelopmentPath = path.resolve(argValue('--extension') ?? process.env.CSPLAN_EXTENSION_PATH ?? ROOT);
const extensionTestsPath = path.join(ROOT, 'dist', 'test', 'integration', 'index.js');
// The extension host inherits code-server's environment, which inherits ours.
if (argValue('--grep')) process.env.CSPLAN_TEST_GREP = argValue('--grep');

const t0 = Date.now();
await provision().catch((e) => { console.error(`[integration] provisioning failed: ${e.message}`); process.exit(1); });

if (!process.argv.includes('--no-build')) {
  const b = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (b.status !== 0) { console.error('[integration] npm run build failed'); process.exit(1); }
}
const main = JSON.parse(readFileSync(path.join(extensionDevelopmentPath, 'package.json'), 'utf8')).main;
if (main && !existsSync(path.join(extensionDevelopmentPath, main))) {
  console.error(`[integration] the extension's main ${main} does not exist in ${extensionDevelopmentPath} (is src/vscode/extension.ts there and built?)`);
  process.exit(1);
}
if (!existsSync(extensionTestsPath)) {
  console.error(`[integration] ${extensionTestsPath} is missing: test/integration/index.ts was not bundled`);
  process.exit(1);
}

const runs = [];
for (const locale of locales) {
  const label = `integration-${locale}`;
  console.log(`\n[integration] ${locale}: real VS Code (code-server) + Chromium, extension ${path.relative(ROOT, extensionDevelopmentPath) || '.'}`);
  try {
    const r = await runInHost({ extensionDevelopmentPath, extensionTestsPath, locale, label });
    for (const t of r.tests) {
      const mark = t.state === 'passed' ? '  ✓' : t.state === 'failed' ? '  ✗' : '  -';
      console.log(`${mark} ${t.fullTitle}${t.state === 'pending' ? ' (pending)' : ''}`);
      if (t.error) console.log(`      ${(t.error.stack ?? t.error.message).split('\n').slice(0, 6).join('\n      ')}`);
    }
    const s = r.stats;
    const ok = s.failures === 0 && s.passes > 0;
    console.log(`[integration] ${locale} (vscode.env.language=${r.language}, VS Code ${r.vscodeVersion}): ${s.passes} passed, ${s.failures} failed, ${s.pending} pending — ${r.seconds.toFixed(1)} s${s.passes === 0 ? ' — NO TEST PASSED' : ''}`);
    if (r.activation) console.log(`[integration] ${locale}: activation in the real host: bundle evaluated in ${r.activation.loadMs?.toFixed(0) ?? '?'} ms, activate() ${r.activation.activateMs.toFixed(0)} ms`);
    runs.push({ locale, ok, passed: s.passes, failed: s.failures, pending: s.pending, seconds: r.seconds, activation: r.activation });
  } catch (e) {
    console.log(`[integration] ${locale}: ERROR ${e.message}`);
    runs.push({ locale, ok: false, passed: 0, failed: 0, pending: 0, error: e.message });
  }
}

const total = runs.reduce((a, r) => ({ passed: a.passed + r.passed, failed: a.failed + r.failed, pending: a.pending + r.pending }), { passed: 0, failed: 0, pending: 0 });
const ok = runs.every((r) => r.ok);
mkdirSync(RESULTS_DIR, { recursive: true });
writeFileSync(path.join(RESULTS_DIR, 'integration-summary.json'), JSON.stringify({ ok, ...total, runs, seconds: (Date.now() - t0) / 1000 }, null, 2));
console.log(`\n[integration] real-host tests: ${total.passed} passed, ${total.failed} failed, ${total.pending} pending in ${runs.length} run(s) (${runs.map((r) => r.locale).join(', ')}) — ${((Date.now() - t0) / 1000).toFixed(1)} s — ${ok ? 'OK' : 'FAILED'}`);
process.exit(ok ? 0 : 1);
