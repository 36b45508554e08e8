// mocha for the web worker extension host: mocha's own browser build (mocha/mocha.js, a UMD bundle
// with its shims), since the worker has no `require` of Node's mocha and no file system.
// @ts-expect-error mocha/mocha.js has no types; it exports the `mocha` instance of its browser entry.
import browserMocha from 'mocha/mocha.js';

export function createMocha(timeout: number): Mocha {
  const m = browserMocha as Mocha & { setup(o: object): Mocha };
  // `spec` prints through mocha's console shim: the worker's console (the browser's DevTools).
  m.setup({ ui: 'bdd', reporter: 'spec', timeout, color: false });
  return m;
}
