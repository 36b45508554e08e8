// Entry of the integration suite that runs INSIDE a real VS Code extension host.
// Bundled by scripts/build.mjs to dist/test/integration/index.js and loaded by VS Code as
// `extensionTestsPath`, by scripts/vscode/run-integration.mjs (code-server, offline) and by
// scripts/vscode/run-desktop.mjs (@vscode/test-electron, desktop VS Code).
//
// ADDING A TEST FILE: create test/integration/NAME.test.ts (BDD: describe/it, `import * as vscode
// from 'vscode'`) and add one line `import './NAME.test';` to the list below. The bundle has no
// file globbing, so a file not listed here does not run. Keep './setup' first.
import * as vscode from 'vscode';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { mocha } from './setup';

// ---- test files (one line each) ----
import './harness.test';
import './diagnostics.test';
import './quickfix.test';
import './templates.test';
import './preview.test';
import './statusbar.test';
import './dashboard.test';
import './plan-link.test';
import './execution.test';
import './generate.test';
import './walkthrough.test';
// ---- end of test files ----

interface TestResult {
  title: string;
  fullTitle: string;
  file?: string;
  state: 'passed' | 'failed' | 'pending';
  duration?: number;
  error?: { message: string; stack?: string };
}

/** Where the results go: $CSPLAN_TEST_RESULTS (set by the launchers), else the first workspace folder. */
function resultsPath(): string {
  if (process.env.CSPLAN_TEST_RESULTS) return process.env.CSPLAN_TEST_RESULTS;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? process.cwd();
  return path.join(folder, '.csplan-test-results.json');
}

export function run(): Promise<void> {
  // `--grep` of run-integration.mjs: a subset, e.g. the harness tests for the bench.
  if (process.env.CSPLAN_TEST_GREP) mocha.grep(process.env.CSPLAN_TEST_GREP);
  const tests: TestResult[] = [];
  const started = Date.now();
  return new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = {
        tests: tests.length,
        passes: tests.filter((t) => t.state === 'passed').length,
        failures: tests.filter((t) => t.state === 'failed').length,
        pending: tests.filter((t) => t.state === 'pending').length,
        hookFailures: failures - tests.filter((t) => t.state === 'failed').length,
        duration: Date.now() - started,
      };
      const out = resultsPath();
      try {
        mkdirSync(path.dirname(out), { recursive: true });
        // What activating the extension cost in this host (the bench reports it).
        const ext = vscode.extensions.getExtension('csplan.csplan');
        const activation = ext?.isActive ? (ext.exports as { timings?: () => unknown })?.timings?.() : undefined;
        writeFileSync(`${out}.tmp`, JSON.stringify({ language: vscode.env.language, vscodeVersion: vscode.version, appHost: vscode.env.appHost, activation, stats, tests }, null, 2));
        renameSync(`${out}.tmp`, out);
      } catch (e) {
        console.error(`csplan integration: cannot write ${out}:`, e);
      }
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
    const record = (state: TestResult['state']) => (test: Mocha.Test, err?: Error) => {
      tests.push({
        title: test.title,
        fullTitle: test.fullTitle(),
        file: test.file,
        state,
        duration: test.duration,
        ...(err ? { error: { message: err.message, stack: err.stack } } : {}),
      });
      const mark = state === 'passed' ? 'ok' : state === 'failed' ? 'FAIL' : 'skip';
      console.log(`[csplan integration] ${mark} ${test.fullTitle()}${err ? ` — ${err.message}` : ''}`);
    };
    runner.on('pass', record('passed'));
    runner.on('pending', record('pending'));
    runner.on('fail', (test: Mocha.Runnable, err: Error) => {
      if ((test as Mocha.Runnable & { type?: string }).type === 'test') record('failed')(test as Mocha.Test, err);
      else {
        // A hook failed (before/after…): report it as a failed test so that it counts.
        tests.push({ title: test.title, fullTitle: test.fullTitle(), state: 'failed', error: { message: err.message, stack: err.stack } });
        console.log(`[csplan integration] FAIL ${test.fullTitle()} — ${err.message}`);
      }
    });
  });
}
