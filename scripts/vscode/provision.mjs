// Provisions the real VS Code test host: Debian packages (Chromium, CJK fonts, ripgrep, the
// headers code-server's native modules need) and code-server@4.100.3 (VS Code 1.100) in the
// git-ignored .vscode-test/. Idempotent: a second run only checks the cache (well under a second).
//
//   node scripts/vscode/provision.mjs [--force] [--verify]
//     --force   reinstall code-server even when the cache is valid
//     --verify  also start code-server once on a warm cache (a cold install always does)
//
// Why this recipe: see /work/shared/real-vscode-offline.md (no internet but the npm registry and
// Debian's apt; @vscode/ripgrep's postinstall downloads from GitHub, so Debian's rg is linked in).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync, readFileSync, renameSync, symlinkSync, mkdtempSync, openSync, closeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import {
  CACHE_DIR, CODE_SERVER_PREFIX, CODE_SERVER_DIR, CODE_SERVER_ENTRY, STAMP_FILE,
  CODE_SERVER_VERSION, DEB_PACKAGES, CHROMIUM,
} from './paths.mjs';

const LOG_FILE = path.join(CACHE_DIR, 'provision.log');

export class ProvisionError extends Error {}

function log(msg) {
  process.stderr.write(`[provision] ${msg}\n`);
}

/** Runs a command, appending its output to the log file; throws a ProvisionError with the log tail on failure. */
function run(cmd, args, { cwd, env, what } = {}) {
  mkdirSync(CACHE_DIR, { recursive: true });
  const fd = openSync(LOG_FILE, 'a');
  writeFileSync(fd, `\n$ (cd ${cwd ?? process.cwd()}) ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  if (r.error || r.status !== 0) {
    const tail = readFileSync(LOG_FILE, 'utf8').split('\n').slice(-40).join('\n');
    throw new ProvisionError(
      `${what ?? cmd} failed (${r.error ? r.error.message : `exit ${r.status}`}): ${cmd} ${args.join(' ')}\n` +
      `--- last lines of ${LOG_FILE} ---\n${tail}`,
    );
  }
}

export function missingDebianPackages() {
  return DEB_PACKAGES.map(([p]) => p).filter((p) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${db:Status-Status}', p], { encoding: 'utf8' });
    return r.status !== 0 || r.stdout.trim() !== 'installed';
  });
}

function installDebianPackages(missing) {
  const why = missing.map((p) => `  ${p}: ${DEB_PACKAGES.find(([q]) => q === p)[1]}`).join('\n');
  if (spawnSync('apt-get', ['--version']).status !== 0) {
    throw new ProvisionError(`These Debian packages are missing and apt-get is not available:\n${why}`);
  }
  if (process.getuid && process.getuid() !== 0) {
    throw new ProvisionError(
      `These Debian packages are missing:\n${why}\nInstall them as root:\n  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  log(`installing Debian packages: ${missing.join(' ')}`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  const lock = ['-o', 'DPkg::Lock::Timeout=600'];
  const install = () => run('apt-get', [...lock, 'install', '-y', '--no-install-recommends', ...missing], { env, what: 'apt-get install' });
  const listsEmpty = spawnSync('sh', ['-c', 'ls /var/lib/apt/lists/ | grep -q _Packages']).status !== 0;
  try {
    if (listsEmpty) throw new ProvisionError('package lists are empty');
    install();
  } catch {
    // The package lists may be missing or stale: update them, then try once more.
    log('apt-get update');
    run('apt-get', [...lock, 'update'], { env, what: 'apt-get update' });
    install();
  }
  const still = missingDebianPackages();
  if (still.length) throw new ProvisionError(`apt-get finished but these Debian packages are still missing: ${still.join(' ')}`);
}

function nodeMajor() {
  return Number(process.versions.node.split('.')[0]);
}

/** Installs code-server into a scratch folder, then moves it into place (a failed run leaves no half cache). */
function installCodeServer() {
  const partial = `${CODE_SERVER_PREFIX}.partial`;
  rmSync(partial, { recursive: true, force: true });
  rmSync(CODE_SERVER_PREFIX, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  writeFileSync(path.join(partial, 'package.json'), JSON.stringify({ name: 'csplan-vscode-host', private: true }, null, 2));
  const env = {
    npm_config_yes: 'true', // one install script calls `npx node-gyp`, which asks without a terminal
    npm_config_unsafe_perm: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    // Node's headers from Debian's nodejs package, so node-gyp needs no download.
    ...(existsSync('/usr/include/node/node.h') ? { npm_config_nodedir: '/usr' } : {}),
  };
  const pkgDir = path.join(partial, 'node_modules', 'code-server');
  const vscodeDir = path.join(pkgDir, 'lib', 'vscode');
  const steps = [
    ['npm install code-server (no scripts)', () => run('npm', ['install', '--ignore-scripts', '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`], { cwd: partial, env })],
    ['npm rebuild argon2', () => run('npm', ['rebuild', 'argon2'], { cwd: partial, env })],
    ['lib/vscode: npm install --omit=dev (no scripts)', () => run('npm', ['install', '--omit=dev', '--ignore-scripts'], { cwd: vscodeDir, env })],
    ['lib/vscode: link Debian rg as @vscode/ripgrep', () => {
      const bin = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
      mkdirSync(bin, { recursive: true });
      rmSync(path.join(bin, 'rg'), { force: true });
      symlinkSync('/usr/bin/rg', path.join(bin, 'rg'));
    }],
    ['lib/vscode: npm rebuild (native modules)', () => run('npm', ['rebuild'], { cwd: vscodeDir, env })],
    ['lib/vscode: postinstall links', () => {
      // What code-server's postinstall.sh does after its install step.
      const link = (target, at) => { rmSync(at, { recursive: true, force: true }); symlinkSync(target, at); };
      link('node_modules', path.join(vscodeDir, 'node_modules.asar'));
      link('code-linux.sh', path.join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
      link('browser-linux.sh', path.join(vscodeDir, 'bin', 'helpers', 'browser.sh'));
    }],
    ['lib/vscode/extensions: npm install --omit=dev', () => run('npm', ['install', '--omit=dev'], { cwd: path.join(vscodeDir, 'extensions'), env })],
    ['move into place', () => renameSync(partial, CODE_SERVER_PREFIX)],
  ];
  for (const [name, fn] of steps) {
    const t = Date.now();
    log(`${name} …`);
    fn();
    log(`${name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts code-server once on a free port and checks that it serves the workbench. */
export async function verifyCodeServer() {
  const port = await freePort();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'csplan-verify-'));
  const child = spawn(process.execPath, [
    CODE_SERVER_ENTRY, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--user-data-dir', path.join(tmp, 'user'), '--extensions-dir', path.join(tmp, 'ext'), tmp,
  ], { cwd: CODE_SERVER_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  try {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new ProvisionError(`code-server exited with ${child.exitCode} at start:\n${output}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/`);
        const html = await res.text();
        if (res.ok && /workbench/i.test(html)) return;
      } catch { /* not listening yet */ }
      await new Promise((r) => setTimeout(r, 300));
    }
    throw new ProvisionError(`code-server did not serve the workbench within 60 s:\n${output}`);
  } finally {
    child.kill('SIGTERM');
    rmSync(tmp, { recursive: true, force: true });
  }
}

function verifyChromium() {
  const r = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' });
  if (r.status !== 0) throw new ProvisionError(`${CHROMIUM} --version failed: ${r.stderr || r.error}`);
  return r.stdout.trim();
}

function readStamp() {
  try { return JSON.parse(readFileSync(STAMP_FILE, 'utf8')); } catch { return null; }
}

async function withLock(fn) {
  mkdirSync(CACHE_DIR, { recursive: true });
  const lockDir = path.join(CACHE_DIR, 'provision.lock');
  const deadline = Date.now() + 30 * 60_000;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let pid = 0;
      try { pid = Number(readFileSync(path.join(lockDir, 'pid'), 'utf8')); } catch { /* being written */ }
      let alive = false;
      if (pid) { try { process.kill(pid, 0); alive = true; } catch { alive = false; } }
      if (pid && !alive) { rmSync(lockDir, { recursive: true, force: true }); continue; }
      if (Date.now() > deadline) throw new ProvisionError(`another provisioning (pid ${pid}) holds ${lockDir} for over 30 minutes`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try { return await fn(); } finally { rmSync(lockDir, { recursive: true, force: true }); }
}

/**
 * Makes sure the real host is ready. Returns {cached, seconds}.
 * Throws ProvisionError naming what is missing when something cannot be installed.
 */
export async function provision({ force = false, verify = false } = {}) {
  const t0 = Date.now();
  if (process.platform !== 'linux') throw new ProvisionError('the offline real-host provisioning supports Linux (Debian) only; on other systems use scripts/vscode/run-desktop.mjs');
  if (nodeMajor() !== 20) throw new ProvisionError(`code-server@${CODE_SERVER_VERSION} needs Node 20; this is Node ${process.versions.node}`);

  const stamp = readStamp();
  const warm = !force && stamp?.version === CODE_SERVER_VERSION && stamp?.node === nodeMajor()
    && existsSync(CODE_SERVER_ENTRY) && missingDebianPackages().length === 0;
  if (warm) {
    if (verify) await verifyCodeServer();
    return { cached: true, seconds: (Date.now() - t0) / 1000 };
  }

  return withLock(async () => {
    // Someone else may have finished while we waited for the lock.
    const again = readStamp();
    if (!force && again?.version === CODE_SERVER_VERSION && existsSync(CODE_SERVER_ENTRY) && missingDebianPackages().length === 0) {
      return { cached: true, seconds: (Date.now() - t0) / 1000 };
    }
    rmSync(LOG_FILE, { force: true });
    const missing = missingDebianPackages();
    if (missing.length) installDebianPackages(missing);
    const chromium = verifyChromium();
    log(chromium);
    if (force || readStamp()?.version !== CODE_SERVER_VERSION || !existsSync(CODE_SERVER_ENTRY)) {
      installCodeServer();
    }
    log('starting code-server once to verify it serves the workbench …');
    await verifyCodeServer();
    writeFileSync(STAMP_FILE, JSON.stringify({ version: CODE_SERVER_VERSION, node: nodeMajor(), chromium, at: new Date().toISOString() }, null, 2));
    const seconds = (Date.now() - t0) / 1000;
    log(`ready in ${seconds.toFixed(1)} s (code-server ${CODE_SERVER_VERSION} in ${path.relative(process.cwd(), CODE_SERVER_PREFIX) || CODE_SERVER_PREFIX})`);
    return { cached: false, seconds };
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  provision({ force: args.includes('--force'), verify: args.includes('--verify') }).then(
    (r) => {
      log(r.cached ? `cache is valid (${r.seconds.toFixed(2)} s)` : `provisioned (${r.seconds.toFixed(1)} s)`);
    },
    (e) => {
      log(`FAILED: ${e instanceof ProvisionError ? e.message : e.stack}`);
      process.exit(1);
    },
  );
}
