// Parsing: Markdown through unified + remark-parse + remark-gfm + remark-frontmatter, and the YAML
// frontmatter through `yaml` with positions, so findings point at the exact key in the file.
import { unified, type Processor } from 'unified';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { LineCounter, parseDocument, isMap, isScalar, isPair, type Node as YamlNode } from 'yaml';
import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';
import type { FrontmatterInfo, Range } from './types';
import { LineIndex } from './text';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** GFM without autolink literals (`www.x.com`, `a@b.c`): what a text that has none of them needs. */
function gfmWithoutAutolinks(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push([gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()]);
}
const withoutAutolinks = unified().use(remarkParse).use(gfmWithoutAutolinks).use(remarkFrontmatter, ['yaml']);
const withoutGfm = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
/** What GFM autolink literals start with; a text without any of these has none. */
const AUTOLINK_TRIGGER = /www|http|@|mailto|xmpp/i;
/** What tables (a pipe), strikethrough (~), footnotes and task items ([) need. */
const GFM_TRIGGER = /[|~[]/;

/**
 * The Markdown parse: remark + GFM + frontmatter. GFM's autolink literals cost a pass over every
 * text node, and its other constructs hooks in micromark: a text that cannot contain them is parsed
 * without (the tree is the same; the tests compare).
 */
export function parseMarkdown(text: string): Root {
  const p = AUTOLINK_TRIGGER.test(text) ? processor : GFM_TRIGGER.test(text) ? withoutAutolinks : withoutGfm;
  return p.parse(text) as Root;
}

/** The parse with every GFM extension, whatever the text (the reference the tests compare with). */
export function parseMarkdownFullGfm(text: string): Root {
  return processor.parse(text) as Root;
}

/** Finds the frontmatter block: `---` on the first line (after an optional BOM) to the next `---` (unclosed: to the first heading). */
export function findFrontmatter(text: string): { start: number; contentStart: number; contentEnd: number; end: number; closed: boolean } | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const open = /^---[ \t]*(\r?\n|\r)/.exec(text.slice(bom, bom + 8));
  if (!open) return undefined;
  const contentStart = bom + open[0].length;
  // Only `---` closes it: remark-frontmatter (the Markdown side) knows no `...` closer, and the two
  // readers must agree on where the YAML ends.
  const close = /^---[ \t]*$/m;
  const rest = text.slice(contentStart);
  const m = close.exec(rest);
  if (!m) {
    // Never closed: the YAML most likely runs to the first heading (the writer forgot the `---`).
    const heading = /^#{1,6}[ \t]/m.exec(rest);
    const contentEnd = heading ? contentStart + heading.index : text.length;
    return { start: bom, contentStart, contentEnd, end: contentEnd, closed: false };
  }
  const contentEnd = contentStart + m.index;
  return { start: bom, contentStart, contentEnd, end: contentEnd + m[0].length, closed: true };
}

/** The frontmatter of a document (undefined when it has none). */
export function parseFrontmatterOf(text: string, lines: LineIndex): FrontmatterInfo | undefined {
  const fm = findFrontmatter(text);
  return fm ? parseFrontmatter(text, lines, fm) : undefined;
}

/**
 * Parses Markdown with positions into `text` as given: micromark drops a leading byte order mark,
 * so a BOM-led text is parsed without it and its positions moved one code unit right (and one
 * column on the first line).
 */
export function parseMarkdownAt(text: string): Root {
  if (text.charCodeAt(0) !== 0xfeff) return parseMarkdown(text);
  const tree = parseMarkdown(text.slice(1));
  shiftPositions(tree, 0, 1, 1);
  return tree;
}

/** Moves every position in a tree: `lines` down, `offset` right, and `firstLineColumns` right on line 1. */
export function shiftPositions(node: Node, lines: number, offset: number, firstLineColumns = 0): void {
  const p = node.position;
  if (p) {
    for (const point of [p.start, p.end]) {
      if (firstLineColumns && point.line === 1) point.column += firstLineColumns;
      point.line += lines;
      if (point.offset !== undefined) point.offset += offset;
    }
  }
  const kids = (node as Parent).children;
  if (kids) for (const k of kids) shiftPositions(k, lines, offset, firstLineColumns);
}

// ── Chunks ────────────────────────────────────────────────────────────────────────────────────────
// micromark's cost grows faster than the text (a 20,000-line document takes far more than ten
// times a 2,000-line one), and an edit should not re-parse what it did not touch. So documents are
// parsed in chunks that start at top-level ATX headings. A chunk boundary is only kept when the
// parser itself confirms it: each chunk is parsed together with the next chunk's heading line, and
// the boundary holds only if that line came out as a heading at the top level (not swallowed by a
// fenced code block, an HTML block, a list or a table). After a top-level heading nothing is open,
// so the rest of the document parses exactly as on its own. Link reference and footnote definitions
// reach across the whole document, and the frontmatter is found by looking ahead to its closing
// fence, so a document with a definition is parsed whole, and no boundary comes before the closing
// `---`.

/** A heading line that may start a chunk: `#` … `######` at column 1. */
const ATX = /^#{1,6}(?:[ \t]|$)/;
/** A chunk grows until it has at least this many characters before it is cut at a deeper heading. */
const MIN_CHUNK_CHARS = 400;
/** After this many boundaries the parser refused, the document is parsed whole. */
const MAX_REFUSED = 4;

export interface ChunkSpan {
  /** Offset of the chunk in the document. */
  start: number;
  end: number;
  /** Number of line breaks before the chunk. */
  line: number;
}

/**
 * Where a document may be cut: offsets of candidate chunk starts (after the first chunk, which
 * starts at 0), by a cheap line scan. The parser confirms each one (see `parseChunks`).
 */
export function chunkSpans(text: string): ChunkSpan[] {
  const whole = [{ start: 0, end: text.length, line: 0 }];
  // Definitions (`[a]: /url`, `[^1]: note`) resolve references anywhere in the document.
  if (text.includes(']:')) return whole;
  let from = 0;
  if (/^\uFEFF?---/.test(text)) {
    const close = /(?:\r\n|\r|\n)---[ \t]*(?=\r\n|\r|\n|$)/.exec(text.slice(3));
    if (!close) return whole;
    from = 3 + close.index + close[0].length;
  }
  const spans: ChunkSpan[] = [];
  let chunkStart = 0;
  let chunkLine = 0;
  let line = 0;
  let fence: { char: string; length: number } | undefined;
  let i = 0;
  while (i < text.length) {
    // The line [i, eol), then its break.
    let eol = i;
    while (eol < text.length) {
      const c = text.charCodeAt(eol);
      if (c === 10 || c === 13) break;
      eol++;
    }
    const next = eol < text.length ? (text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1) : eol;
    if (i >= from) {
      const c = text.charCodeAt(i);
      if (c === 35 /* # */ && !fence) {
        const lineText = text.slice(i, Math.min(eol, i + 8));
        if (ATX.test(lineText) && i > chunkStart) {
          const depth = /^#+/.exec(lineText)![0].length;
          if (depth <= 2 || i - chunkStart >= MIN_CHUNK_CHARS) {
            spans.push({ start: chunkStart, end: i, line: chunkLine });
            chunkStart = i;
            chunkLine = line;
          }
        }
      } else if (c === 96 /* ` */ || c === 126 /* ~ */ || c === 32) {
        // Fenced code at the top level (the parser still checks every boundary; this only keeps
        // `# comment` lines in code from being offered as boundaries).
        const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(text.slice(i, eol));
        if (m) {
          if (!fence) {
            if (!(m[1][0] === '`' && m[2].includes('`'))) fence = { char: m[1][0], length: m[1].length };
          } else if (m[1][0] === fence.char && m[1].length >= fence.length && !m[2].trim()) fence = undefined;
        }
      }
    }
    if (next === i) break;
    i = next;
    line++;
  }
  spans.push({ start: chunkStart, end: text.length, line: chunkLine });
  return spans;
}

export interface ParsedChunk {
  /** The chunk's tree, positions relative to the chunk (line 1, offset 0 at its start). */
  tree: Root;
  /** False when the parser did not find the next chunk's heading at the top level. */
  boundaryHolds: boolean;
}

/** Parses a chunk with the heading line that follows it (if any) and says whether that line is a top-level heading. */
export function parseChunk(chunkText: string, nextHeadingLine: string): ParsedChunk {
  if (!nextHeadingLine) return { tree: parseMarkdownAt(chunkText), boundaryHolds: true };
  const tree = parseMarkdownAt(chunkText + nextHeadingLine);
  const last = tree.children[tree.children.length - 1];
  const boundaryHolds = last?.type === 'heading' && last.position?.start.offset === chunkText.length;
  if (boundaryHolds) tree.children.pop();
  return { tree, boundaryHolds };
}

/** The first line of `text` from `start`, without its line break. */
export function lineAt(text: string, start: number): string {
  let e = start;
  while (e < text.length && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
  return text.slice(start, e);
}

export interface DocumentChunk extends ChunkSpan {
  text: string;
  tree: Root;
}

/**
 * Parses a document in chunks, each tree relative to its chunk. `parseOne` may answer from a cache
 * (the incremental analyzer); the result is the same as parsing the document whole.
 */
export function parseChunks(text: string, parseOne: (chunkText: string, nextHeadingLine: string) => ParsedChunk = parseChunk): DocumentChunk[] {
  const spans = chunkSpans(text);
  const out: DocumentChunk[] = [];
  let refused = 0;
  let k = 0;
  while (k < spans.length) {
    const start = spans[k].start;
    const line = spans[k].line;
    let j = k;
    for (;;) {
      const end = spans[j].end;
      const chunkText = text.slice(start, end);
      const nextLine = j + 1 < spans.length ? lineAt(text, end) : '';
      const parsed = parseOne(chunkText, nextLine);
      if (parsed.boundaryHolds) {
        out.push({ start, end, line, text: chunkText, tree: parsed.tree });
        k = j + 1;
        break;
      }
      // The boundary did not hold (the heading line was inside something): join the next chunk.
      if (++refused > MAX_REFUSED) {
        const rest = text.slice(start);
        out.push({ start, end: text.length, line, text: rest, tree: parseOne(rest, '').tree });
        return out;
      }
      j++;
    }
  }
  return out;
}

function parseFrontmatter(text: string, lines: LineIndex, fm: NonNullable<ReturnType<typeof findFrontmatter>>): FrontmatterInfo {
  const yamlText = text.slice(fm.contentStart, fm.contentEnd);
  const info: FrontmatterInfo = { range: lines.range(fm.start, fm.end), keyRanges: {}, valueRanges: {}, errors: [] };
  if (!fm.closed) {
    info.errors.push({ message: 'unclosed', range: lines.range(fm.start, Math.min(fm.start + 3, text.length)) });
  }
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, uniqueKeys: true, prettyErrors: false, strict: true });
  const toRange = (r: [number, number] | readonly number[] | undefined): Range => {
    const s = fm.contentStart + (r?.[0] ?? 0);
    const e = fm.contentStart + (r?.[1] ?? r?.[0] ?? 0);
    return lines.range(s, Math.max(s, e));
  };
  for (const err of [...doc.errors, ...doc.warnings.filter((w) => w.code !== 'TAB_AS_INDENT')]) {
    const [s, e] = err.pos;
    // Point at the whole line of the error so the squiggle is visible even for a zero-width position.
    const startLine = lines.position(fm.contentStart + s).line;
    const endPos = Math.max(fm.contentStart + e, lines.lineEnd(startLine));
    info.errors.push({ message: err.message.split('\n')[0], range: lines.range(fm.contentStart + s, endPos) });
  }
  if (doc.errors.length === 0) {
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: 50 });
    } catch (err) {
      // An alias bomb or an alias to nothing: reported like a YAML error, on the frontmatter's first line.
      const line = lines.position(fm.contentStart).line;
      info.errors.push({ message: String((err as Error)?.message ?? err).split('\n')[0], range: lines.range(fm.contentStart, Math.max(fm.contentStart, lines.lineEnd(line))) });
      return info;
    }
    if (data && typeof data === 'object' && !Array.isArray(data)) info.data = data as Record<string, unknown>;
    else if (data != null) info.errors.push({ message: 'not-a-mapping', range: toRange([0, yamlText.length]) });
    else info.data = {};
    collectRanges(doc.contents as YamlNode | null, '', info, toRange);
  }
  return info;
}

function collectRanges(node: YamlNode | null, prefix: string, info: FrontmatterInfo, toRange: (r: readonly number[] | undefined) => Range, depth = 0): void {
  if (!node || !isMap(node) || depth > 4) return;
  for (const item of node.items) {
    if (!isPair(item)) continue;
    const key = isScalar(item.key) ? String(item.key.value) : undefined;
    if (key === undefined) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const keyNode = item.key as YamlNode;
    if (keyNode.range) info.keyRanges[path] = toRange(keyNode.range);
    const value = item.value as YamlNode | null;
    if (value?.range) info.valueRanges[path] = toRange([value.range[0], value.range[1]]);
    collectRanges(value, path, info, toRange, depth + 1);
  }
}
