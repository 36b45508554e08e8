// The vocabulary the recognisers share, compiled from the data files in src/core/vocabulary (one a
// language: zh-Hans.json, zh-Hant.json, en.json; kpis.json for what no language changes). To teach
// the engine a word, add it there (or, for a team, in .csplanrc `vocabulary:`), not here: this file
// only says which lists form which pattern, and in what order they are tried. Recognition is by
// meaning (synonyms), never by one exact heading string.
import type { KpiKey, PartId } from '../types';
import { allLanguages, CORE_KPI_GROUPS, KPI_FACTS, LANGUAGES, wordsPattern, type LanguageVocabulary, type VocabularyEntry } from '../vocabulary';
import kpiData from '../vocabulary/kpis.json';

const words = (pick: (v: LanguageVocabulary) => VocabularyEntry[] | undefined) => allLanguages(pick);

/** Parts in the order their words are tried: the first part whose words a heading holds wins. */
const PART_ORDER: PartId[] = [
  // Workflow parts first: their words (流程, 时限) would otherwise be read as plan parts.
  'time-limits', 'roles', 'steps', 'training', 'satisfaction',
  // Plan parts.
  'phases', 'resources', 'monitoring', 'goals', 'measures',
  // Summary parts.
  'problems', 'feedback', 'evaluation', 'data',
];

/** Heading patterns for each part. Order matters: the first part whose pattern matches wins. */
export const PART_PATTERNS: [PartId, RegExp][] = PART_ORDER.map((part) => [part, wordsPattern(words((v) => v.parts?.[part]))]);

/** Headings that say "summary" or "plan" (used to infer the type when frontmatter has none). */
export const SUMMARY_TITLE = wordsPattern(words((v) => v.titles?.summary));
export const PLAN_TITLE = wordsPattern(words((v) => v.titles?.plan));
export const WORKFLOW_TITLE = wordsPattern(words((v) => v.titles?.workflow));

/** The KPIs in the order their names are tried in prose: longer, more specific names first. */
const KPI_MATCH_ORDER = kpiData.matchOrder as KpiKey[];

/** KPI names as writers use them. */
export const KPI_PATTERNS: [KpiKey, RegExp][] = KPI_MATCH_ORDER.map((key) => [key, wordsPattern(words((v) => v.kpiNames?.[key]))]);

/** Volume written as a verb phrase: 受理…52,870 件 / handled 9,210 requests. */
export const INQUIRY_VOLUME = (() => {
  const zh = (pick: (v: LanguageVocabulary) => VocabularyEntry[] | undefined) => [LANGUAGES['zh-Hans'], LANGUAGES['zh-Hant']].flatMap((v) => pick(v) ?? []);
  const source = (list: VocabularyEntry[]) => wordsPattern(list).source.replace(/^\(\?:/, '(');
  const zhVerbs = source(zh((v) => v.volumeVerbs));
  const zhUnits = source(zh((v) => v.volumeUnits));
  const enVerbs = source(LANGUAGES.en.volumeVerbs ?? []);
  const enNouns = source(LANGUAGES.en.volumeUnits ?? []);
  return new RegExp(`${zhVerbs}[^。；;\\n]{0,40}?\\d[\\d,.]*\\s*(万|萬)?\\s*${zhUnits}|${enVerbs}[^.;\\n]{0,40}?\\d[\\d,]*\\s*${enNouns}`, 'i');
})();

/** Canonical frontmatter keys and the aliases writers use as keys (units may be folded into the key). */
export const KPI_KEY_ALIASES: Record<string, KpiKey> = Object.fromEntries(
  (Object.entries(KPI_FACTS) as [KpiKey, { keys: string[] }][]).flatMap(([key, f]) => f.keys.map((alias) => [alias.toLowerCase(), key])),
);

export const KPI_BLOCK_KEYS: string[] = [...new Set(allLanguages((v) => v.kpiBlockKeys))];

/** Which direction is better, the unit a bare number is read in, and the KPI's name in each language. */
export const KPI_INFO: Record<KpiKey, { better: 'higher' | 'lower' | 'none'; unit: string; zh: string; tw: string; en: string }> = Object.fromEntries(
  (Object.entries(KPI_FACTS) as [KpiKey, { better: 'higher' | 'lower' | 'none'; unit: string }][]).map(([key, f]) => [
    key,
    { better: f.better, unit: f.unit, zh: LANGUAGES['zh-Hans'].kpiLabels?.[key] ?? key, tw: LANGUAGES['zh-Hant'].kpiLabels?.[key] ?? key, en: LANGUAGES.en.kpiLabels?.[key] ?? key },
  ]),
) as Record<KpiKey, { better: 'higher' | 'lower' | 'none'; unit: string; zh: string; tw: string; en: string }>;

/** The summary's core five (guide §2.1); the third is satisfied by either key. */
export const CORE_KPIS: KpiKey[][] = CORE_KPI_GROUPS;

/** Units written after a number, to the KPI unit they mean (tried in this order). */
const UNIT_ORDER: [string, string][] = [['percent', '%'], ['permyriad', '‱'], ['seconds', 's'], ['minutes', 'min'], ['hours', 'h'], ['days', 'd'], ['score', 'score']];
export const UNIT_WORDS: [RegExp, string][] = UNIT_ORDER.map(([list, unit]) => [wordsPattern(words((v) => v.units?.[list]), { anchor: 'start', capture: true }), unit]);

// ── Mechanisms ──────────────────────────────────────────────────────────────────────────────────

/** Monitoring, checking, supervision, assessment (guide §5.3, §6.1). */
export const MONITORING = wordsPattern(words((v) => v.monitoring));
/** Words that contain a monitoring word but mean something else (a medical check-up, approval of a refund). */
export const NOT_MONITORING = wordsPattern(words((v) => v.notMonitoring));

/** Feedback / review / closed loop / continuous improvement (guide §5.4, §6.2–6.3). */
export const LOOP = wordsPattern(words((v) => v.loop));

/** Cause analysis (guide §5.1: data without analysis). */
export const ANALYSIS = wordsPattern(words((v) => v.analysis));

// ── Problems ────────────────────────────────────────────────────────────────────────────────────

/** Category labels of problems (流程 / 沟通 / 系统; 一般 / 重复 / 恶性投诉 …). */
export const PROBLEM_CATEGORY = wordsPattern(words((v) => v.problemCategories));

// ── Owners ──────────────────────────────────────────────────────────────────────────────────────

/** Slots that introduce an owner. */
export const OWNER_LABEL = wordsPattern(words((v) => v.ownerLabels), { after: '\\s*[:：]' });
/** Slots that introduce a deadline. */
export const DEADLINE_LABEL = wordsPattern(words((v) => v.deadlineLabels), { after: '\\s*[:：]' });

/** Parties that are not an owner: nobody in particular answers for them (domain.md). */
export const COLLECTIVE = wordsPattern(words((v) => v.collectives), { anchor: 'whole' });

/** A department or team named alone (no person): not an owner. */
export const DEPARTMENT_SUFFIX = wordsPattern(words((v) => v.departmentSuffixes), { anchor: 'end' });

/** Roles held by one person (客服组长, 产品经理, duty manager). */
export const ROLE_SUFFIX = wordsPattern(words((v) => v.roleSuffixes), { anchor: 'end' });

/** Common Chinese surnames (simplified and traditional), to recognise a personal name of 2–3 characters. */
export const SURNAMES = [LANGUAGES['zh-Hans'].surnames ?? '', LANGUAGES['zh-Hant'].surnames ?? ''].join(' ');

// ── Time ────────────────────────────────────────────────────────────────────────────────────────

/** Words that stand where a time should be but are not one (guide §4.4). */
export const VAGUE_TIME = wordsPattern(words((v) => v.vagueTimes));
