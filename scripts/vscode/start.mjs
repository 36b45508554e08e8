// npm start: the product, running. Provisions (idempotent), builds, then serves a real VS Code
// (code-server, VS Code 1.100) on 127.0.0.1 with the csplan extension installed and examples/ open.
// Open the printed address in a browser; Ctrl+C stops everything.
//
//   node scripts/vscode/start.mjs [--port N] [--locale en|zh-cn|zh-tw] [--folder DIR] [--no-build] [--no-walkthrough]
//   --no-walkthrough  do not open the walkthrough's sample plan and its preview when the window opens
//   env PORT  same as --port (default 8080, or a free port when 8080 is taken)
//
// The extension is this project folder itself, installed as a user extension (a link in the
// extensions dir, see installExtensionFolders in launch.mjs): after `npm run build`, reload the
// browser window (F1 → Developer: Reload Window) to pick up the new build.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { ROOT, CACHE_DIR, CODE_SERVER_DIR, CODE_SERVER_ENTRY } from './paths.mjs';
import { provision, freePort } from './provision.mjs';
import { installExtensionFolders, writeLanguagePack, killGroup, QUIET_SETTINGS, LOCALES } from './launch.mjs';

function argValue(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

const locale = (argValue('--locale') ?? 'en').toLowerCase();
if (!LOCALES.includes(locale)) { console.error(`unknown locale ${locale}; use ${LOCALES.join(', ')}`); process.exit(2); }
const folder = path.resolve(argValue('--folder') ?? path.join(ROOT, 'examples'));
if (!existsSync(folder)) { console.error(`no such folder: ${folder}`); process.exit(2); }

try {
  const r = await provision();
  if (!r.cached) console.log(`[start] real VS Code host installed in ${r.seconds.toFixed(0)} s`);
} catch (e) {
  console.error(`[start] provisioning failed: ${e.message}`);
  process.exit(1);
}
if (!process.argv.includes('--no-build')) {
  const b = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (b.status !== 0) { console.error('[start] npm run build failed'); process.exit(1); }
}
if (!existsSync(path.join(ROOT, 'dist', 'extension.js'))) {
  console.error('[start] dist/extension.js is missing after the build (src/vscode/extension.ts?)');
  process.exit(1);
}

const requested = Number(argValue('--port') ?? process.env.PORT ?? 8080);
const port = (await portIsFree(requested)) ? requested : await freePort();

// A persistent profile under .vscode-test/start (settings and open editors survive a restart);
// the extension entry is rewritten on each start so that it always points at this folder.
const profile = path.join(CACHE_DIR, 'start');
const userDataDir = path.join(profile, 'user-data');
const extensionsDir = path.join(profile, 'extensions');
mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
const settingsFile = path.join(userDataDir, 'User', 'settings.json');
if (!existsSync(settingsFile)) writeFileSync(settingsFile, JSON.stringify(QUIET_SETTINGS, null, 2));
rmSync(path.join(userDataDir, 'languagepacks.json'), { force: true });
if (locale !== 'en') writeLanguagePack(userDataDir, locale);
rmSync(extensionsDir, { recursive: true, force: true });
// A first-time user sees the product working at once: a tiny local helper extension (not part of the
// product) opens the walkthrough's sample plan, pitfalls underlined, with the preview beside it.
const helpers = process.argv.includes('--no-walkthrough') ? [] : [writeFirstRunHelper(path.join(profile, 'first-run'))];
installExtensionFolders(extensionsDir, [ROOT, ...helpers]);

function writeFirstRunHelper(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
    name: 'first-run', publisher: 'csplan-start', version: '0.0.1', displayName: 'CS Plan: open the sample with its preview (npm start)',
    engines: { vscode: '^1.100.0' }, main: './extension.js', activationEvents: ['onStartupFinished'], extensionKind: ['workspace'],
  }, null, 2));
  writeFileSync(path.join(dir, 'extension.js'), `const vscode = require('vscode');
// The walkthrough's preview step: the sample plan with its pitfalls underlined and the completeness
// preview beside it. (workbench.action.openWalkthrough with csplan's id shows another walkthrough here.)
exports.activate = () => vscode.commands.executeCommand('csplan.walkthrough.openPreview');
`);
  return dir;
}

const server = spawn(process.execPath, [
  CODE_SERVER_ENTRY, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
  '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
  '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
  ...(locale !== 'en' ? ['--locale', locale] : []), folder,
], { cwd: CODE_SERVER_DIR, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
let output = '';
server.stdout.on('data', (d) => { output = (output + d).slice(-8000); });
server.stderr.on('data', (d) => { output = (output + d).slice(-8000); });

let stopping = false;
const stop = async (code = 0) => {
  if (stopping) return;
  stopping = true;
  console.log('\n[start] stopping code-server …');
  await killGroup(server);
  process.exit(code);
};
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
server.on('exit', (code) => {
  if (stopping) return;
  console.error(`[start] code-server exited (${code}):\n${output}`);
  process.exit(1);
});

const origin = `http://127.0.0.1:${port}`;
const deadline = Date.now() + 60_000;
for (;;) {
  try { if ((await fetch(`${origin}/healthz`)).ok) break; } catch { /* not yet */ }
  if (Date.now() > deadline) { console.error(`[start] code-server did not answer within 60 s:\n${output}`); await stop(1); }
  await new Promise((r) => setTimeout(r, 250));
}
console.log(`
  CS Plan — 客服工作总结与计划 — is running in VS Code ${locale !== 'en' ? `(display language ${locale}) ` : ''}at

      ${origin}/?folder=${encodeURIComponent(folder)}

  Workspace: ${path.relative(process.cwd(), folder) || folder}  ·  Ctrl+C to stop
`);
