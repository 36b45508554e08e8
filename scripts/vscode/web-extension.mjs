// The web build, as VS Code for the Web gets it: stages a WEB-ONLY copy of the extension (its
// manifest keeps `browser` and loses `main`, so VS Code can only run it in the browser's web worker
// extension host) and bundles the suite of test/web for that host (and, for the comparison, for
// the Node extension host). Used by scripts/vscode/run-web.mjs.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT } from './paths.mjs';

/**
 * What a web-only install holds: the manifest and its translations, the web bundle, the webviews'
 * scripts, and the data files the extension reads at run time (media, l10n, snippets, schemas,
 * rule pages). Not dist/extension.js: if VS Code tried the Node host, there would be nothing to load.
 */
const WEB_FILES = ['package.nls.json', 'package.nls.zh-cn.json', 'package.nls.zh-tw.json', 'LICENSE', 'README.md', 'dist/web', 'dist/webview', 'media', 'l10n', 'snippets', 'schemas', 'docs/rules'];

/** The suite's entry, and where each build of it goes (inside the extension folder it tests, see below). */
export const WEB_SUITE_ENTRY = path.join(ROOT, 'test', 'web', 'suite', 'index.ts');
export const WEB_SUITE_OUT = 'dist/test/web/index.js';
export const NODE_SUITE_OUT = 'dist/test/web-node/index.js';

/** The manifest of the web-only copy: `main` removed, everything else as published. */
export function webOnlyManifest(pkg) {
  const { main: _main, ...rest } = pkg;
  if (!rest.browser) throw new Error('package.json has no "browser" entry: there is no web build to test');
  return rest;
}

/**
 * Copies the web-only extension into `dir` (created) and returns it. Run `npm run build` first.
 * VS Code runs an extension's tests in the host that runs the extension whose folder holds the tests
 * file (findTestExtensionHost), so the suite is bundled INTO the copy.
 */
export async function stageWebExtension(dir) {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const manifest = webOnlyManifest(pkg);
  if (!existsSync(path.join(ROOT, manifest.browser))) throw new Error(`${manifest.browser} is missing: run npm run build`);
  mkdirSync(dir, { recursive: true });
  for (const f of WEB_FILES) {
    if (existsSync(path.join(ROOT, f))) cpSync(path.join(ROOT, f), path.join(dir, f), { recursive: true });
  }
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  await buildSuite('web', path.join(dir, WEB_SUITE_OUT));
  return dir;
}

/**
 * Bundles test/web/suite for one host. `web`: for a Worker (platform browser, mocha's own browser
 * build, no Node built-ins: a `node:` import fails the build, as it would fail in the worker).
 * `node`: the same tests for the Node extension host, with Node's mocha.
 */
export async function buildSuite(host, outfile) {
  await esbuild.build({
    entryPoints: [WEB_SUITE_ENTRY],
    outfile,
    bundle: true,
    format: 'cjs',
    target: 'es2022',
    logLevel: 'warning',
    minify: false,
    sourcemap: 'inline',
    external: ['vscode', ...(host === 'node' ? ['mocha'] : [])],
    platform: host === 'web' ? 'browser' : 'node',
    ...(host === 'web' ? { conditions: ['worker', 'browser'] } : {}),
    // One test suite, two mocha loaders: `./mocha-host` is mocha-worker.ts or mocha-node.ts.
    plugins: [{
      name: 'mocha-host',
      setup(b) {
        b.onResolve({ filter: /^\.\/mocha-host$/ }, () => ({ path: path.join(ROOT, 'test', 'web', 'suite', host === 'web' ? 'mocha-worker.ts' : 'mocha-node.ts') }));
      },
    }],
  });
  return outfile;
}
