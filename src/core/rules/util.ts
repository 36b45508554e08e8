// Helpers shared by rules: anchors for document-level findings, dates proposed by fixes, insertions.
import type { Fix, Locale, PartId, Range } from '../types';
import type { RuleContext } from './rule';
import type { Messages } from '../i18n';
import type { Root } from 'mdast';
import { parseMarkdown, parseMarkdownAt } from '../parse';
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

// ── Insertion safety ─────────────────────────────────────────────────────────────────────────────
// A fix that inserts lines (a missing part at the end of the document or before the next part's
// heading, a category skeleton under a heading, a mechanism at the end) must insert blocks that the
// parser reads as what they mean, leaving the writer's blocks as they were. Text appended after a
// code fence or an HTML block left open would be swallowed by it (and "fix all" would insert it again
// and again); a line written right under a table would become one of its rows. Whether that happens
// is the parser's decision, so it is asked: the top-level blocks around the insertion point (from the
// trees analyze() already has, chunk by chunk) are parsed again with the text inserted, and the
// insertion is safe when the result is exactly the old blocks with the inserted text's own blocks
// between them. Only those one or two blocks are parsed again: after a top-level block nothing is
// open, so the rest of the document parses as before.

/** A top-level block of the document: its node type and where it is (document offsets). */
interface TopBlock {
  type: string;
  start: number;
  end: number;
}

const blocksOf = new WeakMap<object, TopBlock[]>();
const verdictsOf = new WeakMap<object, Map<string, boolean>>();

/** The document's top-level blocks, in order, from the chunks' trees (each relative to its chunk). */
function topBlocks(ctx: RuleContext): TopBlock[] {
  let blocks = blocksOf.get(ctx.model);
  if (blocks) return blocks;
  blocks = [];
  for (const chunk of ctx.chunks) blocks.push(...treeBlocks(chunk.tree, chunk.start));
  blocksOf.set(ctx.model, blocks);
  return blocks;
}

function treeBlocks(tree: Root, shift: number): TopBlock[] {
  const out: TopBlock[] = [];
  for (const node of tree.children) {
    const p = node.position;
    if (p?.start.offset === undefined || p.end.offset === undefined) continue;
    out.push({ type: node.type, start: p.start.offset + shift, end: p.end.offset + shift });
  }
  return out;
}

/**
 * True when `inserted`, put at offset `at`, parses as its own blocks and leaves every block of the
 * document as it was (see above). False too in a document whose frontmatter is never closed (the
 * YAML reader then runs to the first heading or the end, so an inserted part would only break the
 * YAML further; frontmatter-yaml asks for the closing fence first), and in a document analysed only
 * up to the size limit (its "end" is the cut, in the middle of the writer's text). Text with no line
 * break (a clause appended to an action, a cell filled) starts no block and ends none: always safe.
 */
export function insertsCleanly(ctx: RuleContext, at: number, inserted: string): boolean {
  const fm = ctx.model.frontmatter;
  if (fm && fm.errors.some((e) => e.message === 'unclosed')) return false;
  if (ctx.model.truncated) return false;
  if (!/[\r\n]/.test(inserted)) return true;
  let verdicts = verdictsOf.get(ctx.model);
  if (!verdicts) verdictsOf.set(ctx.model, (verdicts = new Map()));
  const key = `${at}\u0000${inserted}`;
  let verdict = verdicts.get(key);
  if (verdict === undefined) verdicts.set(key, (verdict = parsesAsInserted(ctx.lines.text, topBlocks(ctx), at, inserted)));
  return verdict;
}

function parsesAsInserted(text: string, blocks: TopBlock[], at: number, inserted: string): boolean {
  // The first block that ends after `at`: the one the insertion comes before (or lands inside).
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  const next = blocks[lo] as TopBlock | undefined;
  // Lines inserted into the middle of a block split it: never what a fix means.
  if (next && next.start < at) return false;
  const before = blocks[lo - 1] as TopBlock | undefined;
  const from = before ? before.start : 0;
  const to = next ? next.end : text.length;
  const expected = [
    ...(before ? [before] : []),
    // What the inserted text is on its own, read as the parser would read it at `at`.
    ...parseBlocks(inserted, at),
    ...(next ? [{ ...next, start: next.start + inserted.length, end: next.end + inserted.length }] : []),
  ];
  // The answer depends on the window's text and the blocks expected in it alone: a keystroke elsewhere
  // (the editor analyses again after each) asks the same question, answered once.
  const windowText = text.slice(from, at) + inserted + text.slice(at, to);
  const spans = expected.map((b) => `${b.type}@${b.start - from}-${b.end - from}`).join(',');
  const key = windowText.length <= MAX_REMEMBERED_WINDOW ? `${from === 0 ? 0 : 1}|${spans}|${windowText}` : undefined;
  const known = key === undefined ? undefined : windowVerdicts.get(key);
  if (known !== undefined) return known;
  const actual = parseBlocks(windowText, from);
  const verdict = actual.length === expected.length && actual.every((b, i) => b.type === expected[i].type && b.start === expected[i].start && b.end === expected[i].end);
  if (key !== undefined) {
    if (windowVerdicts.size >= MAX_REMEMBERED_WINDOWS) windowVerdicts.delete(windowVerdicts.keys().next().value!);
    windowVerdicts.set(key, verdict);
  }
  return verdict;
}

/** Windows re-parsed lately and the answers (oldest first); small ones only, so memory stays bounded. */
const windowVerdicts = new Map<string, boolean>();
const MAX_REMEMBERED_WINDOWS = 64;
const MAX_REMEMBERED_WINDOW = 64 * 1024;

/**
 * The top-level blocks of `windowText`, which starts at document offset `from` at the start of a
 * top-level block (or of the document). Away from the start, a line break is put before the text:
 * a `---` there is a thematic break or a setext underline, never the frontmatter it would be on a
 * document's first line (a leading blank line changes nothing else).
 */
function parseBlocks(windowText: string, from: number): TopBlock[] {
  if (from === 0) return treeBlocks(parseMarkdownAt(windowText), 0);
  return treeBlocks(parseMarkdown('\n' + windowText), from - 1);
}

/**
 * True when a table row has no cell at all for the slot (a short row: the model then gives a
 * zero-width slot at the row's start). A fix cannot fill a cell that is not there without knowing the
 * columns, so none is offered.
 */
export function missingCell(slot: { range: Range }, row: Range): boolean {
  return slot.range.start.offset === slot.range.end.offset && slot.range.start.offset === row.start.offset;
}

/** Whether the document says what it is (frontmatter `type:` or the title's words), not read from its parts alone. */
export function typeIsStated(model: { typeEvidence?: string }): boolean {
  return model.typeEvidence === 'frontmatter' || model.typeEvidence === 'title';
}
