// `npm run bench`: the engine against the parse floor and against markdownlint, in one run.
//
// Measures the built bundles (dist/index.js, dist/cli.js: what users run), so it builds first
// unless --no-build. Every figure is the median of several repetitions; the measurements of one
// size are interleaved (floor, cold, incremental, markdownlint, render, floor, …) so a busy machine
// slows them alike and the ratios stay meaningful even when the absolute times do not.
//
// Usage: node scripts/bench/run.mjs [--no-build] [--quick] [--wall] [--json FILE] [--only docs|cli|bundle] [--no-host]
//   --no-host  skip starting the real VS Code host (code-server) to measure the extension's activation
//   --quick  fewer repetitions and no 20,000-line document (a smoke run)
//   --wall   time documents in wall-clock time (default: the process's CPU time)
//   --json   also write every figure and ratio to FILE
// The command-line runs (f) are timed in wall-clock time: using both cores is the point there.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { availableParallelism, cpus } from 'node:os';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { generateDocument, generateFolder } from './generate.mjs';

const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    json: { type: 'string' },
    only: { type: 'string' },
    wall: { type: 'boolean', default: false },
    'no-host': { type: 'boolean', default: false },
  },
});
const only = (part) => !args.only || args.only === part;

if (!args['no-build']) execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });

const lib = require(join(root, 'dist/index.js'));
const { lint: markdownlintSync } = await import('markdownlint/sync');

// The floor: the bare remark + GFM + frontmatter parse every remark-based tool pays, bundled and
// minified by the same esbuild settings as dist/index.js (so that bundling is no part of any ratio),
// and built from the packages here so that it does not move when the engine's own parse changes.
const floorFile = join(root, '.bench', 'floor.cjs');
mkdirSync(join(root, '.bench'), { recursive: true });
const esbuild = await import('esbuild');
await esbuild.build({
  stdin: {
    contents: `import { unified } from 'unified'; import remarkParse from 'remark-parse'; import remarkGfm from 'remark-gfm'; import remarkFrontmatter from 'remark-frontmatter';
      const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
      export const floor = (text) => processor.parse(text);`,
    resolveDir: root,
  },
  bundle: true,
  minify: true,
  platform: 'node',
  format: 'cjs',
  target: 'es2022',
  outfile: floorFile,
  logLevel: 'warning',
});
const { floor } = require(floorFile);
const NOW = new Date('2026-06-30T00:00:00Z');
const options = { now: NOW, locale: 'zh-CN' };

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
// Garbage of one measurement is collected before the next, so no measurement pays for another's.
v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
/**
 * The CPU time the process spent (user + system, all its threads: the garbage collector's helpers
 * count, as they would in an editor). On a machine shared with other work, CPU time moves far less
 * than wall time; `--wall` measures wall time instead.
 */
function time(fn) {
  gc();
  if (args.wall) {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  }
  const c = process.cpuUsage();
  fn();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
}
const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

const results = { machine: { cpus: availableParallelism(), model: cpus()[0]?.model, node: process.version }, date: new Date().toISOString(), clock: args.wall ? 'wall' : 'cpu', docs: {}, cli: {}, bundle: {}, checks: [] };
const checks = results.checks;
function check(name, value, target, pass, note = '') {
  checks.push({ name, value: Number(value.toFixed(3)), target, pass, ...(note ? { note } : {}) });
}

/** A one-character edit in the middle of the document: the first prose character after the middle line. */
function editedVariants(text, count) {
  const mid = text.indexOf('\n', text.length >> 1) + 1;
  // Find a line of prose (not a table, list marker or heading) from the middle on.
  let at = mid;
  for (let i = 0; i < 200; i++) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end);
    if (line.length > 20 && !/^[|#\-`\d]/.test(line)) break;
    at = end + 1;
  }
  at += 8;
  const chars = ['甲', 'x', '乙', 'y', '丙', 'z', '丁', 'w', '戊', 'v'];
  // Each variant differs from the previous one by one character (a keystroke replacing the last).
  return Array.from({ length: count }, (_, i) => text.slice(0, at) + chars[i % chars.length] + text.slice(at));
}

// ── (a)–(e): one document at a time ────────────────────────────────────────────────────────────
if (only('docs')) {
  const sizes = args.quick ? [[200, 9], [2000, 3]] : [[200, 15], [2000, 7], [20000, 3]];
  for (const lang of ['zh', 'en']) {
    for (const [lines, reps] of sizes) {
      const text = generateDocument(lines, lang);
      const name = `${lang}-${lines}`;
      const sample = { floor: [], cold: [], incremental: [], markdownlint: [], render: [] };
      // Warm up the JIT and the lazily built parts (one of each, not counted).
      floor(text);
      lib.analyze(text, options);
      markdownlintSync({ strings: { doc: text } });
      lib.renderHtml?.(text);
      const analyzer = lib.createAnalyzer ? lib.createAnalyzer(options) : undefined;
      analyzer?.analyze(text);
      const variants = editedVariants(text, reps);
      const steps = [
        () => sample.floor.push(time(() => floor(text))),
        () => sample.cold.push(time(() => lib.analyze(text, options))),
        () => sample.markdownlint.push(time(() => markdownlintSync({ strings: { doc: text } }))),
        () => lib.renderHtml && sample.render.push(time(() => lib.renderHtml(text))),
      ];
      let edit = 0;
      for (let i = 0; i < reps; i++) {
        // A different order each repetition, so that no measurement always follows the same one.
        for (let k = 0; k < steps.length; k++) steps[(k + i) % steps.length]();
        // Each variant is one keystroke away from the one before: the analyzer sees what an editor sends.
        if (analyzer) {
          const v = variants[edit++];
          sample.incremental.push(time(() => analyzer.analyze(v)));
        }
      }
      const m = Object.fromEntries(Object.entries(sample).filter(([, v]) => v.length).map(([k, v]) => [k, median(v)]));
      const entry = { lines: text.split('\n').length - 1, chars: text.length, reps, ms: m };
      if (analyzer) {
        // The incremental result must be the full analysis of the same text (the bench says so when not).
        const last = variants[reps - 1];
        const inc = analyzer.analyze(last);
        const full = lib.analyze(last, options);
        entry.incrementalEqualsFull = isDeepStrictEqual(inc.findings, full.findings) && isDeepStrictEqual(inc.completeness, full.completeness);
      }
      results.docs[name] = entry;
      console.log(
        `${name.padEnd(9)} ${String(entry.lines).padStart(6)} lines  floor ${ms(m.floor)} ms · cold ${ms(m.cold)} ms (${(m.cold / m.floor).toFixed(2)}×)` +
          (m.incremental !== undefined ? ` · incremental ${ms(m.incremental)} ms (${(m.incremental / m.cold).toFixed(3)}× cold${entry.incrementalEqualsFull ? '' : ', DIFFERS FROM FULL'})` : '') +
          ` · markdownlint ${ms(m.markdownlint)} ms` +
          (m.render !== undefined ? ` · render ${ms(m.render)} ms (${(m.render / m.floor).toFixed(2)}×)` : ''),
      );
    }
    for (const lines of args.quick ? [2000] : [2000, 20000]) {
      const d = results.docs[`${lang}-${lines}`];
      check(`${lang}-${lines}: cold / floor`, d.ms.cold / d.ms.floor, '≤ 1.3', d.ms.cold / d.ms.floor <= 1.3);
      check(`${lang}-${lines}: cold / markdownlint`, d.ms.cold / d.ms.markdownlint, '< 1', d.ms.cold < d.ms.markdownlint);
    }
    const d2k = results.docs[`${lang}-2000`];
    if (d2k.ms.incremental !== undefined) {
      check(`${lang}-2000: incremental / cold`, d2k.ms.incremental / d2k.ms.cold, '≤ 0.1', d2k.ms.incremental / d2k.ms.cold <= 0.1 && d2k.incrementalEqualsFull);
    }
    const d20k = results.docs[`${lang}-20000`];
    if (d20k) check(`${lang}: cold 20k / cold 2k`, d20k.ms.cold / d2k.ms.cold, '≤ 12', d20k.ms.cold / d2k.ms.cold <= 12);
  }
}

// ── (f): the command line over a folder of 2,000 documents ────────────────────────────────────
/** Runs a command `reps` times: wall-clock median, and the median CPU time of the process and its threads (bash `times`). */
function runCli(label, argv, reps) {
  const wall = [];
  const cpu = [];
  let status;
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    const r = spawnSync('bash', ['-c', '"$@" >/dev/null; s=$?; times >&2; exit $s', 'bench', process.execPath, ...argv], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
    wall.push(performance.now() - t0);
    status = r.status;
    if (r.status !== 0 && r.status !== 1) {
      console.log(`${label}: exit ${r.status}: ${String(r.stderr).slice(0, 400)}`);
      return undefined;
    }
    // `times` prints the shell's, then its children's user and system time: the last line.
    const m = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(r.stderr);
    if (m) cpu.push((Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])) * 1000);
  }
  return { ms: median(wall), cpuMs: cpu.length ? median(cpu) : undefined, exit: status };
}

if (only('cli')) {
  const count = args.quick ? 400 : 2000;
  const folder = generateFolder(join(root, '.bench', `folder-${count}`), count);
  const reps = args.quick ? 1 : 3;
  const cli = join(root, 'dist/cli.js');
  const mdl = join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
  const ours = runCli('csplan lint', [cli, 'lint', folder, '--format', 'json'], reps);
  const peer = runCli('markdownlint-cli2', [mdl, `${folder}/**/*.md`], reps);
  results.cli = { documents: count, reps, csplanLint: ours, markdownlintCli2: peer };
  const fig = (x) => (x ? `${ms(x.ms)} ms (CPU ${x.cpuMs !== undefined ? ms(x.cpuMs) + ' ms' : '—'})` : '—');
  console.log(`cli over ${count} documents (wall clock): csplan lint ${fig(ours)} · markdownlint-cli2 ${fig(peer)}`);
  if (ours && peer) {
    check(`cli ${count} docs: csplan lint / markdownlint-cli2`, ours.ms / peer.ms, '< 1', ours.ms < peer.ms, 'wall clock');
    if (ours.cpuMs && peer.cpuMs) check(`cli ${count} docs: CPU csplan / markdownlint-cli2`, ours.cpuMs / peer.cpuMs, '(info)', true, 'CPU time, all threads');
  }
  // The roll-up, when this build has it (`csplan rollup`).
  const help = spawnSync(process.execPath, [cli, 'rollup', '--help'], { encoding: 'utf8' });
  if (help.status === 0) {
    const rollup = runCli('csplan rollup', [cli, 'rollup', folder, '--format', 'json'], reps);
    results.cli.rollup = rollup;
    console.log(`rollup over ${count} documents: ${rollup ? fig(rollup) : 'failed'}`);
  }
}

// ── (g): the extension bundles ────────────────────────────────────────────────────────────────
if (only('bundle')) {
  const size = (p) => (existsSync(join(root, p)) ? statSync(join(root, p)).size : undefined);
  results.bundle = { 'dist/extension.js': size('dist/extension.js'), 'dist/web/extension.js': size('dist/web/extension.js') };
  // Loading the bundle (evaluating its top-level code) in a fresh Node process, with `vscode`
  // answered by an inert stand-in: the part of activation that the bundle's size and eager
  // initialisation cost. The activation in the real host is measured below.
  const names = [...readFileSync(join(root, 'node_modules/@types/vscode/index.d.ts'), 'utf8').matchAll(/^\s{1,4}export (?:class|enum|namespace|const|function|let) (\w+)/gm)].map((m) => m[1]);
  const probe = `
    const Module = require('node:module');
    const names = ${JSON.stringify([...new Set(names)])};
    const fn = function () {};
    const inert = new Proxy(fn, {
      get: (t, k) => (k === Symbol.toPrimitive ? () => '' : k === '__esModule' ? true : k === 'prototype' ? t.prototype : inert),
      apply: () => inert,
      construct: () => inert,
      ownKeys: (t) => [...new Set([...Reflect.ownKeys(t), ...names])],
      getOwnPropertyDescriptor: (t, k) => Reflect.getOwnPropertyDescriptor(t, k) ?? { value: inert, enumerable: true, configurable: true, writable: true },
    });
    const load = Module._load;
    Module._load = function (request, ...rest) { return request === 'vscode' ? inert : load.call(this, request, ...rest); };
    const t0 = performance.now();
    require(${JSON.stringify(join(root, 'dist/extension.js'))});
    process.stdout.write(String(performance.now() - t0));`;
  const loads = [];
  for (let i = 0; i < 5; i++) {
    const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    if (r.status === 0) loads.push(Number(r.stdout));
    else if (i === 0) console.log(`loading dist/extension.js failed: ${r.stderr.slice(-300)}`);
  }
  results.bundle.loadMs = loads.length ? median(loads) : undefined;
  // The activation in the real host: the harness tests of the integration suite in code-server (one
  // host start, about a minute); the extension stamps the bundle's evaluation and activate() itself.
  if (!args['no-host']) {
    const r = spawnSync(process.execPath, [join(root, 'scripts/vscode/run-integration.mjs'), '--locale', 'en', '--no-build', '--grep', 'harness'], { cwd: root, encoding: 'utf8' });
    const file = join(root, 'test-results', 'integration-en-results.json');
    const activation = r.status === 0 && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).activation : undefined;
    if (activation) results.bundle.hostActivation = activation;
    else console.log(`the real host did not report an activation (exit ${r.status}): ${(r.stdout + r.stderr).slice(-400)}`);
  }
  const kib = (b) => (b === undefined ? '—' : `${(b / 1024).toFixed(0)} KiB`);
  console.log(`bundles: dist/extension.js ${kib(results.bundle['dist/extension.js'])} · dist/web/extension.js ${kib(results.bundle['dist/web/extension.js'])} · loading dist/extension.js ${results.bundle.loadMs !== undefined ? ms(results.bundle.loadMs) + ' ms' : '—'}`);
  const ha = results.bundle.hostActivation;
  if (ha) console.log(`activation in the real host (code-server): bundle evaluated in ${ms(ha.loadMs ?? NaN)} ms, activate() ${ms(ha.activateMs)} ms`);
}

// ── Summary ───────────────────────────────────────────────────────────────────────────────────
if (checks.length) {
  console.log('\ntarget                                          ratio     target   ');
  for (const c of checks) console.log(`${c.pass ? 'pass' : 'FAIL'}  ${c.name.padEnd(42)} ${c.value.toFixed(3).padStart(8)}  ${c.target}`);
}
if (args.json) {
  mkdirSync(resolve(args.json, '..'), { recursive: true });
  writeFileSync(args.json, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nwrote ${args.json}`);
}
