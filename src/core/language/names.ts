// Personal names: telling `方敏`, `陳雅婷`, `Priya Nair` from a common word that begins like a name
// (`方案`, `周末`, `黃金`, `Customer Care`). Chinese: a surname, then one or two given-name
// characters, and not a word of the dictionary (a list taken from jieba's dictionary, see
// docs/language-tools.md for why a list and not the segmenter). English: capitalised words that are
// not words of the organisation (departments, roles, calendar words).
import { COLLECTIVE, DEPARTMENT_SUFFIX, DEPARTMENT_WORD, EN_NOT_NAME, ROLE_SUFFIX, SURNAMES } from '../model/lexicon';
import surnameWords from './data/zh-surname-words.json';

const DOUBLE = /欧阳|歐陽|司徒|上官|诸葛|諸葛|东方|東方/g;
const DOUBLE_SURNAMES = SURNAMES.match(DOUBLE) ?? [];
const SINGLE_SURNAMES = new Set([...SURNAMES.replace(DOUBLE, '')]);
/** Characters that end words that are not names even when they start with a surname character. */
export const NOT_NAME_END = /[部组組科处處课課室队隊班站所局委办辦司团團员員门門们們类類级級区區线線务務量率度表单單会會卡报報]$/;
/** Engineers and masters addressed by surname: 陈工, 王师傅, 李老师, 张总. */
const SURNAME_TITLE = /^(.)(?:工|总|總|师傅|師傅|老师|老師|姐|哥|经理|經理|主管|组长|組長|主任|科长|科長|课长|課長|老板|老闆)$/;

/** Familiar names (`小美`, `阿哲`, `老陈`): a prefix of address and one character; not `小时`, `阿姨`, `老师`. */
const FAMILIAR = /^[小阿老][\u4e00-\u9fff]$/;
const FAMILIAR_PREFIX = new Set(['小', '阿', '老']);
const NOT_FAMILIAR = /^(?:小[时時组組区區学學计計型票孩朋儿兒伙夥额額量件份部队隊店吃说說心手]|阿[姨婆伯公里拉]|老[师師板闆客人家年款旧舊化大]|[小阿老][一二三四五六七八九十])$/;

let words: Set<string> | undefined;
let either: Set<string> | undefined;
/** The dictionary words, built on the first question (about 2 ms): most documents never ask. */
function dictionary(): { words: Set<string>; either: Set<string> } {
  words ??= new Set(surnameWords.words.split(' '));
  either ??= new Set(surnameWords.nameOrWord.split(' '));
  return { words, either };
}

/** Whether jieba's dictionary holds the word (among the words that begin with a surname character). */
export function isDictionaryWord(token: string): boolean {
  return dictionary().words.has(token);
}

/** How sure a context is that a person stands there: an owner slot or after a role (`组长`), or free text. */
export type NameContext = 'slot' | 'text';

/** Where a name may start: its surname, or the prefix of a familiar name (`小美`, `阿哲`). */
export function nameStartOf(token: string): string | undefined {
  const surname = surnameOf(token);
  if (surname || !FAMILIAR_PREFIX.has(token[0])) return surname;
  const two = token.slice(0, 2);
  return FAMILIAR.test(two) && !NOT_FAMILIAR.test(two) && !NOT_NAME_END.test(two) ? token[0] : undefined;
}

/** The surname a token starts with (`欧阳` or one character), or undefined. */
export function surnameOf(token: string): string | undefined {
  const d = DOUBLE_SURNAMES.find((s) => token.startsWith(s));
  if (d) return d;
  return SINGLE_SURNAMES.has(token[0]) ? token[0] : undefined;
}

/**
 * A Chinese personal name of 2–4 characters (`方敏`, `陈雅婷`, `欧阳娜娜`, `李主管`).
 * A word that jieba also tags as a name (`高峰`, `明白`, `李娜`) is a person in an owner slot, after
 * a role, or before a verb that only an agent has (`李娜负责`, `context: 'slot'`); elsewhere a word.
 */
export function isChineseName(token: string, context: NameContext = 'slot'): boolean {
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(token)) return false;
  const dict = dictionary();
  // Before the titles: 施工 is a word, not Engineer Shi (陈工).
  if (dict.words.has(token)) return false;
  // A familiar name is a person only where a person is expected (a slot, after a role or 由, before 负责).
  if (FAMILIAR.test(token)) return context === 'slot' && !NOT_FAMILIAR.test(token) && !NOT_NAME_END.test(token);
  const t = SURNAME_TITLE.exec(token);
  if (t) return SINGLE_SURNAMES.has(t[1]);
  if (NOT_NAME_END.test(token)) return false;
  const surname = surnameOf(token);
  if (!surname) return false;
  const given = token.length - surname.length;
  if (given < 1 || given > 2) return false;
  return context === 'slot' || !dict.either.has(token);
}

/** A capitalised name word, with the inner capital of `McLeod`, `MacDonald`, `O'Brien`, `DeLuca`. */
export const LATIN_WORD = "(?:Mc|Mac|O['’]|D['’]|De|La|Di)?\\p{Lu}[\\p{Ll}'’-]+";
const LATIN_NAME = new RegExp(`^(?:${LATIN_WORD}|[A-Z]\\.)(?:\\s+(?:${LATIN_WORD}|[A-Z]\\.)){1,3}$`, 'u');

/** `Priya Nair`, `Daniel Cheng`, `Mei Lin Tan`, `J. Smith`; not `Customer Care`, `Night Shift`. */
export function isLatinName(token: string): boolean {
  if (!LATIN_NAME.test(token)) return false;
  if (DEPARTMENT_SUFFIX.test(token) || ROLE_SUFFIX.test(token) || COLLECTIVE.test(token)) return false;
  return !token.split(/\s+/).some((w) => DEPARTMENT_WORD.test(w) || EN_NOT_NAME.test(w));
}

/** A single capitalised word that is a first name (`Priya`, `Daniel`), not a word of the organisation or the calendar. */
export function isLatinFirstName(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !DEPARTMENT_WORD.test(word) && !EN_NOT_NAME.test(word) && !ROLE_SUFFIX.test(word) && !COLLECTIVE.test(word);
}
