// What `csplan lint` and `csplan rollup` share in reading their arguments.

/** What node:util parseArgs said was wrong, as a message id the commands' tables all have, and its parameters. */
export function parseArgsProblem(e: unknown): { id: 'unknownOption' | 'missingValue' | 'badArgs'; params: Record<string, string> } {
  const err = e as Error & { code?: string };
  // parseArgs names the option in quotes: "Unknown option '--bogus'", "Option '-f, --format <value>' argument missing".
  const quoted = /'([^']+)'/.exec(err.message)?.[1] ?? '';
  // The long form when there is one: the user may have typed either.
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted.split(/[ ,]/)[0];
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { id: 'unknownOption', params: { option } };
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return { id: 'missingValue', params: { option } };
  return { id: 'badArgs', params: { detail: err.message } };
}
