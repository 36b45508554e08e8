// Completion and hover in the YAML frontmatter of Markdown documents, read from the same JSON Schema
// the engine validates with (schemas/frontmatter.schema.json). Line-based: the frontmatter is a small
// block of `key: value` lines, and this must answer while the YAML is half-typed and invalid.
import * as vscode from 'vscode';
import type { Locale } from '../core/types';
import schemaJson from '../../schemas/frontmatter.schema.json';
import { displayLocale } from './config';
import { findFrontmatter as findCoreFrontmatter } from '../core/parse';

interface Schema {
  title?: string;
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  $ref?: string;
  definitions?: Record<string, Schema>;
  'x-zh-TW'?: { title?: string; description?: string; unit?: string };
  'x-direction'?: 'higher' | 'lower';
  'x-unit'?: string;
  'x-aliases'?: string[];
  'x-enumDescriptions'?: string[];
  'x-examples'?: string[];
}

const ROOT = schemaJson as unknown as Schema;

function deref(s: Schema | undefined): Schema | undefined {
  let cur = s;
  for (let i = 0; cur?.$ref && i < 8; i++) {
    const m = /^#\/definitions\/(.+)$/.exec(cur.$ref);
    cur = m ? ROOT.definitions?.[m[1]] : undefined;
  }
  return cur;
}

const KPIS = deref({ $ref: '#/definitions/kpis' })!;
const KPI_OBJECT = deref({ $ref: '#/definitions/kpiObject' })!;
const UNIT = deref({ $ref: '#/definitions/unit' })!;

/** Canonical KPI key for a key or one of its aliases (`满意度`, `投诉率_万分比`, `Satisfaction`). */
export function canonicalKpi(key: string): string | undefined {
  const props = KPIS.properties ?? {};
  if (props[key]) return key;
  const k = key.trim().toLowerCase();
  for (const [id, s] of Object.entries(props)) {
    if (id.toLowerCase() === k) return id;
    if ((s['x-aliases'] ?? []).some((a) => a.toLowerCase() === k)) return id;
  }
  // Units folded into the key: `平均应答时长_秒`, `满意度_百分比`.
  const base = k.replace(/[_（(].*$/, '');
  if (base !== k) return canonicalKpi(base);
  return undefined;
}

export interface FrontmatterBlock {
  /** Line of the opening and closing `---` fences. */
  start: number;
  end: number;
}

/** The frontmatter as the engine reads it (core parse.ts): a block never closed runs to the first heading. */
export function findFrontmatter(doc: vscode.TextDocument): FrontmatterBlock | undefined {
  if (!/^(\uFEFF)?---\s*$/.test(doc.lineAt(0).text)) return undefined;
  const text = doc.getText();
  const found = findCoreFrontmatter(text);
  if (!found) return undefined;
  // Unclosed and no heading after it: every line to the end is still frontmatter being typed.
  return { start: 0, end: !found.closed && found.contentEnd >= text.length ? doc.lineCount : doc.positionAt(found.contentEnd).line };
}

const indentOf = (s: string) => /^\s*/.exec(s)![0].length;
const KEY_RE = /^(\s*)(?:-\s+)?("[^"]*"|'[^']*'|[^\s:#][^:#]*?)\s*:(?=\s|$)/;
const unquote = (k: string) => k.replace(/^["']|["']$/g, '');

/** The key path of the mapping that contains `line` (excluding the key on `line` itself). */
export function parentPath(doc: vscode.TextDocument, fm: FrontmatterBlock, line: number, indent: number): string[] {
  const path: string[] = [];
  let want = indent;
  for (let i = line - 1; i > fm.start && want > 0; i--) {
    const t = doc.lineAt(i).text;
    if (!t.trim() || t.trim().startsWith('#')) continue;
    const ind = indentOf(t);
    if (ind < want) {
      const m = KEY_RE.exec(t);
      if (m) path.unshift(unquote(m[2]));
      want = ind;
    }
  }
  return path;
}

/** The schema of the mapping at a path: root, kpis block (or an alias of it), one KPI object. */
export function schemaAt(path: string[]): Schema | undefined {
  let s: Schema | undefined = ROOT;
  for (const seg of path) {
    s = deref(s);
    if (!s) return undefined;
    if (s === KPIS) {
      const canon = canonicalKpi(seg);
      s = canon ? KPI_OBJECT : typeof s.additionalProperties === 'object' ? KPI_OBJECT : undefined;
      continue;
    }
    s = s.properties?.[seg] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
  }
  return deref(s);
}

function localized(s: Schema, locale: Locale): { title: string; description: string } {
  if (locale === 'zh-TW' && s['x-zh-TW']) return { title: s['x-zh-TW'].title ?? s.title ?? '', description: s['x-zh-TW'].description ?? s.description ?? '' };
  return { title: s.title ?? '', description: s.description ?? '' };
}

/** Markdown for a KPI: definition, unit, better direction. */
export function kpiHover(key: string, locale: Locale): vscode.MarkdownString | undefined {
  const canon = canonicalKpi(key);
  if (!canon) return undefined;
  const s = KPIS.properties![canon];
  const { title, description } = localized(s, locale);
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${title}** \`${canon}\`${canon !== key ? ` ← \`${key}\`` : ''}\n\n`);
  md.appendMarkdown(`${description}\n\n`);
  const dir = s['x-direction'];
  const dirText =
    dir === 'higher' ? vscode.l10n.t('Higher is better') : dir === 'lower' ? vscode.l10n.t('Lower is better') : vscode.l10n.t('No better direction: read the trend');
  md.appendMarkdown(`- ${vscode.l10n.t('Unit')}: ${(locale === 'zh-TW' && s['x-zh-TW']?.unit) || s['x-unit'] || ''}\n- ${vscode.l10n.t('Better')}: ${dirText}\n`);
  return md;
}

function enumCompletions(s: Schema, range: vscode.Range | undefined): vscode.CompletionItem[] {
  const descs = s['x-enumDescriptions'] ?? [];
  return (s.enum ?? []).map((v, i) => {
    const text = String(v);
    const item = new vscode.CompletionItem(text, vscode.CompletionItemKind.EnumMember);
    item.detail = descs[i];
    // `%` and `‱` must be quoted in YAML (a `%` starts a directive at the start of a document).
    item.insertText = /^[%‱]/.test(text) ? `"${text}"` : text;
    if (range) item.range = range;
    item.sortText = String(i).padStart(3, '0');
    return item;
  });
}

export class FrontmatterCompletion implements vscode.CompletionItemProvider {
  provideCompletionItems(doc: vscode.TextDocument, pos: vscode.Position): vscode.CompletionItem[] | undefined {
    const fm = findFrontmatter(doc);
    if (!fm || pos.line <= fm.start || pos.line >= fm.end) return undefined;
    const locale = displayLocale(doc.uri.scheme === 'untitled' ? undefined : doc.uri);
    const line = doc.lineAt(pos.line).text;
    const before = line.slice(0, pos.character);
    const keyMatch = KEY_RE.exec(line);
    const indent = indentOf(line);

    // After `key:` → values of that key.
    if (keyMatch && before.length >= keyMatch[0].length) {
      const key = unquote(keyMatch[2]);
      const parent = schemaAt(parentPath(doc, fm, pos.line, indent));
      const s = deref(key === 'unit' ? UNIT : parent === KPIS ? undefined : parent?.properties?.[key]);
      if (!s) return undefined;
      const valueStart = keyMatch[0].length + (/^\s*/.exec(line.slice(keyMatch[0].length))![0].length);
      const range = new vscode.Range(pos.line, Math.min(valueStart, pos.character), pos.line, Math.max(pos.character, line.trimEnd().length));
      if (s.enum) return enumCompletions(s, range);
      if (s['x-examples']) return s['x-examples'].map((e) => Object.assign(new vscode.CompletionItem(e, vscode.CompletionItemKind.Value), { range }));
      return undefined;
    }

    // At a key position → keys of the enclosing mapping not used yet.
    const path = parentPath(doc, fm, pos.line, indent);
    const s = schemaAt(path);
    if (!s?.properties) return undefined;
    const used = new Set<string>();
    for (let i = fm.start + 1; i < fm.end; i++) {
      if (i === pos.line) continue;
      const t = doc.lineAt(i).text;
      const m = KEY_RE.exec(t);
      if (m && indentOf(t) === indent && parentPath(doc, fm, i, indent).join('.') === path.join('.')) used.add(unquote(m[2]));
    }
    const wordRange = doc.getWordRangeAtPosition(pos, /[\w\-\u4e00-\u9fff]+/);
    const items: vscode.CompletionItem[] = [];
    const isKpis = s === KPIS;
    for (const [key, raw] of Object.entries(s.properties)) {
      if (used.has(key)) continue;
      const ps = deref(raw) ?? raw;
      const { title, description } = localized(isKpis ? raw : { ...ps, ...raw, 'x-zh-TW': raw['x-zh-TW'] ?? ps['x-zh-TW'] }, locale);
      const item = new vscode.CompletionItem({ label: key, description: title }, isKpis ? vscode.CompletionItemKind.Field : vscode.CompletionItemKind.Property);
      item.documentation = isKpis ? kpiHover(key, locale) : new vscode.MarkdownString(description);
      if (wordRange) item.range = wordRange;
      // Aliases typed in Chinese find the canonical key too.
      item.filterText = [key, ...(raw['x-aliases'] ?? [])].join(' ');
      const child = deref(isKpis ? KPI_OBJECT : ps);
      const nested = isKpis || (child?.properties && child.type === 'object');
      const pad = ' '.repeat(indent + 2);
      if (isKpis) {
        item.insertText = new vscode.SnippetString(`${key}:\n${pad}actual: \${1}\n${pad}target: \${2}\n${pad}unit: \${3|${(UNIT.enum as string[]).map((u) => (/^[%‱]/.test(u) ? `"${u}"` : u)).join(',')}|}`);
      } else if (nested) {
        item.insertText = new vscode.SnippetString(`${key}:\n${pad}\${0}`);
      } else if (ps.enum) {
        item.insertText = new vscode.SnippetString(`${key}: \${1|${ps.enum.join(',')}|}`);
      } else {
        item.insertText = new vscode.SnippetString(`${key}: \${0}`);
      }
      items.push(item);
    }
    return items;
  }
}

export class FrontmatterHover implements vscode.HoverProvider {
  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const fm = findFrontmatter(doc);
    if (!fm || pos.line <= fm.start || pos.line >= fm.end) return undefined;
    const line = doc.lineAt(pos.line).text;
    const m = KEY_RE.exec(line);
    if (!m) return undefined;
    const keyStart = m[1].length + (line.slice(m[1].length).startsWith('-') ? /^-\s+/.exec(line.slice(m[1].length))![0].length : 0);
    const key = unquote(m[2]);
    const keyEnd = keyStart + m[2].length;
    if (pos.character < keyStart || pos.character > keyEnd) return undefined;
    const range = new vscode.Range(pos.line, keyStart, pos.line, keyEnd);
    const locale = displayLocale(doc.uri.scheme === 'untitled' ? undefined : doc.uri);
    const path = parentPath(doc, fm, pos.line, indentOf(line));
    const parent = schemaAt(path);
    if (parent === KPIS) {
      const md = kpiHover(key, locale);
      if (md) return new vscode.Hover(md, range);
      return new vscode.Hover(new vscode.MarkdownString(vscode.l10n.t('Not a known KPI: it is kept as written, under its own name.')), range);
    }
    const s = parent?.properties?.[key];
    if (!s) return undefined;
    const d = deref(s) ?? s;
    const { title, description } = localized({ ...d, ...s, 'x-zh-TW': s['x-zh-TW'] ?? d['x-zh-TW'] }, locale);
    const md = new vscode.MarkdownString(`**${title}** \`${key}\`\n\n${description}`);
    if (d.enum) md.appendMarkdown(`\n\n${d.enum.map((v, i) => `- \`${String(v)}\`${d['x-enumDescriptions']?.[i] ? ` — ${d['x-enumDescriptions'][i]}` : ''}`).join('\n')}`);
    return new vscode.Hover(md, range);
  }
}
