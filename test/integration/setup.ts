// Creates the mocha instance of the integration suite and defines the BDD globals (describe, it,
// before, …) BEFORE the test files are evaluated. index.ts imports this module first: ES modules
// run in import order, and the bundle (scripts/build.mjs) keeps that order.
import Mocha from 'mocha';

export const mocha = new Mocha({
  ui: 'bdd',
  color: false,
  // The extension host of a real VS Code is slower than plain Node, above all on a busy CI machine.
  timeout: Number(process.env.CSPLAN_TEST_TIMEOUT_MS) || 30_000,
  // A flaky real-host wait must not hide a real failure: no retries.
  retries: 0,
});

// What `mocha` does for each spec file on the command line: publish describe/it/… on the global object.
mocha.suite.emit('pre-require', globalThis, 'test/integration', mocha);
