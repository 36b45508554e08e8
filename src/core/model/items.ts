// What a plan's item is: an action to own and date, an indicator (a target value), a mechanism (a
// recurring review or check), a phase labelled by its period, or a project written as a bold title
// with its fields below. Only actions are asked for an owner and a deadline (domain.md: "Only an
// action for a coming period needs an owner and a deadline"); when the shape is unclear the item
// stays what it was, so nothing here adds a finding on its own.
import { foldWidth } from '../text';
import { findTime } from './time';
import {
  KPI_PATTERNS,
  LOOP,
  MECHANISM_ITEM_LABEL,
  METRIC_NOUN,
  METRIC_VALUE_LINK,
  MONITORING,
  NOT_MONITORING,
  DEADLINE_LABEL,
  ATTAINMENT_VERB,
  CREDENTIAL,
  DOING_VERB,
  OWNER_LABEL,
  PROJECT_BUDGET_FIELD,
  PROJECT_FIELD_LINE,
  PROJECT_TARGET_FIELD,
  PROJECT_TITLE,
  RECURRENCE,
  REVIEW_WORD,
} from './lexicon';

/** List marks and numbering in front of an item: `- `, `1.`, `（二）`, `②`, `a)`. */
const LEADING_MARK = /^[\s\-*+>•·]*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.、．)）]\s*|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]\s*|[①-⑳❶-❿➀-➉➊-➓⑴-⒇]\s*|[a-h][.)]\s+)?/;
/** English verbs that start an action even when a metric follows (`Train agents to lift FCR to 80%`). */
const ACTION_VERB_START = /^(?:launch|roll|build|set up|introduce|train|hire|recruit|deploy|implement|create|run|hold|start|update|rewrite|publish|add|move|migrate|pilot|replace|automate|integrate|redesign|design|develop|open|close|retire|extend|expand|consolidate|review|audit|survey|map|document|write|prepare|organi[sz]e|arrange|schedule|establish|define)\b/i;
/** Where a measuring word ends a metric's name (`…率`, `…时效`, `… score`). */
const METRIC_END = /率|时效|時效|时长|時長|时间|時間|用时|用時|占比|佔比|比例|满意度|滿意度|得分|评分|評分|分数|分數|指数|指數|水平|量|数|數|达成|達成/g;

function stripMark(raw: string): string {
  return foldWidth(raw).replace(LEADING_MARK, '').trim();
}

/** Ends of the metric names an item may start with: a KPI name, or a noun ending in a measuring word. */
function metricNameEnds(clause: string): number[] {
  const ends: number[] = [];
  for (const [, re] of KPI_PATTERNS) {
    const m = re.exec(clause);
    // At the start, or after a few English words that qualify it (`Average speed of answer`).
    if (m && (m.index <= 2 || (m.index <= 24 && /^[A-Za-z ]+$/.test(clause.slice(0, m.index))))) ends.push(m.index + m[0].length);
  }
  const noun = METRIC_NOUN.exec(clause);
  if (noun) ends.push(noun.index + noun[0].length);
  // `知识库覆盖率`, `客户满意度调查覆盖率`: every measuring word in the first words may end the name.
  const head = clause.slice(0, 16);
  for (let m; (m = METRIC_END.exec(head)); ) ends.push(m.index + m[0].length);
  METRIC_END.lastIndex = 0;
  return ends;
}

/**
 * An item that states a target value with a metric as its subject: `转派时效≤20分钟，达成率90%`,
 * `FCR ≥ 80%`, `首响 30 秒内占比 95%`, `CSAT: 85% or higher`. Its first clause starts with the
 * metric's name and gives its value; `measurable` decides whether that value measures something.
 */
export function isIndicatorItem(raw: string, measurable: (s: string) => boolean): boolean {
  const s = stripMark(raw);
  if (!s || ACTION_VERB_START.test(s)) return false;
  const clause = s.split(/[，,；;。]|\s[-–—]\s/)[0];
  if (clause.length > 60) return false;
  for (const end of metricNameEnds(clause)) {
    if (METRIC_VALUE_LINK.test(clause.slice(end)) && measurable(clause.slice(end))) return true;
  }
  return false;
}

/**
 * An item that describes a mechanism rather than an action: it is labelled as a recurring review or
 * check (`周例会：检查进度…`, `月度复盘：…`, `Weekly stand-up: …`), or, when it has no owner or
 * deadline label (`labelled`), it recurs and checks or reviews something (`每周一质检抽检 5%`,
 * `每月召开复盘会`, `Monthly QA calibration of 20 calls`).
 */
export function isMechanismItem(raw: string, labelled = false): boolean {
  const s = stripMark(raw);
  if (MECHANISM_ITEM_LABEL.test(s)) return true;
  if (labelled || !RECURRENCE.test(s)) return false;
  const mon = MONITORING.exec(s);
  const monitors = !!mon && !NOT_MONITORING.test(s.slice(Math.max(0, mon.index - 6), mon.index + mon[0].length + 4));
  return monitors || LOOP.test(s) || REVIEW_WORD.test(s);
}

/** An English subject before the verb: `We will`, `I'll`, `Priya to`, `The IT team will`. */
const EN_SUBJECT = /^(?:(?:[Ww]e|I|[Tt]hey|[Yy]ou)(?:\s+(?:will|shall|would|plan\s+to|intend\s+to|are\s+going\s+to|need\s+to|must))|[Ww]e['’]ll|I['’]ll|(?:[Tt]he\s+[\w&'-]+(?:\s+[\w&'-]+){0,3}|[A-Z][\w.'&-]*(?:\s+[A-Z(][\w.'&()-]*){0,3})\s+(?:will|to|shall|is\s+to|are\s+to))\s+/;
/** A name, then a verb in its third person (`Hannah rewrites…`, `The IT team updates…`): group 1 is the verb. */
const EN_NAME_VERB_S = /^(?:(?:[Tt]he\s+)?[A-Z][\w.'&-]*(?:\s+[A-Z][\w.'&-]*){0,2}|[Tt]he\s+[\w&'-]+(?:\s+[\w&'-]+){0,2})\s+([a-z]+s)\b/;
/** A short label before the action (`标准化：建立SOP…`, `Assembler no-show: rebook…`). */
const SHORT_LABEL = /^[^:：。.!?！？\n]{1,16}[:：]\s*/;
/** A short title sentence before the one that says what is done (`交车说明。由服务经理宋涛负责，推行…`). */
const TITLE_SENTENCE = /^[^。.!?！？\n]{1,20}[。.!?！？]\s*/;

function opensWithDoing(s: string): boolean {
  if (!s) return false;
  // Chinese, though it may open with a date or a figure (`2月底前製作…`, `3 个门店统一…`).
  if (/\p{Script=Han}/u.test(s.slice(0, 10))) {
    // Chinese puts a subject before the verb without a space (`各景点服务点统一…`, `二線技術支援蔡宗翰會整理…`):
    // a verb of doing early in the first clause.
    // A topic clause may come first (`櫃台回覆客人的個案，9月底前建立追蹤表`): the next clause's start then.
    const [first, second = ''] = s.split(/[，,；;。：:]/);
    return DOING_VERB.test(first.slice(0, 30)) || DOING_VERB.test(second.slice(0, 12));
  }
  // `Respond to…` opens with its verb; `Priya to own…` with its subject; `Hannah rewrites…` with a
  // name and the verb's -s. A commitment after an opening time (`At the end of Q2 we'll hold a
  // retro…`) is not enough: in fresh8 that was the plan's review, a mechanism, not an action.
  if ([s, s.replace(EN_SUBJECT, '')].some((w) => DOING_VERB.exec(w)?.index === 0)) return true;
  const third = EN_NAME_VERB_S.exec(s);
  // `rewrites` → rewrite, `fixes` → fix; whole words only (`is` is no verb of doing).
  return !!third && [third[1].slice(0, -1), third[1].slice(0, -2)].some((v) => DOING_VERB.exec(v)?.[0].length === v.length);
}

/**
 * Whether an item placed among a plan's actions says what will be done: it opens with a verb of
 * doing (`建立…`, `与收单银行建立…`, `Rewrite the script`, `We will hire…`), after a short label or a
 * short title sentence if it has one. A problem (`Assembler no-shows or late arrivals`), a title
 * (`Agent tools`), a note or a meeting's particulars do not: issue 13 asks for evidence before a
 * finding, and an item read as an action only by where it stands is asked for an owner and a deadline.
 */
export function saysWhatIsDone(raw: string): boolean {
  const s = stripMark(raw).replace(/^\[[ xX]\]\s*/, '').replace(/^(?:\*\*|__)/, '');
  if (opensWithDoing(s.replace(/^(?:\*\*|__)/g, ''))) return true;
  const plainS = s.replace(/\*\*|__/g, '');
  const label = SHORT_LABEL.exec(plainS);
  if (label && opensWithDoing(plainS.slice(label[0].length))) return true;
  const title = TITLE_SENTENCE.exec(plainS);
  if (title && opensWithDoing(plainS.slice(title[0].length))) return true;
  // `Library will officially adopt…`, `Senior Library Staff will research…`: a party named at the item's
  // head, then will and a verb (not `we will hold a retrospective`, a mechanism the plan describes).
  return /^[\s\-*+>•·]*(?:\d{1,2}\s*[.、)）]\s*)?(?!(?:We|I|You|They|It|This|That)\b)[A-Z][A-Za-z&-]*(?:\s+[A-Z][A-Za-z&-]*){0,3}\s+(?:will|shall)\s+(?:[a-z]+ly\s+)?(?!be\b|have\b|not\b)[a-z]{3,}\b/.test(plainS);
}

/**
 * A goal that is a milestone one can check off: it reaches something (`取得證書`, `考取日本語能力試N4`,
 * `Complete the Cert IV…`, `Become the team's champion`) by a stated time (`9月30日前`, `by the end of
 * June`) or reaches a credential (`證書`, `課程`, a level such as `N4`). Reached or not, it
 * needs no number (issue 13: the writer of fresh9 left such goals unlabelled as not clearly slogans).
 */
export function isMilestoneGoal(raw: string, now?: Date): boolean {
  const s = foldWidth(raw);
  const verb = ATTAINMENT_VERB.exec(s);
  if (!verb) return false;
  const when = findTime(s, { reference: now });
  if (when && when.kind !== 'vague' && when.kind !== 'recurring' && !/^\s*\d{3,4}\s*年?(?:度)?\s*$/.test(when.text)) return true;
  const rest = s.slice(verb.index + verb[0].length);
  // `考取日本語能力試N4`: a level's code is a credential too.
  return CREDENTIAL.test(rest) || /(?<![A-Za-z])[A-Z]\d(?!\d)/.test(rest);
}

/**
 * A project written as a title with its fields under it: a target, and a budget or resources
 * (`**项目一：智能质检上线**` then `目标：…；预计投入：…`), or a title that says "project" with a
 * target. `title` is the title's text, `body` the text of the lines under it.
 */
export function isProject(title: string, body: string): boolean {
  const t = stripMark(title);
  if (!t || t.length > 60) return false;
  const b = foldWidth(body);
  if (!PROJECT_TARGET_FIELD.test(b)) return false;
  return PROJECT_BUDGET_FIELD.test(b) || PROJECT_TITLE.test(t);
}

/**
 * Whether every line under a project's title that carries an owner or a deadline is one of the
 * project's fields (`负责：…`, `时间：…`). A line that is an action of its own (`1. 采购系统，
 * 责任人：…`) makes the lines under the title a list of actions, read one by one.
 */
export function projectFieldsOnly(body: string): boolean {
  for (const line of foldWidth(body).split(/\r\n|\r|\n/)) {
    if (!line.trim() || PROJECT_FIELD_LINE.test(line)) continue;
    if (OWNER_LABEL.test(line) || DEADLINE_LABEL.test(line)) return false;
  }
  return true;
}

/** A period that labels a phase line: `Q2`, `第三季度`, `下半年`, `H2`, `115年Q1`, `2027 年上半年`. */
const PERIOD = '(?:(?:\\d{3,4}\\s*年?\\s*)?(?:Q[1-4]|H[12]|第?\\s*[一二三四1-4]\\s*季度?|[上下]半年))';
/**
 * The period, a word for what the period is about, and a colon: `Q2重点：`, `H2 focus:`, `第三季度主要任务：`.
 * Not `第四季度目标：…`: a period's target is a goal.
 */
const PERIOD_FOCUS = new RegExp(`^${PERIOD}\\s*(?:(?:工作)?(?:重点|重點)(?:工作|任务|任務)?|(?:主要|重点|重點)?(?:任务|任務|工作)|focus|priorities|priority|plan)\\s*[:：]`, 'i');
/** The period alone before a colon: `Q3: …`, `115年Q1：…`. */
const PERIOD_ALONE = new RegExp(`^${PERIOD}\\s*[:：]`, 'i');

/**
 * A line of a plan that is a phase labelled by its period: `Q2重点：…`, `第三季度重点：…`,
 * `H2 focus: …`, and, when `alone` is allowed, `Q3: …` / `115年Q1：…`.
 */
export function isPeriodFocusLine(raw: string, alone: boolean): boolean {
  const s = stripMark(raw);
  return PERIOD_FOCUS.test(s) || (alone && PERIOD_ALONE.test(s));
}
