// Creates the suite's mocha and publishes describe/it/… BEFORE the test files are evaluated
// (index.ts imports this first; the bundle keeps import order). `./mocha-host` is resolved by
// scripts/vscode/web-extension.mjs to the worker's or Node's mocha.
import { createMocha } from './mocha-host';

// The worker host on a busy 2-core machine is slow to render webviews: generous, but bounded.
export const mocha = createMocha(60_000);
