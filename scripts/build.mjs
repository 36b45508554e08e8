// Bundles every entry point with esbuild. The extension, the web extension, the CLI and the
// library are separate bundles so that each loads only what it needs.
// Usage: node scripts/build.mjs [--watch] [--dev]   (--dev: no minification, inline sourcemaps)
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const dev = process.argv.includes('--dev');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  minify: !dev,
  sourcemap: dev ? 'inline' : false,
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
  // JSON schemas and message catalogues are imported as data.
  loader: { '.json': 'json' },
};

/** Each entry: [source, options]; an entry whose source does not exist yet is skipped. */
const entries = [
  // Banner and footer stamp when the bundle starts and ends evaluating: activate() reports both costs.
  ['src/vscode/extension.ts', { outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'], banner: { js: 'globalThis.__csplanLoadStart = globalThis.performance ? performance.now() : Date.now();' }, footer: { js: 'globalThis.__csplanLoadEnd = globalThis.performance ? performance.now() : Date.now();' } }],
  // VS Code for the Web runs extensions in a Worker: no `document`, so prefer packages' worker builds.
  ['src/vscode/extension.ts', { outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], conditions: ['worker', 'browser'], define: { 'process.env.CSPLAN_WEB': '"1"' }, banner: { js: 'globalThis.__csplanLoadStart = globalThis.performance ? performance.now() : Date.now();' }, footer: { js: 'globalThis.__csplanLoadEnd = globalThis.performance ? performance.now() : Date.now();' } }],
  ['src/cli/main.ts', { outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } }],
  ['src/cli/worker.ts', { outfile: 'dist/worker.js', platform: 'node', format: 'cjs' }],
  ['src/cli/rollup-worker.ts', { outfile: 'dist/rollup-worker.js', platform: 'node', format: 'cjs' }],
  ['src/index.ts', { outfile: 'dist/index.js', platform: 'node', format: 'cjs' }],
  ['src/vscode/webview/preview.ts', { outfile: 'dist/webview/preview.js', platform: 'browser', format: 'iife' }],
  ['src/vscode/webview/dashboard.ts', { outfile: 'dist/webview/dashboard.js', platform: 'browser', format: 'iife' }],
  // The integration suite runs inside the real extension host, so it is bundled like the extension.
  ['test/integration/index.ts', { outfile: 'dist/test/integration/index.js', platform: 'node', format: 'cjs', external: ['vscode', 'mocha'], minify: false, sourcemap: 'inline' }],
];

const contexts = [];
for (const [entry, options] of entries) {
  if (!existsSync(entry)) continue;
  const ctx = await esbuild.context({ ...common, entryPoints: [entry], ...options });
  contexts.push(ctx);
}
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
  console.log(`watching ${contexts.length} bundles`);
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
