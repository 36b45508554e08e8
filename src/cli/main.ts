// The `csplan` command line (bundled to dist/cli.js): dispatches lint, export and rollup.
import pkg from '../../package.json';
import { runLint, cliLocale, type CliIO, type CliInfo } from './lint';
import { t } from './messages';
// The export and rollup commands live in their own modules (other owners).
import { runExport } from './export';
import { runRollup } from './rollup';
import { runNew } from './new';

const version: string = pkg.version;
const homepage = (pkg as { homepage?: string }).homepage;

export const INFO: CliInfo = {
  version,
  informationUri: (homepage as string | undefined) || 'https://github.com/csplan/csplan',
};

type SubcommandIO = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; cwd: string; env?: Record<string, string | undefined> };
type Subcommand = (args: string[], io: SubcommandIO) => Promise<number>;

const SUBCOMMANDS: Record<string, Subcommand | undefined> = {
  export: runExport,
  rollup: runRollup,
  new: runNew,
};

/** Runs the command line with `argv` (without `node` and the script); resolves to the exit code. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const env = io.env ?? process.env;
  const L = cliLocale(argv, env).locale;
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v' || command === '-V') {
    io.stdout.write(version + '\n');
    return 0;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(t(L, 'help', { version }) + '\n');
    return 0;
  }
  if (command === undefined) {
    io.stderr.write(`csplan: ${t(L, 'noCommand')}\n\n${t(L, 'help', { version })}\n`);
    return 2;
  }
  if (command === 'lint') return runLint(rest, io, INFO);
  if (command in SUBCOMMANDS) {
    const sub = SUBCOMMANDS[command];
    if (!sub) {
      io.stderr.write(`csplan: ${t(L, 'notAvailable', { command })}\n`);
      return 2;
    }
    return sub(rest, { stdout: io.stdout, stderr: io.stderr, cwd: io.cwd, env });
  }
  io.stderr.write(`csplan: ${t(L, 'unknownCommand', { command })}\n${t(L, 'seeHelp')}\n`);
  return 2;
}

if (require.main === module) {
  // A closed pipe (`csplan lint | head`) ends the run quietly instead of with a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
    isTTY: !!process.stdout.isTTY,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      const L = cliLocale(process.argv.slice(2), process.env).locale;
      process.stderr.write(t(L, 'internalError', { detail: e instanceof Error ? (e.stack ?? e.message) : String(e) }) + '\n');
      process.exitCode = 2;
    },
  );
}
