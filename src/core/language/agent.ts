// The agent of a plan item: who does it, wherever the sentence names them. A careful reader counts
// `由质检组长王芳整理…`, `由客服部李明与研发部合作制作`, `…，方敏每日核对记录`, `二线负责人刘洋`,
// `由客服主任陳雅婷統籌`, `Maria Gonzalez (operations liaison) will work with…`, `led by Daniel
// Cheng`, `The duty manager will…`. Recognisers return evidence (what kind of party, how it was
// found, where); they run only on items that are plan actions with no owner in a slot.
import { foldWidth } from '../text';
import { teamWords } from '../vocabulary/team';
import { AGENT_LEAD_VERB, AGENT_VERB, COLLECTIVE, DEPARTMENT_SUFFIX, EN_AGENT_BY, EN_AGENT_VERB, FIRST_PERSON_AGENT, ROLE_SUFFIX } from '../model/lexicon';
import { isChineseName, isDictionaryWord, NOT_NAME_END, isLatinFirstName, isLatinName, LATIN_WORD, nameStartOf, type NameContext } from './names';

export interface Agent {
  kind: 'person' | 'role';
  /** How it was found: after 由 / `led by`, a role then a name, a name heading its clause, a name before `will`. */
  source: 'by-phrase' | 'role-name' | 'clause-head' | 'before-verb' | 'first-person';
  /** Offsets in the text given to findAgent. */
  start: number;
  end: number;
}

/** Words ending in 长 / 员 that are not roles: 增长, 时长, 人员, 成员 … */
const NOT_ROLE_END = /(?:增长|增長|成长|成長|延长|延長|时长|時長|擅长|擅長|专长|專長|特长|特長|队员|隊員|人员|人員|成员|成員|学员|學員|会员|會員|全员|全員|动员|動員|裁员|裁員|增员|增員|冗员|冗員|官员|官員|职员|職員|雇员|僱員|店员|店員|演员|演員)$/;
/** 由 as "by", not 由于 (because), 理由, 自由, 经由. */
const BY = /(?<![理自缘緣经經事])由(?![于於此衷])/g;
/** Where a name may begin in free text: the start, punctuation, a space. */
const CLAUSE_START = /(?:^|[\s,，;；。:：、!?！？()（）【】\]\-—–]|^\s*(?:\d{1,2}[.、)]|[（(]?[一二三四五六七八九十\d]{1,3}[)）、]))$/;

/** Where the word before `i` ends: a role and its holder may stand apart (`客服課長 吳佩珊`). */
function wordEndBefore(s: string, i: number): number {
  let j = i;
  while (j > 0 && (s[j - 1] === ' ' || s[j - 1] === '\u3000')) j--;
  return j;
}

/** A role written before a position: `质检组长` before `王芳`, `二线产品专家` before `赵磊`, `客服課長 吳佩珊`. */
function roleEndsAt(s: string, i: number): boolean {
  const j = wordEndBefore(s, i);
  const before = s.slice(Math.max(0, j - 8), j);
  // `话务员李娜`, `质检员何静`: a post ending in 员 held by the person named after it.
  return /[\u4e00-\u9fff]$/.test(before) && (ROLE_SUFFIX.test(before) || /[\u4e00-\u9fff][员員]$/.test(before)) && !NOT_ROLE_END.test(before);
}

function departmentEndsAt(s: string, i: number): boolean {
  const j = wordEndBefore(s, i);
  const before = s.slice(Math.max(0, j - 6), j);
  return /[\u4e00-\u9fff]$/.test(before) && DEPARTMENT_SUFFIX.test(before);
}

/** What may follow a name: a verb of the agent, a conjunction, punctuation, the end, a date (`组长王涛4月第1周起…`). */
function nameMayEndAt(s: string, i: number): boolean {
  const rest = s.slice(i);
  return rest === '' || /^[\s,，;；。:：、()（）]/.test(rest) || AGENT_VERB.test(rest) || /^(?:[在于於]\s*)?\d{1,4}\s*(?:[年月日号號周週]|[/.-]\d)/.test(rest);
}

/**
 * The end of a Chinese name starting at `i`: the longest whose next words are a verb or a break; else
 * a two-character one. Right after a role (`團控組組長林佩君主動…`, `退費專員陳俊宏單一窗口…`) whatever
 * follows, a three-character name that is no word and does not begin with one (`全面改` begins with
 * 全面, `周末值` with 周末) is the holder of the role.
 */
function nameAt(s: string, i: number, context: NameContext, afterRole = false): number | undefined {
  const surname = nameStartOf(s.slice(i, i + 2));
  if (!surname) return undefined;
  const lengths = [surname.length + 2, surname.length + 1];
  for (const n of lengths) {
    const cand = s.slice(i, i + n);
    // `王芳於115年…`: a word of grammar after two characters ends the name there.
    if (n === surname.length + 2 && /[於于在将將把与與和及对對向从從由被]$/.test(cand)) continue;
    if (cand.length === n && isChineseName(cand, context) && nameMayEndAt(s, i + n)) return i + n;
  }
  const three = s.slice(i, i + surname.length + 2);
  if (afterRole && three.length === surname.length + 2 && isChineseName(three, 'slot') && !isDictionaryWord(three.slice(0, 2)) && !isDictionaryWord(three.slice(1))) return i + three.length;
  // Right after a role, a two-character word before a verb of the agent is its holder's name even when
  // it is also a word (`系统对接人方圆联系IT…`).
  const two = s.slice(i, i + 2);
  if (afterRole && surname.length === 1 && /^[\u4e00-\u9fff]{2}$/.test(two) && !NOT_NAME_END.test(two) && AGENT_VERB.test(s.slice(i + 2))) return i + 2;
  return undefined;
}

/** The agent of `由…` phrases: a name (after a role or a department), else a role. */
function byPhrase(s: string): Agent | undefined {
  let role: Agent | undefined;
  for (const m of s.matchAll(BY)) {
    const from = m.index + 1;
    const stop = s.slice(from).search(/[,，;；。:：\n]/);
    const w = s.slice(from, stop < 0 ? Math.min(s.length, from + 24) : from + Math.min(stop, 24));
    const lead = w.length - w.trimStart().length;
    for (let i = lead; i < w.length - 1; i++) {
      const boundary = i === lead || roleEndsAt(w, i) || departmentEndsAt(w, i) || /[\s、与與和及]$/.test(w.slice(0, i));
      if (!boundary) continue;
      const end = nameAt(w, i, 'slot', i > lead && roleEndsAt(w, i));
      if (end !== undefined) return { kind: 'person', source: 'by-phrase', start: from + lead, end: from + end };
    }
    // `由质检组长整理`: a role, then the verb.
    for (let i = w.length; i > lead + 1; i--) {
      if (roleEndsAt(w, i) && nameMayEndAt(w, i) && !COLLECTIVE.test(w.slice(lead, i))) {
        role ??= { kind: 'role', source: 'by-phrase', start: from + lead, end: from + i };
        break;
      }
    }
  }
  return role;
}

/** A name written right after a role anywhere in the item: `二线负责人刘洋`, `夜班班长孙丽`. */
function roleThenName(s: string): Agent | undefined {
  for (let i = 2; i < s.length - 1; i++) {
    if (!nameStartOf(s.slice(i, i + 2)) || !roleEndsAt(s, i)) continue;
    const end = nameAt(s, i, 'slot', true);
    if (end !== undefined) return { kind: 'person', source: 'role-name', start: i, end };
  }
  return undefined;
}

/** A name heading a clause before a verb of the agent: `，方敏每日核对记录`, `王磊牵头`, `陳雅婷負責`. */
function nameBeforeVerb(s: string): Agent | undefined {
  for (let i = 0; i < s.length - 2; i++) {
    if (!nameStartOf(s.slice(i, i + 2))) continue;
    const before = s.slice(Math.max(0, i - 6), i);
    const atClause = CLAUSE_START.test(before);
    if (!atClause && !departmentEndsAt(s, i)) continue;
    // Shortest first: in `罗文将每周抽查` the name is 罗文, in `陈雅婷负责` nothing follows 陈雅.
    for (const n of [2, 3, 4]) {
      const cand = s.slice(i, i + n);
      if (cand.length !== n) continue;
      // `信息科 许波 负责`: a space may stand between the name and its verb.
      const rest = s.slice(i + n).replace(/^[ \u3000]+(?=[\u4e00-\u9fff])/, '');
      // A verb only an agent has (`负责`, `每日核对`) makes even a word that is also a name (`李娜`) one;
      // at the head of its clause other verbs may follow a name, but then it must be no word.
      if (AGENT_LEAD_VERB.test(rest) && isChineseName(cand, 'slot')) return { kind: 'person', source: 'clause-head', start: i, end: i + n };
      // `罗文将…`, `李娜须…`: will / must after the head of a clause speak of a person.
      const modal = /^(?:将|將|会|會|须|須|需要|要)/.test(rest);
      if (atClause && AGENT_VERB.test(rest) && !/^[与與和及同]/.test(rest) && isChineseName(cand, modal ? 'slot' : 'text')) return { kind: 'person', source: 'clause-head', start: i, end: i + n };
    }
  }
  return undefined;
}

/** A role heading a clause before a verb of the agent: `客服组长每日抽检`, `質檢主管負責`. */
function roleBeforeVerb(s: string): Agent | undefined {
  for (const m of s.matchAll(/(?:^|[\s,，;；。:：、])([\u4e00-\u9fff]{2,10})/g)) {
    const head = m[1];
    for (let n = head.length; n >= 2; n--) {
      const i = m.index + m[0].length - head.length;
      if (roleEndsAt(s, i + n) && AGENT_LEAD_VERB.test(s.slice(i + n)) && !COLLECTIVE.test(head.slice(0, n))) return { kind: 'role', source: 'clause-head', start: i, end: i + n };
    }
  }
  return undefined;
}

/** `the duty manager will`, `our QA lead to run`: a determiner, up to four words, a verb of the agent. */
const ROLE_HEAD = new RegExp(`(?:^|[.;:!?—–-]\\s*|\\s)(?:the|our|each|a)\\s+((?:[A-Za-z-]+\\s+){0,3}?[A-Za-z-]+)\\s+(?=${EN_AGENT_VERB.source.slice(1)})`, 'gi');
const NAME_RUN = new RegExp(`(?:${LATIN_WORD}|[A-Z]\\.)(?:\\s+(?:${LATIN_WORD}|[A-Z]\\.)){0,4}`, 'gu');

/** The person or role in a run of capitalised words: `Priya Nair`, `In March Tom Aldridge` → `Tom Aldridge`. */
function latinPersonIn(run: string): { offset: number; length: number } | undefined {
  const words = [...run.matchAll(/\S+/g)];
  for (let k = 0; k < words.length; k++) {
    const rest = run.slice(words[k].index);
    if (isLatinName(rest) || (k === words.length - 1 && isLatinFirstName(rest))) return { offset: words[k].index, length: rest.length };
  }
  return undefined;
}

/** English: `Maria Gonzalez (operations liaison) will…`, `Priya to own…`, `led by Daniel Cheng`, `The duty manager will…`. */
function english(s: string): Agent | undefined {
  for (const m of s.matchAll(NAME_RUN)) {
    // A post in brackets or between commas after the name (`Maria Gonzalez (operations liaison) will…`,
    // `Priya Natarajan, Training Lead, will…`) stands aside.
    const after = s
      .slice(m.index + m[0].length)
      .replace(/^\s*\([^)]{0,60}\)/, (x) => ' '.repeat(x.length))
      .replace(/^,\s*(?:[A-Z][A-Za-z&-]*\s*){1,4},/, (x) => ' '.repeat(x.length));
    const gap = /^,?\s+/.exec(after);
    if (!gap) continue;
    // A full name heading the item is its subject whatever the verb (`Rakesh Menon (Knowledge Lead)
    // publishes…`, `Sneha Iyer gets…`); elsewhere only a verb of the agent makes it one.
    const head = /^[\s\-*+>•·]*(?:\d{1,2}\s*[.、)）]\s*|[a-h][.)]\s*)?$/.test(s.slice(0, m.index));
    const verb = after.slice(gap[0].length);
    // `Aroha Tipene to cross-train six counter staff…`: a full name heading the item, then `to` and a verb.
    const headVerb = /^[a-z]+(?:s|ed)\b/.test(verb) || /^to\s+[a-z][a-z-]+\b/.test(verb);
    if (!EN_AGENT_VERB.test(verb) && !(head && isLatinName(m[0].trim()) && headVerb && !/^(?:is|was|has|does|needs|remains|seems)\b/.test(verb))) continue;
    const p = latinPersonIn(m[0]);
    if (p) return { kind: 'person', source: 'before-verb', start: m.index + p.offset, end: m.index + p.offset + p.length };
  }
  // `Publish the FAQ … (Hope Tan) by 15 May.`, `(Marcus Rajaratnam, with IT)`: meeting notes credit the
  // owner in brackets at the item's end, before its date.
  for (const m of s.matchAll(/\(\s*([^(),]{3,40}?)\s*(?:,\s*(?:with|and|\+|supported by)\s+[^()]{1,40})?\)/g)) {
    const rest = s.slice(m.index + m[0].length);
    if (!/^\s*(?:(?:by|before|due|on|from|starting|until|no later than|within)\b[^()]*)?[.;。]?\s*$/i.test(rest)) continue;
    if (!isLatinName(m[1])) continue;
    const at = m.index + m[0].indexOf(m[1]);
    return { kind: 'person', source: 'before-verb', start: at, end: at + m[1].length };
  }
  // `HR (Ms. Joy Ramos) will hire…`: a team, then in brackets the person who does it.
  for (const m of s.matchAll(/\(\s*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?([^()]{2,40}?)\s*\)\s+(?=\S)/g)) {
    if (!EN_AGENT_VERB.test(s.slice(m.index + m[0].length))) continue;
    const inner = latinPersonIn(m[1]);
    const at = m.index + m[0].indexOf(m[1]);
    if (inner && inner.offset === 0 && inner.length === m[1].length) return { kind: 'person', source: 'before-verb', start: at, end: at + inner.length };
  }
  for (const m of s.matchAll(EN_AGENT_BY)) {
    const from = m.index + m[0].length;
    const run = new RegExp(`^(?:${LATIN_WORD}|[A-Z]\\.)(?:\\s+(?:${LATIN_WORD}|[A-Z]\\.)){0,3}`, 'u').exec(s.slice(from));
    const p = run ? latinPersonIn(run[0]) : undefined;
    if (p && p.offset === 0) return { kind: 'person', source: 'by-phrase', start: from, end: from + p.length };
    // `by the QA lead every Friday`: the longest run of up to four words that ends with a role.
    const det = /^(?:the|our|a)\s+/i.exec(s.slice(from))?.[0] ?? '';
    const words = [...s.slice(from + det.length).matchAll(/[A-Za-z-]+/g)].slice(0, 4);
    for (let k = words.length - 1; k >= 0; k--) {
      if (words.slice(0, k + 1).some((w, j) => j > 0 && w.index !== words[j - 1].index + words[j - 1][0].length + 1)) continue;
      const role = s.slice(from + det.length, from + det.length + words[k].index + words[k][0].length);
      if (words[0].index === 0 && ROLE_SUFFIX.test(role) && !COLLECTIVE.test(role)) return { kind: 'role', source: 'by-phrase', start: from + det.length, end: from + det.length + role.length };
    }
  }
  // `Library Director will continue…`: a capitalised post heading the item, then a verb of the agent.
  const post = /^[\s\-*+>•·]*(?:\d{1,2}\s*[.、)）]\s*)?((?:[A-Z][A-Za-z&-]*\s+){0,3}[A-Z][A-Za-z-]*)\s+(?=\S)/.exec(s);
  if (post && ROLE_SUFFIX.test(post[1]) && !COLLECTIVE.test(post[1]) && !/s$/.test(post[1]) && EN_AGENT_VERB.test(s.slice(post.index + post[0].length))) {
    const start = post.index + post[0].indexOf(post[1]);
    return { kind: 'role', source: 'before-verb', start, end: start + post[1].length };
  }
  // `The duty manager will…`, `Our QA lead to run…`: a role held by one person heading its clause.
  for (const m of s.matchAll(ROLE_HEAD)) {
    const role = m[1];
    if (!ROLE_SUFFIX.test(role) || COLLECTIVE.test(role)) continue;
    const end = m.index + m[0].trimEnd().length;
    return { kind: 'role', source: 'before-verb', start: end - role.length, end };
  }
  return undefined;
}

/**
 * The agent named anywhere in a plan item, or undefined. A person is preferred to a role; a
 * department or a collective alone is no agent. Offsets are the text's own (UTF-16).
 */
export function findAgent(raw: string): Agent | undefined {
  const s = foldWidth(raw);
  // A person the team named in .csplanrc `vocabulary: people` is the agent wherever the name stands.
  const known = teamWords().peopleIn(s)[0];
  if (known) return { kind: 'person', source: 'clause-head', start: known.index, end: known.index + known.name.length };
  // A personal plan in the first person (domain.md): `①　我将在1月15日前整理…`, `I will rewrite…`, at the
  // item's start or after the time or topic that opens it (`每週五下午我會彙整…`, `115年10月底前，我將提出…`,
  // `By March, I will…`); not inside quotes, where a customer speaks.
  const unquoted = s.replace(/"[^"\n]*"|“[^”\n]*”|「[^」\n]*」|『[^』\n]*』/g, (q) => ' '.repeat(q.length));
  const me = FIRST_PERSON_AGENT.exec(unquoted);
  if (me) return { kind: 'person', source: 'first-person', start: me.index, end: me.index + me[0].length };
  if (/[\u4e00-\u9fff]/.test(s)) {
    const person = byPhrase(s);
    if (person?.kind === 'person') return person;
    const found = roleThenName(s) ?? nameBeforeVerb(s) ?? person ?? roleBeforeVerb(s);
    if (found) return found;
  }
  if (/[A-Za-z]{2}/.test(s)) return english(s);
  return undefined;
}
