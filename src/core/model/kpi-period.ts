// The period a figure belongs to, as a person reads it: the document's own period (frontmatter
// `period:` or the title) and the period a KPI-table column or a clause of prose names (`7月`,
// `三季度`, `第四季合計`, `Q1`, `115年上半年`, `上月`). A figure is compared with the frontmatter only
// when its period is the document's: a month column of a quarterly summary is never compared.
import { foldWidth } from '../text';
import { normalisePeriod } from '../rollup/period';

/** A span of months as absolute month numbers (year × 12 + month − 1). */
export interface MonthSpan {
  start: number;
  end: number;
}

const CN_NUM: Record<string, number> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const EN_MONTH = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

const monthOf = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;

/**
 * A fiscal year (`FY26`, `FY2026`) starts in a month the document does not say (July in Australia,
 * April in the UK, October for US agencies): its halves and quarters are counted on a calendar of
 * their own, far from the civil one, so `FY26 H1` matches `FY26 H1` and never `2026 H1`.
 */
const FISCAL = /\bFY\s?'?(\d{4}|\d{2})(?!\d)/i;
const FISCAL_YEAR_BASE = 5000;
const fiscalYear = (s: string): number | undefined => {
  const m = FISCAL.exec(s);
  return m ? FISCAL_YEAR_BASE + (m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1])) : undefined;
};

/**
 * The fiscal period written around `FY…`, the words on either side included (`Q1 FY2027`, `FY26 H1`),
 * a gloss in brackets left out (`Q1 FY2027 (July–September 2026)`: the civil months say the same).
 */
function fiscalSpan(text: string): MonthSpan | undefined {
  const s = foldWidth(text).replace(/[（(][^（()）]*[)）]/g, ' ');
  const fy = FISCAL.exec(s);
  if (!fy) return undefined;
  const before = /(?:\b(?:Q[1-4]|H[12])|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|half)(?:\s+of)?)\s*$/i.exec(s.slice(0, fy.index));
  const start = before ? before.index : fy.index;
  return spanOfPeriodWords(s.slice(start, fy.index + fy[0].length + 8).trim());
}

/** The document's period: the frontmatter `period:` first, else a period written in the title. */
export function documentPeriod(data: Record<string, unknown> | undefined, title: string): MonthSpan | undefined {
  for (const key of ['period', '周期', '週期', '期间', '期間', '统计周期', '統計期間']) {
    const raw = data?.[key];
    if (raw === undefined || raw === null || raw === '') continue;
    if (typeof raw === 'string' && FISCAL.test(raw)) {
      const fy = fiscalSpan(raw);
      if (fy) return fy;
    }
    const p = normalisePeriod(raw);
    if (p.ok) return { start: monthOf(p.period.start), end: monthOf(p.period.end) };
  }
  const fmTitle = typeof data?.title === 'string' ? data.title : '';
  return periodInText(fmTitle) ?? periodInText(title);
}

// Candidates for a period inside a title: `2026 年 10 月客服工作总结`, `民國115年上半年`, `Q3 2026 review`.
const TITLE_PERIODS = [
  /(?:民國|民国)?\s*[\d〇零一二三四五六七八九]{3,4}\s*年\s*(?:度\s*)?(?:第?\s*[一二三四1-4]\s*季度?|[上下]半年度?|[\d一二三四五六七八九十]{1,2}\s*(?:月份?)?\s*(?:[-–—~～至到]\s*[\d一二三四五六七八九十]{1,2}\s*)?月份?|Q[1-4])?/gi,
  /\b(?:Q[1-4]|H[12])\s*(?:FY\s?)?\d{4}\b|\b\d{4}\s*[-/ ]?\s*(?:Q[1-4]|H[12])\b/gi,
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b|\b(?:first|second) half(?: of)?,? \d{4}\b|\b\d{4}-\d{2}\b/gi,
];

/** A period written somewhere in a title, the most precise one found. */
export function periodInText(text: string): MonthSpan | undefined {
  const s = foldWidth(text);
  if (FISCAL.test(s)) return fiscalSpan(s);
  let best: MonthSpan | undefined;
  for (const re of TITLE_PERIODS) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(s)); ) {
      const p = normalisePeriod(m[0].trim().replace(/\s+/g, ' '));
      if (!p.ok) continue;
      const span = { start: monthOf(p.period.start), end: monthOf(p.period.end) };
      if (!best || span.end - span.start < best.end - best.start) best = span;
    }
    if (best) return best;
  }
  // A bare year (`2026 年度客服工作总结`, `2026 Annual Review`).
  const y = /(?:^|[^\d])((?:19|20)\d{2})(?!\d)/.exec(s);
  return y ? { start: Number(y[1]) * 12, end: Number(y[1]) * 12 + 11 } : undefined;
}

/**
 * The months a column header (or a short phrase) names, in the year given (the document's year
 * when the header has none; 0 when neither says). `7月` → July, `三季度` → July–September,
 * `第四季合計` → October–December, `Jan` → January, `115年上半年` → H1 2026, `全年` → the year.
 */
export function spanOfPeriodWords(raw: string, defaultYear = 0): MonthSpan | undefined {
  const h = foldWidth(raw).trim();
  if (h.length > 24) return undefined;
  let year = defaultYear;
  let m: RegExpExecArray | null;
  const fiscal = fiscalYear(h);
  if (fiscal) year = fiscal;
  else if ((m = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(h))) year = Number(m[1]);
  else if ((m = /(?:民國|民国)?\s*(1[01]\d)\s*年/.exec(h))) year = Number(m[1]) + 1911;
  const y = year * 12;
  let q: number | undefined;
  if ((m = /(?:^|[^A-Za-z])Q\s*([1-4])(?!\d)/i.exec(h)) || (m = /(?:^|[^\d])([1-4])\s*Q\b/i.exec(h))) q = Number(m[1]);
  else if ((m = /([一二三四1-4])\s*季/.exec(h))) q = CN_NUM[m[1]] ?? Number(m[1]);
  else if ((m = /\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter/i.exec(h))) q = EN_ORDINAL[m[1].toLowerCase()];
  if (q) return { start: y + q * 3 - 3, end: y + q * 3 - 1 };
  if ((m = /\bH\s*([12])\b|([上下])半年|\b(first|second|1st|2nd)\s+half/i.exec(h))) {
    const first = m[1] ? m[1] === '1' : m[2] ? m[2] === '上' : /^(first|1st)$/i.test(m[3]);
    return first ? { start: y, end: y + 5 } : { start: y + 6, end: y + 11 };
  }
  if ((m = /(?:^|[^\d])(1[0-2]|0?[1-9])\s*月?\s*[-–—~～至到]\s*(1[0-2]|0?[1-9])\s*月/.exec(h)) && Number(m[1]) < Number(m[2])) return { start: y + Number(m[1]) - 1, end: y + Number(m[2]) - 1 };
  const month =
    ((m = /(?:^|[^\d])(1[0-2]|0?[1-9])\s*月/.exec(h)) && Number(m[1])) ||
    ((m = /(?:^|\D)(?:(?:19|20)\d{2}|1[01]\d)\s*[-/.]\s*(1[0-2]|0?[1-9])(?!\d)/.exec(h)) && Number(m[1])) ||
    ((m = /(十[一二]?|[一二三四五六七八九])\s*月/.exec(h)) && CN_NUM[m[1]]) ||
    ((m = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.exec(h)) && EN_MONTH.indexOf(m[1].toLowerCase()) + 1) ||
    undefined;
  if (month) return { start: y + month - 1, end: y + month - 1 };
  if (/全年|整年|年度|\bFY\b|\bFY\s?'?\d{2,4}\b|full[- ]year|annual/i.test(h) || (year && /^(?:民國|民国)?\s*\d{3,4}\s*年?$/.test(h.replace(/\s+/g, '')))) return { start: y, end: y + 11 };
  return undefined;
}

/** Whether two spans are the same months; a span without a year (year 0) matches on the months of the year. */
export function samePeriod(a: MonthSpan, b: MonthSpan): boolean {
  if (a.start === b.start && a.end === b.end) return true;
  const yearless = a.start < 12 || b.start < 12;
  return yearless && a.end - a.start === b.end - b.start && a.start % 12 === b.start % 12;
}

/** The year of a span (0 when unknown). */
export const yearOf = (span: MonthSpan | undefined): number => (span ? Math.floor(span.start / 12) : 0);
