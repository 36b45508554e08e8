// Parsing: Markdown through unified + remark-parse + remark-gfm + remark-frontmatter, and the YAML
// frontmatter through `yaml` with positions, so findings point at the exact key in the file.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { LineCounter, parseDocument, isMap, isScalar, isPair, type Node as YamlNode } from 'yaml';
import type { Root } from 'mdast';
import type { FrontmatterInfo, Range } from './types';
import { LineIndex } from './text';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** The bare Markdown parse (also the benchmark's floor). */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}

export interface ParsedDocument {
  text: string;
  lines: LineIndex;
  tree: Root;
  frontmatter?: FrontmatterInfo;
}

/** Finds the frontmatter block: `---` on the first line (after an optional BOM) to the next `---` or `...`. */
export function findFrontmatter(text: string): { start: number; contentStart: number; contentEnd: number; end: number; closed: boolean } | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const open = /^---[ \t]*(\r?\n|\r)/.exec(text.slice(bom, bom + 8));
  if (!open) return undefined;
  const contentStart = bom + open[0].length;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(contentStart);
  const m = close.exec(rest);
  if (!m) return { start: bom, contentStart, contentEnd: text.length, end: text.length, closed: false };
  const contentEnd = contentStart + m.index;
  return { start: bom, contentStart, contentEnd, end: contentEnd + m[0].length, closed: true };
}

export function parse(text: string): ParsedDocument {
  const lines = new LineIndex(text);
  const tree = parseMarkdown(text);
  const fm = findFrontmatter(text);
  return { text, lines, tree, frontmatter: fm ? parseFrontmatter(text, lines, fm) : undefined };
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
    const data = doc.toJS({ maxAliasCount: 50 });
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
