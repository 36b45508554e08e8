// The document model: one pass over the syntax tree that finds parts, KPIs, plan actions, phases,
// goals and mechanisms. Rules, the scorecard, the preview and the roll-up all read this model;
// none of them looks at the raw text again.
import type { List, ListItem, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { DocType, DocumentModel, FrontmatterInfo, Goal, KpiKey, KpiValue, Mention, PartId, Phase, PlanAction, SectionStats, Span } from '../types';
import { DOC_TYPES } from '../types';
import { foldWidth, isBlank, LineIndex } from '../text';
import { ANALYSIS, BACKGROUND_HEADING, BACKGROUND_LABEL, CARD_LABEL_FIELD, MEETING_RECORD_TITLE, WHY_QUESTION, CLOSING_PROVISION, COMMITMENT_INTRO, MEANS_INTRO, DONE_FIELD, DONE_HEADING, DONE_STATUS, RECORD_FIELD, DEADLINE_LABEL, STANDING_RULE, PLAN_OWNER_LABEL, PLAN_OWNER_PHRASE, DESCRIPTION_LEAD, GOAL_REFERENCE, PLAN_PERIOD_HEADING, FOCUS_HEADING, NEXT_PERIOD, PROJECT_FIELD_LINE, INDICATOR_LEAD, INQUIRY_VOLUME, KPI_PATTERNS, LOOP, MONITORING, NOT_MONITORING, OWNER_LABEL, PLAN_TITLE, PROJECT_OWNER_FIELD, PROBLEM_CATEGORY, SUMMARY_TITLE, WORKFLOW_TITLE, PERSONAL_TITLE, FIRST_PERSON_SINGULAR, FIRST_PERSON_PLURAL, ROLE_SUFFIX, DEPARTMENT_SUFFIX } from './lexicon';
import { buildSections, effectivePart, headingName, recognisePart, type HeadingBlock } from './sections';
import { frontmatterKpis, kpiColumnKinds, kpiKeyOf, kpisInProse, numbersIn } from './kpis';
import { documentPeriod, periodInText, samePeriod, spanOfPeriodWords, type MonthSpan } from './kpi-period';
import { judgeOwner, namesSomeone } from './owner';
import { findAgent } from '../language/agent';
import { findTime } from './time';
import { isIndicatorItem, isMechanismItem, isPeriodFocusLine, isProject, projectFieldsOnly, saysWhatIsDone, isMilestoneGoal } from './items';

const SUMMARY_PARTS: PartId[] = ['data', 'feedback', 'problems', 'evaluation'];
/** Parts whose items are not plan actions: data, problems, mechanisms, workflow steps and goals. */
const NOT_ACTION_PARTS: PartId[] = ['data', 'feedback', 'problems', 'evaluation', 'monitoring', 'steps', 'roles', 'time-limits', 'training', 'satisfaction', 'goals'];

const PHASE_LABEL = /^(?:第\s*[一二三四五六七八九十\d]+\s*(?:阶段|階段|期|步)|短期|中期|长期|長期|近期|远期|遠期|Q[1-4]\b|第?[一二三四1-4]季度|[上下]半年|(?:phase|stage|step)\s*\d+|H[12]\b|\d{3,4}\s*年?\s*(?:Q[1-4]|上半年|下半年))/i;
/** The end of an English sentence inside an item (`Owner: Devin Marsh. Starts …`): a full stop, a space, a
 * capital; not after an initial or a title (`J. Smith`, `Dr. Lee`). */
const SENTENCE_END = /(?<![A-Z]|\b(?:Dr|Mr|Mrs|Ms|Prof|St))\.\s+(?=\p{Lu})/u;
/** A stage named by its work (`动员部署阶段（2026年1月）。`, `巩固提升階段：`), its time in brackets. */
const NAMED_STAGE = /^[^，,。；;：:\s]{2,12}?(?:阶段|階段)\s*(?:[（(][^（()）]{1,30}[）)])?\s*(?:[。：:.]|$)/;
/** A title that names a list of actions. */
const ACTION_LIST_TITLE = /\baction\s+(?:steps|items|log|list)\b|行动清单|行動清單|整改清单|整改清單|任务清单|任務清單|督办清单|督辦清單/i;
/** A line that starts with a number of an enumeration: `1.`, `2、`, `一、`, `（三）`, `①`. */
const ENUMERATED_LINE = /^\s*(?:\d{1,2}\s*[.)、．）](?!\d)|[一二三四五六七八九十]{1,3}\s*、|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[①-⑳])/;
/** Words of remarks (`Notes`, `备注`, `补充说明`) and of a status report (`Status`, `目前进度`): said about work, no field of it. */
const REMARK_WORDS = String.raw`(?:additional |further )?notes?|remarks?|comments?|备注|備註|附注|附註|(?:补充|補充)?(?:说明|說明)|补充|補充|注意事项|注意事項|注`;
const STATUS_WORDS = String.raw`status|狀態|状态|目前进度|目前進度|进展|進展`;
/** A field of remarks under an action (`Notes:`, `备注：`, `Status:`): not one of the action's own fields. */
const NOTE_FIELD = new RegExp(`^(?:${REMARK_WORDS}|${STATUS_WORDS})\\s*[:：]`, 'i');
/** A trailing status note of an item (`*Status: in test.*`). */
const TRAILING_STATUS = new RegExp(`\\s*[*_]*(?:${STATUS_WORDS})\\s*[:：][^:：]*$`, 'i');
/** The earlier of two `search()` results (-1: not found). */
const firstOf = (a: number, b: number) => (a < 0 ? b : b < 0 ? a : Math.min(a, b));
/** A phase's indicator, labelled: `阶段指标：…`, `階段指標為…`, `milestone – …`, `Checkpoint: …`. */
const PHASE_INDICATOR = /(?:阶段指标|階段指標|阶段目标|階段目標|指标|指標|目标|目標|衡量|里程碑|检查点|檢查點|indicators?|targets?|KPIs?|success measures?|milestones?|checkpoints?)\s*(?:[:：]|[–—-]\s|为|為|即|是)\s*([^\n]+)/i;
// A milestone column is not one: a milestone is a dated checkpoint, itself the indicator of a phase.
// The header is the word itself, at most with a qualifier (`实施阶段`, `Phase name`): `Total Stage 2
// Complaints` counts complaints of a procedure's stage.
const PHASE_COLUMN = /^[\s*_]*(?:[\p{Script=Han}]{0,2}(?:阶段|階段|时期|時期)[\p{Script=Han}]{0,2}|(?:\p{L}+\s)?(?:phases?|stages?)(?:\s\p{L}+)?)[\s*_]*$/iu;
// Circled, negative-circled and parenthesised numerals as Word pastes them: ①, ❶, ➀, ⑴.
/** A heading that names a plan's implementation steps, not its phases: `实施步骤`, `實施步驟`, `Implementation steps`. */
const IMPLEMENTATION_STEPS = /(?:实施|實施|执行|執行|推进|推進)\s*(?:步骤|步驟)|implementation steps|steps to implement/i;
/** An item numbered with a circled numeral, the way Word numbering pastes a list as lines of one paragraph. */
const CIRCLED_ITEM = /^\s*[①-⑳❶-❿➀-➉➊-➓]/;
const SUB_UNIT = /^\s*(?:\d{1,2}\s*[）)]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[①-⑳❶-❿➀-➉➊-➓⑴-⒇]|[a-h][.)]\s)/;
// Not `由谁负责` ("who is responsible"): a question is not an owner.
const BY_WHOM = /由\s*(?!谁|誰|何人|哪)([^，,。；;：:]{1,24}?)\s*(?:负责|負責|牵头|牽頭|落实|落實|跟进|跟進|承办|承辦)/;
/** `… — Digital services lead Tom Aldridge, live by end of March 2027`: the owner credited after a dash. */
/** An `@name` mention, as checklists assign work. */
const MENTION = /(^|[\s，,（(])@([\w\u4e00-\u9fff.-]{1,24})/;
/** `（資訊科 Ken哥 黃志堅，11月15日前完成）`, `(Tom Kelly, by 30 June)`: who, then when, in brackets closing the item. */
const BRACKET_CREDIT = /[（(]\s*([^（）()，,；;:：]{2,30}?)\s*[，,；;]\s*([^（）()]{2,40})[）)]\s*[。.；;]?\s*$/;
const CREDIT = /[—–]\s*([^—–，,;；。\n]{2,60}?)\s*[,，][^—–\n]*$/;
/** `… – Sales Manager Tom Kelly.`: the credit closes the item, with no time after it. */
const CREDIT_LAST = /[—–]\s*([^—–，,;；。\n]{2,60}?)\s*[.。]?\s*$/;
/** Words that make a sentence under a goals heading a goal: a direction, a level, or the word itself. */
const GOAL_WORD = /提升|提高|降低|降至|下降|减少|減少|缩短|縮短|达到|達到|达成|達成|达|達|控制|确保|確保|实现|實現|保持|维持|維持|不超过|不超過|不低于|不低於|力争|力爭|争取|爭取|目标|目標|清零|归零|歸零|增加|增长|增長|扩大|擴大|覆盖|覆蓋|完成|做好|加强|加強|优化|優化|改善|改进|改進|推进|推進|打造|建立|健全|完善|减|降|升|[≥≤<>＜＞]|\d|improv|rais|increas|reduc|cut|lower|reach|achiev|keep|maintain|ensur|hit|grow|target|goal|aim|at least|no more than|under|below|above|better|faster/i;
/** A paragraph that introduces remarks rather than items: `Notes on the actions:`, `备注：`. */
/** A Gantt chart's column header. */
const GANTT_COLUMN = /^(?:W\s?\d{1,2}|第?\s*\d{1,2}\s*[周週]|weeks?\s*\d{1,2}|\d{1,2}\s*月|M\d{1,2}|Q[1-4])$/i;
const NOTES_LEAD = new RegExp(`^(?:${REMARK_WORDS})(?: on [^:：]*)?\\s*[:：]$`, 'i');
const SCOPE_HEADING = /适用范围|適用範圍|范围|範圍|目的|背景|缘起|緣起|scope|purpose|background/i;
const NOT_GOAL = /适用于|適用於|适用范围|適用範圍|主要原因|原因是|原因在于|原因在於|applies to|is used (?:by|for)/i;
const GOAL_LEAD = /^[^，,。；;]{0,16}?(?:目标|目標|goals?|targets?|objectives?)\s*(?:值|为|為|是)?\s*[:：]/i;
const MEASURABLE_NEAR = /(?:为|為|=|≤|≥|<|>|＜|＞|不超过|不超過|不低于|不低於|不高于|不高於|达到|達到|达|達|提升至|提升到|提高至|提高到|降至|降到|降低至|缩短至|縮短至|缩短到|縮短到|控制在|维持在|維持在|保持在|超过|超過|at least|at most|under|below|above|within|up to|down to|to|fewer than|less than|more than|no more than)\s*$/i;
const COUNT_UNIT = /^(?:件|次|个|個|人|名|宗|通|台|单|單|条|條|倍|元|分|点|點|项|項|家|天|小时|小時|位|席|套|场|場|期|轮|輪|台次|人次|万|萬|%)/;
// 清零 / 归零 set a target of zero: as measurable as "≤ 0"; a fraction in words (减半, down by half, a
// third, threefold) is a number too.
const CN_MEASURE = /[一二两兩三四五六七八九十百千]+\s*(?:成|倍|个百分点|個百分點|分钟|分鐘|秒|小时|小時|天|个工作日|個工作日)|百分之|翻一番|翻番|减半|減半|减少一半|減少一半|降低一半|下降一半|零投诉|零投訴|零差错|零差錯|全覆盖|全覆蓋|清零|归零|歸零|\bzero\b|100\s*%|\b(?:by|in)\s+(?:half|a\s+(?:third|quarter|fifth)|two[-\s]thirds|three[-\s]quarters)\b|\bhalv(?:e|ed|ing)\b|\b(?:two|three|four|five|ten)[-\s]?fold\b/i;

/** A goal or indicator carries a number that measures something (not a year, not a hotline number). */
export function isMeasurable(raw: string): boolean {
  const s = foldWidth(raw);
  if (CN_MEASURE.test(s)) return true;
  // A score out of a scale: `4.3 / 5`, `4.6/5` (which numbersIn leaves out, as it would a date).
  if (/\d(?:\.\d+)?\s*\/\s*(?:5|10|100)(?![\d/.-])/.test(s)) return true;
  for (const n of numbersIn(s)) {
    if (n.unit) return true;
    const after = s.slice(n.index + n.length);
    if (COUNT_UNIT.test(after)) return true;
    if (MEASURABLE_NEAR.test(s.slice(Math.max(0, n.index - 14), n.index))) return true;
    if (/(?:前|top)\s*$/i.test(s.slice(Math.max(0, n.index - 4), n.index))) return true;
    if (/^\s*(?:(?:calendar|working|business|clear)\s+)?(?:percent|per cent|points?|calls|tickets|cases|complaints|contacts|enquiries|inquiries|requests|visits|people|agents|hours|days|weeks|minutes|seconds)/i.test(after)) return true;
    // A score out of a scale: `4.3 / 5`, `4.6/5`, `89 out of 100`.
    if (/^\s*(?:\/|out of)\s*\d/i.test(after)) return true;
    // A bound: `4.5 or higher`, `3 or fewer`, `90 and above`.
    if (/^\s*(?:or\s+(?:higher|more|above|better|greater|fewer|less|lower|below|under)|and\s+(?:above|over|higher|below|under))\b/i.test(after)) return true;
  }
  return false;
}

/** A sentence, not a title: it has a clause's punctuation, or runs past a title's length. */
function isSentence(t: string): boolean {
  const s = t.trim();
  return /[，,。；;：:]/.test(s.slice(0, -1)) || /[。.]$/.test(s) || s.length > 24;
}

/** Replaces Markdown emphasis and code marks with spaces so recognisers see plain text at the same offsets. */
function plain(s: string): string {
  return s.replace(/[*`~]/g, ' ').replace(/(^|\s)_+|_+(\s|$)/g, (m) => ' '.repeat(m.length));
}

interface Unit {
  text: string; // plain text (same length as the source slice)
  start: number; // offset in the document
  section: number;
  part?: PartId;
  topLevelItem: boolean;
  /** A list item that heads a nested list under a bare label (`3. 客户服务流程：`): an outline heading, not an action. */
  outlineHead?: boolean;
}

export interface BuildOptions {
  now?: Date;
}

/** What the walk over one chunk's blocks found: positions relative to the chunk. */
export interface ChunkModel {
  kpis: KpiValue[];
  actions: PlanAction[];
  phases: Phase[];
  goals: Goal[];
  monitoring: Mention[];
  loops: Mention[];
  analysis: Mention[];
  problemCategories: Mention[];
  problemItems: Mention[];
  /** KPIs mentioned, in order of first mention. */
  mentioned: KpiKey[];
  /** Per section of the chunk (parallel to its headings). */
  stats: SectionStats[];
}

/** What the walk over one chunk needs from the whole document. */
export interface ChunkContext {
  /** Effective part of each of the chunk's sections (parallel to its headings). */
  parts: (PartId | undefined)[];
  /**
   * Whether each of the chunk's sections, or a heading it sits under, names a period other than the
   * document's (`## 三、2026年工作计划` over `### （一）工作目标` in a 2025 summary): its targets are not the
   * frontmatter's. Parallel to `parts`; read across chunks, as the parts are.
   */
  otherPeriod?: boolean[];
  planLike: boolean;
  /** The document's type: a plan's evaluation part describes its mechanisms, a summary's its past. */
  type?: DocType;
  /** The document's period (frontmatter `period:` or the title): which KPI-table column is its figure. */
  period?: MonthSpan;
  now?: Date;
  /**
   * Chunk-relative offset before which top-level blocks are not body: the YAML of a frontmatter
   * whose closing `---` is missing (Markdown reads it as text; it is not the writer's prose).
   */
  bodyFrom?: number;
  /** No heading of the document comes before the chunk: its blocks up to its second heading may be the document's header. */
  opensDocument?: boolean;
}

/** A chunk of the document (see parse.ts `parseChunks`): its text, tree and headings relative to it. */
export interface ModelChunk {
  start: number;
  /** Line breaks before the chunk. */
  line: number;
  text: string;
  tree: Root;
  headings: HeadingBlock[];
}

export interface ChunkedBuildOptions extends BuildOptions {
  /** Walks one chunk and gives what it found in document positions; the incremental analyzer answers from its cache. */
  walk?: (chunk: ModelChunk, ctx: ChunkContext) => ChunkModel;
}

/**
 * The model of a document parsed in chunks. Sections, parts and the document type are worked out
 * over all headings; each chunk's blocks are walked on their own (every chunk after the first starts
 * with a heading, so its blocks belong to its own sections) and their findings moved into place.
 */
export function buildModelFromChunks(doc: { text: string; lines: LineIndex; frontmatter?: FrontmatterInfo }, chunks: ModelChunk[], options: ChunkedBuildOptions = {}): DocumentModel {
  const { text, lines } = doc;
  const headings: HeadingBlock[] = [];
  const firstHeading: number[] = [];
  for (const c of chunks) {
    firstHeading.push(headings.length);
    for (const h of c.headings) headings.push(c.start ? { ...h, start: h.start + c.start, end: h.end + c.start } : h);
  }
  const sections = buildSections(headings, lines);
  const parts = sections.map((_, i) => effectivePart(sections, i));
  const stats: SectionStats[] = sections.map(() => ({ numbers: 0, items: 0, categories: 0 }));
  const model: DocumentModel = {
    text,
    type: 'summary',
    typeSource: 'inferred',
    frontmatter: doc.frontmatter,
    sections,
    kpis: [],
    actions: [],
    phases: [],
    goals: [],
    monitoring: [],
    loops: [],
    analysis: [],
    problemCategories: [],
    problemItems: [],
    kpisMentioned: [],
    sectionStats: stats,
    suppressions: scanSuppressions(lines),
  };
  // The document's title: a first-level heading, or the first heading when nothing stands before it. A
  // sub-heading after an opening paragraph (`### 1. 优化服务流程…`, `## 机制创新·流程再造`) names a part, not the document.
  const bodyStart = doc.frontmatter?.range.end.offset ?? 0;
  const first = headings[0];
  const title = first && ((first.depth === 1 && !first.pseudo) || isBlank(text.slice(bodyStart, first.start).replace(/^---\s*/, ''))) ? first : undefined;
  model.type = inferType(model, title);
  const planLike = model.type === 'plan' || model.type === 'workflow';
  const mentioned = new Set<KpiKey>();
  const period = documentPeriod(doc.frontmatter?.data, title?.title ?? '');
  // A section under a heading of another period (the document's title aside) holds that period's targets.
  const otherPeriods: boolean[] = sections.map(() => false);
  if (period) sections.forEach((sec, i) => (otherPeriods[i] = (i > 0 && otherPeriod(sec.title, period)) || (sec.parent > 0 && otherPeriods[sec.parent])));
  // A document titled as a list of actions (`Action Steps`, `行动清单`): its sections with no part of their
  // own (`Focus Area #1 — …`) are topics of actions.
  if (title && ACTION_LIST_TITLE.test(title.title)) {
    sections.forEach((sec, i) => {
      if (i > 0 && !parts[i] && !BACKGROUND_HEADING.test(sec.name)) parts[i] = 'measures';
    });
  }
  // `## 五、12月工作重点` in a November summary, `下月工作重点`: the key work of the next period is its plan's actions.
  sections.forEach((sec, i) => {
    if (i > 0 && !parts[i] && FOCUS_HEADING.test(sec.name) && laterPeriod(sec.title, period)) parts[i] = 'measures';
  });
  const fmKpis = frontmatterKpis(doc.frontmatter, lines.range(0, 0));
  model.kpis.push(...fmKpis);
  for (const k of fmKpis) mentioned.add(k.key);

  const span = (start: number, end: number): Span => ({ text: text.slice(start, end), range: lines.range(start, end) });

  // Sub-sections count as categories of their parent problem section.
  sections.forEach((s) => {
    if (s.parent >= 0 && sections[s.parent].part === 'problems' && s.part !== 'evaluation') stats[s.parent].categories++;
  });

  chunks.forEach((c, k) => {
    const base = firstHeading[k];
    const ctx: ChunkContext = { parts: parts.slice(base, base + c.headings.length), otherPeriod: otherPeriods.slice(base, base + c.headings.length), planLike, type: model.type, period, now: options.now, opensDocument: base === 0 };
    const fmEnd = doc.frontmatter && doc.frontmatter.errors.some((e) => e.message === 'unclosed') ? doc.frontmatter.range.end.offset : undefined;
    if (fmEnd !== undefined && fmEnd > c.start) ctx.bodyFrom = fmEnd - c.start;
    // A document parsed whole is its own chunk: its line index is the document's.
    const moved = options.walk ? options.walk(c, ctx) : placeChunkModel(walkChunk(c, ctx, chunks.length === 1 ? lines : undefined), c, false);
    model.kpis.push(...moved.kpis);
    model.actions.push(...moved.actions);
    model.phases.push(...moved.phases);
    model.goals.push(...moved.goals);
    model.monitoring.push(...moved.monitoring);
    model.loops.push(...moved.loops);
    model.analysis.push(...moved.analysis);
    model.problemCategories.push(...moved.problemCategories);
    model.problemItems.push(...moved.problemItems);
    for (const key of moved.mentioned) mentioned.add(key);
    moved.stats.forEach((st, i) => {
      const g = stats[base + i];
      g.numbers += st.numbers;
      g.items += st.items;
      g.categories += st.categories;
    });
  });

  // Headings that are phases (`### 第二阶段：4—8 月 寄修提速`), read with their own content.
  sections.forEach((s, i) => {
    // Phases are a plan's (domain.md): a summary's `Stage 2 complaints` or `Q3` report the past.
    if (model.type === 'workflow' || model.type === 'summary' || !PHASE_LABEL.test(s.name) || !(parts[i] === 'phases' || /阶段|階段|phase|stage/i.test(s.name.slice(0, 12)))) return;
    const nextStart = headings[i + 1]?.start ?? text.length;
    const own = text.slice(s.headingRange.end.offset, nextStart);
    const phase: Phase = { name: s.name.slice(0, 40), range: s.headingRange, form: 'heading' };
    const ind = PHASE_INDICATOR.exec(own);
    if (ind && !isBlank(ind[1])) {
      const st = s.headingRange.end.offset + ind.index;
      phase.indicator = span(st, st + ind[0].length);
    }
    const time = findTime(s.title, { reference: options.now });
    if (time && time.kind !== 'vague') phase.timeNode = { text: time.text, kind: time.kind, isoDate: time.isoDate, range: s.headingRange };
    model.phases.push(phase);
  });
  // A heading that names a mechanism (`## 8. Follow-up and review`) over content counts as one.
  sections.forEach((s, i) => {
    if (!s.hasContent || (parts[i] && SUMMARY_PARTS.includes(parts[i]!) && !(parts[i] === 'evaluation' && model.type === 'plan'))) return;
    const r = s.headingRange;
    if (LOOP.test(s.name)) model.loops.push({ text: s.title, range: r });
    // A heading that names the monitoring part in other words (`How we'll track it`, `Success measures`)
    // over content is the plan's monitoring; a feedback or review heading is its loop only.
    if ((MONITORING.test(s.name) || (parts[i] === 'monitoring' && !LOOP.test(s.name))) && !NOT_MONITORING.test(s.name)) model.monitoring.push({ text: s.title, range: r });
  });
  // A plan-wide execution period (`肆、執行期程` over `自106年1月1日至106年12月31日止`) covers every
  // action given no time of its own (domain.md: a time given for a whole plan covers its items).
  if (model.type !== 'summary' && model.type !== 'workflow') {
    const i = sections.findIndex((s) => s.hasContent && PLAN_PERIOD_HEADING.test(s.name) && !PHASE_LABEL.test(s.name));
    if (i >= 0) {
      const from = sections[i].headingRange.end.offset;
      const to = headings[i + 1]?.start ?? text.length;
      const own = text.slice(from, to);
      const time = own.length <= 200 ? findTime(own, { reference: options.now }) : undefined;
      if (time && time.kind !== 'vague') {
        const at = from + time.index;
        const deadline = { text: time.text, kind: time.kind, isoDate: time.isoDate, range: lines.range(at, at + time.text.length) };
        // New objects: the actions may be an incremental analyzer's cached chunk findings.
        model.actions = model.actions.map((a) => (a.deadline || a.deadlineSlot ? a : { ...a, deadline }));
      }
    }
  }
  // One owner for the whole plan (`計畫負責人：客服課課長 許雅雯（以下措施均由本人統籌…）`, `All actions below are
  // owned by Dana Whitfield, unless another owner is named`) owns every action given no owner of its own
  // (domain.md: an owner given for a whole plan covers its items, as a plan-wide period does).
  // A procedure's improvement actions too (`Implementation lead: …` over its task table).
  if (model.type !== 'summary' && model.actions.some((a) => !a.owner && !a.collectiveOwner)) {
    const owner = planOwnerIn(text, doc.frontmatter?.range.end.offset ?? 0);
    if (owner) {
      const sp = span(owner.start, owner.end);
      model.actions = model.actions.map((a) => (a.owner || a.collectiveOwner || (a.ownerSlot && !isBlank(a.ownerSlot.text)) ? a : { ...a, owner: sp, ownerSlot: a.ownerSlot ?? sp }));
    }
  }
  // A person's own plan (a 个人工作计划, a self-assessment's goals) is carried out by its writer
  // (domain.md: a personal plan in the first person has an owner, the writer): an action there that
  // names no one else is the writer's, whether or not its sentence says 我 or I.
  const writer = personalWriterIn(text, doc.frontmatter?.range.end.offset ?? 0, title);
  if (writer) model.writer = span(writer.start, writer.end);
  if (model.type !== 'workflow' && model.actions.some((a) => !a.owner && !a.collectiveOwner)) {
    if (writer) {
      const sp = span(writer.start, writer.end);
      model.actions = model.actions.map((a) => (a.owner || a.collectiveOwner || (a.ownerSlot && !isBlank(a.ownerSlot.text)) ? a : { ...a, owner: sp }));
    }
  }
  model.kpisMentioned = [...mentioned];
  return model;
}

/**
 * Where a personal document names its writer: the title's own word (`个人工作总结`, `Self-assessment`),
 * or, in a document written in the first person singular more than in the plural (three times at
 * least, outside quotes), the first `本人` / `我` / `I`. Undefined for a team's document.
 */
function personalWriterIn(text: string, from: number, title: HeadingBlock | undefined): { start: number; end: number } | undefined {
  if (title) {
    const m = PERSONAL_TITLE.exec(title.title);
    const at = m ? text.indexOf(m[0], title.start) : -1;
    if (m && at >= 0) return { start: at, end: at + m[0].length };
    // `客服主管工作计划`, `班组长2026年工作总结`: a plan or a summary titled by the post one person holds.
    const role = ROLE_TITLE.exec(foldWidth(title.title));
    if (role) {
      const post = ROLE_SUFFIX.exec(role[1]);
      const at2 = text.indexOf(role[1], title.start);
      if (post && post[0].length >= 2 && at2 >= 0 && !DEPARTMENT_SUFFIX.test(role[1])) return { start: at2, end: at2 + role[1].length };
    }
  }
  const body = text.slice(from).replace(/"[^"\n]*"|“[^”\n]*”|「[^」\n]*」|『[^』\n]*』/g, (q) => ' '.repeat(q.length));
  const singular = [...body.matchAll(FIRST_PERSON_SINGULAR)];
  const plural = [...body.matchAll(FIRST_PERSON_PLURAL)].length;
  if (singular.length < 3 || singular.length <= plural) return undefined;
  const first = singular[0];
  return { start: from + first.index!, end: from + first.index! + first[0].length };
}

/** A title naming a post before its plan or summary: `客服主管工作计划` (the year between them aside). */
const ROLE_TITLE = /([\u4e00-\u9fff]{2,10}?)\s*(?:(?:19|20)\d{2}\s*年度?|1[0-2]\d\s*年度?)?\s*(?:工作计划|工作計畫|工作計劃|工作总结|工作總結|年终总结|年終總結)/;

/** The owner a line of prose gives the whole plan (a label or a sentence), when it is a person or a role. */
function planOwnerIn(text: string, from: number): { start: number; end: number } | undefined {
  const lineRe = /^.*$/gm;
  lineRe.lastIndex = from;
  for (let m; (m = lineRe.exec(text)); ) {
    if (m[0] === '' && lineRe.lastIndex === m.index) lineRe.lastIndex++;
    // Prose only: a list item or a table row is an action or a field of one.
    const lead = /^\s*(?:\*\*|__)?\s*/.exec(m[0])![0].length;
    const line = m[0].slice(lead);
    if (!line || /^(?:[-*+|>]|\d{1,2}[.)、])/.test(line)) continue;
    const plain = line.replace(/\*\*|__/g, (x) => ' '.repeat(x.length));
    const label = PLAN_OWNER_LABEL.exec(plain);
    const phrase = label ? null : PLAN_OWNER_PHRASE.exec(plain);
    const at = label ? label[0].length : phrase ? phrase.index + phrase[0].length : -1;
    if (at < 0) continue;
    const rest = plain.slice(at);
    const stop = rest.search(/[（(。；;，,]|\.(?:\s|$)|负责|負責|统筹|統籌|\s+unless\b/);
    const who = (stop < 0 ? rest : rest.slice(0, stop)).trim();
    const verdict = who ? judgeOwner(who) : 'none';
    if (verdict !== 'person' && verdict !== 'role') continue;
    const start = m.index + lead + at + (rest.length - rest.trimStart().length);
    return { start, end: start + who.length };
  }
  return undefined;
}

/** Walks one chunk's blocks (positions relative to the chunk). `chunkLines` may pass its line index. */
export function walkChunk(chunk: ModelChunk, ctx: ChunkContext, chunkLines?: LineIndex): ChunkModel {
  const { text, tree, headings } = chunk;
  const lines = chunkLines ?? new LineIndex(text);
  const { parts, planLike } = ctx;
  const options = { now: ctx.now };
  const stats: SectionStats[] = headings.map(() => ({ numbers: 0, items: 0, categories: 0 }));
  const model: ChunkModel = { kpis: [], actions: [], phases: [], goals: [], monitoring: [], loops: [], analysis: [], problemCategories: [], problemItems: [], mentioned: [], stats };
  const mentioned = new Set<KpiKey>();
  const span = (start: number, end: number): Span => ({ text: text.slice(start, end), range: lines.range(start, end) });
  const mention = (start: number, end: number): Mention => ({ text: text.slice(start, end), range: lines.range(start, end) });

  // ── Walk the blocks, knowing the section each is in ──────────────────────────────────────────
  const headingAt = new Map<number, number>();
  headings.forEach((h: HeadingBlock, i) => headingAt.set(h.index, i));
  let section = -1;
  /** Where the fields of projects under a title stand: their lines are read with the project, not as items. */
  const projectBodies: { start: number; end: number }[] = [];
  /** The last paragraph read, and whether the list being read is one of commitments it introduced. */
  let lastParagraph = '';
  let commitments = false;
  let meansOfGoal = false;
  /** The part a label over the list gives its items, overriding their section's. */
  let listPart: PartId | undefined;
  /** Whether the list being walked was introduced as indicators or mechanisms (`考核指标：`). */
  let indicatorList = false;
  /** Whether the list being walked was introduced as the goals (`年度目标如下：`). */
  let goalList = false;
  /** Per section, whether it enumerates its content (enumeratedSection). */
  const enumerated = new Map<number, boolean>();
  tree.children.forEach((node, index) => {
    if (ctx.bodyFrom !== undefined && (node.position?.start.offset ?? 0) < ctx.bodyFrom) return;
    const h = headingAt.get(index);
    if (h !== undefined) {
      section = h;
      lastParagraph = '';
      // A heading that is a phase (`### 第一阶段（1—3 月）`) is read with its content below; one
      // that titles a project (`**项目一：…**` then `目标：…；预计投入：…`) is read with its fields.
      headingProject(h, index);
      return;
    }
    const prev = tree.children[index - 1];
    // A list under "Notes on the actions:" / "备注：" comments on the plan; its items are not actions.
    const lead = node.type === 'list' && prev?.type === 'paragraph' ? plain(toString(prev)).trim() : '';
    const notes = !!lead && NOTES_LEAD.test(lead);
    // A list under `考核指标：` / `We will measure success by:` lists indicators or mechanisms.
    indicatorList = !!lead && /[:：]$/.test(lead) && lead.length <= 40 && INDICATOR_LEAD.test(lead);
    // A list introduced as the goals (`2026 年部门年度目标如下：`, `Our goals for 2027:`): each item is a goal.
    goalList = !!lead && /(?:目标|目標|goals?|objectives?)[^，,。；;:：]{0,12}[:：]$/i.test(lead);
    const goalsBefore = model.goals.length;
    visitBlock(node, section, !notes);
    indicatorList = false;
    goalList = false;
    // An objective measured by the key results listed under it (OKRs: "O1. …" then "- KR1.1 … 45 s").
    const next = tree.children[index + 1];
    if (node.type === 'paragraph' && model.goals.length > goalsBefore && next?.type === 'list' && (next as List).children.some((it) => isMeasurable(toString(it)))) {
      for (const g of model.goals.slice(goalsBefore)) g.measurable = true;
    }
  });

  /**
   * A heading (often a bold line) whose lines below are a project's fields: `**项目一：智能质检上线**`
   * then `目标：…；预计投入：…；负责：…`. The project is one action, read from its title and fields.
   */
  function headingProject(h: number, index: number): void {
    const part = parts[h];
    if (!projectPart(part)) return;
    // The fields run to the next heading, or to the next bold title that starts another project.
    let last = index;
    while (last + 1 < tree.children.length && !headingAt.has(last + 1) && !startsBold(tree.children[last + 1])) last++;
    if (last === index) return;
    const start = headings[h].start;
    const bodyStart = tree.children[index + 1].position?.start.offset ?? headings[h].end;
    const end = tree.children[last].position?.end.offset ?? bodyStart;
    const body = plain(text.slice(bodyStart, end));
    // `### 3.2 Staffed chat during the evening`, a sentence saying what, then `- Owner: …` and `- Due: …`:
    // a sub-heading among the actions over one owner and one due field is one action too (not the
    // actions part's own heading over many fielded items).
    const fielded = part === 'measures' && !recognisePart(headingName(headings[h].title)) && lineStarts(body, OWNER_LABEL) === 1 && lineStarts(body, DEADLINE_LABEL) === 1;
    if (!(isProject(headings[h].title, body) || fielded) || !projectFieldsOnly(body)) return;
    projectBodies.push({ start: bodyStart, end });
    model.actions.push(projectAction({ text: plain(text.slice(start, end)), start, section: h, part, topLevelItem: true }, headings[h].title));
  }

  /** How many lines of `body` open (after a bullet) with a match of `re`: `- Owner: …`. */
  function lineStarts(body: string, re: RegExp): number {
    return body.split(/\r?\n/).filter((l) => re.exec(l.replace(/^\s*(?:[-*+]\s+)?(?:\*\*|__)?/, ''))?.index === 0).length;
  }

  /** Whether a section enumerates its content: at least two lines numbered or bulleted. */
  function enumeratedSection(sec: number): boolean {
    if (sec < 0) return false;
    let known = enumerated.get(sec);
    if (known === undefined) {
      const body = text.slice(headings[sec].end, headings[sec + 1]?.start ?? text.length);
      known = body.split(/\r?\n/).filter((l) => ENUMERATED_LINE.test(l) || /^\s*[-*+]\s/.test(l)).length >= 2;
      enumerated.set(sec, known);
    }
    return known;
  }

  function startsBold(node: RootContent): boolean {
    return node.type === 'paragraph' && /^\s*(?:\*\*|__)/.test(text.slice(node.position?.start.offset ?? 0, (node.position?.start.offset ?? 0) + 8));
  }

  /** Parts where a project may stand: a plan's measures, phases, resources or training, or none. */
  function projectPart(part: PartId | undefined): boolean {
    if (ctx.type === 'workflow') return false;
    if (ctx.type === 'summary') return part === 'measures';
    return !part || part === 'measures' || part === 'phases' || part === 'resources' || part === 'training';
  }

  /** A project as an action: its title is what is to be done; owner, deadline and target come from its fields. */
  function projectAction(u: Unit, title: string): PlanAction {
    const action = actionFromUnit(u);
    action.text = title.replace(/[*_`]/g, '').trim().slice(0, 120);
    // Fields written as English sentences (`Owner: Grace Wong. Deadline: …`): the full stop ends the field.
    const slot = action.ownerSlot;
    if (slot && !action.owner && /\.$/.test(slot.text)) {
      const end = slot.range.end.offset - 1;
      const name = text.slice(slot.range.start.offset, end);
      const verdict = judgeOwner(name);
      if (verdict === 'person' || verdict === 'role') {
        action.ownerSlot = action.owner = span(slot.range.start.offset, end);
        action.collectiveOwner = undefined;
      }
    }
    // `负责：质检主管 王芳`: the bare verb as a field label. The field is the owner slot even when the
    // name inside it was already found as the agent of the words.
    const f = PROJECT_OWNER_FIELD.exec(u.text);
    const inField = (sp: Span | undefined) => !!f && !!sp && sp.range.start.offset >= u.start + f.index;
    if (!action.ownerSlot || (action.ownerSlot === action.owner && inField(action.owner))) {
      if (f) {
        let b = f.index + f[0].length;
        const rest = u.text.slice(b);
        let e = b + (rest.search(/[；;。\n|]/) === -1 ? rest.length : rest.search(/[；;。\n|]/));
        while (e > b && /[\s，,]/.test(u.text[e - 1])) e--;
        while (b < e && /\s/.test(u.text[b])) b++;
        action.ownerSlot = span(u.start + b, u.start + e);
        const verdict = judgeOwner(u.text.slice(b, e));
        if (namesSomeone(verdict)) action.owner = action.ownerSlot;
        else if (verdict === 'collective') action.collectiveOwner = action.ownerSlot;
      }
    }
    return action;
  }

  function visitBlock(node: RootContent, sec: number, topLevel: boolean): void {
    // Only the paragraph just before a list introduces it (a heading or a table between ends that).
    if (node.type !== 'paragraph' && node.type !== 'list') lastParagraph = '';
    switch (node.type) {
      case 'table':
        visitTable(node as Table, sec);
        break;
      case 'list':
        // `Sligo County Council is committed to the following:-` over its list: commitments, not dated actions.
        commitments = topLevel && COMMITMENT_INTRO.test(lastParagraph) && /[:：][-–—]?\s*$/.test(lastParagraph);
        // `To reach this goal, CST will:` over its list: how the goal is reached, not more goals.
        meansOfGoal = topLevel && MEANS_INTRO.test(lastParagraph) && /[:：]\s*$/.test(lastParagraph);
        // `計畫：` over a list under `五、115年工作目標與計畫`: a label naming the actions part makes its items actions.
        listPart = topLevel && sec >= 0 && parts[sec] === 'goals' && /^[^，,。；;\n]{1,8}[:：]$/.test(lastParagraph) && recognisePart(headingName(lastParagraph.slice(0, -1))) === 'measures' ? 'measures' : undefined;
        visitList(node as List, sec, topLevel);
        commitments = false;
        meansOfGoal = false;
        listPart = undefined;
        break;
      case 'paragraph':
        lastParagraph = toString(node).trim();
        for (const u of paragraphUnits(node, sec, false)) {
          // `①　整理模板…` on its own line of a top-level paragraph is an item of the list Word
          // numbering pastes as one paragraph: read it as a top-level item.
          // So is `一、我將於115年1月底前…`, `（二）…`: Word's numbering, one item a paragraph; a short
          // numbered title (`（一）优化咨询受理与分派`) heads the items after it instead.
          if (topLevel && (CIRCLED_ITEM.test(u.text) || (ENUMERATED_LINE.test(u.text) && isSentence(u.text)))) u.topLevelItem = true;
          visitUnit(u);
        }
        break;
      case 'blockquote':
        for (const c of node.children) visitBlock(c as RootContent, sec, false);
        break;
      default:
        break;
    }
  }

  function visitList(list: List, sec: number, topLevel: boolean, underOutline = false): void {
    for (const item of list.children as ListItem[]) {
      if (sec >= 0 && topLevel) stats[sec].items++;
      if ((topLevel || underOutline) && fieldedItem(item, sec, underOutline)) continue;
      const nested = item.children.some((c) => c.type === 'list');
      let first = true;
      let outline = false;
      for (const child of item.children) {
        if (child.type === 'paragraph') {
          const units = paragraphUnits(child, sec, topLevel && first);
          // `3. 客户服务流程：` or a bold title alone (`**Damage & missing parts**`) over a nested list:
          // the label heads its sub-items, which are read on their own (each may be an action with fields).
          const boldAlone = () => /^(\*\*|__)[^*_\n]+\1[:：]?$/.test(text.slice(child.position?.start.offset ?? 0, child.position?.end.offset ?? 0).trim());
          if (first && nested && units.length === 1 && (/[:：]\s*$/.test(units[0].text) || boldAlone())) {
            units[0].outlineHead = true;
            outline = true;
          }
          // Sub-units of a phase item (`1）…`) are its actions: visitUnit tells them apart.
          units.forEach(visitUnit);
          first = false;
        } else if (child.type === 'list') visitList(child as List, sec, false, outline);
        else visitBlock(child as RootContent, sec, false);
      }
    }
  }

  /**
   * A list item whose nested list gives its fields (`1. 流程梳理与分析` over `- 时间节点：第1-2月`,
   * `- 具体措施：…`, `- 责任人：…`): one action, its title the item's words and its owner, deadline
   * and indicator read from the fields. The fields are still scanned for mechanisms and KPIs.
   */
  function fieldedItem(item: ListItem, sec: number, underOutline = false): boolean {
    const part = sec >= 0 ? parts[sec] : undefined;
    if (!projectPart(part) && part !== undefined) return false;
    if (ctx.type === 'workflow' || ctx.type === 'summary') return false;
    // A board's `Done` / `已完成` column holds work done (its `完成日` is when it was done).
    if (sec >= 0 && DONE_HEADING.test(headingName(headings[sec]?.title ?? ''))) return false;
    const [head, sub] = item.children;
    if (head?.type !== 'paragraph' || sub?.type !== 'list' || item.children.length !== 2) return false;
    const title = plain(toString(head)).trim();
    // A title is short; under a group title (`**Damage & missing parts**`) the items are whole sentences.
    // A field written beside the title (`**Peak-week staffing** [Owner: Marcus Webb]`) is no part of its length.
    const bare = title.replace(/[\[（(【][^\]）)】]*[:：][^\]）)】]*[\]）)】]/g, '').trim();
    if (!title || bare.length > (underOutline ? 200 : 60) || /[:：]\s*$/.test(title)) return false;
    // A notes or status field (`Notes:` over its own list) says more about the action; it is no field of it.
    const fieldTexts = (sub as List).children.map((c) => plain(toString(c)).trim());
    // A board card's labels (`標籤：…`) sort the card: they are no field of the action either.
    const fields = fieldTexts.filter((f) => !NOTE_FIELD.test(f) && !CARD_LABEL_FIELD.test(f));
    // Each field begins with its label (`Owner: …`); sub-items that carry their own fields are actions.
    const labelled = (re: RegExp, f: string) => re.exec(f)?.index === 0;
    // A card with its labels (`標籤：…` then `負責人：…`) is fielded with one field of the action.
    const card = fieldTexts.some((f) => CARD_LABEL_FIELD.test(f));
    if (fields.length < (underOutline || card ? 1 : 2) || !fields.every((f) => PROJECT_FIELD_LINE.test(f) || labelled(OWNER_LABEL, f) || labelled(DEADLINE_LABEL, f))) return false;
    if (!fields.some((f) => labelled(OWNER_LABEL, f) || labelled(DEADLINE_LABEL, f) || PROJECT_OWNER_FIELD.test(f))) return false;
    const start = head.position?.start.offset ?? 0;
    const end = sub.position?.end.offset ?? start;
    const bodyStart = sub.position?.start.offset ?? end;
    projectBodies.push({ start: bodyStart, end });
    for (const field of (sub as List).children) for (const c of field.children) if (c.type === 'paragraph') paragraphUnits(c, sec, false).forEach(visitUnit);
    // The notes say what was done or agreed before (`signed off by Finance (Nov 28)`): not the action's time.
    let body = plain(text.slice(start, end));
    for (const [i, field] of (sub as List).children.entries()) {
      if (!NOTE_FIELD.test(fieldTexts[i])) continue;
      const fs = (field.position?.start.offset ?? start) - start;
      const fe = (field.position?.end.offset ?? start) - start;
      body = body.slice(0, fs) + body.slice(fs, fe).replace(/[^\r\n]/g, ' ') + body.slice(fe);
    }
    model.actions.push(projectAction({ text: body, start, section: sec, part, topLevelItem: true }, bare));
    return true;
  }

  /** Splits a paragraph into units: each line that starts a sub-item (`1）`, `（二）`) or a phase begins a new unit. */
  function paragraphUnits(node: RootContent, sec: number, topLevelItem: boolean): Unit[] {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const src = text.slice(start, end);
    const units: Unit[] = [];
    let uStart = 0;
    const re = /\r?\n|\r/g;
    for (let m; (m = re.exec(src)); ) {
      const next = m.index + m[0].length;
      const lineText = src.slice(next, src.indexOf('\n', next) === -1 ? src.length : src.indexOf('\n', next));
      // A line that starts a phase (`第二阶段（4—6月）：…`, `Q3重点：…`) is its own unit too: phases
      // written on consecutive lines of one paragraph are read one by one.
      if (SUB_UNIT.test(plain(lineText)) || PHASE_LABEL.test(headingName(plain(lineText).trim()))) {
        units.push(mkUnit(start + uStart, start + m.index, sec, topLevelItem && units.length === 0));
        uStart = next;
      }
    }
    units.push(mkUnit(start + uStart, end, sec, topLevelItem && units.length === 0));
    return units;
  }

  function mkUnit(s: number, e: number, sec: number, topLevelItem: boolean): Unit {
    return { text: plain(text.slice(s, e)), start: s, section: sec, part: listPart ?? (sec >= 0 ? parts[sec] : undefined), topLevelItem };
  }

  // ── Units of prose ────────────────────────────────────────────────────────────────────────────
  function visitUnit(u: Unit): void {
    const t = u.text;
    const end = u.start + t.length;
    scanMechanisms(u);
    scanKpis(u);
    if (u.section >= 0) {
      stats[u.section].numbers += numbersIn(t).filter((n) => n.unit || COUNT_UNIT.test(t.slice(n.index + n.length))).length;
      if (!u.topLevelItem && SUB_UNIT.test(t)) stats[u.section].items++;
      if (u.part === 'problems') {
        if (categoryLabel(t, text.slice(u.start, end))) {
          stats[u.section].categories++;
          const m = /^\s*\S/.exec(t);
          model.problemCategories.push(mention(u.start + (m ? m.index : 0), Math.min(end, u.start + 40)));
        } else if (u.topLevelItem || SUB_UNIT.test(t)) model.problemItems.push(mention(u.start, end));
      }
    }
    // The lines of a project (under its bold title) were read with it.
    if (projectBodies.some((b) => u.start >= b.start && u.start < b.end)) return;
    // Phases
    const head = phaseHead(u);
    if (head) {
      model.phases.push(phaseFromUnit(u));
      return;
    }
    // A project with its title in bold and its fields after it, in one paragraph or item.
    const project = inlineProject(u);
    if (project) {
      model.actions.push(project);
      return;
    }
    // `計畫負責人：…`, `Plan owner: …`: who owns the whole plan (read over the document), not a goal or an action.
    if (!u.topLevelItem && (PLAN_OWNER_LABEL.test(t.trimStart().replace(/^(?:\*\*|__)/, '')) || PLAN_OWNER_PHRASE.exec(t)?.index === t.length - t.trimStart().length)) return;
    // The particulars under a document's title (`Procedure owner: …` on a line of the organisation's
    // name, `Prepared by: …`, `- SOP owner：…`, `- 計畫負責人：…`) are its header, not a thing to do.
    if (documentHeader(u)) return;
    // A record's particulars (`- 會議時間：114年12月16日`, `- Apologies: …`) are neither goals nor actions.
    if (RECORD_FIELD.test(t.trimStart().replace(/^(?:[-*+]\s+|\*\*|__)/, ''))) return;
    // `五、办结时限：3个工作日`, `Response time limit: 2 working days`: a standard the procedure sets, under a
    // label that names the time-limits part, not a thing to do.
    const label = /^[^:：。，,；;\n]{2,16}[:：]/.exec(t.trimStart().replace(/^(?:[-*+]\s+|\*\*|__)/, ''));
    if (label && recognisePart(headingName(label[0].slice(0, -1))) === 'time-limits') return;
    // `- 依據：本所提升服務品質實施計畫`, `- 目的：…`, `Context: …`: what the plan rests on or is for, not a thing to do.
    if (u.part !== 'goals' && BACKGROUND_LABEL.test(t.trimStart().replace(/^(?:[-*+]\s+|\*\*|__)/, ''))) return;
    // Goals
    if (u.part === 'goals') {
      if (meansOfGoal) return;
      // A paragraph over the goals enumerated after it (`秉持…願景，本所…` over `一、…` `二、…`) introduces
      // them: the enumerated items are the goals; an introduction that gives a number still is one.
      if (!u.topLevelItem && !ENUMERATED_LINE.test(t) && enumeratedSection(u.section) && !isMeasurable(t)) return;
      // `背景：…` beside `目标：…` under `一、背景和目标`: the background is context, not a goal.
      if (BACKGROUND_LABEL.test(t.trimStart())) return;
      // A procedure's aims and objectives (`To describe the formal procedure…`, `To inform customers…`) say
      // what the procedure is for; only a target it states is a goal of it.
      for (const g of goalsIn(u)) if (g.measurable || ctx.type !== 'workflow') model.goals.push(g);
      return;
    }
    const lead = GOAL_LEAD.exec(t.trimStart());
    if (lead && u.part !== 'data' && u.part !== 'monitoring' && !OWNER_LABEL.test(t)) {
      const offset = t.length - t.trimStart().length + lead[0].length;
      for (const g of goalsIn({ ...u, text: ' '.repeat(offset) + t.slice(offset) })) model.goals.push(g);
      return;
    }
    // Actions
    // A plan's implementation steps (`二、实施步骤`, `Implementation steps` then `1. 召开会议…`) are
    // its actions in order, not the steps of a workflow; a part titled as phases keeps its items as
    // phases or their details.
    const stepsOfPlan = (u.part === 'phases' || u.part === 'steps') && (ctx.type === 'plan' || ctx.type === 'summary-plan') && IMPLEMENTATION_STEPS.test(headings[u.section]?.title ?? '');
    if (u.part && NOT_ACTION_PARTS.includes(u.part) && !stepsOfPlan) return;
    // `本流程由品质部负责解释，自生效日起执行`: the document's closing provisions, not a thing to do.
    if (CLOSING_PROVISION.test(t)) return;
    // Work done: under a heading `Done` / `已完成` (a board's column), or an item with its `Resolved: …` field.
    if (DONE_HEADING.test(headingName(headings[u.section]?.title ?? '')) || DONE_FIELD.test(t)) return;
    // In the resources part `由信息部负责开发` allocates work; only labelled items are actions there.
    const marked = OWNER_LABEL.test(t) || DEADLINE_LABEL.test(t) || (u.part !== 'resources' && BY_WHOM.test(t));
    if (commitments && !marked) return;
    // Items listed under `考核指标：` are indicators (goals when they give a number) or mechanisms.
    if (indicatorList) {
      if (isMeasurable(t)) model.goals.push(goalOf(u, true));
      return;
    }
    // A target value (`转派时效≤20分钟，达成率90%`, `FCR ≥ 80%`) is an indicator, a goal of the plan.
    if (!marked && u.part !== 'resources' && isIndicatorItem(t, isMeasurable)) {
      model.goals.push(goalOf(u, true));
      return;
    }
    // A recurring review or check (`周例会：检查进度…`, `每周一质检抽检 5%`) is a mechanism, counted
    // above; one given an owner or a deadline label is read as the action the writer made of it.
    if (isMechanismItem(t, marked)) return;
    if (u.outlineHead) return;
    // `客户服务内容：主要包括电话咨询…`: a topic and its description, not a thing someone will do.
    if (!marked && describesTopic(t)) return;
    // `值班安排：客服团队应根据实际情况合理安排…`: a labelled standing rule of the work, not a thing to do.
    if (!marked && standingRule(t)) return;
    // A workflow's items are its steps and standards: only an owner or a deadline label makes one an action.
    const inMeasures = ctx.type !== 'workflow' && (u.part === 'measures' || stepsOfPlan) && u.topLevelItem && t.trim().length > 6;
    if (!marked && !inMeasures) return;
    const action = actionFromUnit(u);
    // Placed among the actions but unmarked: an action only when someone is given it or it says what
    // will be done (a problem, a title or a note among the actions is asked for no owner or deadline).
    if (!marked && !action.owner && !action.collectiveOwner && !saysWhatIsDone(t)) return;
    // Fields with nothing to do before them (`執行期程：…`, `Lead: … Accountable: …`) describe the plan, not an action.
    if (!/[\p{L}\p{N}]/u.test(action.text)) return;
    model.actions.push(action);
  }

  function phaseHead(u: Unit): boolean {
    // The stages of a procedure (`Stage 1: Frontline response`) are its steps, not a plan's phases; a
    // summary's periods are the past it reports.
    if (ctx.type === 'workflow' || ctx.type === 'summary') return false;
    const name = headingName(u.text.trim());
    if (PHASE_LABEL.test(name) && (u.part === 'phases' || /阶段|階段|phase|stage/i.test(name.slice(0, 12)))) return true;
    // `（一）动员部署阶段（2026年1月）。印发本方案…`: a stage named by what it does, its months in brackets.
    if ((!u.part || u.part === 'phases' || u.part === 'steps' || u.part === 'measures') && NAMED_STAGE.test(name)) return true;
    // A plan's line labelled by its period (`Q2重点：…`, `H2 focus: …`; in the measures part also
    // `Q3: …` when no owner or deadline label makes it an action) is a phase.
    if (u.part && u.part !== 'measures' && u.part !== 'phases') return false;
    const t = u.text;
    const alone = u.part === 'measures' && !OWNER_LABEL.test(t) && !DEADLINE_LABEL.test(t) && !BY_WHOM.test(t);
    return isPeriodFocusLine(t.trim().split(/\r\n|\r|\n/)[0], alone);
  }

  /** The unit as one goal (an indicator: measurable), from its first non-blank character to its end. */
  function goalOf(u: Unit, measurable: boolean): Goal {
    const t = u.text;
    const lead = t.length - t.trimStart().length;
    return { text: t.trim().slice(0, 120), range: lines.range(u.start + lead, u.start + t.trimEnd().length), measurable };
  }

  /** `**项目一：智能质检上线**` followed in the same paragraph by `目标：…，预计投入：…`. */
  function inlineProject(u: Unit): PlanAction | undefined {
    if (!projectPart(u.part)) return undefined;
    const raw = text.slice(u.start, u.start + u.text.length);
    const m = /^\s*(\*\*|__)([^\n]+?)\1/.exec(raw);
    if (!m) return undefined;
    const body = u.text.slice(m.index + m[0].length);
    if (!isProject(m[2], body) || !projectFieldsOnly(body)) return undefined;
    return projectAction(u, m[2]);
  }

  function phaseFromUnit(u: Unit): Phase {
    const t = u.text;
    // From the unit's start to the end of its first non-blank line (a unit may start with a blank one).
    const lead = t.length - t.trimStart().length;
    const firstLine = t.slice(0, lead) + t.slice(lead).split(/\r\n|\r|\n/)[0];
    const range = lines.range(u.start + lead, u.start + firstLine.length);
    const phase: Phase = { name: headingName(firstLine.trim()).slice(0, 40), range, form: 'list' };
    const ind = PHASE_INDICATOR.exec(t);
    if (ind && !isBlank(ind[1])) {
      const s = u.start + ind.index;
      phase.indicator = span(s, s + ind[0].length);
    } else if (isMeasurable(t) || GOAL_REFERENCE.test(t)) {
      // `第一阶段（1—3 月）：知识库覆盖率达到 90%`: the phase states its target without a label;
      // `第三阶段：全年目标全部达成`, `all H2 targets achieved`: it points at the plan's goals.
      phase.indicator = span(u.start, u.start + t.trimEnd().length);
    }
    const time = findTime(firstLine, { reference: options.now });
    if (time && time.kind !== 'vague') {
      const s = u.start + time.index;
      phase.timeNode = { text: time.text, kind: time.kind, isoDate: time.isoDate, range: lines.range(s, s + time.text.length) };
    }
    return phase;
  }

  function goalsIn(u: Unit): Goal[] {
    const out: Goal[] = [];
    const re = /[^。；;!?！？\n]+[。；;!?！？]?/g;
    const scopeHeading = SCOPE_HEADING.test(headings[u.section]?.title ?? '') || BACKGROUND_HEADING.test(headingName(headings[u.section]?.title ?? ''));
    // The answer to a question why (`問2：為甚麼今年特別強調停航通知？`) gives reasons, not goals.
    if (WHY_QUESTION.test(headingName(headings[u.section]?.title ?? ''))) return out;
    // A question or an exclamation inside quotes (`"Where is my carer?" calls down by 40%`) does not
    // end the sentence: the split runs over the text with quoted spans masked.
    // A soft line break inside an item does not end its sentence either.
    const masked = u.text
      .replace(/"[^"\n]{1,60}"|“[^”\n]{1,60}”|「[^」\n]{1,60}」|『[^』\n]{1,60}』|‘[^’\n]{1,60}’/g, (q) => q.replace(/[。；;!?！？]/g, ' '))
      .replace(/\n(?![ \t]*(?:[-*+]\s|\d{1,2}[.)、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|$))/g, ' ');
    for (let m; (m = re.exec(masked)); ) {
      const raw = u.text.slice(m.index, m.index + m[0].length);
      const body = raw.trim();
      if (body.replace(/[\s\d.、，,）)（(]/g, '').length < 4) continue;
      if (/[:：]$/.test(body)) continue; // an introduction ("目标如下：")
      // A date alone (`27-Feb-26` under `Target Date`) is when, not what.
      const when = findTime(body, { reference: options.now });
      if (when && when.kind !== 'vague' && body.replace(when.text, '').replace(/[\s.,，。:：;；-]/g, '').length === 0) continue;
      // Scope, background and causes are not goals; under a heading that also names the scope
      // (适用范围与目标, Purpose and goals) only a sentence that aims at something is.
      if (NOT_GOAL.test(body) || (scopeHeading && !goalList && !GOAL_WORD.test(body))) continue;
      const measurable = isMeasurable(body) || isMilestoneGoal(body, options.now);
      const lead = raw.length - raw.trimStart().length;
      const s = u.start + m.index + lead;
      out.push({ text: body, range: lines.range(s, s + body.length), measurable });
    }
    return out;
  }

  function actionFromUnit(u: Unit): PlanAction {
    // A list item wrapped over lines is one sentence (`— Declan⏎ Fahy (IT liaison)`); a trailing status
    // note (`*Status: in test.*`) reports on the action and is no field of it. Both keep the offsets.
    // A line break before a nested item (`⏎    - Due: Jan 16`) or a bold label (`⏎**Probation period:** …`)
    // ends a field, as a full stop would.
    const t = u.text
      .replace(/\r?\n(?=[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]|[ \t]*(?:\*\*|__)[^*_\n]{1,30}[:：])/g, (m) => '；'.padEnd(m.length, ' '))
      .replace(/\r?\n/g, (m) => ' '.repeat(m.length)).replace(TRAILING_STATUS, (m) => ' '.repeat(m.length));
    const lead = t.length - t.trimStart().length;
    const firstBreak = t.search(/[。；;:：]|\r?\n/);
    let head = firstBreak > 0 ? t.slice(lead, firstBreak) : t.trim();
    // `Action: Ship a template — Owner: Marcus Lee — By: Feb 13`: the first field holds the action's words.
    const field = /^(?:action|task|措施|行动|行動|事项|事項)\s*[:：]\s*/i.exec(t.slice(lead));
    if (field) {
      const rest = t.slice(lead + field[0].length);
      const end = rest.search(/\s[—–]\s|[。；;\n]|\s*[|]/);
      head = end >= 0 ? rest.slice(0, end) : rest;
    }
    // Keep the action's words only: `修订话术，完成时间` → `修订话术`.
    const label = new RegExp(`[，,\\s]*[\\[（(【]?\\s*(?:${OWNER_LABEL.source.replace(/\\s\*\[:：\]\)?$/, '')}|${DEADLINE_LABEL.source.replace(/\\s\*\[:：\]\)?$/, '')})\\)?$`, 'i');
    head = head.replace(label, '').trim();
    const action: PlanAction = {
      text: head.trim().slice(0, 120),
      range: lines.range(u.start + lead, u.start + t.trimEnd().length),
      form: u.topLevelItem ? 'list' : 'prose',
    };
    // Owner: after a label (责任人：…), or `由 X 负责`.
    const ownerLabel = OWNER_LABEL.exec(t);
    let ownerStart = -1;
    let ownerEnd = -1;
    if (ownerLabel) {
      ownerStart = ownerLabel.index + ownerLabel[0].length;
      const rest = t.slice(ownerStart);
      // Fields set apart by dashes (`Owner: Priya Raman — By: Mar 6`) end at the dash.
      // An English sentence ends it too (`Owner: Devin Marsh. Starts with …`), not an initial or a title
      // (`Owner: J. Smith`, `Dr. Lee`).
      const stop = firstOf(rest.search(/[；;。\n]|\s[—–]\s|(?:完成时间|完成時間|截止|限期|期限|时间节点|時間節點|deadline|due|by)\s*[:：]/i), rest.search(SENTENCE_END));
      ownerEnd = ownerStart + (stop === -1 ? rest.length : stop);
      // `责任人：培训专员 赵敏，2027 年 1 月 15 日前完成`: a clause after a comma that gives a time is the
      // deadline, not more of the owner.
      const slot = t.slice(ownerStart, ownerEnd);
      for (const c of slot.matchAll(/[，,]/g)) {
        const after = slot.slice(c.index + 1);
        const when = findTime(after, { reference: options.now });
        const lead = /^\s*(?:by|before|until|due(?: by)?|no later than|于|於|在)?\s*/i.exec(after)![0].length;
        // … or a clause that names no one and holds a time (`Marcus Lee, from release 7.6 on November 3`).
        const before = after.slice(0, when?.index ?? 0);
        const namesNoOne = !!when && !/[(（,，]/.test(before) && !/\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(before) && !/[\u4e00-\u9fff]{2}/.test(before);
        if (when && (when.index <= Math.max(2, lead) || namesNoOne)) {
          ownerEnd = ownerStart + c.index;
          break;
        }
      }
    } else {
      const by = BY_WHOM.exec(t);
      // `…數據（資訊科 Ken哥 黃志堅，11月15日前完成）`: who and when in brackets at the item's end.
      const bracket = by ? null : BRACKET_CREDIT.exec(t);
      if (bracket && ['person', 'role'].includes(judgeOwner(bracket[1])) && findTime(bracket[2], { reference: options.now })) {
        ownerStart = bracket.index + bracket[0].indexOf(bracket[1]);
        ownerEnd = ownerStart + bracket[1].length;
      }
      const credit = by || ownerStart >= 0 ? null : CREDIT.exec(t) ?? CREDIT_LAST.exec(t);
      if (ownerStart < 0 && by) {
        ownerStart = by.index + by[0].indexOf(by[1]);
        ownerEnd = ownerStart + by[1].length;
      } else if (ownerStart < 0 && credit && ['person', 'role'].includes(judgeOwner(credit[1]))) {
        ownerStart = credit.index + credit[0].indexOf(credit[1]);
        ownerEnd = ownerStart + credit[1].length;
      } else if (ownerStart < 0) {
        // A checklist item assigned with a mention: `- [ ] 上线查询页 @王磊 1月23日前`.
        const at = MENTION.exec(t);
        if (at) {
          ownerStart = at.index + at[0].indexOf('@');
          ownerEnd = ownerStart + at[2].length + 1;
        }
      }
    }
    if (ownerStart >= 0) {
      while (ownerEnd > ownerStart && /[\s，,]/.test(t[ownerEnd - 1])) ownerEnd--;
      // `[Owner: Marcus Webb]`, `（負責：排班 李俊傑）`: the bracket that closes the field is not the name's.
      if (/[\])）】]/.test(t[ownerEnd - 1] ?? '') && !/[\[(（【]/.test(t.slice(ownerStart, ownerEnd - 1))) ownerEnd--;
      // `Owner: Gareth Evans.`: the full stop ends the sentence, not the name.
      if (ownerEnd - ownerStart > 2 && t[ownerEnd - 1] === '.' && /\p{Ll}/u.test(t[ownerEnd - 2])) ownerEnd--;
      while (ownerStart < ownerEnd && /\s/.test(t[ownerStart])) ownerStart++;
      action.ownerSlot = span(u.start + ownerStart, u.start + ownerEnd);
      const verdict = judgeOwner(t.slice(ownerStart, ownerEnd));
      if (namesSomeone(verdict)) action.owner = action.ownerSlot;
      else if (verdict === 'collective') action.collectiveOwner = action.ownerSlot;
    }
    if (!action.owner) ownerInText(action, t, u.start);
    // Deadline: after a label, else anywhere in the unit (outside the owner slot).
    // `… — Owner: Priya Raman — By: Mar 6`: `By:` is a deadline field only among fields set apart by dashes
    // (`Prepared by: Grace Okafor` names a person).
    const dl = DEADLINE_LABEL.exec(t) ?? /\s[—–]\s*by\s*[:：]/i.exec(t);
    if (dl) {
      const s = dl.index + dl[0].length;
      const rest = t.slice(s);
      const stop = rest.search(/[；;。\n]|\s[—–]\s|(?:责任人|責任人|负责人|負責人|衡量指标|衡量指標|指标|指標|owner)\s*[:：]/i);
      let e = s + (stop === -1 ? rest.length : stop);
      let b = s;
      while (e > b && /[\s，,]/.test(t[e - 1])) e--;
      while (b < e && /\s/.test(t[b])) b++;
      action.deadlineSlot = span(u.start + b, u.start + e);
      setDeadline(action, t.slice(b, e), u.start + b, true);
    } else {
      const masked = ownerStart >= 0 ? t.slice(0, ownerStart) + ' '.repeat(ownerEnd - ownerStart) + t.slice(ownerEnd) : t;
      setDeadline(action, masked, u.start, false);
    }
    const ind = /(?:衡量指标|衡量指標|指标|指標|目标|目標|measure|indicator|KPI)\s*[:：]\s*([^；;。\n]+)/i.exec(t);
    if (ind) action.indicator = span(u.start + ind.index + ind[0].indexOf(ind[1]), u.start + ind.index + ind[0].length);
    return action;
  }

  /**
   * The owner named anywhere in the action's words (`由质检组长王芳整理…`, `…，方敏每日核对`,
   * `Tom Aldridge will hire…`) when no slot names one: a person or a role outweighs a collective slot.
   */
  function ownerInText(action: PlanAction, t: string, offset: number): void {
    const agent = findAgent(t);
    if (!agent) return;
    action.owner = span(offset + agent.start, offset + agent.end);
    action.ownerSlot ??= action.owner;
    delete action.collectiveOwner;
  }

  function setDeadline(action: PlanAction, slot: string, offset: number, isSlot: boolean): void {
    if (isSlot && isBlank(slot)) return;
    const time = findTime(slot, { reference: options.now, slot: isSlot });
    if (time) {
      const s = offset + time.index;
      action.deadline = { text: time.text, kind: time.kind, isoDate: time.isoDate, range: lines.range(s, s + time.text.length) };
    } else if (isSlot) {
      // A word in the deadline slot that is not a time is a vague deadline (corpus convention).
      const s = offset + (slot.length - slot.trimStart().length);
      action.deadline = { text: slot.trim(), kind: 'vague', range: lines.range(s, s + slot.trim().length) };
    }
  }

  // ── Tables ────────────────────────────────────────────────────────────────────────────────────
  function visitTable(table: Table, sec: number): void {
    const rows = table.children;
    if (!rows.length) return;
    const part = sec >= 0 ? parts[sec] : undefined;
    const header = rows[0].children.map((c) => foldWidth(toString(c)).trim());
    const col = (re: RegExp, except?: number[]) => header.findIndex((h, i) => re.test(h) && !(except ?? []).includes(i));
    const cellText = (r: number, c: number) => (c >= 0 && rows[r].children[c] ? toString(rows[r].children[c]).trim() : '');
    /** The cell's text between its pipes, trimmed; an empty cell gives its blank (for a fix to fill). */
    const cellSpan = (r: number, c: number): { start: number; end: number } | undefined => {
      const cell = rows[r].children[c];
      if (!cell?.position) return undefined;
      let s = cell.position.start.offset!;
      let e = cell.position.end.offset!;
      if (text[s] === '|') s++;
      if (e - 1 > s && text[e - 1] === '|' && text[e - 2] !== '\\') e--;
      const inner = { start: s, end: e };
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /\s/.test(text[e - 1])) e--;
      return s < e ? { start: s, end: e } : inner;
    };
    const rowRange = (r: number) => lines.range(rows[r].position!.start.offset!, rows[r].position!.end.offset!);
    if (sec >= 0) stats[sec].items += rows.length - 1;

    const firstCol = rows.slice(1).map((_, i) => foldWidth(cellText(i + 1, 0)));
    const phaseCol = col(PHASE_COLUMN);
    const phaseRows = firstCol.filter((c) => PHASE_LABEL.test(headingName(c))).length;
    const isPhaseTable = ctx.type !== 'workflow' && ctx.type !== 'summary' && ((phaseCol >= 0 && phaseCol <= 1) || (part === 'phases' && phaseRows >= 1) || phaseRows >= 2);
    // A RACI table (`| Action | R | A | C | I |`): the one Accountable answers for the action, the
    // Responsible often being a team.
    const raci = col(/^\W*(?:R|responsible)\W*$/i) >= 0 && col(/^\W*(?:C|consulted)\W*$/i) >= 0;
    const accountableCol = raci ? col(/^\W*(?:A|accountable)\W*$/i) : -1;
    const ownerCol = accountableCol >= 0 ? accountableCol : col(/责任人|責任人|负责人|負責人|牵头|牽頭|承办|承辦|执行人|執行人|主责|主責|主办|主辦|主导|主導|负责单位|負責單位|owner|responsible|accountable|assignee|lead\b|^\W*who\b/i);
    let deadlineCol = col(/截止|完成时间|完成時間|完成期限|完成日期|期限|时间节点|時間節點|时限|時限|deadline|due|by when|^\W*when\b|target date|time limit/i);
    // A column headed `By` beside an owner column is the deadline when its cells are times (`| Action | Owner |
    // By |` over `W18`, `31 May`, `ASAP`); alone it may say who, or date a timeline that is no action table.
    if (deadlineCol < 0 && ownerCol >= 0) {
      const by = col(/^\W*by\W*$/i);
      const cells = by >= 0 ? rows.slice(1).map((_, i) => cellText(i + 1, by)).filter((c) => !isBlank(c)) : [];
      if (cells.length && cells.every((c) => findTime(c, { reference: options.now }))) deadlineCol = by;
    }
    // Columns that are periods of a Gantt chart: W1 … W12, 第1周, Week 3, 1月 … 12月, Q1 … Q4.
    const ganttCols = header.map((h, i) => (i > 0 && GANTT_COLUMN.test(h) ? i : -1)).filter((i) => i >= 0);
    const timeCol = deadlineCol >= 0 ? deadlineCol : col(/时间|時間|日期|起止|期间|期間|时段|時段|周期|週期|周次|週次|月份|期程|时程|時程|time|timing|timeline|schedule|date|when|period|window|weeks?\b/i);
    const indicatorCol = col(/阶段指标|階段指標|指标|指標|目标|目標|衡量|成效|验收|驗收|完成标准|完成標準|里程碑|检查点|檢查點|indicator|target|kpi|measure\b|metric|success|how we (?:know|measure)|done when|exit criteri|acceptance|milestone|checkpoint/i, [phaseCol, 0]);
    const categoryCol = col(/类别|類別|分类|分類|类型|類型|性质|性質|category|type/i);

    // Problem categories given as a table column.
    if (categoryCol >= 0 && (part === 'problems' || part === 'feedback') && sec >= 0) {
      stats[sec].categories += rows.length - 1;
      for (let r = 1; r < rows.length; r++) {
        const sp = cellSpan(r, categoryCol);
        if (sp) model.problemCategories.push(mention(sp.start, sp.end));
      }
    }

    for (let r = 1; r < rows.length; r++) {
      const rowStart = rows[r].position!.start.offset!;
      const rowEnd = rows[r].position!.end.offset!;
      const rowText = plain(text.slice(rowStart, rowEnd));
      scanMechanisms({ text: rowText, start: rowStart, section: sec, part, topLevelItem: true });
      if (part === 'problems' && categoryCol < 0) model.problemItems.push(mention(rowStart, rowEnd));
      if (sec >= 0) stats[sec].numbers += numbersIn(rowText).length;
    }

    // KPI rows: the first cell names a KPI; the header says which column is actual, target, baseline.
    const kpiRows = firstCol.map((c) => kpiKeyOf(c));
    // `| 類別 | 宗數 | 佔比 |`: a table of categories (of complaints, of enquiries) counts cases by kind; a row
    // named like a KPI (`輪候時間及流程 Waiting time`) is a kind of complaint, not the KPI's figure.
    const categoryTable = /^\W*(?:类别|類別|分类|分類|类型|類型|category|categories|theme|themes)\W*$/i.test(header[0] ?? '');
    // Its rows still name the KPIs the document speaks of: `missing-kpi` asks for evidence of absence, and
    // a category headed `輪候時間` is not that evidence.
    if (categoryTable) kpiRows.forEach((k) => k && mentioned.add(k));
    if (kpiRows.filter(Boolean).length >= 1 && !isPhaseTable && !categoryTable) {
      const kinds = kpiColumnKinds(header, ctx.period);
      for (let r = 1; r < rows.length; r++) {
        const key = kpiRows[r - 1];
        if (!key) continue;
        mentioned.add(key);
        // Milestones, actions, and an SOP's time limits (`在线首次响应 | 20 秒内`) are not the period's figures.
        if (part === 'phases' || part === 'measures' || part === 'time-limits' || part === 'steps') continue;
        for (let c = 1; c < header.length; c++) {
          let kind = kinds[c];
          if (!kind) continue;
          if (kind === 'actual' && planLike) kind = 'baseline';
          const sp = cellSpan(r, c);
          if (!sp) continue;
          const cell = foldWidth(text.slice(sp.start, sp.end));
          const nums = numbersIn(cell);
          if (nums.length !== 1) continue;
          const unit = nums[0].unit ?? unitFromLabel(firstCol[r - 1]) ?? unitFromLabel(header[c]);
          const s = sp.start + nums[0].index;
          // `咨询量（万通）| 286.0`: the label carries the ten-thousands.
          const wan = /[（(][^）)]*[万萬]/.test(firstCol[r - 1]) && !/[万萬]/.test(nums[0].raw);
          const value = wan ? nums[0].value * 1e4 : nums[0].value;
          model.kpis.push({ key, label: cellText(r, 0), kind, value, unit, source: 'body', range: lines.range(s, s + nums[0].raw.length), raw: wan ? nums[0].raw + '万' : nums[0].raw });
        }
      }
    }

    if (isPhaseTable) {
      for (let r = 1; r < rows.length; r++) {
        const name = cellText(r, phaseCol >= 0 ? phaseCol : 0);
        const phase: Phase = { name, range: rowRange(r), form: 'table' };
        if (indicatorCol >= 0) {
          const sp = cellSpan(r, indicatorCol);
          if (sp && !isBlank(cellText(r, indicatorCol))) phase.indicator = span(sp.start, sp.end);
        } else {
          for (let c = 0; c < header.length; c++) {
            const sp = cellSpan(r, c);
            if (sp && c !== timeCol && isMeasurable(cellText(r, c))) phase.indicator = span(sp.start, sp.end);
          }
        }
        const timeCells = timeCol >= 0 ? [timeCol] : [];
        timeCells.push(phaseCol >= 0 ? phaseCol : 0);
        for (const c of timeCells) {
          const sp = cellSpan(r, c);
          if (!sp || phase.timeNode) continue;
          const t = findTime(cellText(r, c), { reference: options.now, slot: c === timeCol });
          const raw = text.slice(sp.start, sp.end);
          if (t && t.kind !== 'vague') {
            const at = raw.indexOf(t.text);
            const s = at >= 0 ? sp.start + at : sp.start;
            phase.timeNode = { text: t.text, kind: t.kind, isoDate: t.isoDate, range: lines.range(s, s + t.text.length) };
          }
        }
        model.phases.push(phase);
      }
      return;
    }

    // Action tables: a column for the owner or the deadline, outside workflow steps and mechanisms.
    const actionHeader = col(/措施|举措|舉措|行动|行動|任务|任務|工作|事项|事項|项目|項目|内容|內容|改进|改進|改善|action|task|initiative|improvement|what/i);
    // In the actions part, a column of actions beside a column of times (`| 行動 | 時間 |`) is an action
    // table even with no owner column: its time column gives each row's deadline.
    const dueCol = deadlineCol >= 0 ? deadlineCol : part === 'measures' && actionHeader >= 0 && timeCol >= 0 && timeCol !== actionHeader ? timeCol : -1;
    // Under a procedure's steps, a table with an owner and a dated deadline (`| Improvement | Lead | By when |`,
    // not a step's `时限`) lists improvements to make: actions.
    const dated = deadlineCol >= 0 && ownerCol >= 0 && /截止|完成时间|完成時間|完成日期|deadline|due|by when|target date/i.test(header[deadlineCol]);
    if ((ownerCol < 0 && dueCol < 0) || (part && NOT_ACTION_PARTS.includes(part) && part !== 'goals' && !(part === 'steps' && dated))) return;
    // `| KR | 基线 | Q2 目标 | 第6周 | KR 负责人 |`: rows of KPIs beside a target column are targets with their
    // owners (key results), not actions to date.
    if (kpiRows.filter(Boolean).length * 2 >= rows.length - 1 && header.some((h) => /目标|目標|target|goal/i.test(h))) return;
    // Without a header that says so, the actions are in the first column that is no row number (`序号`, `#`, `Ref`).
    const actionCol = actionHeader >= 0 ? actionHeader : Math.max(0, header.findIndex((h, i) => i !== ownerCol && i !== dueCol && !/^\W*(?:序号|序號|编号|編號|项次|項次|#|no\.?|ref|id)?\W*$/i.test(h)));
    // A row its status column reports done (`Completed 14 June 2024`, `已完成`) is past work, not an action to come.
    const statusCol = col(/^\W*(?:status|progress|状态|狀態|进度|進度|进展|進展|完成情况|完成情況)\W*$/i);
    for (let r = 1; r < rows.length; r++) {
      const rowStart = rows[r].position!.start.offset!;
      if (statusCol >= 0 && DONE_STATUS.test(cellText(r, statusCol))) continue;
      const action: PlanAction = { text: cellText(r, actionCol).slice(0, 120), range: rowRange(r), form: 'table' };
      if (!action.text && rows[r].children.every((_, c) => isBlank(cellText(r, c)))) continue;
      // A row that continues the one above (its first cell left empty, as merged cells paste): the
      // action is named by its first filled cell.
      if (!action.text) action.text = (rows[r].children.map((_, c) => cellText(r, c)).find((c, i) => i !== ownerCol && i !== dueCol && !isBlank(c)) ?? '').slice(0, 120);
      if (ownerCol >= 0) {
        const sp = cellSpan(r, ownerCol) ?? { start: rowStart, end: rowStart };
        action.ownerSlot = span(sp.start, sp.end);
        const verdict = judgeOwner(cellText(r, ownerCol));
        if (namesSomeone(verdict)) action.owner = action.ownerSlot;
        else if (verdict === 'collective') action.collectiveOwner = action.ownerSlot;
      }
      // `| 由质检组长王芳整理话术库 |  | 3月底 |`: the action's own words name who does it.
      if (!action.owner) {
        const sp = cellSpan(r, actionCol);
        if (sp) ownerInText(action, plain(text.slice(sp.start, sp.end)), sp.start);
      }
      if (dueCol >= 0) {
        const sp = cellSpan(r, dueCol) ?? { start: rowStart, end: rowStart };
        action.deadlineSlot = span(sp.start, sp.end);
        setDeadline(action, plain(text.slice(sp.start, sp.end)), sp.start, true);
      } else if (ganttCols.length >= 3) {
        // A Gantt table: the action is due in the last period column marked in its row (■, ★, ✓ …).
        const last = [...ganttCols].reverse().find((c) => !isBlank(cellText(r, c)));
        const sp = last !== undefined ? cellSpan(r, last) : undefined;
        if (last !== undefined && sp) action.deadline = { text: header[last], kind: 'period', range: lines.range(sp.start, sp.end) };
      } else {
        setDeadline(action, plain(rowTextWithout(r, ownerCol)), rowStart, false);
      }
      if (indicatorCol >= 0 && !isBlank(cellText(r, indicatorCol))) {
        const sp = cellSpan(r, indicatorCol);
        if (sp) action.indicator = span(sp.start, sp.end);
      }
      model.actions.push(action);
    }

    function rowTextWithout(r: number, skip: number): string {
      const rowStart = rows[r].position!.start.offset!;
      let s = text.slice(rowStart, rows[r].position!.end.offset!);
      const sp = skip >= 0 ? cellSpan(r, skip) : undefined;
      if (sp) s = s.slice(0, sp.start - rowStart) + ' '.repeat(sp.end - sp.start) + s.slice(sp.end - rowStart);
      return s;
    }
  }

  function documentHeader(u: Unit): boolean {
    if (!ctx.opensDocument || u.part) return false;
    if (u.section > 0 || (u.section === 0 && headings[0].depth !== 1)) return false;
    return u.text.split('\n').some((line) => {
      const l = line.trimStart().replace(/^(?:[-*+]\s+|\*\*|__)/, '');
      return PLAN_OWNER_LABEL.test(l) || RECORD_FIELD.test(l);
    });
  }

  // ── Mechanisms, analysis, KPIs in prose ───────────────────────────────────────────────────────
  function scanMechanisms(u: Unit): void {
    const t = u.text;
    const a = ANALYSIS.exec(t);
    if (a) model.analysis.push(mention(u.start + a.index, u.start + a.index + a[0].length));
    // A summary's parts describe the past; a plan's evaluation part says how the plan will be checked.
    if (u.part && SUMMARY_PARTS.includes(u.part) && !(u.part === 'evaluation' && ctx.type === 'plan')) return;
    const monitor = new RegExp(MONITORING.source, 'gi');
    for (let mon; (mon = monitor.exec(t)); ) {
      const around = t.slice(Math.max(0, mon.index - 6), mon.index + mon[0].length + 4);
      if (NOT_MONITORING.test(around)) continue;
      model.monitoring.push(mention(u.start + mon.index, u.start + mon.index + mon[0].length));
      break;
    }
    const loop = LOOP.exec(t);
    if (loop) model.loops.push(mention(u.start + loop.index, u.start + loop.index + loop[0].length));
  }

  function scanKpis(u: Unit): void {
    const t = u.text;
    if (INQUIRY_VOLUME.test(t)) mentioned.add('inquiries');
    const found = kpisInProse(t);
    for (const f of found) mentioned.add(f.key);
    // Only the data part (actuals) and goals (targets) are compared with the frontmatter:
    // phase milestones and narrower sub-metrics in actions are not the same figure.
    const isTarget = u.part === 'goals' || (u.part !== 'data' && GOAL_LEAD.test(t.trimStart())) || (u.part === 'measures' && /目标|目標/.test(t) && !OWNER_LABEL.test(t));
    // `平均回應時間：58 秒（目標 40 秒）`: a target in brackets after the figure leaves the figure an actual.
    // The target is judged clause by clause: `投诉率本月为 0.52%，未达到 0.5% 的目标` states an actual and then
    // the target it missed; `满意度目标 95%` states a target.
    const isActual = u.part === 'data';
    if (!isTarget && !isActual) return;
    // A summary-plan's goals for another period (`## Q4 goals` in a Q3 review) are not the
    // frontmatter's targets, which belong to the document's period.
    // The period may be named a level up (`## 三、2026年工作计划` over `### （一）工作目标` in a 2025 summary).
    if (isTarget && ctx.period && (ctx.otherPeriod?.[u.section] ?? otherPeriod(headings[u.section]?.title ?? '', ctx.period))) return;
    for (const f of found) {
      if (f.notLevel) continue;
      // `各月進線量：10月8,420通…`, `九月…首次回覆時間去到6.2小時`: a month's figure in a longer period's document.
      if (monthOfFigure(t, f.nameIndex, f.value.index + f.value.raw.length, ctx.period)) continue;
      if (!isTarget && TARGET_WORD.test(clauseOf(t, f.nameIndex, f.value.index + f.value.raw.length).replace(/[（(][^（()）\n]{0,40}[）)]/g, ''))) continue;
      const kind: KpiValue['kind'] = isTarget ? 'target' : planLike ? 'baseline' : 'actual';
      const s = u.start + f.value.index;
      model.kpis.push({ key: f.key, label: f.label, kind, value: f.value.value, unit: f.value.unit, source: 'body', range: lines.range(s, s + f.value.raw.length), raw: f.value.raw });
    }
  }

  model.mentioned = [...mentioned];
  return model;
}

const TARGET_WORD = /目标|目標|target/i;
const CLAUSE_END = /[，。；;！？!?\n]|[,.](?=\s)/;

/** The clause of `text` holding `from`–`to`: from the punctuation before it to the punctuation after it. */
function clauseOf(text: string, from: number, to: number): string {
  let start = 0;
  const before = new RegExp(CLAUSE_END.source, 'g');
  for (let m; (m = before.exec(text)) && m.index < from; ) start = m.index + 1;
  const end = CLAUSE_END.exec(text.slice(to));
  return text.slice(start, end ? to + end.index : text.length);
}

/** A chunk's findings in document positions: moved (a copy), unless the chunk starts the document and `copy` is false. */
export function placeChunkModel(found: ChunkModel, chunk: { line: number; start: number }, copy: boolean): ChunkModel {
  return chunk.start === 0 && chunk.line === 0 && !copy ? found : shiftPositionsIn(found, chunk.line, chunk.start);
}

/**
 * A deep copy of `value` with every position moved `lines` down and `offset` right. Objects shared
 * between properties of one object (a plan action's owner is its owner slot) stay shared.
 */
export function shiftPositionsIn<T>(value: T, lines: number, offset: number): T {
  const copy = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      const out = new Array(v.length);
      for (let i = 0; i < v.length; i++) out[i] = copy(v[i]);
      return out;
    }
    const o = v as Record<string, unknown>;
    if (typeof o.offset === 'number' && typeof o.line === 'number' && typeof o.column === 'number') return { line: o.line + lines, column: o.column, offset: o.offset + offset };
    const out: Record<string, unknown> = {};
    let from: unknown[] | undefined;
    let to: unknown[] | undefined;
    for (const k in o) {
      const x = o[k];
      if (x !== null && typeof x === 'object') {
        const at = from ? from.indexOf(x) : -1;
        if (at >= 0) out[k] = to![at];
        else {
          out[k] = copy(x);
          (from ??= []).push(x);
          (to ??= []).push(out[k]);
        }
      } else out[k] = x;
    }
    return out;
  };
  return copy(value) as T;
}

/** Whether a heading names a period (`Q4 goals`, `2027 年目标`, `下半年计划`) that is not the document's. */
/** A month named in prose (`10月`, `九月`, `in March`); not a period's end (`9月底`, `截至12月`, `by end of March`). */
const MONTH_IN_PROSE = /(?<![\d年/.-])(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?![底末止]|[至到-])|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b(?!\s*[-–—]\s*\w)/gi;
const PART_OF_YEAR_IN_PROSE = /第\s*[1-4一二三四]\s*季度?|(?<![A-Za-z])Q[1-4](?!\d)|[上下]半年|(?<![A-Za-z])H[12](?!\d)/g;
const PERIOD_END_BEFORE = /(?:截至|截止|至|到|as of|by(?: the)? end of|end of|until|through)\s*$/i;

/**
 * Whether the sentence of a prose figure names one month of a longer document's period: the figure
 * is that month's, not the period's (issue 13: a figure is compared only when its period is the
 * document's). With no period known, any month named makes the figure ambiguous, and so not compared.
 */
const WEEK_IN_PROSE = /第\s*[一二三四五六七八九十\d]{1,2}\s*[周週]|[当當本该該首末]\s*[周週](?![年期])|\bW\s?\d{1,2}\b|\bweek\s+\d{1,2}\b/i;

function monthOfFigure(t: string, nameIndex: number, valueEnd: number, period: MonthSpan | undefined): boolean {
  const from = Math.max(t.lastIndexOf('。', nameIndex), t.lastIndexOf('\n', nameIndex), t.lastIndexOf('. ', nameIndex)) + 1;
  const sentence = foldWidth(t.slice(from, valueEnd));
  // `当周投诉率升到1.21%`, `第2周起…响应时间回落到20秒`, `Week 3 AHT`: a week's figure in a longer period's document.
  if (WEEK_IN_PROSE.test(sentence)) return true;
  // `各季滿意度分別為第1季 91.8%…`, `Q3 CSAT`: a quarter's or a half's figure in a longer period's document.
  if (period && period.end - period.start >= 3) {
    for (const q of sentence.matchAll(PART_OF_YEAR_IN_PROSE)) {
      const span = spanOfPeriodWords(q[0], Math.floor(period.start / 12));
      if (span && span.end - span.start < period.end - period.start) return true;
    }
  }
  MONTH_IN_PROSE.lastIndex = 0;
  for (let m; (m = MONTH_IN_PROSE.exec(sentence)); ) {
    if (/^may$/i.test(m[0]) && !/[A-Z]/.test(m[0][0])) continue; // the verb `may`
    if (PERIOD_END_BEFORE.test(sentence.slice(Math.max(0, m.index - 14), m.index))) continue;
    const span = spanOfPeriodWords(m[0], period ? Math.floor(period.start / 12) : 0);
    if (!span) continue;
    if (period && period.end === period.start && samePeriod(span, period)) continue;
    return true;
  }
  return false;
}

/** Whether a heading names the period after the document's (`下月…`, `12月…` in a November summary, `2026年…` in 2025's). */
function laterPeriod(name: string, period: MonthSpan | undefined): boolean {
  if (NEXT_PERIOD.test(name)) return true;
  if (!period) return false;
  const s = foldWidth(name);
  const named = periodInText(s);
  if (named) return named.start > period.end;
  // A month without its year is the document's year, or the next when it comes round again (`1月` in a December summary).
  const m = /(?<![\d年/.-])(1[0-2]|0?[1-9])\s*月(?![底末]|[至到-])/.exec(s);
  const month = m ? spanOfPeriodWords(m[0], Math.floor(period.start / 12)) : undefined;
  if (!month) return false;
  const start = month.start > period.end ? month.start : month.start + 12;
  return start > period.end && start - period.end <= 3;
}

function otherPeriod(title: string, period: MonthSpan): boolean {
  const m = /(?:(?:19|20)\d{2}\s*年?\s*)?(?:Q[1-4]|H[12]|[上下]半年|第?[一二三四1-4]\s*季度?)|(?:19|20)\d{2}\s*年?/i.exec(foldWidth(title));
  // Without a Gregorian year, a ROC year (`伍、115年度目標`) still names a period.
  const named = m ? spanOfPeriodWords(m[0], Math.floor(period.start / 12)) : /(?<!\d)1[0-2]\d\s*年/.test(foldWidth(title)) ? periodInText(title) : undefined;
  return !!named && !(named.start >= period.start && named.end <= period.end);
}

function unitFromLabel(label: string): KpiValue['unit'] | undefined {
  const s = foldWidth(label);
  if (/[（(]\s*(秒|s|sec)/i.test(s)) return 's';
  if (/[（(]\s*(分钟|分鐘|min)/i.test(s)) return 'min';
  if (/[（(]\s*(小时|小時|h|hours?)/i.test(s)) return 'h';
  // `(天)`, `(working days)`, `（工作日）`.
  if (/[（(]\s*(?:working\s+|business\s+|calendar\s+)?(天|日|d|days?|工作日)/i.test(s)) return 'd';
  if (/%|率|滿意度|满意度/.test(s)) return '%';
  return undefined;
}

/** An item that names a topic and describes it: `客户服务内容：主要包括…`, `Scope: covers…`. */
/** An item's label after its numbering: `客户服务内容：` (up to 16 characters), `值班安排：` (a short one, up to 12). */
const ITEM_LABEL = /^[\s\-*+>\d.、)）(（一二三四五六七八九十]*[^：:，,。；;\n]{1,16}[：:]\s*/;
const SHORT_ITEM_LABEL = /^[\s\-*+>\d.、)）(（一二三四五六七八九十]*[^：:，,。；;\n]{1,12}[：:]\s*/;

/** The words after an item's label, or undefined when it has none. */
function afterLabel(t: string, label: RegExp): string | undefined {
  const f = foldWidth(t);
  const m = label.exec(f);
  return m ? f.slice(m[0].length) : undefined;
}

/** `值班安排：客服团队应根据…`: a labelled standing rule of the work (its first clause says how work is always done). */
function standingRule(t: string): boolean {
  const body = afterLabel(t, SHORT_ITEM_LABEL);
  return body !== undefined && STANDING_RULE.test(body.split(/[，,。；;]/)[0]);
}

function describesTopic(t: string): boolean {
  const body = afterLabel(t, ITEM_LABEL);
  return body !== undefined && DESCRIPTION_LEAD.test(body);
}

function categoryLabel(t: string, raw = t): boolean {
  const s = foldWidth(t).trimStart();
  const m =
    // A bold lead is a label whatever ends it: `**（一）流程类问题。** 大件垃圾预约后…`, `**Process.** …`.
    /^\s*(\*\*|__)\s*(?:[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|\d+[.、)）]|[一二三四五六七八九十]+、)?\s*([^*_\n]{1,14}?)\s*[：:。.]?\s*\1/.exec(foldWidth(raw))?.slice(1) ??
    /^(?:[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|\d+[.、)）]|[一二三四五六七八九十]+、)?\s*([^：:，。,\n]{1,14}?)\s*[：:]/.exec(s) ??
    // A numbered label alone on its line, over the problems of its group: `（一）流程问题`, `(2) Communication`.
    /^(?:[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|\d+[.、)）]|[一二三四五六七八九十]+、)\s*([^：:，。,；;\n]{1,14}?)\s*$/.exec(s.trimEnd());
  if (!m) return false;
  const label = m[m.length - 1];
  return PROBLEM_CATEGORY.test(label) && !KPI_PATTERNS.some(([, re]) => re.test(label));
}

function scanSuppressions(lines: LineIndex): DocumentModel['suppressions'] {
  const out: DocumentModel['suppressions'] = [];
  const open = new Map<string, number>();
  const re = /<!--\s*csplan-(disable-next-line|disable-line|disable|enable)((?:\s+[\w*-]+)*)\s*-->/g;
  const text = lines.text;
  if (!text.includes('csplan-')) return out;
  for (let m; (m = re.exec(text)); ) {
    const line = lines.position(m.index).line;
    const rules = m[2].trim() ? m[2].trim().split(/\s+/) : ['*'];
    for (const rule of rules) {
      if (m[1] === 'disable-next-line') out.push({ rule, fromLine: line + 1, toLine: line + 1 });
      else if (m[1] === 'disable-line') out.push({ rule, fromLine: line, toLine: line });
      else if (m[1] === 'disable') {
        if (!open.has(rule)) open.set(rule, line);
      } else {
        // enable: closes the matching disable, or all of them for a bare enable.
        for (const [r, from] of [...open]) {
          if (rule === '*' || r === rule) {
            out.push({ rule: r, fromLine: from, toLine: line });
            open.delete(r);
          }
        }
      }
    }
  }
  for (const [rule, from] of open) out.push({ rule, fromLine: from, toLine: Number.MAX_SAFE_INTEGER });
  return out;
}

function inferType(model: DocumentModel, titleHeading: HeadingBlock | undefined): DocType {
  const declared = model.frontmatter?.data?.type;
  if (typeof declared === 'string') {
    const d = declared.trim().toLowerCase().replace(/[_\s]+/g, '-');
    const alias: Record<string, DocType> = { 'summary-and-plan': 'summary-plan', 'summary+plan': 'summary-plan', sop: 'workflow', 总结: 'summary', 總結: 'summary', 计划: 'plan', 計畫: 'plan', 計劃: 'plan', 总结与计划: 'summary-plan', 流程: 'workflow' };
    const t = (DOC_TYPES as readonly string[]).includes(d) ? (d as DocType) : alias[d];
    if (t) {
      model.typeSource = 'frontmatter';
      model.typeEvidence = 'frontmatter';
      return t;
    }
  }
  const title = titleHeading?.title ?? '';
  const fmTitle = typeof model.frontmatter?.data?.title === 'string' ? (model.frontmatter.data.title as string) : '';
  // `Actions from the April Operations Review`, `会议纪要：季度复盘会`: the meeting's name is not the
  // document's type; what the title says the document is (actions, minutes, notes) fixes none.
  const t = `${fmTitle} ${title}`.replace(MEETING_RECORD_TITLE, ' ');
  const parts = new Set(model.sections.map((s) => s.part));
  const hasSummary = SUMMARY_TITLE.test(t);
  const hasPlan = PLAN_TITLE.test(t);
  model.typeEvidence = hasSummary || hasPlan || WORKFLOW_TITLE.test(t) ? 'title' : 'parts';
  if (WORKFLOW_TITLE.test(t) && !hasSummary && !hasPlan) return 'workflow';
  if (hasSummary && hasPlan) return 'summary-plan';
  // A title that names a summary and no plan (年终总结, 述职报告) makes a summary: its next-year goals or
  // follow-ups are part of the summary, not a plan that must have every plan part.
  if (hasSummary) return 'summary';
  // A plan states the problems it answers (計畫緣起, 問題與原因); only feedback or data besides them
  // make it a summary too.
  if (hasPlan) return parts.has('feedback') || (parts.has('problems') && parts.has('data')) ? 'summary-plan' : 'plan';
  const summaryParts = parts.has('problems') || parts.has('feedback') || parts.has('data');
  const planParts = parts.has('goals') || parts.has('measures') || parts.has('phases');
  if (parts.has('steps') && !summaryParts && !planParts) return 'workflow';
  // As with a plan's title: the problems a plan answers do not make it a summary; its data or feedback do.
  if (summaryParts && planParts) return parts.has('feedback') || parts.has('data') ? 'summary-plan' : 'plan';
  if (planParts) return 'plan';
  if (!summaryParts) model.typeEvidence = 'none';
  return 'summary';
}
