// Periods as people write them → one canonical key, so that `2026年11月`, `2026/11` and
// `November 2026` land in the same column of the roll-up. Writers in Taiwan count years from 民國
// (`民國115年` = 2026); full-width digits (`２０２６年１１月`) and Chinese numerals (`十一月`,
// `第三季度`, `二〇二六年`) are common. A range that is exactly a quarter, a half or a year
// (`2026年1-3月`) is that quarter, half or year, so it compares with the others.
import type { Locale } from '../types';
import { foldWidth } from '../text';
import type { Period, PeriodKind, PeriodResult } from './types';

const ROC_OFFSET = 1911;
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

const MONTH_NAMES: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const MON = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_QUARTER = ['一', '二', '三', '四'];

/** `十一` → 11, `二〇二六` → 2026, `三` → 3. */
function cnNumber(s: string): number {
  if (s.includes('十')) {
    const [tens, ones] = s.split('十');
    return (tens ? CN_DIGITS[tens] ?? NaN : 1) * 10 + (ones ? CN_DIGITS[ones] ?? NaN : 0);
  }
  let n = 0;
  for (const c of s) n = n * 10 + (CN_DIGITS[c] ?? NaN);
  return n;
}

/** Folds width, Chinese numerals and the ROC calendar into plain Gregorian digits. */
function preprocess(raw: string): string {
  let s = foldWidth(raw).normalize('NFKC').trim().replace(/\s+/g, ' ');
  s = s.replace(/[〇零一二两兩三四五六七八九十]+(?=\s*(?:年|月|季|个月|個月|$|\s*[-–—~～至到]))/g, (m) => {
    const n = cnNumber(m);
    return Number.isFinite(n) ? String(n) : m;
  });
  // 民國115年 / 民国115年 / 115年 (a three-digit year is always ROC in practice).
  s = s.replace(/(?:民國|民国|中華民國|中华民国)\s*(\d{1,3})(?=\s*年)/g, (_, y: string) => String(Number(y) + ROC_OFFSET));
  s = s.replace(/(^|[^\d])(\d{2,3})(?=\s*年)/g, (_, pre: string, y: string) => pre + String(Number(y) + ROC_OFFSET));
  return s;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ym = (y: number, m: number) => `${y}-${pad(m)}`;
const validYear = (y: number) => Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
const validMonth = (m: number) => Number.isInteger(m) && m >= 1 && m <= 12;

function monthPeriod(y: number, m: number): Period | undefined {
  if (!validYear(y) || !validMonth(m)) return undefined;
  return {
    key: ym(y, m),
    kind: 'month',
    start: ym(y, m),
    end: ym(y, m),
    label: { 'zh-CN': `${y}年${m}月`, 'zh-TW': `${y}年${m}月`, en: `${EN_MONTHS[m - 1]} ${y}` },
  };
}

function quarterPeriod(y: number, q: number): Period | undefined {
  if (!validYear(y) || !(q >= 1 && q <= 4)) return undefined;
  return {
    key: `${y}-Q${q}`,
    kind: 'quarter',
    start: ym(y, q * 3 - 2),
    end: ym(y, q * 3),
    label: { 'zh-CN': `${y}年第${CN_QUARTER[q - 1]}季度`, 'zh-TW': `${y}年第${CN_QUARTER[q - 1]}季`, en: `Q${q} ${y}` },
  };
}

function halfPeriod(y: number, h: number): Period | undefined {
  if (!validYear(y) || !(h === 1 || h === 2)) return undefined;
  const zh = h === 1 ? '上半年' : '下半年';
  return { key: `${y}-H${h}`, kind: 'half', start: ym(y, h === 1 ? 1 : 7), end: ym(y, h === 1 ? 6 : 12), label: { 'zh-CN': `${y}年${zh}`, 'zh-TW': `${y}年${zh}`, en: `H${h} ${y}` } };
}

function yearPeriod(y: number): Period | undefined {
  if (!validYear(y)) return undefined;
  return { key: String(y), kind: 'year', start: ym(y, 1), end: ym(y, 12), label: { 'zh-CN': `${y}年`, 'zh-TW': `${y}年`, en: String(y) } };
}

/** A month range; exactly a month, quarter, half or year becomes that. */
function rangePeriod(y1: number, m1: number, y2: number, m2: number): Period | undefined {
  if (!validYear(y1) || !validYear(y2) || !validMonth(m1) || !validMonth(m2)) return undefined;
  const a = y1 * 12 + m1;
  const b = y2 * 12 + m2;
  if (b < a) return undefined;
  if (a === b) return monthPeriod(y1, m1);
  if (y1 === y2) {
    if (m1 === 1 && m2 === 12) return yearPeriod(y1);
    if ((m1 === 1 && m2 === 6) || (m1 === 7 && m2 === 12)) return halfPeriod(y1, m1 === 1 ? 1 : 2);
    if (m2 - m1 === 2 && (m1 - 1) % 3 === 0) return quarterPeriod(y1, (m1 + 2) / 3);
  }
  const sameYear = y1 === y2;
  return {
    key: `${ym(y1, m1)}..${ym(y2, m2)}`,
    kind: 'range',
    start: ym(y1, m1),
    end: ym(y2, m2),
    label: {
      'zh-CN': sameYear ? `${y1}年${m1}–${m2}月` : `${y1}年${m1}月–${y2}年${m2}月`,
      'zh-TW': sameYear ? `${y1}年${m1}–${m2}月` : `${y1}年${m1}月–${y2}年${m2}月`,
      en: sameYear ? `${EN_MONTHS[m1 - 1]}–${EN_MONTHS[m2 - 1]} ${y1}` : `${EN_MONTHS[m1 - 1]} ${y1} – ${EN_MONTHS[m2 - 1]} ${y2}`,
    },
  };
}

const SEP = '(?:\\.\\.|[-–—~～〜]|至|到|to|through)';
const mon = (s: string) => MONTH_NAMES[s.toLowerCase().replace(/\.$/, '')];

/** Each reader: a pattern over the preprocessed text and what its groups mean. */
const READERS: [RegExp, (m: RegExpExecArray) => Period | undefined][] = [
  // 2026 · 2026年 · 2026年度 · 2026年全年 · FY2026
  [/^(?:FY\s?)?(\d{4})(?:\s?年度?)?(?:\s?全年)?$/i, (m) => yearPeriod(+m[1])],
  // 2026-11 · 2026/11 · 2026.11 · 2026年11月 · 2026年11月份 · 202611
  [/^(\d{4})\s?(?:[-/.]|年)\s?(\d{1,2})\s?(?:月份?)?$/, (m) => monthPeriod(+m[1], +m[2])],
  [/^(\d{4})(\d{2})$/, (m) => monthPeriod(+m[1], +m[2])],
  // A date means its month: 2026-11-30 · 2026年11月30日
  [/^(\d{4})\s?[-/.年]\s?(\d{1,2})\s?[-/.月]\s?(\d{1,2})\s?[日号號]?$/, (m) => (+m[3] >= 1 && +m[3] <= 31 ? monthPeriod(+m[1], +m[2]) : undefined)],
  // 11月 2026 · 11/2026
  [/^(\d{1,2})\s?月份?\s?,?\s?(\d{4})\s?年?$/, (m) => monthPeriod(+m[2], +m[1])],
  [/^(\d{1,2})\s?[/-]\s?(\d{4})$/, (m) => monthPeriod(+m[2], +m[1])],
  // November 2026 · Nov. 2026 · 2026 November
  [new RegExp(`^${MON},?\\s?(\\d{4})$`, 'i'), (m) => monthPeriod(+m[2], mon(m[1]))],
  [new RegExp(`^(\\d{4})\\s?${MON}$`, 'i'), (m) => monthPeriod(+m[1], mon(m[2]))],
  // 2026-Q3 · 2026Q3 · 2026 Q3 · 2026年Q3 · 2026年第3季度 · 2026年度第三季 · 2026年3季度
  [/^(\d{4})\s?(?:[-/ .]|年度?)?\s?(?:第\s?)?Q([1-4])$/i, (m) => quarterPeriod(+m[1], +m[2])],
  [/^(\d{4})\s?(?:年度?)?\s?第?\s?([1-4])\s?(?:季度|季)$/, (m) => quarterPeriod(+m[1], +m[2])],
  // Q3 2026 · Q3/2026 · Q3 FY2026 · 3Q 2026
  [/^Q([1-4])\s?[-/ ,]?\s?(?:FY\s?)?(\d{4})\s?年?$/i, (m) => quarterPeriod(+m[2], +m[1])],
  [/^([1-4])Q\s?[-/ ,]?\s?(\d{4})$/i, (m) => quarterPeriod(+m[2], +m[1])],
  [/^(\d{4})\s?[-/ ]?\s?([1-4])Q$/i, (m) => quarterPeriod(+m[1], +m[2])],
  // 2026年上半年 · 2026上半年度 · 2026-H1 · H1 2026 · 1H 2026 · first half of 2026
  [/^(\d{4})\s?(?:年度?)?\s?(上|下)半年度?$/, (m) => halfPeriod(+m[1], m[2] === '上' ? 1 : 2)],
  [/^(\d{4})\s?[-/ .]?\s?H([12])$/i, (m) => halfPeriod(+m[1], +m[2])],
  [/^H([12])\s?[-/ ,]?\s?(?:FY\s?)?(\d{4})$/i, (m) => halfPeriod(+m[2], +m[1])],
  [/^([12])H\s?[-/ ,]?\s?(\d{4})$/i, (m) => halfPeriod(+m[2], +m[1])],
  [/^(first|second|1st|2nd) half(?: of)?,? (\d{4})$/i, (m) => halfPeriod(+m[2], /^(first|1st)$/i.test(m[1]) ? 1 : 2)],
  // 2025年6-11月 · 2025年6月-11月 · 2025年6月至2026年1月 · 2025年6月~11月
  [new RegExp(`^(\\d{4})\\s?年\\s?(\\d{1,2})\\s?月?\\s?${SEP}\\s?(?:(\\d{4})\\s?年\\s?)?(\\d{1,2})\\s?月份?$`, 'i'), (m) => rangePeriod(+m[1], +m[2], m[3] ? +m[3] : +m[1], +m[4])],
  // 2025-06 ~ 2025-11 · 2025-06..2025-11 · 2025/06-2025/11 · 2025.06 to 2025.11
  [new RegExp(`^(\\d{4})\\s?[-/.]\\s?(\\d{1,2})\\s?${SEP}\\s?(\\d{4})\\s?[-/.]\\s?(\\d{1,2})$`, 'i'), (m) => rangePeriod(+m[1], +m[2], +m[3], +m[4])],
  // Jun–Nov 2025 · June to November 2025 · Jun 2025 – Feb 2026
  [new RegExp(`^${MON}\\s?${SEP}\\s?${MON},?\\s?(\\d{4})$`, 'i'), (m) => rangePeriod(+m[3], mon(m[1]), +m[3], mon(m[2]))],
  [new RegExp(`^${MON},?\\s?(\\d{4})\\s?${SEP}\\s?${MON},?\\s?(\\d{4})$`, 'i'), (m) => rangePeriod(+m[2], mon(m[1]), +m[4], mon(m[3]))],
];

function fromString(raw: string): Period | undefined {
  const s = preprocess(raw);
  if (!s || s.length > 60) return undefined;
  for (const [re, read] of READERS) {
    const m = re.exec(s);
    if (m) {
      const p = read(m);
      if (p) return p;
    }
  }
  return undefined;
}

/**
 * Reads a `period:` value: a string as people write it, a number (`2026`, `202611`), or a Date (a
 * YAML timestamp), into a canonical period; `{ ok: false, raw }` when it cannot be read.
 */
export function normalisePeriod(raw: unknown): PeriodResult {
  let period: Period | undefined;
  if (raw instanceof Date) {
    period = Number.isNaN(raw.getTime()) ? undefined : monthPeriod(raw.getUTCFullYear(), raw.getUTCMonth() + 1);
  } else if (typeof raw === 'number') {
    // YAML reads `2026.11` as a float; `2026.1` could be January or October, so one decimal is refused.
    if (Number.isInteger(raw)) period = fromString(String(raw));
    else if (/^\d{4}\.\d{2}$/.test(raw.toFixed(2)) && raw.toFixed(2) === String(raw)) period = fromString(raw.toFixed(2));
  } else if (typeof raw === 'string') {
    period = fromString(raw);
  }
  if (period) return { ok: true, period };
  return { ok: false, raw: raw instanceof Date ? String(raw) : typeof raw === 'string' || typeof raw === 'number' ? String(raw) : raw == null ? '' : safeJson(raw) };
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** Months since year 0 of a `YYYY-MM` key: adjacent months differ by 1. */
export function monthIndex(ym: string): number {
  // Called in sort comparators over thousands of documents: slices, not split/map.
  return Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
}

/** Whether period `b` directly follows `a` (no gap): the next month, quarter, half or year. */
export function isAdjacent(a: Period, b: Period): boolean {
  return monthIndex(b.start) === monthIndex(a.end) + 1;
}

export const PERIOD_KIND_ORDER: PeriodKind[] = ['month', 'quarter', 'half', 'year', 'range'];

export function periodLabel(p: Period, locale: Locale): string {
  return p.label[locale];
}
