// Entry of the web-host suite: VS Code loads it as `extensionTestsPath` from inside the extension
// folder under test, so it runs in the same extension host as the extension (for the web-only
// copy: the browser's web worker host). Bundled by scripts/vscode/web-extension.mjs; started by
// scripts/vscode/run-web.mjs, which reads the results this writes into the workspace.
//
// ADDING A TEST FILE: test/web/suite/NAME.test.ts, then `import './NAME.test';` below, after './setup'.
// The files run in a Worker: no `node:` imports (the build fails on one), VS Code's API only.
import * as vscode from 'vscode';
import { mocha } from './setup';
import './product.test';
import { RESULTS, currentHost, inWorkspace, measurements, writeJson } from './helpers';

interface TestResult { title: string; fullTitle: string; state: 'passed' | 'failed' | 'pending'; duration?: number; error?: { message: string; stack?: string } }

export function run(): Promise<void> {
  const tests: TestResult[] = [];
  return new Promise<void>((resolve, reject) => {
    const runner = mocha.run(async (failures: number) => {
      const stats = {
        tests: tests.length,
        passes: tests.filter((t) => t.state === 'passed').length,
        failures: tests.filter((t) => t.state === 'failed').length,
        pending: tests.filter((t) => t.state === 'pending').length,
      };
      try {
        await writeJson(inWorkspace(RESULTS), { host: currentHost(), language: vscode.env.language, vscodeVersion: vscode.version, measurements, stats, tests });
      } catch (e) {
        console.error('csplan web suite: cannot write the results', e);
      }
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
    const record = (state: TestResult['state']) => (test: Mocha.Runnable, err?: Error) => {
      tests.push({ title: test.title, fullTitle: test.fullTitle(), state, duration: test.duration, ...(err ? { error: { message: err.message, stack: err.stack } } : {}) });
    };
    runner.on('pass', record('passed'));
    runner.on('pending', record('pending'));
    // A failing hook counts as a failed test.
    runner.on('fail', (test: Mocha.Runnable, err: Error) => record('failed')(test, err));
  });
}
