// The CLI's half of linking a summary to its plan (the core decides, this reads the disk): the
// frontmatter's `plan:` resolved next to the summary, else every Markdown file under the folder of
// the nearest `.csplanrc` (else the current folder when the summary is inside it, else the summary's
// own folder) indexed by its frontmatter, and the core's choosePlan. The index is kept per root for
// the run, each file's keys per modification time, so linting a folder reads each frontmatter once.
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { statSync } from 'node:fs';
import { choosePlan, followsAPlan, linkKeysOf, type LinkKeys } from '../core/loop/link';
import type { LinkedDocument, LinkedDocuments } from '../core/types';
import { findConfigFile } from './config';
import { readTextFile, walkDirectory } from './files';

const keysByFile = new Map<string, { mtimeMs: number; size: number; keys: LinkKeys }>();
const filesByRoot = new Map<string, string[]>();

function keysOf(path: string): LinkKeys | undefined {
  let st;
  try {
    st = statSync(path);
  } catch {
    return undefined;
  }
  const known = keysByFile.get(path);
  if (known && known.mtimeMs === st.mtimeMs && known.size === st.size) return known.keys;
  const read = readTextFile(path);
  if (!read.ok) return undefined;
  const keys = linkKeysOf(read.text);
  keysByFile.set(path, { mtimeMs: st.mtimeMs, size: st.size, keys });
  return keys;
}

/** Where plans are looked for: the nearest `.csplanrc`'s folder, else the current folder (when inside it), else the summary's folder. */
export function searchRoot(summaryPath: string, cwd = process.cwd()): string {
  const dir = dirname(resolve(summaryPath));
  const rc = findConfigFile(dir);
  if (rc) return dirname(rc);
  const rel = relative(cwd, dir);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel)) ? resolve(cwd) : dir;
}

/** How a path is named in messages: relative to the current folder when inside it. */
function shown(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : path;
}

/** The plan `summaryPath` (with this text) follows, read from disk; undefined when it follows none. */
export function linkedPlanFor(summaryPath: string, text: string): LinkedDocuments | undefined {
  const keys = linkKeysOf(text);
  if (!followsAPlan(keys)) return undefined;
  const self = resolve(summaryPath);
  if (keys.plan) {
    const target = resolve(dirname(self), keys.plan);
    const read = readTextFile(target);
    const plan: LinkedDocument = read.ok ? { uri: shown(target), text: read.text, via: 'frontmatter' } : { uri: keys.plan, missing: true, via: 'frontmatter' };
    return { plan };
  }
  const root = searchRoot(self);
  let files = filesByRoot.get(root);
  if (!files) filesByRoot.set(root, (files = walkDirectory(root)));
  const candidates = files.filter((f) => f !== self).flatMap((f) => {
    const k = keysOf(f);
    return k && (k.type === 'plan' || k.type === 'summary-plan') ? [{ uri: f, keys: k }] : [];
  });
  const chosen = choosePlan(keys, candidates);
  if (!chosen) return undefined;
  const read = readTextFile(chosen.uri);
  if (!read.ok) return undefined;
  return { plan: { uri: shown(chosen.uri), text: read.text, via: 'found' } };
}

/** Forgets the folder listings (a long-lived process after files were added; tests). */
export function clearPlanIndex(): void {
  filesByRoot.clear();
  keysByFile.clear();
}
