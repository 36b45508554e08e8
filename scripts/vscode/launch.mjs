// Starts a real VS Code (code-server, VS Code 1.100) on a free 127.0.0.1 port with a fresh
// user-data-dir and extensions-dir, opens it in Debian's Chromium through playwright-core, and
// either runs an extension test suite inside the real extension host (runInHost) or hands the
// page to the caller (startHost, used by the end-to-end checks).
//
// Provision first: node scripts/vscode/provision.mjs. Facts behind every choice here:
// /work/shared/real-vscode-offline.md.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, createWriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CODE_SERVER_DIR, CODE_SERVER_ENTRY, CHROMIUM, RESULTS_DIR, EXTENSION_ID, ROOT } from './paths.mjs';
import { freePort } from './provision.mjs';

export const LOCALES = ['en', 'zh-cn', 'zh-tw'];
const LOCALE_LABELS = { 'zh-cn': '中文(简体)', 'zh-tw': '中文(繁體)' };
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
  // No throttling of timers, hidden frames or "occluded" pages: webviews (iframes) keep rendering
  // on a busy 2-core CI machine.
  '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows',
];

export class HostError extends Error {}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * There is no marketplace, hence no language pack: VS Code decides the display language from
 * languagepacks.json in the user-data-dir. One entry whose translations file is empty is enough
 * for `vscode.env.language` to be the locale (VS Code's own strings stay English).
 */
export function writeLanguagePack(userDataDir, locale) {
  const translations = path.join(userDataDir, `empty-translations.${locale}.json`);
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({
    [locale]: {
      hash: `csplan-${locale}`,
      extensions: [{ extensionIdentifier: { id: EXTENSION_ID }, version: '0.0.1' }],
      translations: { vscode: translations },
      label: LOCALE_LABELS[locale] ?? locale,
    },
  }, null, 2));
}

/**
 * Installs extension folders as a user's extensions (not as development extensions): VS Code 1.100
 * reads the user extensions from extensions.json in the extensions dir; each entry points at a
 * link publisher.name-version → the folder (which holds package.json and the built main).
 */
export function installExtensionFolders(extensionsDir, folders) {
  mkdirSync(extensionsDir, { recursive: true });
  const manifest = folders.map((ext) => {
    const pkg = JSON.parse(readFileSync(path.join(ext, 'package.json'), 'utf8'));
    const relativeLocation = `${pkg.publisher}.${pkg.name}-${pkg.version}`;
    const at = path.join(extensionsDir, relativeLocation);
    rmSync(at, { recursive: true, force: true });
    symlinkSync(ext, at);
    return {
      identifier: { id: `${pkg.publisher}.${pkg.name}`.toLowerCase() },
      version: pkg.version,
      location: { $mid: 1, fsPath: at, external: `file://${at}`, path: at, scheme: 'file' },
      relativeLocation,
      metadata: { installedTimestamp: Date.now(), source: 'vsix', pinned: true },
    };
  });
  writeFileSync(path.join(extensionsDir, 'extensions.json'), JSON.stringify(manifest));
}

/** Settings of a quiet, deterministic workbench (no tips, telemetry, update checks, trust prompts). */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'chat.disableAIFeatures': true,
};

/** Kills a process group started with detached: true (code-server and its extension host, pty host, watchers). */
export async function killGroup(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
  const t = await Promise.race([exited.then(() => 'exited'), sleep(5000)]);
  if (t !== 'exited') { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } await exited; }
}

/**
 * Starts code-server and Chromium. Returns {page, browser, port, url, workspace, userDataDir, logs, close()}.
 * Options:
 *   workspace       folder to open (copied to a scratch folder unless copyWorkspace is false)
 *   locale          'en' | 'zh-cn' | 'zh-tw' (display language of VS Code)
 *   extensionDevelopmentPath, extensionTestsPath   absolute paths, sent in the payload
 *   env             extra environment for code-server (inherited by the extension host)
 *   label           name for the logs and screenshots in test-results/
 *   installVsix     path of a .vsix to --install-extension before start
 *   extensionLinks  [absPath] folders linked into the extensions dir (installed like a user's extension)
 *   viewport        {width, height}
 */
export async function startHost(opts = {}) {
  const {
    locale = 'en', label = `host-${locale}`, env = {}, copyWorkspace = true,
    extensionDevelopmentPath, extensionTestsPath, viewport = { width: 1400, height: 900 },
  } = opts;
  if (!LOCALES.includes(locale)) throw new HostError(`unknown locale ${locale}; use one of ${LOCALES.join(', ')}`);
  if (!existsSync(CODE_SERVER_ENTRY)) throw new HostError(`code-server is not provisioned (${CODE_SERVER_ENTRY} missing): run node scripts/vscode/provision.mjs`);
  if (!existsSync(CHROMIUM)) throw new HostError(`${CHROMIUM} missing: run node scripts/vscode/provision.mjs`);
  mkdirSync(RESULTS_DIR, { recursive: true });

  const scratch = mkdtempSync(path.join(os.tmpdir(), `csplan-${label}-`));
  const userDataDir = path.join(scratch, 'user-data');
  const extensionsDir = path.join(scratch, 'extensions');
  mkdirSync(userDataDir, { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  // Settings of a quiet, deterministic workbench.
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...(opts.settings ?? {}) }, null, 2));
  if (locale !== 'en') writeLanguagePack(userDataDir, locale);

  let workspace = opts.workspace ?? path.join(ROOT, 'test', 'fixtures', 'workspace');
  if (copyWorkspace) {
    const dest = path.join(scratch, 'workspace');
    cpSync(workspace, dest, { recursive: true });
    workspace = dest;
  }
  if (opts.extensionLinks?.length) installExtensionFolders(extensionsDir, opts.extensionLinks);

  const logFile = path.join(RESULTS_DIR, `${label}-code-server.log`);
  const logStream = createWriteStream(logFile);
  const baseArgs = [
    CODE_SERVER_ENTRY, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
  ];
  if (opts.installVsix) {
    const r = await new Promise((resolve) => {
      const c = spawn(process.execPath, [...baseArgs, '--install-extension', opts.installVsix], { cwd: CODE_SERVER_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      c.stdout.on('data', (d) => { out += d; });
      c.stderr.on('data', (d) => { out += d; });
      c.on('exit', (code) => resolve({ code, out }));
    });
    logStream.write(r.out);
    if (r.code !== 0) throw new HostError(`--install-extension ${opts.installVsix} failed:\n${r.out}`);
  }

  const port = await freePort();
  const server = spawn(process.execPath, [
    ...baseArgs, '--bind-addr', `127.0.0.1:${port}`, ...(locale !== 'en' ? ['--locale', locale] : []), workspace,
  ], {
    cwd: CODE_SERVER_DIR,
    detached: true, // own process group, so that close() also ends the extension host and helpers
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let serverOutput = '';
  const onData = (d) => { logStream.write(d); serverOutput = (serverOutput + d).slice(-20000); };
  server.stdout.on('data', onData);
  server.stderr.on('data', onData);

  let browser;
  const close = async () => {
    try { await browser?.close(); } catch { /* already gone */ }
    await killGroup(server);
    logStream.end();
    if (!opts.keepScratch) rmSync(scratch, { recursive: true, force: true });
  };

  try {
    const origin = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (server.exitCode !== null) throw new HostError(`code-server exited with ${server.exitCode} at start:\n${serverOutput}`);
      try { if ((await fetch(`${origin}/healthz`)).ok) break; } catch { /* not yet */ }
      if (Date.now() > deadline) throw new HostError(`code-server did not answer on ${origin} within 60 s:\n${serverOutput}`);
      await sleep(250);
    }
    const authority = `127.0.0.1:${port}`;
    const payload = [];
    if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', `vscode-remote://${authority}${extensionDevelopmentPath}`]);
    if (extensionTestsPath) payload.push(['extensionTestsPath', `vscode-remote://${authority}${extensionTestsPath}`]);
    const url = `${origin}/?folder=${encodeURIComponent(workspace)}${payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''}`;

    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport, locale: locale === 'en' ? 'en-US' : locale.replace(/-(\w+)$/, (_, r) => `-${r.toUpperCase()}`) });
    const page = await context.newPage();
    const consoleLog = createWriteStream(path.join(RESULTS_DIR, `${label}-browser-console.log`));
    page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
    page.on('pageerror', (e) => consoleLog.write(`[pageerror] ${e.message}\n`));
    browser.on('disconnected', () => consoleLog.end());
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return {
      page, browser, context, port, url, origin, workspace, userDataDir, extensionsDir, scratch, server, label,
      serverOutput: () => serverOutput,
      screenshot: async (name) => {
        const file = path.join(RESULTS_DIR, `${label}-${name}.png`);
        await page.screenshot({ path: file });
        return file;
      },
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}

/**
 * Runs an extension test suite inside the real extension host and returns its results:
 * {locale, language, stats: {tests, passes, failures, pending}, tests: [...], seconds}.
 * The suite (test/integration/index.ts) writes its results as JSON to $CSPLAN_TEST_RESULTS.
 * Throws HostError on timeout or when no results appear.
 */
export async function runInHost({ extensionDevelopmentPath, extensionTestsPath, locale = 'en', workspace, timeoutMs, label } = {}) {
  const t0 = Date.now();
  timeoutMs ??= Number(process.env.CSPLAN_HOST_TIMEOUT_MS) || 6 * 60_000;
  label ??= `integration-${locale}`;
  const resultsFile = path.join(RESULTS_DIR, `${label}-results.json`);
  rmSync(resultsFile, { force: true });
  const host = await startHost({
    extensionDevelopmentPath, extensionTestsPath, locale, workspace, label,
    env: { CSPLAN_TEST_RESULTS: resultsFile, CSPLAN_EXPECTED_LANGUAGE: locale },
  });
  try {
    const deadline = t0 + timeoutMs;
    let lastShot = Date.now();
    while (!existsSync(resultsFile)) {
      if (host.server.exitCode !== null) {
        throw new HostError(`code-server exited with ${host.server.exitCode} before the suite wrote ${resultsFile}:\n${host.serverOutput().slice(-4000)}`);
      }
      if (Date.now() > deadline) {
        const shot = await host.screenshot('timeout').catch(() => '(no screenshot)');
        throw new HostError(
          `timeout: the suite wrote no results to ${resultsFile} within ${Math.round(timeoutMs / 1000)} s ` +
          `(screenshot ${shot}; logs test-results/${label}-*.log)\n--- code-server output ---\n${host.serverOutput().slice(-4000)}`,
        );
      }
      if (Date.now() - lastShot > 60_000) { lastShot = Date.now(); await host.screenshot('progress').catch(() => {}); }
      await sleep(300);
    }
    await sleep(200);
    let results;
    try {
      results = JSON.parse(readFileSync(resultsFile, 'utf8'));
    } catch (e) {
      throw new HostError(`${resultsFile} is not valid JSON: ${e.message}`);
    }
    await host.screenshot('final').catch(() => {});
    return { ...results, locale, seconds: (Date.now() - t0) / 1000 };
  } finally {
    await host.close();
  }
}
