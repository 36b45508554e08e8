// What the subcommands (lint, rollup, export) share in reading their arguments.
import { resolveLocale } from '../core/i18n';
import { LOCALES, type Locale } from '../core/types';

/** A mistake in the arguments: the id of a message in the command's own table, and its parameters. */
export class UsageError<Id extends string = string> extends Error {
  constructor(
    readonly id: Id,
    readonly params: Record<string, string | number> = {},
  ) {
    super(id);
  }
}

/** `zh-CN`, `zh-cn`, `zh_TW`, `en-US` are accepted spellings; anything else is not a locale. */
export function strictLocale(value: string): Locale | undefined {
  if ((LOCALES as readonly string[]).includes(value)) return value as Locale;
  return /^(zh|en)([-_].*)?$/i.test(value) ? resolveLocale(value) : undefined;
}

/** The locale the environment asks for: CSPLAN_LOCALE, LC_ALL, LC_MESSAGES, LANG, else en. */
export function envLocale(env: Record<string, string | undefined>): Locale {
  return resolveLocale([env.CSPLAN_LOCALE, env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v && v !== 'C' && v !== 'POSIX'), 'en');
}

/** The locale of the CLI's own messages: --locale, else the environment's. */
export function cliLocale(argv: string[], env: Record<string, string | undefined>): { locale: Locale; flag?: Locale; env: Locale } {
  let flagValue: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === '--locale') flagValue = argv[i + 1];
    else if (argv[i].startsWith('--locale=')) flagValue = argv[i].slice('--locale='.length);
  }
  const fromEnv = envLocale(env);
  const flag = flagValue ? strictLocale(flagValue) : undefined;
  return { locale: flag ?? fromEnv, flag, env: fromEnv };
}

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
