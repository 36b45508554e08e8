// The vocabulary: the words writers use for parts, KPIs, owners, times and mechanisms, one data file
// per language (zh-Hans.json, zh-Hant.json, en.json) plus kpis.json for what does not depend on the
// language. Recognisers read it through model/lexicon.ts; a team adds its own words in .csplanrc
// (`vocabulary:`, see team.ts).
import zhHans from './zh-Hans.json';
import zhHant from './zh-Hant.json';
import en from './en.json';
import kpiData from './kpis.json';
import type { VocabularyEntry } from './compile';
import type { KpiKey } from '../types';

export { entrySource, wordsPattern, alternation, type VocabularyEntry } from './compile';

/** What one language file holds (every list optional: a language may have no words for a thing). */
export interface LanguageVocabulary {
  parts?: Record<string, VocabularyEntry[]>;
  /** Content that shows a part is there without a heading of its own (a time limit inside a step, 由…负责). */
  partContent?: Record<string, VocabularyEntry[]>;
  titles?: Record<'summary' | 'plan' | 'workflow', VocabularyEntry[]>;
  kpiNames?: Partial<Record<KpiKey, VocabularyEntry[]>>;
  kpiLabels?: Partial<Record<KpiKey, string>>;
  kpiBlockKeys?: string[];
  units?: Record<string, VocabularyEntry[]>;
  monitoring?: VocabularyEntry[];
  notMonitoring?: VocabularyEntry[];
  loop?: VocabularyEntry[];
  analysis?: VocabularyEntry[];
  problemCategories?: VocabularyEntry[];
  ownerLabels?: VocabularyEntry[];
  deadlineLabels?: VocabularyEntry[];
  collectives?: VocabularyEntry[];
  departmentSuffixes?: VocabularyEntry[];
  roleSuffixes?: VocabularyEntry[];
  vagueTimes?: VocabularyEntry[];
  /** Words that open the description after a topic label (`客户服务内容：主要包括…`, `Scope: includes…`): an outline item, not an action. */
  descriptionLeads?: VocabularyEntry[];
  /** A phase's indicator given by pointing at the plan's goals (`全年目标全部达成`, `all Q4 goals met`). */
  goalReferences?: VocabularyEntry[];
  /** Words before a KPI's name that make it a narrower figure (`电话渠道满意度`, `20秒内接通率`, `Creator-side CSAT`). */
  kpiQualifiers?: VocabularyEntry[];
  /** The writer as the agent of a personal plan's item (`我将…`, `本人將…`, `I will…`). */
  firstPersonAgents?: VocabularyEntry[];
  /** The writer speaking of themself (`我`, `本人`, `I`, `my`): a document written so, more than in the plural, is a person's own. */
  firstPersonSingular?: VocabularyEntry[];
  /** A team speaking of itself (`我们`, `我司`, `we`, `our`): weighed against the singular. */
  firstPersonPlural?: VocabularyEntry[];
  /** Title words of a person's own document (`个人工作总结`, `述職報告`, `Self-assessment`, `Probation review`): its actions are the writer's. */
  personalTitleWords?: VocabularyEntry[];
  /** Words of a heading over a period's key work (`工作重点`, `Priorities`): under a heading that also names a later period (`12月工作重点` in a November summary, `下月工作重点`), the items are that period's actions. */
  focusHeadings?: VocabularyEntry[];
  /** Words naming the period after the document's (`下月`, `明年`, `next quarter`). */
  nextPeriodWords?: VocabularyEntry[];
  /** Headings of a plan-wide execution period (`執行期程`, `实施期间`, `Plan period`), whose dates cover every action. */
  planPeriodHeadings?: VocabularyEntry[];
  /** Verbs that open a topic of a plan's actions (`优化服务流程…`, `Improve first-contact resolution`): a sub-heading under the actions that begins with one is a group of actions, whatever part its other words name. */
  actionTopicVerbs?: VocabularyEntry[];
  /** Verbs of doing that open an action (`建立…`, `與資訊部共同建立…`, `Rewrite the script`); with `actionTopicVerbs`, what an item placed among the actions must open with to be read as one when no owner or deadline label marks it. */
  doingVerbs?: VocabularyEntry[];
  /** Headings of a writer's own shortcomings (`存在的不足`, `Areas for improvement`): in a personal document a self-assessment, not problems to categorise. */
  shortcomingHeadings?: VocabularyEntry[];
  /** Verbs of reaching a milestone (`取得證書`, `考取N4`, `Complete the Cert IV`): a goal that reaches a named thing or by a date is checkable, a number or not. */
  attainmentVerbs?: VocabularyEntry[];
  /** What a milestone goal may reach with no date (`證書`, `課程`, `Cert IV`, `exam`). */
  credentialWords?: VocabularyEntry[];
  /** A status that reports work done (`Done`, `已完成`): a status cell, a heading of past work, a field `Resolved: …`. */
  doneStatuses?: VocabularyEntry[];
  /** A board card's labels (`標籤：`, `Labels:`): they sort the card and are no field of its action. */
  cardLabelFields?: VocabularyEntry[];
  /** A heading that asks why (`為甚麼今年特別強調停航通知？`): its answer gives reasons, not goals. */
  whyWords?: VocabularyEntry[];
  /** A title naming the record of a meeting (`Actions from the … Review`, `…会议纪要`): the meeting's name fixes no type. */
  meetingRecordWords?: VocabularyEntry[];
  /** What introduces the means of a goal (`To reach this goal, CST will:`, `为实现上述目标：`): the items after it are how the goal is reached, not goals. */
  meansIntros?: VocabularyEntry[];
  /** A paragraph that opens a list of standing commitments (`… is committed to the following:-`, `我们承诺：`). */
  commitmentIntros?: VocabularyEntry[];
  /** A document's closing provisions (`本流程由品质部负责解释`, `自生效日起执行`, `This procedure supersedes …`): no action. */
  closingProvisions?: VocabularyEntry[];
  /** A post over a function, written `<word> of …`: `Head of Customer Experience`, `Director of Operations`. */
  roleOfFunction?: VocabularyEntry[];
  /** Labels of a record's own fields (`會議時間：`, `主席：`, `Apologies:`): a meeting's or a document's particulars, not an action or a goal. */
  recordFieldLabels?: VocabularyEntry[];
  /** Headings of a plan's background (`计划背景`, `計畫緣起`, `Purpose`): no part, whatever word they share with one. */
  backgroundHeadings?: VocabularyEntry[];
  /** Words of a standing rule (`应`, `須`, `must`, `applies to`): an item that states how work is always done, not a thing to do by a date. */
  standingRuleWords?: VocabularyEntry[];
  /** Labels of the one owner of a whole plan (`計畫負責人：`, `Plan owner:`), who owns every action given no owner of its own. */
  planOwnerLabels?: VocabularyEntry[];
  /** Sentences that give every action one owner (`以下措施均由…`, `All actions below are owned by…`), up to the owner. */
  planOwnerPhrases?: VocabularyEntry[];
  /** Verbs and the units or nouns of volume written as a verb phrase (受理…52,870 件, handled 9,210 requests). */
  volumeVerbs?: VocabularyEntry[];
  volumeUnits?: VocabularyEntry[];
  /** Chinese surnames, separated by spaces (double surnames such as 欧阳 included). */
  surnames?: string;
}

export type LanguageId = 'zh-Hans' | 'zh-Hant' | 'en';

/** The language files in the order their words are tried (within a file, the file's order). */
export const LANGUAGES: Record<LanguageId, LanguageVocabulary> = {
  'zh-Hans': zhHans as LanguageVocabulary,
  'zh-Hant': zhHant as LanguageVocabulary,
  en: en as LanguageVocabulary,
};

/** One list gathered from every language. */
export function allLanguages<T>(pick: (v: LanguageVocabulary) => T[] | undefined): T[] {
  return Object.values(LANGUAGES).flatMap((v) => pick(v) ?? []);
}

export interface KpiFacts {
  better: 'higher' | 'lower' | 'none';
  unit: string;
  /** Frontmatter keys that mean this KPI (lower case). */
  keys: string[];
}

export const KPI_FACTS = kpiData.kpis as Record<KpiKey, KpiFacts>;
export const CORE_KPI_GROUPS = kpiData.core as KpiKey[][];
