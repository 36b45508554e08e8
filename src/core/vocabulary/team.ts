// A team's own words (.csplanrc `vocabulary:`) in force during one analysis.
//
// analyze() is synchronous, and the words are needed deep inside the recognisers (an owner judged in
// a table cell, a KPI name in a sentence). Rather than thread them through every call, analyzeWith
// puts the team's compiled words in force for the duration of its run (withTeamVocabulary) and the
// recognisers ask teamWords(). Outside an analysis, and for a config without `vocabulary:`, it is the
// empty vocabulary: the built-in words alone.
import type { KpiKey, TeamVocabulary } from '../types';
import { foldWidth } from '../text';
import { entrySource } from './compile';

export interface TeamWords {
  /** Stable identity of these words (the incremental analyzer keys reused walks by it). */
  readonly id: string;
  /** The text names one of the team's people (the whole text, or a name within it). */
  person(text: string): boolean;
  /** The names of the team's people found in the text, with their offsets. */
  peopleIn(text: string): { index: number; name: string }[];
  /** The text is, or ends with, one of the team's roles (`夜班值班长`, `Tier-2 lead`). */
  role(text: string): boolean;
  /** The text is one of the words the team says are not an owner. */
  notOwner(text: string): boolean;
  /** The KPI the team's aliases give this name (a frontmatter key or a table's row label; kpis.ts also tries it without a unit suffix). */
  kpiKeyOf(name: string): KpiKey | undefined;
  /** The team's KPI names with the global flag, tried before the built-in ones in prose. */
  readonly kpiPatterns: [KpiKey, RegExp][];
}

const normal = (s: string) => foldWidth(s).trim().toLowerCase();

function compile(vocabulary: TeamVocabulary | undefined): TeamWords {
  const people = (vocabulary?.people ?? []).filter((w) => typeof w === 'string' && w.trim()).map((w) => w.trim());
  const roles = (vocabulary?.roles ?? []).filter((w) => typeof w === 'string' && w.trim()).map((w) => w.trim());
  const notOwners = new Set((vocabulary?.notOwners ?? []).filter((w) => typeof w === 'string').map(normal).filter(Boolean));
  const peopleRe = people.length ? new RegExp(people.map((p) => entrySource(p)).join('|'), 'gi') : undefined;
  const roleRe = roles.length ? new RegExp(`(?:${roles.map((r) => entrySource(r)).join('|')})$`, 'i') : undefined;
  const aliasKeys = new Map<string, KpiKey>();
  const kpiPatterns: [KpiKey, RegExp][] = [];
  for (const [key, names] of Object.entries(vocabulary?.kpiAliases ?? {}) as [KpiKey, string[]][]) {
    const list = (Array.isArray(names) ? names : []).filter((w) => typeof w === 'string' && w.trim());
    for (const n of list) aliasKeys.set(normal(n), key);
    if (list.length) kpiPatterns.push([key, new RegExp(list.map((n) => entrySource(n)).join('|'), 'gi')]);
  }
  const peopleIn = (text: string) => {
    if (!peopleRe) return [];
    const out: { index: number; name: string }[] = [];
    peopleRe.lastIndex = 0;
    for (let m; (m = peopleRe.exec(text)); ) out.push({ index: m.index, name: m[0] });
    return out;
  };
  return {
    id: JSON.stringify([people, roles, [...notOwners], [...aliasKeys]]),
    person: (text) => peopleIn(foldWidth(text)).length > 0,
    peopleIn,
    role: (text) => !!roleRe && roleRe.test(foldWidth(text).trim()),
    notOwner: (text) => notOwners.has(normal(text)),
    kpiKeyOf: (name) => aliasKeys.get(normal(name)),
    kpiPatterns,
  };
}

const NONE = compile(undefined);
let current: TeamWords = NONE;
/** Compiled words per config vocabulary object (configs are made once per file and reused). */
const compiled = new WeakMap<TeamVocabulary, TeamWords>();

export function teamWordsFor(vocabulary: TeamVocabulary | undefined): TeamWords {
  if (!vocabulary) return NONE;
  let words = compiled.get(vocabulary);
  if (!words) compiled.set(vocabulary, (words = compile(vocabulary)));
  return words;
}

/** The team's words in force (the empty vocabulary outside an analysis). */
export function teamWords(): TeamWords {
  return current;
}

/** Runs `fn` with `words` in force, and restores what was in force before (analyses may nest). */
export function withTeamVocabulary<T>(words: TeamWords, fn: () => T): T {
  const before = current;
  current = words;
  try {
    return fn();
  } finally {
    current = before;
  }
}
