// The integration suite in DESKTOP VS Code (Electron), for contributors with a network:
// @vscode/test-electron downloads VS Code from Microsoft's update service (cached in .vscode-test/)
// and runs dist/test/integration/index.js in its extension host. The same suite runs offline in
// code-server with scripts/vscode/run-integration.mjs (what npm test uses).
//
//   npm run build && node scripts/vscode/run-desktop.mjs [--version stable|1.100.0] [--locale en|zh-cn|zh-tw]
//   On a Linux machine without a display: xvfb-run -a node scripts/vscode/run-desktop.mjs
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { ROOT, RESULTS_DIR } from './paths.mjs';

function argValue(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const version = argValue('--version') ?? 'stable';
const locale = (argValue('--locale') ?? 'en').toLowerCase();
const extensionTestsPath = path.join(ROOT, 'dist', 'test', 'integration', 'index.js');
if (!existsSync(extensionTestsPath)) {
  console.error(`${extensionTestsPath} is missing: run npm run build first`);
  process.exit(1);
}
// A scratch copy of the test workspace: tests may edit and save files.
const scratch = mkdtempSync(path.join(os.tmpdir(), 'csplan-desktop-'));
const workspace = path.join(scratch, 'workspace');
cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });

// A Chinese display language needs Microsoft's language pack in desktop VS Code.
const LANGUAGE_PACKS = { 'zh-cn': 'MS-CEINTL.vscode-language-pack-zh-hans', 'zh-tw': 'MS-CEINTL.vscode-language-pack-zh-hant' };
const extensionsDir = path.join(scratch, 'extensions');

try {
  const vscodeExecutablePath = await downloadAndUnzipVSCode(version);
  if (locale !== 'en') {
    const pack = LANGUAGE_PACKS[locale];
    if (!pack) throw new Error(`unknown locale ${locale}`);
    const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
    const r = spawnSync(cli, [...cliArgs, '--extensions-dir', extensionsDir, '--install-extension', pack], { stdio: 'inherit', shell: process.platform === 'win32' });
    if (r.status !== 0) throw new Error(`installing the language pack ${pack} failed`);
  }
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath,
    launchArgs: [
      workspace,
      '--disable-workspace-trust',
      '--user-data-dir', path.join(scratch, 'user-data'),
      // A fresh extensions dir: no extension of the contributor's own VS Code interferes; it holds
      // only the language pack when a Chinese display language is asked for.
      '--extensions-dir', extensionsDir,
      ...(locale !== 'en' ? ['--locale', locale] : []),
    ],
    extensionTestsEnv: {
      CSPLAN_TEST_RESULTS: path.join(RESULTS_DIR, `desktop-${locale}-results.json`),
      CSPLAN_EXPECTED_LANGUAGE: locale,
    },
  });
  console.log(`[desktop] VS Code ${version} (${locale}): all integration tests passed — results in test-results/desktop-${locale}-results.json`);
} catch (e) {
  console.error(`[desktop] integration tests failed: ${e?.message ?? e}`);
  process.exit(1);
}
