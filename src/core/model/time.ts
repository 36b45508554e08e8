// Time expressions: is this a deadline, and which day does it mean? chrono-node reads full dates
// and English phrases in Chinese and English; the patterns below add what it lacks (3月底, 第二季度,
// 上半年, 每周一, 3天内, Q2, ROC years such as 114年).
import * as chrono from 'chrono-node';
import type { TimeKind } from '../types';
import { foldWidth, parseChineseNumeral } from '../text';
import { VAGUE_TIME } from './lexicon';

const N = '[0-9一二两兩三四五六七八九十]+';
const EN_MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const SP = '\\s*';

interface Pattern {
  re: RegExp;
  kind: TimeKind;
  /** A whole year, no finer: beside a vague word (`结合2025年投诉热点…，尽快下发`) the year is context, not when. */
  yearOnly?: true;
}

// Each pattern matches on width-folded text. Order: most specific first.
const PATTERNS: Pattern[] = [
  { re: /\b\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\b/, kind: 'date' },
  // `31/3/2026` (en-GB) and `3/31/2026` (en-US), also inside Chinese text, where chrono reads neither.
  { re: /(?<![\d/.])\d{1,2}\/\d{1,2}\/\d{4}\b/, kind: 'date' },
  // A year and a month: `2026/3`, `2025-12` (and ROC `114/12`, rewritten as `2025/12` above).
  { re: /(?<![\d.])(?:19|20)\d{2}\s*[-/.]\s*(?:0?[1-9]|1[0-2])(?!\d|\s*[-/.]\s*\d)/, kind: 'date' },
  // A month and a day in Chinese text: `6/30前`, `3/15 上线` (not a fraction of something counted, `3/5 的工单`).
  { re: new RegExp(`(?<![\\w/.])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\\d|3[01])(?![\\d/.%])(?=${SP}(?:前|之前|以前|底|止|截止|完成|上线|上線|[，,。；;）)\\s]|$))`), kind: 'date' },
  { re: new RegExp(`(?:\\d{2,4}${SP}年${SP})?\\d{1,2}${SP}月${SP}\\d{1,2}${SP}[日号號]`), kind: 'date' },
  { re: new RegExp(`(?:\\d{2,4}${SP}年${SP})?${N}${SP}月${SP}(?:底|末|初|中|上旬|中旬|下旬|前|内|內|份)`), kind: 'date' },
  { re: new RegExp(`(?:\\d{2,4}${SP}年${SP})?第?${SP}[一二三四1-4]${SP}(?:季度|季|Q)(?:末|底|初|内|內)?`), kind: 'period' },
  { re: /(?:\d{2,4}\s*年?\s*)?\bQ[1-4]\b|\bH[12]\b/i, kind: 'period' },
  { re: new RegExp(`(?:\\d{2,4}${SP}年${SP})?(?:上半年|下半年|年底|年末|年初|年中|年内|年內|全年)`), kind: 'period' },
  { re: new RegExp(`(?:本|当|當|这个|這個|下个?|下個|下一)(?:月|季度|季|周|週|星期|年|学期|學期)(?:底|末|内|內|初|中)?`), kind: 'period' },
  { re: new RegExp(`第${SP}${N}${SP}(?:周|週|个月|個月|月|天|日|季度|季)`), kind: 'period' },
  { re: new RegExp(`每(?:周|週|星期|月|季度|季|年|天|日|班|个工作日|個工作日)[一二三四五六日天0-9]*(?:${SP}\\d{1,2}${SP}[日号號])?`), kind: 'recurring' },
  { re: new RegExp(`${N}${SP}(?:个|個)?${SP}(?:工作日|工作天|天|日|小时|小時|周|週|星期|个月|個月|月|年|分钟|分鐘)${SP}(?:内|內|以内|以內|之内|之內)`), kind: 'relative' },
  // `每次发版前 3 天`, `每次大促开始前 14 天`: a deadline that recurs with an event.
  { re: new RegExp(`(?:每次|每逢|每轮|每輪|每场|每場)[^，,。；;\\n]{0,16}?(?:前|之前|后|後|之後|之后)${SP}${N}${SP}(?:个|個)?${SP}(?:工作日|工作天|天|日|小时|小時|周|週|星期)`), kind: 'recurring' },
  // `上线前 3 天`: a fixed distance before a named event.
  { re: new RegExp(`(?:前|之前)${SP}${N}${SP}(?:个|個)?${SP}(?:工作日|工作天|天|日|周|週|星期)`), kind: 'relative' },
  { re: new RegExp(`\\d{2,4}${SP}年${SP}\\d{1,2}${SP}月`), kind: 'date' },
  { re: new RegExp(`\\d{1,2}${SP}月?${SP}[-—–~～至到]${SP}\\d{1,2}${SP}月`), kind: 'period' },
  { re: new RegExp(`\\d{4}${SP}年?${SP}[-—–~～至到]${SP}\\d{4}${SP}年`), kind: 'period' },
  // A bare year, but not one that qualifies a noun (`2023 年装机的 600 户`: which customers, not when).
  { re: new RegExp(`\\d{4}${SP}年(?!${SP}\\d)(?![^，,。；;\\s\\d]{0,4}的)`), kind: 'period', yearOnly: true },
  // Week numbers of a plan's own calendar: `W1–W4`, `Week 8`, `第 3 周` (above).
  { re: /\bW\s?\d{1,2}(?:\s*[-–—~至到]\s*W?\s?\d{1,2})?\b|\b(?:weeks?|wks?\.?)\s*\d{1,2}(?:\s*[-–—]\s*\d{1,2})?\b/i, kind: 'period' },
  { re: /\b(?:by|before|until|no later than)\s+(?:the\s+)?(?:end|middle|start|beginning)\s+of\s+\w+/i, kind: 'date' },
  // `by Spring 2014`, `Fall 2013`, `2026年春季`: a season of a named year.
  { re: /\b(?:spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?:19|20)\d{2}\b|(?:19|20)\d{2}\s*年?\s*(?:春季|夏季|秋季|冬季)/i, kind: 'period' },
  // `end-Apr`, `mid-May`, `early Jun`: a part of a month.
  { re: new RegExp(`\\b(?:end|mid|early|late|start|beginning)[- ](?:of[- ])?${EN_MONTH}\\b\\.?(?:\\s+(?:19|20)\\d{2})?`, 'i'), kind: 'date' },
  // A range of months: `(Jan–Mar)`, `Mar-Apr 2027`, `Sept – Dec` (chrono reads `January to March`, not these).
  { re: new RegExp(`\\b${EN_MONTH}\\.?\\s*[-–—~]\\s*${EN_MONTH}\\b\\.?(?:\\s+(?:19|20)\\d{2})?`, 'i'), kind: 'period' },
  // A month named alone, where it can only be a time: `(Nov)`, `by June`, `in Sept`, `late March` (chrono
  // reads none of them; `May` and `March` alone are words, so a preposition or a bracket must say so).
  { re: new RegExp(`(?:\\b(?:by|in|before|until|till|from|during|early|mid|late|end of)\\s+|(?<=\\())${EN_MONTH}\\b\\.?(?!\\s*\\d)(?!\\s*[-–—~])`, 'i'), kind: 'date' },
  // A fixed day of the calendar named by its holiday or shopping festival: `五一前`, `国庆节前`, `春節前`, `双十一前`.
  { re: /(?<![第\d一二三四五六七八九十])(?:五一|十一|国庆|國慶|春节|春節|元旦|清明|端午|中秋|双十一|雙十一|双11|雙11|双十二|雙十二|618|农历新年|農曆新年|圣诞|聖誕)(?:节|節)?(?:假期|長假|长假|黄金周|黃金週)?(?:前|之前|以前)/, kind: 'date' },
  { re: /\b(?:within|in)\s+\d+\s+(?:working\s+|business\s+)?(?:days?|hours?|weeks?|months?|minutes?)\b/i, kind: 'relative' },
  // The same day or the next, as a limit: `当天下班前`, `當日內`, `次日12点前`, `by close of business`, `the same working day`.
  { re: new RegExp(`(?:当天|當天|当日|當日|同日|即日|次日|隔天|隔日|第二天)${SP}(?:下班前|内|內|以内|以內|之内|之內|\\d{1,2}${SP}(?:点|點|时|時|:\\d{2})${SP}(?:前|之前))`), kind: 'relative' },
  { re: /\b(?:by|before)\s+(?:the\s+)?(?:close|end)\s+of\s+(?:business|play|(?:the\s+)?(?:working\s+|business\s+)?(?:day|shift))\b|\b(?:by|before)\s+(?:EOD|COB)\b|\b(?:within\s+|on\s+)?the\s+same\s+(?:business\s+|working\s+)?day\b/i, kind: 'relative' },
  { re: /\b(?:every|each)\s+(?:day|week|month|quarter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|shift)\b/i, kind: 'recurring' },
  // `定期公布`, `regularly`: a recurrence without its interval; no labelled set ever took it for a missing time.
  { re: /定期|定時|定时|\b(?:regularly|periodically|on a regular basis)\b/i, kind: 'recurring' },
  { re: /\b(?:end|middle|start) of (?:the )?(?:month|quarter|year|week)\b/i, kind: 'period' },
  // A school's own calendar too: `下學期`, `next term`.
  { re: /\b(?:this|next)\s+(?:week|month|quarter|year|term|semester)\b/i, kind: 'period' },
];

const zhHans = chrono.zh.hans;
/**
 * What chrono reads as a moment but no plan means as a deadline: a time of day alone (`夜间值班`, `下午`,
 * `morning`), a moment or a span under a day (`a second agent`, `after a minute`, `below 40 seconds`), `now`.
 */
const CHRONO_NO_DEADLINE = /^(?:[今昨]?(?:夜|晚|晚上|夜晚|夜间|夜間|早上|早晨|上午|下午|中午|凌晨|傍晚)|(?:this |the )?(?:morning|afternoon|evening|night|noon|midnight)|tonight|(?:(?:after|in|within|for|below|under) )?(?:a|an|one|\d+(?:\.\d+)?) ?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)|(?:right |just )?now)$/i;
const zhHant = chrono.zh.hant;
/** A slot that holds only a month's name (`Oct`, `Sept.`, `May`). */
const MONTH_ALONE = new RegExp(`(?<=^\\s*)${EN_MONTH}\\.?(?=\\s*$)`, 'i');

export interface TimeContext {
  /** Reference date for relative expressions (the document's period end, or today). */
  reference?: Date;
  /** The text is a whole time slot (a deadline cell, a phase's time column): a month named alone (`Oct`, `May`) is a time there. */
  slot?: boolean;
}

/** ROC years are 1911 behind: 民國 114 年 = 2025. Years 100–129 (2011–2040) are the ones plans use. */
const ROC_YEAR = '1[0-2]\\d';
const ROC_REWRITES: [RegExp, (m: RegExpExecArray) => string | undefined][] = [
  // `114年`, `民國115年上半年`: the year alone (not `2114年`, not `第114年`).
  [new RegExp(`(?:(?:民國|民国)\\s*)?(?<![\\d第.])(${ROC_YEAR})\\s*年`, 'g'), (m) => `${Number(m[1]) + 1911}年`],
  // Numeric ROC dates: `114/12/31`, `115.3.1`, `115-04-30` (not a version `v115.3.1`, not a longer number).
  [
    new RegExp(`(?:(?:民國|民国)\\s*)?(?<![\\w./-])(${ROC_YEAR})([/.-])(\\d{1,2})\\2(\\d{1,2})(?![\\d.]*\\d)(?![/.-]\\d)`, 'g'),
    (m) => (validDay(+m[3], +m[4]) ? `${Number(m[1]) + 1911}/${+m[3]}/${+m[4]}` : undefined),
  ],
  // `114/12`, `115.03`: an ROC year and month when it cannot be a fraction or a decimal of something
  // counted (`114/120`, `115.3 件`, `115/3%`). Reading a ratio as a time costs at most a missed
  // finding; reading a date as "no time" would raise a false one.
  [
    new RegExp(`(?<![\\w./-])(${ROC_YEAR})([/.])(0?[1-9]|1[0-2])(?![\\d./-])(?!\\s*(?:%|％|件|次|个|個|人|名|通|宗|单|單|条|條|分|元|万|萬|倍|[a-z]))`, 'gi'),
    (m) => `${Number(m[1]) + 1911}/${+m[3]}`,
  ],
];

function validDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * Rewrites ROC years and dates as Gregorian ones, so that chrono and the patterns see them, and
 * gives a function that maps an index in the rewritten text back to the original.
 */
function rocToGregorian(s: string): { text: string; toOriginal: (i: number) => number } {
  if (!/1[0-2]\d/.test(s)) return { text: s, toOriginal: (i) => i };
  // Matches of every rewrite over the original text, in order, none overlapping another.
  const found: { start: number; end: number; by: string }[] = [];
  for (const [re, rewrite] of ROC_REWRITES) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(s)); ) {
      const by = rewrite(m);
      if (by !== undefined) found.push({ start: m.index, end: m.index + m[0].length, by });
    }
  }
  if (!found.length) return { text: s, toOriginal: (i) => i };
  found.sort((x, y) => x.start - y.start);
  // Each rewrite as it sits in the output: where, and how long it was and is.
  const edits: { at: number; from: number; to: number }[] = [];
  let text = '';
  let last = 0;
  for (const f of found) {
    if (f.start < last) continue;
    text += s.slice(last, f.start);
    edits.push({ at: text.length, from: f.end - f.start, to: f.by.length });
    text += f.by;
    last = f.end;
  }
  text += s.slice(last);
  return {
    text,
    toOriginal(i: number): number {
      let delta = 0;
      for (const e of edits) {
        if (i <= e.at) break;
        // An index inside a rewrite maps to the start of what it rewrote, its end to the end.
        if (i < e.at + e.to) return e.at - delta;
        delta += e.to - e.from;
      }
      return i - delta;
    },
  };
}

/**
 * Finds the first time expression in `text` that can serve as a deadline, or a vague word standing
 * in for one. `offset` is where `text` starts in the document (ranges are filled by the caller).
 */
export function findTime(text: string, ctx: TimeContext = {}): { text: string; index: number; kind: TimeKind; isoDate?: string } | undefined {
  const roc = rocToGregorian(foldWidth(text));
  const folded = roc.text;
  let best: { index: number; length: number; kind: TimeKind; yearOnly?: true } | undefined;
  for (const p of PATTERNS) {
    const m = p.re.exec(folded);
    if (m && (!best || m.index < best.index)) best = { index: m.index, length: m[0].length, kind: p.kind, yearOnly: p.yearOnly };
  }
  if (best?.yearOnly && VAGUE_TIME.test(folded)) best = undefined;
  if (!best && ctx.slot) {
    const m = MONTH_ALONE.exec(folded);
    if (m) best = { index: m.index, length: m[0].length, kind: 'date' };
  }
  if (!best) {
    const ref = ctx.reference ?? new Date();
    const parsers = /[\u4e00-\u9fff]/.test(folded) ? [zhHans, zhHant] : [chrono.en];
    for (const parser of parsers) {
      // chrono also reads bare numbers and weekday words as times; require a date-like component.
      const r = parser
        .parse(folded, ref, { forwardDate: true })
        // `march`, `may` in lower case are a verb and a modal, not the months.
        .find((x) => !CHRONO_NO_DEADLINE.test(x.text.trim().replace(/\s+/g, ' ')) && !/^(?:march|may)$/.test(x.text.trim()) && (x.start.isCertain('month') || x.start.isCertain('day') || x.start.isCertain('weekday')));
      if (r) {
        best = { index: r.index, length: r.text.length, kind: 'date' };
        break;
      }
    }
  }
  if (best) {
    const idx = roc.toOriginal(best.index);
    const end = roc.toOriginal(best.index + best.length);
    const matched = folded.slice(best.index, best.index + best.length);
    return { text: text.slice(idx, end), index: idx, kind: best.kind, isoDate: toIsoDate(matched, ctx) };
  }
  const v = VAGUE_TIME.exec(folded);
  if (v) {
    const idx = roc.toOriginal(v.index);
    return { text: text.slice(idx, roc.toOriginal(v.index + v[0].length)), index: idx, kind: 'vague' };
  }
  return undefined;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The latest day a time expression means, when it can be worked out (for sorting and the roll-up). */
function toIsoDate(s: string, ctx: TimeContext): string | undefined {
  const refYear = (ctx.reference ?? new Date()).getFullYear();
  let m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(s);
  if (m) return `${m[1]}-${pad(+m[2])}-${pad(+m[3])}`;
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) {
    // Day first when the first number cannot be a month, month first when the second cannot be one.
    const [a, b] = [+m[1], +m[2]];
    if (a > 12 && b <= 12) return `${m[3]}-${pad(b)}-${pad(a)}`;
    if (b > 12 && a <= 12) return `${m[3]}-${pad(a)}-${pad(b)}`;
    return undefined;
  }
  m = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/.exec(s);
  if (m) return `${m[1]}-${pad(+m[2])}-${pad(lastDay(+m[1], +m[2]))}`;
  m = /^(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (m) return `${refYear}-${pad(+m[1])}-${pad(+m[2])}`;
  m = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]/.exec(s);
  if (m) return `${m[1] ?? refYear}-${pad(+m[2])}-${pad(+m[3])}`;
  m = new RegExp(`(?:(\\d{4})\\s*年\\s*)?(${N})\\s*月\\s*(底|末|下旬|中旬|上旬|初|前|内|內|份)?`).exec(s);
  if (m) {
    const y = Number(m[1] ?? refYear);
    const mon = parseChineseNumeral(m[2]);
    if (mon >= 1 && mon <= 12) {
      const day = m[3] === '上旬' || m[3] === '初' ? 10 : m[3] === '中旬' ? 20 : lastDay(y, mon);
      return `${y}-${pad(mon)}-${pad(day)}`;
    }
  }
  m = /(?:(\d{4})\s*年?\s*)?(?:第\s*)?([一二三四1-4])\s*(?:季度|季)|(?:(\d{4})\s*年?\s*)?Q([1-4])/i.exec(s);
  if (m) {
    const y = Number(m[1] ?? m[3] ?? refYear);
    const q = parseChineseNumeral(m[2] ?? m[4]);
    return `${y}-${pad(q * 3)}-${pad(lastDay(y, q * 3))}`;
  }
  m = /(?:(\d{4})\s*年\s*)?(上半年|下半年|年底|年末|年中)/.exec(s);
  if (m) {
    const y = Number(m[1] ?? refYear);
    return m[2] === '上半年' || m[2] === '年中' ? `${y}-06-30` : `${y}-12-31`;
  }
  return undefined;
}
