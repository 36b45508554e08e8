// File-system helpers for the command line (and any Node-side tool): expanding paths, directories
// and globs into a list of Markdown files, reading them as strict UTF-8, and writing atomically.
import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  readdirSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  chmodSync,
  type Stats,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
// Loaded with require() on purpose: the bundles are CommonJS, and tinyglobby's ESM build (through
// fdir) calls createRequire(import.meta.url), which is undefined in a CommonJS bundle. require()
// makes esbuild pick the packages' CommonJS builds.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { glob, isDynamicPattern } = require('tinyglobby') as typeof import('tinyglobby');

/** Files larger than this are not read at all (the engine itself analyses at most Config.maxBytes). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type ReadFailure = 'not-found' | 'binary' | 'encoding' | 'utf16' | 'too-large' | 'io';

export type ReadResult =
  | {
      ok: true;
      /** The text, without a leading UTF-8 byte order mark. */
      text: string;
      /** True when the file started with a UTF-8 BOM (kept when the file is written back). */
      bom: boolean;
      /** The line ending the file mostly uses. */
      eol: '\n' | '\r\n';
      /** Size and modification time when read (to detect a change before writing back). */
      size: number;
      mtimeMs: number;
    }
  | {
      ok: false;
      reason: ReadFailure;
      /** For `encoding`: the byte offset of the first invalid sequence; for `io`: the system message. */
      detail?: string;
    };

/** Decodes bytes as strict UTF-8; NUL bytes mean binary. */
export function decodeText(bytes: Uint8Array): { ok: true; text: string; bom: boolean } | { ok: false; reason: ReadFailure; detail?: string } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, reason: 'utf16' };
  }
  if (bytes.indexOf(0) !== -1) return { ok: false, reason: 'binary' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'encoding', detail: String(firstInvalidUtf8(bytes)) };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: bom ? text.slice(1) : text, bom };
}

/** Byte offset of the first byte that does not start a valid UTF-8 sequence (for the message). */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n = 0;
    let min = 0;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) (n = 1), (min = 0x80);
    else if (c >= 0xe0 && c <= 0xef) (n = 2), (min = 0x800);
    else if (c >= 0xf0 && c <= 0xf4) (n = 3), (min = 0x10000);
    else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined || (x & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (x & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

/** The line ending used by most lines of `text`. */
export function detectEol(text: string): '\n' | '\r\n' {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/** Reads a file as strict UTF-8 text. Never throws. */
export function readTextFile(path: string): ReadResult {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? { ok: false, reason: 'not-found' } : { ok: false, reason: 'io', detail: errText(e) };
  }
  if (st.isDirectory()) return { ok: false, reason: 'io', detail: 'EISDIR' };
  // A FIFO, socket or device would block the read (or never end): only regular files are read.
  if (!st.isFile()) return { ok: false, reason: 'io', detail: st.isFIFO() ? 'FIFO' : st.isSocket() ? 'socket' : 'not a regular file' };
  if (st.size > MAX_FILE_BYTES) return { ok: false, reason: 'too-large', detail: String(st.size) };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { ok: false, reason: 'io', detail: errText(e) };
  }
  const d = decodeText(bytes);
  if (!d.ok) return d;
  return { ok: true, text: d.text, bom: d.bom, eol: detectEol(d.text), size: st.size, mtimeMs: st.mtimeMs };
}

function errText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err?.code ? `${err.code}${err.syscall ? ` (${err.syscall})` : ''}` : String(e);
}

/**
 * Writes `data` to `target` atomically: a temporary file in the same folder, fsync, then rename over
 * the target. The target is never truncated or left half-written; its permissions are kept, and a
 * symbolic link is followed (the link stays a link).
 */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  let real = resolve(target);
  let mode: number | undefined;
  try {
    real = realpathSync(target);
    mode = statSync(real).mode & 0o7777;
  } catch {
    // a new file
  }
  const tmp = join(dirname(real), `.${basename(real)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'wx', mode ?? 0o666);
  try {
    try {
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (mode !== undefined) chmodSync(tmp, mode);
    renameSync(tmp, real);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    throw e;
  }
  // Make the rename itself durable where the platform allows it.
  try {
    const dfd = openSync(dirname(real), 'r');
    try {
      fsyncSync(dfd);
    } finally {
      closeSync(dfd);
    }
  } catch {
    // not supported (e.g. Windows): the data itself is already synced
  }
}

/** `named`: the input named this file itself (not a folder or a glob that matched it). */
export type InputEntry = { kind: 'file'; path: string; named: boolean } | { kind: 'stdin' };

export interface InputProblem {
  input: string;
  reason: 'not-found' | 'no-match' | 'empty-directory' | 'io';
  detail?: string;
}

export interface ExpandResult {
  /** Files (absolute paths) and stdin, in the order given; each file once. */
  entries: InputEntry[];
  problems: InputProblem[];
}

export interface ExpandOptions {
  cwd: string;
  /** File extensions a directory expands to (default `.md`). */
  extensions?: string[];
}

/** Skipped when walking a directory or matching a glob: dependencies and dot-folders. */
function skippedDir(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/**
 * Walks a directory for Markdown files (sorted, depth-first), skipping node_modules and dot-folders.
 * Symbolic links to folders are followed once: a loop is detected by real path and not re-entered.
 */
export function walkDirectory(dir: string, extensions: string[] = ['.md']): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const exts = extensions.map((e) => e.toLowerCase());
  const visit = (d: string) => {
    let real: string;
    try {
      real = realpathSync(d);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let names: string[];
    try {
      names = readdirSync(d).sort();
    } catch {
      return;
    }
    const subdirs: string[] = [];
    for (const name of names) {
      const p = join(d, name);
      let st: Stats;
      try {
        st = statSync(p); // follows links; a dangling link throws and is skipped
      } catch {
        continue;
      }
      if (st.isDirectory()) {
        if (!skippedDir(name)) subdirs.push(p);
      } else if (st.isFile() && !name.startsWith('.') && exts.some((x) => name.toLowerCase().endsWith(x))) {
        out.push(p);
      }
    }
    for (const s of subdirs) visit(s);
  };
  visit(dir);
  return out;
}

/**
 * Expands command-line inputs: `-` is stdin, an existing path is a file or a folder (walked for
 * Markdown), anything else that looks like a glob goes through tinyglobby. Inputs that match nothing
 * are reported as problems; the rest are still returned.
 */
export async function expandInputs(inputs: string[], options: ExpandOptions): Promise<ExpandResult> {
  const { cwd } = options;
  const extensions = options.extensions ?? ['.md'];
  const entries: InputEntry[] = [];
  const problems: InputProblem[] = [];
  const seenFiles = new Set<string>();
  let stdinSeen = false;
  const addFile = (p: string, named = false) => {
    let key = p;
    try {
      key = realpathSync(p);
    } catch {
      // keep the path as given
    }
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    entries.push({ kind: 'file', path: p, named });
  };
  for (const input of inputs) {
    if (input === '-') {
      if (!stdinSeen) entries.push({ kind: 'stdin' });
      stdinSeen = true;
      continue;
    }
    const abs = resolve(cwd, input);
    let st: Stats | undefined;
    try {
      st = statSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR' && !isDynamicPattern(input)) {
        problems.push({ input, reason: 'io', detail: errText(e) });
        continue;
      }
    }
    if (st?.isDirectory()) {
      const files = walkDirectory(abs, extensions);
      if (!files.length) problems.push({ input, reason: 'empty-directory' });
      for (const f of files) addFile(f);
    } else if (st) {
      addFile(abs, true);
    } else if (isDynamicPattern(input)) {
      const matched = await expandGlob(input, cwd);
      if (!matched.length) problems.push({ input, reason: 'no-match' });
      for (const f of matched) addFile(f);
    } else {
      problems.push({ input, reason: 'not-found' });
    }
  }
  return { entries, problems };
}

/** Files matching a glob (sorted), without node_modules and dot-folders unless the pattern names them. */
export async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const matches = await glob(pattern, {
    cwd,
    absolute: true,
    onlyFiles: true,
    dot: false,
    ignore: pattern.includes('node_modules') ? [] : ['**/node_modules/**'],
  });
  const wantsModules = pattern.includes('node_modules');
  const base = globBase(pattern, cwd);
  // A link loop yields one file under many names: keep the shortest name of each real file.
  const byReal = new Map<string, string>();
  const depth = (p: string) => p.split(/[\\/]/).length;
  for (const m of matches) {
    const p = resolve(m);
    if (!wantsModules && /[\\/]node_modules[\\/]/.test(p.slice(base.length))) continue;
    let key: string;
    try {
      key = realpathSync(p);
    } catch {
      continue;
    }
    const prev = byReal.get(key);
    if (prev === undefined || depth(p) < depth(prev) || (depth(p) === depth(prev) && p < prev)) byReal.set(key, p);
  }
  return [...byReal.values()].sort();
}

/** The absolute folder a glob starts from (its leading static segments). */
function globBase(pattern: string, cwd: string): string {
  const segs = pattern.split(/[\\/]/);
  const base: string[] = [];
  for (const s of segs) {
    if (isDynamicPattern(s)) break;
    base.push(s);
  }
  return resolve(cwd, base.join('/') || '.');
}
