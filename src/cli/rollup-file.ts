// Summarising one file for `csplan rollup`: read it (strict UTF-8), find its config, analyse it and
// keep only the DocSummary. Shared by the main thread and src/cli/rollup-worker.ts. Never throws.
import { relative, resolve, sep } from 'node:path';
import { analyze } from '../core/analyze';
import { failedSummary, summarizeDocument } from '../core/rollup/summarize';
import type { DocSummary } from '../core/rollup/types';
import type { Locale } from '../core/types';
import { loadConfigFor } from '../node/config';
import { readTextFile } from '../node/files';
import { linkedPlanFor } from '../node/plan-link';
import { readFailure } from './check';
import { t } from './messages';

export interface RollupFileOptions {
  /** `--locale`: wins over a config file's `locale`. */
  localeFlag?: Locale;
  envLocale: Locale;
  configFile?: string;
  /** Paths in the report are relative to this folder (with `/`), so reports read the same everywhere. */
  cwd: string;
}

export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  const shown = rel && !rel.startsWith('..') ? rel : path;
  return sep === '\\' ? shown.replace(/\\/g, '/') : shown;
}

export function summarizeFile(path: string, options: RollupFileOptions): DocSummary {
  const shown = displayPath(path, options.cwd);
  const read = readTextFile(path);
  if (!read.ok) {
    const why = readFailure(read, shown);
    return failedSummary(shown, t(options.localeFlag ?? options.envLocale, why.id, why.params));
  }
  try {
    const loaded = loadConfigFor(path, { configFile: options.configFile, locale: options.localeFlag ?? options.envLocale });
    const locale = options.localeFlag ?? loaded.config.locale ?? options.envLocale;
    // The summary is checked against its plan as `csplan lint` does (src/node/plan-link.ts).
    const linked = linkedPlanFor(path, read.text);
    const plan = linked?.plan && !linked.plan.missing ? displayPath(resolve(linked.plan.uri), options.cwd) : undefined;
    const result = analyze(read.text, { filePath: path, locale, config: loaded.config, ...(linked ? { linked } : {}) });
    return summarizeDocument(shown, result, plan ? { planPath: plan } : {});
  } catch (e) {
    return failedSummary(shown, e instanceof Error ? e.message : String(e));
  }
}
