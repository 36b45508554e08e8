// mocha for the Node extension host: the project's mocha, loaded by Node's require (external in the bundle).
import Mocha from 'mocha';

export function createMocha(timeout: number): Mocha {
  const m = new Mocha({ ui: 'bdd', color: false, timeout, retries: 0 });
  m.suite.emit('pre-require', globalThis, 'test/web', m);
  return m;
}
