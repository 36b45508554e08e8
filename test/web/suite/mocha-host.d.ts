// The type of `./mocha-host`, which has no file of its own: scripts/vscode/web-extension.mjs
// resolves the import to mocha-worker.ts (the web worker host) or mocha-node.ts (the Node host),
// both of which export this. `npm run typecheck` checks the suite against it.
export declare function createMocha(timeout: number): Mocha;
