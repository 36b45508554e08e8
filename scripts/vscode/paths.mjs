// Shared locations of the real-VS-Code test host (code-server + Debian's Chromium).
// See CONTRIBUTING.md, section "Tests", and /work/shared/real-vscode-offline.md.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Git-ignored cache of everything the provisioning installs outside Debian. */
export const CACHE_DIR = path.join(ROOT, '.vscode-test');
/** npm prefix code-server@CODE_SERVER_VERSION is installed under. */
export const CODE_SERVER_PREFIX = path.join(CACHE_DIR, 'code-server');
/** The code-server package itself (holds out/node/entry.js and lib/vscode). */
export const CODE_SERVER_DIR = path.join(CODE_SERVER_PREFIX, 'node_modules', 'code-server');
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'out', 'node', 'entry.js');
/** Written last by a successful provisioning; its presence is the warm-cache check. */
export const STAMP_FILE = path.join(CODE_SERVER_PREFIX, '.csplan-provisioned.json');
/** Screenshots and result files of the real-host runs (git-ignored). */
export const RESULTS_DIR = path.join(ROOT, 'test-results');
export const CHROMIUM = '/usr/bin/chromium';

/** code-server 4.100.3 is the newest release whose engine is Node 20 (VS Code 1.100). */
export const CODE_SERVER_VERSION = '4.100.3';

/** Debian packages the real host needs: [package, why]. */
export const DEB_PACKAGES = [
  ['chromium', 'the browser that renders the VS Code workbench'],
  ['fonts-noto-cjk', 'Chinese glyphs in the workbench and in screenshots'],
  ['ripgrep', 'rg, linked in place of @vscode/ripgrep (which downloads from GitHub)'],
  ['libkrb5-dev', 'native module build of code-server (kerberos)'],
  ['libx11-dev', 'native module build of code-server (native-keymap)'],
  ['libxkbfile-dev', 'native module build of code-server (native-keymap)'],
  ['libsecret-1-dev', 'native module build of code-server (keytar / secret storage)'],
  ['pkg-config', 'native module build of code-server'],
];

/** The extension id (publisher.name from package.json). */
export const EXTENSION_ID = 'csplan.csplan';
