// End-to-end checks through the browser (test/e2e/*.test.ts): a real VS Code (code-server) with
// the extension loaded as a development extension, driven in Debian's Chromium like a person.
//
//   node scripts/vscode/run-e2e.mjs [--no-build] [--grep TEXT]
// Prints the pass/fail counts; exit status 0 only when every check passed and at least one ran.
// Screenshots and logs: test-results/e2e-*.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Mocha from 'mocha';
import { ROOT, RESULTS_DIR } from './paths.mjs';
import { provision } from './provision.mjs';

const t0 = Date.now();
if (!process.env.CSPLAN_E2E_TSX) await provision().catch((e) => { console.error(`[e2e] provisioning failed: ${e.message}`); process.exit(1); });
if (!process.env.CSPLAN_E2E_TSX && !process.argv.includes('--no-build')) {
  const b = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (b.status !== 0) { console.error('[e2e] npm run build failed'); process.exit(1); }
}

// The TypeScript test files load through tsx, as the unit tests do (.mocharc.json: --import=tsx).
if (!process.env.CSPLAN_E2E_TSX) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--no-build', ...process.argv.slice(2)], {
    stdio: 'inherit', env: { ...process.env, CSPLAN_E2E_TSX: '1' },
  });
  process.exit(r.status ?? 1);
}
const grepIdx = process.argv.indexOf('--grep');
const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 120_000, color: !process.env.CI, ...(grepIdx > 0 ? { grep: process.argv[grepIdx + 1] } : {}) });
const dir = path.join(ROOT, 'test', 'e2e');
for (const f of readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort()) mocha.addFile(path.join(dir, f));
await mocha.loadFilesAsync();
const runner = mocha.run((failures) => {
  const s = runner.stats;
  const ok = failures === 0 && s.passes > 0;
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(path.join(RESULTS_DIR, 'e2e-summary.json'), JSON.stringify({ ok, passed: s.passes, failed: failures, pending: s.pending, seconds: (Date.now() - t0) / 1000 }, null, 2));
  console.log(`[e2e] browser checks: ${s.passes} passed, ${failures} failed, ${s.pending} pending — ${((Date.now() - t0) / 1000).toFixed(1)} s — ${ok ? 'OK' : 'FAILED'} (screenshots in test-results/)`);
  process.exit(ok ? 0 : 1);
});
