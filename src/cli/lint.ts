// `csplan lint`: arguments, file expansion, checking (inline or on worker threads), output, exit code.
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { decodeText, expandInputs, type InputEntry } from '../node/files';
import type { ConfigError } from '../node/config';
import { checkFile, checkStdin, type CheckOptions, type FileReport } from './check';
import { createFormatter, FORMATS, STDIN_NAME, type FormatName, type Totals } from './formatters';
import { t, type MessageId } from './messages';
import { cliLocale, parseArgsProblem, strictLocale, UsageError as ArgsError } from './args';

export { cliLocale };

class UsageError extends ArgsError<MessageId> {}

export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
  stdin?: NodeJS.ReadableStream;
  env?: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colours); default: false. */
  isTTY?: boolean;
}

export interface CliInfo {
  version: string;
  informationUri: string;
}

/** Above this many files, checking is spread over worker threads. */
export const WORKER_THRESHOLD = 64;
/** How far ahead of the next file to print workers may run (bounds memory for out-of-order results). */
const WINDOW = 64;

interface LintArgs {
  inputs: string[];
  format: FormatName;
  configFile?: string;
  fix: boolean;
  quiet: boolean;
  maxWarnings?: number;
  stdinFilename?: string;
  color?: boolean;
  help: boolean;
}

function parseLintArgs(argv: string[]): LintArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        locale: { type: 'string' },
        config: { type: 'string', short: 'c' },
        fix: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        'max-warnings': { type: 'string' },
        'stdin-filename': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    const problem = parseArgsProblem(e);
    throw new UsageError(problem.id, problem.params);
  }
  const v = parsed.values;
  const format = (v.format ?? 'stylish') as string;
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError('badFormat', { value: format });
  if (v.locale !== undefined && !strictLocale(v.locale)) throw new UsageError('badLocale', { value: v.locale });
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    const s = v['max-warnings'];
    if (!/^\d+$/.test(s)) throw new UsageError('badMaxWarnings', { value: s });
    maxWarnings = Number(s);
  }
  for (const [name, value] of [['--config', v.config], ['--stdin-filename', v['stdin-filename']]] as const) {
    if (value !== undefined && value === '') throw new UsageError('missingValue', { option: name });
  }
  return {
    inputs: parsed.positionals,
    format: format as FormatName,
    configFile: v.config,
    fix: !!v.fix,
    quiet: !!v.quiet,
    maxWarnings,
    stdinFilename: v['stdin-filename'],
    color: v['no-color'] ? false : v.color ? true : undefined,
    help: !!v.help,
  };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Runs `csplan lint …`; resolves to the exit code. */
export async function runLint(argv: string[], io: CliIO, info: CliInfo): Promise<number> {
  const env = io.env ?? process.env;
  const loc = cliLocale(argv, env);
  const L = loc.locale;
  const err = (line: string) => io.stderr.write(line + '\n');
  let args: LintArgs;
  try {
    args = parseLintArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`csplan: ${t(L, e.id, e.params)}`);
      err(t(L, 'seeHelp'));
      return 2;
    }
    throw e;
  }
  if (args.help) {
    io.stdout.write(t(L, 'help', { version: info.version }) + '\n');
    return 0;
  }

  let configFile: string | undefined;
  if (args.configFile !== undefined) {
    configFile = resolve(io.cwd, args.configFile);
    if (!existsSync(configFile) || !statSync(configFile).isFile()) {
      err(`csplan: ${t(L, 'configMissing', { file: args.configFile })}`);
      return 2;
    }
  }

  const options: CheckOptions = { fix: args.fix, quiet: args.quiet, localeFlag: loc.flag, envLocale: loc.env, configFile };
  const inputs = args.inputs.length ? args.inputs : ['.'];
  const { entries, problems } = await expandInputs(inputs, { cwd: io.cwd });
  let fatal = false;
  for (const p of problems) {
    fatal = true;
    const id: MessageId = p.reason === 'no-match' ? 'noMatch' : p.reason === 'empty-directory' ? 'emptyDirectory' : p.reason === 'not-found' ? 'notFound' : 'unreadable';
    err(t(L, id, { file: p.input, pattern: p.input, detail: p.detail ?? '' }));
  }

  // Standard input is read before anything is printed.
  const stdinIndex = entries.findIndex((e) => e.kind === 'stdin');
  let stdinReport: FileReport | undefined;
  if (stdinIndex !== -1) {
    // Machine formats always say `<stdin>` (or --stdin-filename); stylish and messages translate it.
    const name = args.stdinFilename ?? STDIN_NAME;
    const label = args.stdinFilename ?? t(L, 'stdinName');
    const filePath = resolve(io.cwd, args.stdinFilename ?? 'stdin.md');
    try {
      const bytes = await readAll(io.stdin ?? process.stdin);
      const d = decodeText(bytes);
      if (!d.ok) {
        const id: MessageId = d.reason === 'binary' ? 'binary' : d.reason === 'utf16' ? 'utf16' : 'notUtf8';
        stdinReport = { index: stdinIndex, file: name, stdin: true, findings: [], configErrors: [], failure: { id, params: { file: label, offset: d.detail ?? '?' }, fatal: true } };
      } else {
        stdinReport = checkStdin(stdinIndex, d.text, d.bom, name, filePath, options);
      }
    } catch (e) {
      stdinReport = { index: stdinIndex, file: name, stdin: true, findings: [], configErrors: [], failure: { id: 'stdinUnreadable', params: { detail: String((e as Error).message ?? e) }, fatal: true } };
    }
  }

  // With stdin and --fix, standard output carries the fixed text; the report goes to stderr.
  const fixedToStdout = args.fix && stdinIndex !== -1;
  const reportOut = fixedToStdout ? io.stderr : io.stdout;
  const color = args.color ?? (!fixedToStdout && !!io.isTTY && !env.NO_COLOR && args.format === 'stylish');
  const formatter = createFormatter(args.format, { out: reportOut, cwd: io.cwd, locale: L, color, version: info.version, informationUri: info.informationUri });
  const totals: Totals = { files: 0, errors: 0, warnings: 0, infos: 0, fixable: 0, failures: [], skipped: 0 };
  const seenConfigErrors = new Set<string>();
  let configBroken = false;
  let fixedFiles = 0;
  let fixedText: string | undefined;

  const emit = (r: FileReport) => {
    for (const ce of r.configErrors) {
      const key = `${ce.file}:${ce.line}:${ce.column}:${ce.message}`;
      if (seenConfigErrors.has(key)) continue;
      seenConfigErrors.add(key);
      configBroken = true;
      err(t(L, 'configError', configErrorParams(ce, io.cwd)));
    }
    if (r.failure) {
      const m = t(L, r.failure.id, r.failure.params);
      err(m);
      if (r.failure.fatal) {
        fatal = true;
        totals.failures.push(m);
      }
    }
    if (r.failure?.fatal && !r.findings.length) return;
    if (r.skipped) {
      totals.skipped++;
      return;
    }
    totals.files++;
    for (const f of r.findings) {
      if (f.severity === 'error') totals.errors++;
      else if (f.severity === 'warning') totals.warnings++;
      else totals.infos++;
      if (f.fixable) totals.fixable++;
    }
    if (r.fixed && !r.stdin) fixedFiles++;
    if (r.stdin && r.fixedText !== undefined) fixedText = r.fixedText;
    formatter.file(r);
  };

  formatter.start();
  const files = entries.map((e, i) => ({ e, i })).filter((x): x is { e: Extract<InputEntry, { kind: 'file' }>; i: number } => x.e.kind === 'file');
  const forced = env.CSPLAN_WORKERS !== undefined && env.CSPLAN_WORKERS !== '' ? Number(env.CSPLAN_WORKERS) : undefined;
  const workerCount = forced !== undefined && Number.isFinite(forced) ? Math.max(0, Math.floor(forced)) : files.length > WORKER_THRESHOLD ? Math.min(Math.max(1, availableParallelism() - 1), 7) : 0;
  const workerScript = join(__dirname, 'worker.js');
  if (workerCount > 0 && files.length > 0 && existsSync(workerScript)) {
    await runOnWorkers(entries.length, files.map((f) => ({ index: f.i, path: f.e.path, named: f.e.named })), stdinReport, workerCount, workerScript, options, emit);
  } else {
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      emit(e.kind === 'stdin' ? stdinReport! : checkFile(i, e.path, options, e.named));
    }
  }
  formatter.end(totals);

  if (fixedText !== undefined) io.stdout.write(fixedText);
  if (fixedFiles && args.format === 'stylish') reportOut.write(t(L, 'fixedFiles', { count: fixedFiles }) + '\n');
  let code = totals.errors > 0 ? 1 : 0;
  if (args.maxWarnings !== undefined && totals.warnings > args.maxWarnings) {
    err(t(L, 'tooManyWarnings', { count: totals.warnings, max: args.maxWarnings }));
    code = 1;
  }
  if (fatal || configBroken) code = 2;
  return code;
}

function configErrorParams(e: ConfigError, cwd: string): Record<string, string | number> {
  const rel = e.file.startsWith(cwd + '/') ? e.file.slice(cwd.length + 1) : e.file;
  return { file: rel, line: e.line, column: e.column, message: e.message };
}

/**
 * Checks files on `count` worker threads and on the main thread too (so that on two cores one extra
 * engine instance does the work of two), handing the reports to `emit` in input order. At most
 * WINDOW files ahead of the next one to print are in flight or buffered, so memory stays flat.
 */
async function runOnWorkers(
  total: number,
  tasks: { index: number; path: string; named: boolean }[],
  stdinReport: FileReport | undefined,
  count: number,
  script: string,
  options: CheckOptions,
  emit: (r: FileReport) => void,
): Promise<void> {
  const ready = new Map<number, FileReport>();
  if (stdinReport) ready.set(stdinReport.index, stdinReport);
  let next = 0; // next entry index to emit
  let cursor = 0; // next task to hand out
  const pathOf = new Map(tasks.map((t) => [t.index, t.path]));
  const namedOf = new Map(tasks.map((t) => [t.index, t.named]));
  const flush = () => {
    while (ready.has(next)) {
      emit(ready.get(next)!);
      ready.delete(next);
      next++;
    }
  };
  const canTake = () => cursor < tasks.length && tasks[cursor].index < next + WINDOW;
  flush();
  await new Promise<void>((resolveAll) => {
    const pools: { worker: Worker; inFlight: Set<number>; alive: boolean }[] = [];
    let settled = false;
    let mainScheduled = false;
    const finish = () => {
      if (settled || next < total) return;
      settled = true;
      for (const p of pools) if (p.alive) void p.worker.terminate();
      resolveAll();
    };
    const feed = (p: (typeof pools)[number]) => {
      while (p.alive && p.inFlight.size < 2 && canTake()) {
        const task = tasks[cursor++];
        p.inFlight.add(task.index);
        p.worker.postMessage(task);
      }
    };
    const feedAll = () => pools.forEach(feed);
    // The main thread takes one file at a time between messages, so workers are never kept waiting
    // for more than one file's time.
    const mainStep = () => {
      mainScheduled = false;
      if (settled) return;
      if (canTake()) {
        const task = tasks[cursor++];
        ready.set(task.index, checkFile(task.index, task.path, options, task.named));
      }
      flush();
      feedAll();
      finish();
      scheduleMain();
    };
    const scheduleMain = () => {
      if (!mainScheduled && !settled && canTake()) {
        mainScheduled = true;
        setImmediate(mainStep);
      }
    };
    const fail = (p: (typeof pools)[number]) => {
      if (!p.alive) return;
      p.alive = false;
      // Whatever the worker had in hand is checked here instead; the rest goes to the others.
      for (const index of p.inFlight) ready.set(index, checkFile(index, pathOf.get(index)!, options, namedOf.get(index)));
      p.inFlight.clear();
      flush();
      feedAll();
      finish();
      scheduleMain();
    };
    for (let i = 0; i < count; i++) {
      // A larger young generation than a worker's default: the engine allocates many short-lived
      // syntax-tree objects, and with the default, scavenges made a worker slower than the main thread.
      const worker = new Worker(script, { workerData: { options }, resourceLimits: { maxYoungGenerationSizeMb: 48 } });
      const p = { worker, inFlight: new Set<number>(), alive: true };
      pools.push(p);
      worker.on('message', (r: FileReport) => {
        p.inFlight.delete(r.index);
        ready.set(r.index, r);
        flush();
        feedAll();
        finish();
        scheduleMain();
      });
      worker.on('error', () => fail(p));
      worker.on('exit', (code) => {
        if (!settled && code !== 0) fail(p);
      });
    }
    feedAll();
    scheduleMain();
    finish();
  });
}
