// Resolution of configuration (pure: files are found and read by the caller, see src/node/config.ts
// and src/vscode/). Later configs override earlier ones rule by rule.
import type { Config, DocType, KpiKey, PartId, RuleOptions, Severity, SeveritySetting, TeamVocabulary } from './types';

export const DEFAULT_REQUIRED_PARTS: Record<DocType, PartId[]> = {
  summary: ['data', 'feedback', 'problems', 'evaluation'],
  plan: ['goals', 'measures', 'phases', 'resources', 'monitoring'],
  'summary-plan': ['data', 'feedback', 'problems', 'evaluation', 'goals', 'measures', 'phases', 'resources', 'monitoring'],
  workflow: ['steps', 'roles', 'time-limits', 'satisfaction', 'training'],
};

/**
 * Documents longer than this (in UTF-16 units, about 1 MB of text) are analysed up to the limit only,
 * with one document-too-large finding. 1 MiB is three times the 20,000-line benchmark document, and
 * keeps one analysis within a few seconds even on a loaded two-core machine; 10 MB, uncut, took
 * minutes (docs/robustness.md).
 */
export const DEFAULT_MAX_BYTES = 1024 * 1024;

const SEVERITIES: SeveritySetting[] = ['off', 'info', 'warning', 'error'];

/** Merges configs; later ones win, rule by rule (options of one rule are merged too). */
export function mergeConfigs(...configs: (Config | undefined)[]): Config {
  const out: Config = {};
  for (const c of configs) {
    if (!c) continue;
    if (c.locale) out.locale = c.locale;
    if (c.maxBytes) out.maxBytes = c.maxBytes;
    if (c.requiredParts) out.requiredParts = { ...out.requiredParts, ...c.requiredParts };
    if (c.vocabulary) out.vocabulary = mergeVocabularies(out.vocabulary, c.vocabulary);
    if (c.rules) {
      out.rules = { ...out.rules };
      for (const [id, v] of Object.entries(c.rules)) {
        const prev = out.rules[id];
        const prevObj: RuleOptions = typeof prev === 'string' ? { severity: prev } : prev ?? {};
        out.rules[id] = typeof v === 'string' ? { ...prevObj, severity: v } : { ...prevObj, ...v };
      }
    }
  }
  return out;
}

/** The severity a rule runs at, or 'off'. Unknown values fall back to the default. */
export function ruleSeverity(config: Config, id: string, fallback: Severity): SeveritySetting {
  const v = config.rules?.[id];
  const s = typeof v === 'string' ? v : v?.severity;
  if (s === undefined) return fallback;
  if (typeof s === 'boolean') return s ? fallback : 'off';
  return SEVERITIES.includes(s) ? s : fallback;
}

export function ruleOptions(config: Config, id: string): Record<string, unknown> {
  const v = config.rules?.[id];
  return typeof v === 'object' && v ? { ...v } : {};
}

export function requiredParts(config: Config): Record<DocType, PartId[]> {
  return { ...DEFAULT_REQUIRED_PARTS, ...(config.requiredParts ?? {}) } as Record<DocType, PartId[]>;
}

/** A team's words from several configs: every list adds to the lists before it (nothing is taken away). */
export function mergeVocabularies(a: TeamVocabulary | undefined, b: TeamVocabulary | undefined): TeamVocabulary {
  const list = (x?: unknown, y?: unknown) => [...new Set([...(Array.isArray(x) ? x : []), ...(Array.isArray(y) ? y : [])].filter((w): w is string => typeof w === 'string'))];
  const out: TeamVocabulary = {};
  for (const k of ['roles', 'people', 'notOwners'] as const) {
    const merged = list(a?.[k], b?.[k]);
    if (merged.length) out[k] = merged;
  }
  const aliases: Partial<Record<KpiKey, string[]>> = {};
  for (const src of [a?.kpiAliases, b?.kpiAliases]) {
    if (!src || typeof src !== 'object') continue;
    for (const [k, v] of Object.entries(src)) aliases[k as KpiKey] = list(aliases[k as KpiKey], v);
  }
  if (Object.keys(aliases).length) out.kpiAliases = aliases;
  return out;
}
