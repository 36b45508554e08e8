// Owners (责任人, guide §4.4): a named person, alone or with their team (`方敏`, `质检组 方敏`,
// `李主管`), or a role held by one person (`客服组长`, `产品经理 张家豪`, `duty manager`). A
// department or team alone, or a collective (`相关部门`, `全员`), is not an owner. Words that are neither
// (initials, a nickname, a name the lists do not know) are `unknown` and count as an owner: a finding
// needs evidence of a group (issue 13).
import { foldWidth, isBlank } from '../text';
import { AGENT_VERB, COLLECTIVE, DEPARTMENT_SUFFIX, DEPARTMENT_WORD, ROLE_OF_FUNCTION, ROLE_SUFFIX } from './lexicon';
import { isChineseName, isDictionaryWord, isLatinFirstName, isLatinName, LATIN_WORD, NOT_NAME_END, surnameOf } from '../language/names';
import { findAgent } from '../language/agent';
import { teamWords } from '../vocabulary/team';

/**
 * `unknown`: the slot holds words that are neither a person or role we recognise nor a group we can
 * name (`KH`, `Gary Doyle` spelt oddly, a nickname). A finding needs evidence, so an unknown owner is
 * taken as an owner: the writer put someone there.
 */
export type OwnerVerdict = 'person' | 'role' | 'collective' | 'none' | 'unknown';

/** The last two and the last three capitalised words of a slot (`QA lead Priya Nair`, `Training Lead Cherry Ho`). */
const LATIN_NAME_TAILS = [1, 2].map((more) => new RegExp(`(?:^|\\s)(${LATIN_WORD}(?:\\s+${LATIN_WORD}){${more}})$`, 'u'));

/** `@zhang` mentions count as a person. */
function isMention(token: string): boolean {
  return /^@[\w\u4e00-\u9fff.-]+$/.test(token);
}

/** An owner slot that names someone, or words we cannot tell from a name (no evidence of a group). */
export function namesSomeone(verdict: OwnerVerdict): boolean {
  return verdict === 'person' || verdict === 'role' || verdict === 'unknown';
}

/** Judges the text in an owner slot. */
export function judgeOwner(raw: string): OwnerVerdict {
  // Names in brackets after a collective (`各分店主任（觀塘 梁偉、葵涌 蔡詠詩）`) say who the people are.
  for (const m of foldWidth(raw).matchAll(/[（(]([^（()）]{2,60})[）)]/g)) {
    // … or the one role beside initials or a name (`KH (Payments PM)`; not `各部门（主管）`, every department's head).
    const inBrackets = judgeOwner(m[1]);
    if (inBrackets === 'person') return 'person';
    if (inBrackets === 'role' && !COLLECTIVE.test(foldWidth(raw).replace(m[0], ''))) return 'role';
  }
  const text = foldWidth(raw)
    .replace(/[*_`~]/g, '')
    // A slot cut out of `（負責：排班 李俊傑）` keeps the bracket that closes it.
    .replace(/^[（(\[【](?=[^）)\]】]*$)|(?<=^[^（(\[【]*)[）)\]】]$/, '')
    // `負責人待定` written as one word: the label, then who (here nobody).
    .replace(/^(?:负责人|負責人|责任人|責任人|负责|負責)\s*[:：]?\s*(?=\S)/, '')
    .replace(/[（(][^）)]*[）)]|【[^】]*】|\[[^\]]*\]/g, ' ')
    .trim()
    // The full stop that ends an English field (`Owner: Gareth Evans.`) is not part of the name.
    .replace(/(?<=\p{L})\.$/u, '');
  if (isBlank(text)) return 'none';
  if (COLLECTIVE.test(text)) return 'collective';
  // A slot may hold several owners: 马俊、信息部 何磊 / IT manager, Priya Nair.
  const parts = text.split(/[、,，;；/&＋+]|\s+(?:and|(?:together |working )?with|和|与|與|及)\s+|(?<=[\u4e00-\u9fff])[和与與及](?=[\u4e00-\u9fff])/).map((p) => p.trim()).filter(Boolean);
  // `客服部共同负责`, `王磊牵头`: the verb after the owner is not part of who it is. A person named in
  // any part is the owner (`Head of Customer Operations, Fiona McLeod`), else a role, else what is left.
  const verdicts = parts.map((whole) => judgeOne(stripAgentVerb(whole)));
  for (const v of ['person', 'role', 'unknown', 'collective'] as const) if (verdicts.includes(v)) return v;
  return 'none';
}

function judgeOne(part: string): OwnerVerdict {
  // The team's own words (.csplanrc `vocabulary:`) come first: they know their people and roles.
  const team = teamWords();
  if (team.notOwner(part)) return 'collective';
  if (team.person(part)) return 'person';
  if (team.role(part)) return 'role';
  if (COLLECTIVE.test(part)) return 'collective';
  // `@陈思雨` is a person, `@安装部` a department: judge the name; an unknown handle (`@zhang`) is a person.
  if (isMention(part)) {
    const name = part.slice(1);
    return COLLECTIVE.test(name) || (/[\u4e00-\u9fff]$/.test(name) && NOT_NAME_END.test(name) && !isChineseName(name)) ? 'collective' : 'person';
  }
  if (isLatinName(part)) return 'person';
  // `QA lead Priya Nair`: a role, then the person's name.
  // The shortest tail first: in `Technical Manager Raymond Ho` the three-word tail holds the role.
  for (const re of LATIN_NAME_TAILS) {
    const tail = re.exec(part);
    if (tail && tail.index > 0 && isLatinName(tail[1]) && !DEPARTMENT_WORD.test(tail[1].split(/\s+/)[0])) return 'person';
  }
  // English roles: "Front office manager", "Duty manager", "Finance controller".
  if (/^[A-Za-z][A-Za-z .'&-]*$/.test(part)) {
    // `Head of Customer Experience`, `Director of Operations`: one post over a function.
    if (ROLE_OF_FUNCTION.test(part.trim())) return 'role';
    const words = part.trim().split(/\s+/);
    if (ROLE_SUFFIX.test(words[words.length - 1])) return 'role';
    // `Referee lead Arif`: a role, then the person's first name.
    if (words.length >= 3 && ROLE_SUFFIX.test(words[words.length - 2]) && isLatinFirstName(words[words.length - 1])) return 'person';
    if (/\bon duty\b/i.test(part)) return 'role';
    // A single capitalised word that is not a function of the organisation is a first name ("Daniel").
    if (words.length === 1 && isLatinFirstName(part)) return 'person';
    // `the coordinators`, `shift leads`: a role in the plural is several people.
    const lastWord = words[words.length - 1];
    const plural = /[^s]s$/i.test(lastWord) && ROLE_SUFFIX.test(lastWord.slice(0, -1));
    return plural || isTeamNamed(words) ? 'collective' : 'unknown';
  }
  // Chinese: tokens split by spaces; `质检组 方敏` has a department then a person.
  const tokens = part.split(/\s+/).filter(Boolean);
  for (const token of tokens) {
    if (isChineseName(token)) return 'person';
  }
  // `产品经理 Jason 黄`, `组长 Amy 陈`, `客服部 Amy`: an English given name with a Chinese surname, or
  // after a role or a team written in Chinese (a person with their team, as `质检组 方敏`).
  for (let i = 0; i < tokens.length; i++) {
    if (!isLatinFirstName(tokens[i])) continue;
    const before = tokens[i - 1] ?? '';
    const after = tokens[i + 1] ?? '';
    if ((after.length === 1 && surnameOf(after)) || (/[\u4e00-\u9fff]$/.test(before) && !COLLECTIVE.test(before))) return 'person';
  }
  const last = tokens[tokens.length - 1] ?? '';
  // `培訓主任 鄺美琪`: a short name after a role or a department, even with a surname we do not list.
  // The token before it must be a role or a team written in Chinese: `team 一齊` (the team together) names nobody.
  const before = tokens[tokens.length - 2] ?? '';
  const afterRoleOrTeam = /[\u4e00-\u9fff]$/.test(before) && (ROLE_SUFFIX.test(before) || DEPARTMENT_SUFFIX.test(before) || /(?:组长|組長|班长|班長|科长|科長|课长|課長|处长|處長|部长|部長|站长|站長|队长|隊長)$/.test(before));
  if (tokens.length >= 2 && afterRoleOrTeam && /^[\u4e00-\u9fff]{2,3}$/.test(last) && !NOT_NAME_END.test(last) && !ROLE_SUFFIX.test(last) && !COLLECTIVE.test(last)) return 'person';
  // `客服专员高雅`, `二线产品专家赵磊`, `由质检组长王芳整理`: a role (or 由) then a name, written together.
  if (findAgent(last)?.kind === 'person') return 'person';
  // `教育訓練許美玲`, `门店运营部张振宇`: a unit or a function, then a name, written together; the name is
  // judged as in free text (a word that can be a name, 高峰, is not one here).
  if (/^[\u4e00-\u9fff]{4,}$/.test(last)) {
    for (const n of [3, 2]) {
      if (last.length - n >= 2 && isChineseName(last.slice(-n), 'text')) return 'person';
    }
  }
  if (ROLE_SUFFIX.test(last) && !DEPARTMENT_SUFFIX.test(last)) return 'role';
  // "客服组长" ends with 长 (a role) even though 组 is a department suffix inside it.
  if (/(?:组长|組長|班长|班長|科长|科長|课长|課長|处长|處長|部长|部長|站长|站長|队长|隊長)$/.test(last)) return 'role';
  // What is left is a group only on evidence: it ends as a department does, it is a word of the
  // dictionary (`方案`, `周末`: a thing or a time), every token is a team's or a collective's, or a
  // collective is named beside its translation (`相關部門 Relevant departments`). A team then words that
  // are not a team's (`品質組 蔡宜庭`, `數位服務科 C.H. Lin`) names its person: `unknown`, an owner.
  const teamOnly = tokens.every((t) => DEPARTMENT_SUFFIX.test(t) || DEPARTMENT_WORD.test(t) || isDictionaryWord(t) || COLLECTIVE.test(t));
  const collectiveNamed = tokens.some((t) => COLLECTIVE.test(t));
  return DEPARTMENT_SUFFIX.test(last) || isDictionaryWord(last) || teamOnly || collectiveNamed ? 'collective' : 'unknown';
}

/** `客服部共同负责` → `客服部`, `全组同事轮流` → `全组同事`: a trailing agent verb (AGENT_VERB) and the adverb before it. */
function stripAgentVerb(part: string): string {
  let out = part;
  for (let i = 2; i < out.length; i++) {
    if (!/[\u4e00-\u9fff]/.test(out[i])) continue;
    const m = AGENT_VERB.exec(out.slice(i));
    if (m && m[0].length === out.length - i) {
      out = out.slice(0, i);
      break;
    }
  }
  return out.replace(/(?<=..)(?:共同|一起|一齊|一同|轮流|輪流|分别|分別)$/, '') || part;
}

/** Positive evidence of a group: a department word (`Site IT`, `Logistics`) or suffix (`team`, `客服组`). */
function isTeamNamed(words: string[]): boolean {
  return words.some((w) => DEPARTMENT_WORD.test(w) || DEPARTMENT_SUFFIX.test(w));
}
