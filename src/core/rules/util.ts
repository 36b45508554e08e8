// Helpers shared by rules: anchors for document-level findings, dates proposed by fixes, insertions.
import type { Fix, Locale, PartId, Range } from '../types';
import type { RuleContext } from './rule';
import type { Messages } from '../i18n';
import { monthIndex, normalisePeriod } from '../rollup/period';
import { PERIOD_KEYS } from '../rollup/summarize';

/** Where a document-level finding sits: the first section of one of `parts`, else the title, else line 1. */
export function anchorFor(ctx: RuleContext, parts: PartId[]): Range {
  const { model, lines } = ctx;
  const s = model.sections.find((sec) => sec.part && parts.includes(sec.part));
  if (s) return s.headingRange;
  if (model.sections[0]) return model.sections[0].headingRange;
  const firstLine = model.frontmatter ? model.frontmatter.range.end.line + 1 : 1;
  return lines.lineRange(Math.min(firstLine, lines.lineCount));
}

/** The heading of the section that holds the plan's actions (where mechanisms should be added). */
export function actionsAnchor(ctx: RuleContext): Range {
  const first = ctx.model.actions[0];
  if (first) {
    const line = first.range.start.line;
    let best: Range | undefined;
    for (const s of ctx.model.sections) if (s.headingRange.start.line <= line && s.range.end.line >= line) best = s.headingRange;
    if (best) return best;
  }
  return anchorFor(ctx, ['measures', 'phases', 'goals', 'steps']);
}

function iso(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const EN_MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Dates inside the plan's own period: a `2026-Q1` plan gets the ends of January, February and March
 * (the last is also the quarter's end); a half-year's or a year's plan, the ends of its quarters and
 * its own end; a month's, its end. Undefined without a readable period.
 */
export function periodDates(period: unknown): { label: Messages; date: string }[] | undefined {
  const read = normalisePeriod(period);
  if (!read.ok) return undefined;
  const p = read.period;
  const first = monthIndex(p.start);
  const last = monthIndex(p.end);
  const endOf = (m: number) => iso(new Date(Math.floor(m / 12), (m % 12) + 1, 0));
  const monthLabel = (m: number): Messages => ({ 'zh-CN': `${(m % 12) + 1}月底`, 'zh-TW': `${(m % 12) + 1}月底`, en: `end of ${EN_MONTH_NAMES[m % 12]}` });
  const out: { label: Messages; date: string }[] = [];
  if (last - first <= 2) for (let m = first; m <= last; m++) out.push({ label: monthLabel(m), date: endOf(m) });
  else for (let m = first + 2; m < last; m += 3) out.push({ label: monthLabel(m), date: endOf(m) });
  const whole: Record<string, Messages> = {
    quarter: { 'zh-CN': '本季度末', 'zh-TW': '本季末', en: 'end of the quarter' },
    half: { 'zh-CN': '半年末', 'zh-TW': '半年末', en: 'end of the half-year' },
    year: { 'zh-CN': '年底', 'zh-TW': '年底', en: 'end of the year' },
  };
  const end = endOf(last);
  // The period's own end under its own name (`2026-03-31` is the end of March and of the quarter).
  const named = whole[p.kind];
  const at = out.findIndex((d) => d.date === end);
  if (named && at >= 0) out[at] = { label: named, date: end };
  else if (at < 0) out.push({ label: named ?? monthLabel(last), date: end });
  return out;
}

/**
 * Concrete dates a fix can propose for a missing or vague deadline: inside the document's period
 * (frontmatter `period:`) when it has one, else around today.
 */
export function proposedDatesFor(ctx: RuleContext): { label: Messages; date: string }[] {
  const data = ctx.model.frontmatter?.data;
  const period = data ? data[PERIOD_KEYS.find((k) => data[k] !== undefined && data[k] !== null && data[k] !== '') ?? 'period'] : undefined;
  return (period !== undefined ? periodDates(period) : undefined) ?? proposedDates(ctx.now);
}

/** Concrete dates a fix can propose for a missing or vague deadline. */
export function proposedDates(now: Date): { label: Messages; date: string }[] {
  const y = now.getFullYear();
  const m = now.getMonth();
  const endOfMonth = new Date(y, m + 1, 0);
  const q = Math.floor(m / 3);
  const endOfQuarter = new Date(y, q * 3 + 3, 0);
  const endOfNextMonth = new Date(y, m + 2, 0);
  return [
    { label: { 'zh-CN': '本月底', 'zh-TW': '本月底', en: 'end of this month' }, date: iso(endOfMonth) },
    { label: { 'zh-CN': '下月底', 'zh-TW': '下月底', en: 'end of next month' }, date: iso(endOfNextMonth) },
    { label: { 'zh-CN': '本季度末', 'zh-TW': '本季末', en: 'end of this quarter' }, date: iso(endOfQuarter) },
  ].filter((d, i, all) => all.findIndex((x) => x.date === d.date) === i);
}

export const DATE_FIX_TITLE: Messages = {
  'zh-CN': '将完成时间设为{label}（{date}）',
  'zh-TW': '將完成時間設為{label}（{date}）',
  en: 'Set the deadline to the {label} ({date})',
};

/** Offset where text can be appended to a unit: before its closing punctuation. */
export function appendPoint(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  if (e > start && /[。.]/.test(text[e - 1])) e--;
  return e;
}

/** Separator before an appended clause, matched to the unit's script. */
export function clauseSeparator(locale: Locale, before: string): string {
  if (/[；;，,]\s*$/.test(before)) return locale === 'en' ? ' ' : '';
  return locale === 'en' ? '; ' : '；';
}

/** A rule's message in `locale` (core i18n `msg`, under the name the rules use). */
export { msg as tr } from '../i18n';

export function fix(title: string, start: number, end: number, text: string, preferred = false): Fix {
  return { title, edits: [{ start, end, text }], preferred };
}

/** The inner part of a table cell (between its pipes), for replacing an empty cell's blank. */
export function cellInner(text: string, start: number, end: number): { start: number; end: number } {
  if (start >= end) return { start, end: start };
  let s = start;
  let e = end;
  if (text[s] === '|') s++;
  if (text[e - 1] === '|' && e - 1 > s) e--;
  return { start: s, end: e };
}

/**
 * Where a block that runs to the end of the text starts, when one is left open: a code fence never
 * closed, or an HTML block (`<!--`, `<script>`, `<pre>`, `<style>`, `<?`, `<![CDATA[`) never ended.
 * Text inserted at the end would be swallowed by it (and "fix all" would insert it again and again),
 * so fixes that insert there are withheld. Top-level lines only: a fence in a list item or a quote
 * ends with it. `from` skips the frontmatter.
 */
/** CommonMark HTML blocks that end at a blank line: 6, a block-level tag (it may interrupt a paragraph); 7, any tag alone on its line. */
const HTML_BLOCK_6 = /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?=[\s/>]|$)/i;
const HTML_BLOCK_7 = /^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;

export function openBlockAtEnd(text: string, from = 0): number | undefined {
  type Open = { start: number; until: (line: string) => boolean };
  let open: Open | undefined;
  // An HTML block of CommonMark's kinds 6 and 7 (`<div>`, `<img …>` alone on a line) runs to the next
  // blank line and holds what looks like a fence meanwhile; text appended after a blank line ends it,
  // so it never swallows a fix.
  let htmlToBlank = false;
  // Kind 7 cannot interrupt a paragraph: whether the line before continued one.
  let inParagraph = false;
  const re = /[^\n\r]*(?:\r\n|\r|\n|$)/g;
  // A leading BOM is not part of the first line for the Markdown parser.
  re.lastIndex = from === 0 && text.charCodeAt(0) === 0xfeff ? 1 : from;
  for (let m = re.exec(text); m && m[0] !== ''; m = re.exec(text)) {
    const raw = m[0].replace(/[\r\n]+$/, '');
    const blank = raw.trim() === '';
    const afterParagraph = inParagraph;
    // A blank line, a heading (ATX, or a setext underline), a thematic break or a table row is not
    // (or ends) a paragraph.
    inParagraph = !blank && !/^ {0,3}(?:#{1,6}(?:\s|$)|=+\s*$|(?:-\s*){3,}$|(?:\*\s*){3,}$|(?:_\s*){3,}$|\|)/.test(raw);
    if (open) {
      if (open.until(raw)) open = undefined;
      continue;
    }
    if (htmlToBlank) {
      htmlToBlank = !blank;
      continue;
    }
    // `[^\r\n]*`, not `.*`: `.` stops at U+2028/U+2029, which Markdown does not count as line ends.
    const fence = /^ {0,3}(`{3,}|~{3,})([^\r\n]*)$/.exec(raw);
    if (fence && !(fence[1][0] === '`' && fence[2].includes('`'))) {
      const ch = fence[1][0];
      const len = fence[1].length;
      const closing = new RegExp(`^ {0,3}\\${ch}{${len},}\\s*$`);
      open = { start: m.index, until: (l) => closing.test(l) };
      continue;
    }
    const html = /^ {0,3}(<!--|<\?|<!\[CDATA\[|<![A-Za-z]|<(?:script|pre|style|textarea)(?=[\s>]|$))/i.exec(raw);
    if (html) {
      const opener = html[1].toLowerCase();
      const end = opener === '<!--' ? '-->' : opener === '<?' ? '?>' : opener === '<![cdata[' ? ']]>' : opener.startsWith('<!') ? '>' : `</${opener.slice(1)}>`;
      const rest = raw.slice(html.index + html[0].length);
      if (rest.toLowerCase().includes(end)) continue;
      open = { start: m.index, until: (l) => l.toLowerCase().includes(end) };
      continue;
    }
    if (HTML_BLOCK_6.test(raw) || (!afterParagraph && HTML_BLOCK_7.test(raw))) {
      htmlToBlank = !blank;
      continue;
    }
  }
  return open?.start;
}

/**
 * True when text inserted at `at` would not become what the fix means: it would land inside a block
 * left open to the end of the text, or anywhere in a document whose frontmatter is never closed (the
 * YAML reader takes the whole document as frontmatter then, so an inserted part would only break the
 * YAML further; frontmatter-yaml asks for the closing fence first), or in a document analysed only up
 * to the size limit.
 */
export function swallowedAt(ctx: RuleContext, at: number): boolean {
  const text = ctx.lines.text;
  const fm = ctx.model.frontmatter;
  if (fm && fm.errors.some((e) => e.message === 'unclosed')) return true;
  // A document cut at the size limit: its "end" is the cut, in the middle of the writer's text.
  if (ctx.model.truncated) return true;
  // One scan of the text per analysis, however many fixes ask (missing parts, mechanisms, problems).
  let open = openBlockOf.get(ctx.model);
  if (!open) openBlockOf.set(ctx.model, (open = { start: openBlockAtEnd(text, fm ? fm.range.end.offset : 0) }));
  return open.start !== undefined && at > open.start;
}

const openBlockOf = new WeakMap<object, { start: number | undefined }>();

/**
 * True when a table row has no cell at all for the slot (a short row: the model then gives a
 * zero-width slot at the row's start). A fix cannot fill a cell that is not there without knowing the
 * columns, so none is offered.
 */
export function missingCell(slot: { range: Range }, row: Range): boolean {
  return slot.range.start.offset === slot.range.end.offset && slot.range.start.offset === row.start.offset;
}
