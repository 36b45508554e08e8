// Markdown → .docx with the `docx` library. Pure (no `node:` imports): `docx` packs with JSZip, so the
// same builder runs in the CLI, the desktop extension and the web extension, and returns bytes that
// the caller writes (fs, or vscode.workspace.fs).
//
// What Word and WPS users expect: a title page from the frontmatter, headings in Word's Heading 1–6
// styles (navigation pane), GFM tables as Word tables, real lists, the KPI table, East-Asian fonts
// (宋体 / 微软雅黑 for Simplified, 新細明體 / 微軟正黑體 for Traditional, with Latin fonts), page
// numbers in the footer, and optionally the completeness scorecard as an appendix.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkCjkFriendly from 'remark-cjk-friendly';
import type { Root, RootContent, PhrasingContent, List, Table as MdTable, TableCell as MdTableCell } from 'mdast';
import type { AnalyzeResult, Locale } from './types';
import { docMeta } from './render/report';
import { formatNumber, kpiRows, unitLabel } from './render/panels';
import { t } from './render/labels';
import { colon } from './i18n/common';

export interface DocxOptions {
  locale?: Locale;
  /** Add the completeness scorecard as an appendix. */
  appendix?: boolean;
  /** Add the KPI table after the title page (default true when the document has KPIs). */
  kpiTable?: boolean;
  /** Title page (default true). */
  titlePage?: boolean;
}

interface Fonts {
  body: { ascii: string; hAnsi: string; eastAsia: string; cs: string };
  heading: { ascii: string; hAnsi: string; eastAsia: string; cs: string };
  mono: { ascii: string; hAnsi: string; eastAsia: string; cs: string };
  lang: { value: string; eastAsia: string };
}

export function fontsFor(locale: Locale): Fonts {
  const tw = locale === 'zh-TW';
  const bodyEa = tw ? '新細明體' : '宋体';
  const headEa = tw ? '微軟正黑體' : '微软雅黑';
  return {
    body: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: bodyEa, cs: 'Times New Roman' },
    heading: { ascii: 'Arial', hAnsi: 'Arial', eastAsia: headEa, cs: 'Arial' },
    mono: { ascii: 'Consolas', hAnsi: 'Consolas', eastAsia: bodyEa, cs: 'Consolas' },
    lang: { value: locale === 'en' ? 'en-US' : tw ? 'zh-TW' : 'zh-CN', eastAsia: tw ? 'zh-TW' : 'zh-CN' },
  };
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
}

class Builder {
  private listInstance = 0;
  constructor(private fonts: Fonts) {}

  runs(nodes: PhrasingContent[], style: RunStyle = {}): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    for (const n of nodes) {
      switch (n.type) {
        case 'text':
          out.push(this.text(n.value.replace(/\r?\n/g, ' '), style));
          break;
        case 'strong':
          out.push(...this.runs(n.children, { ...style, bold: true }));
          break;
        case 'emphasis':
          out.push(...this.runs(n.children, { ...style, italics: true }));
          break;
        case 'delete':
          out.push(...this.runs(n.children, { ...style, strike: true }));
          break;
        case 'inlineCode':
          out.push(this.text(n.value, { ...style, code: true }));
          break;
        case 'break':
          out.push(new TextRun({ break: 1 }));
          break;
        case 'link': {
          const inner = this.runs(n.children, style);
          if (/^(https?|mailto):/i.test(n.url)) {
            out.push(new ExternalHyperlink({ link: n.url, children: inner.map((r) => (r instanceof TextRun ? r : r)) as TextRun[] }));
          } else out.push(...inner);
          break;
        }
        case 'image':
          out.push(this.text(`[${n.alt || n.url}]`, { ...style, italics: true }));
          break;
        case 'html':
          if (/^<br\s*\/?>$/i.test(n.value.trim())) out.push(new TextRun({ break: 1 }));
          break;
        case 'footnoteReference':
          out.push(this.text(`[${n.label ?? n.identifier}]`, style));
          break;
        default:
          if ('children' in n) out.push(...this.runs((n as { children: PhrasingContent[] }).children, style));
          else if ('value' in n) out.push(this.text(String((n as { value: string }).value), style));
      }
    }
    return out;
  }

  text(s: string, style: RunStyle): TextRun {
    return new TextRun({
      text: s,
      bold: style.bold,
      italics: style.italics,
      strike: style.strike,
      font: style.code ? this.fonts.mono : undefined,
      shading: style.code ? { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } : undefined,
    });
  }

  blocks(nodes: RootContent[], ctx: { listLevel?: number; quote?: boolean } = {}): (Paragraph | Table)[] {
    const out: (Paragraph | Table)[] = [];
    for (const n of nodes) {
      switch (n.type) {
        case 'heading':
          out.push(new Paragraph({ heading: HEADINGS[Math.min(6, Math.max(1, n.depth)) - 1], children: this.runs(n.children) }));
          break;
        case 'paragraph':
          out.push(new Paragraph({ children: this.runs(n.children, ctx.quote ? { italics: true } : {}), indent: ctx.quote ? { left: 567 } : undefined }));
          break;
        case 'list':
          out.push(...this.list(n, ctx.listLevel ?? 0));
          break;
        case 'table':
          out.push(this.table(n), new Paragraph({}));
          break;
        case 'blockquote':
          out.push(...this.blocks(n.children, { ...ctx, quote: true }));
          break;
        case 'code':
          for (const line of n.value.split(/\r?\n/)) {
            out.push(new Paragraph({ children: [this.text(line || ' ', { code: true })], spacing: { before: 0, after: 0 } }));
          }
          out.push(new Paragraph({}));
          break;
        case 'thematicBreak':
          out.push(new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'AAAAAA', space: 1 } } }));
          break;
        case 'html':
          break; // raw HTML is never carried into the export
        case 'yaml':
          break;
        case 'footnoteDefinition':
          out.push(...this.blocks(n.children, ctx));
          break;
        default:
          if ('children' in n) out.push(...this.blocks((n as { children: RootContent[] }).children, ctx));
      }
    }
    return out;
  }

  list(list: List, level: number): (Paragraph | Table)[] {
    const out: (Paragraph | Table)[] = [];
    const instance = ++this.listInstance;
    for (const item of list.children) {
      let first = true;
      for (const child of item.children) {
        if (child.type === 'paragraph' && first) {
          const prefix = item.checked === true ? '☑ ' : item.checked === false ? '☐ ' : '';
          const runs = this.runs(child.children);
          if (prefix) runs.unshift(this.text(prefix, {}));
          out.push(
            new Paragraph({
              children: runs,
              ...(list.ordered
                ? { numbering: { reference: 'csplan-ordered', level: Math.min(level, 8), instance } }
                : { bullet: { level: Math.min(level, 8) } }),
            }),
          );
          first = false;
        } else if (child.type === 'list') {
          out.push(...this.list(child, level + 1));
        } else {
          const inner = this.blocks([child], { listLevel: level + 1 });
          for (const p of inner) {
            out.push(p instanceof Paragraph && child.type === 'paragraph' ? new Paragraph({ children: this.runs(child.children), indent: { left: 720 * (level + 1) } }) : p);
          }
          first = false;
        }
      }
    }
    return out;
  }

  table(table: MdTable): Table {
    const columns = Math.max(1, ...table.children.map((r) => r.children.length));
    const rows = table.children.map(
      (row, i) =>
        new TableRow({
          tableHeader: i === 0,
          children: Array.from({ length: columns }, (_, c) => {
            const cell: MdTableCell | undefined = row.children[c];
            const align = table.align?.[c];
            return new TableCell({
              shading: i === 0 ? { type: ShadingType.CLEAR, color: 'auto', fill: 'EDEDED' } : undefined,
              children: [
                new Paragraph({
                  alignment: align === 'right' ? AlignmentType.RIGHT : align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
                  children: this.runs(cell?.children ?? [], i === 0 ? { bold: true } : {}),
                }),
              ],
            });
          }),
        }),
    );
    return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
  }

  simpleTable(header: string[], body: string[][], bad?: (r: number, c: number) => boolean): Table {
    const cell = (s: string, head: boolean, red: boolean) =>
      new TableCell({
        shading: head ? { type: ShadingType.CLEAR, color: 'auto', fill: 'EDEDED' } : undefined,
        children: [new Paragraph({ children: [new TextRun({ text: s, bold: head || red, color: red ? 'C00000' : undefined })] })],
      });
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true, false)) }),
        ...body.map((r, ri) => new TableRow({ children: r.map((s, ci) => cell(s, false, !!bad?.(ri, ci))) })),
      ],
    });
  }
}

/** Parses Markdown the way the preview does (frontmatter kept out of the body). */
export function parseMarkdown(text: string): Root {
  const proc = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkCjkFriendly);
  return proc.runSync(proc.parse(text)) as Root;
}

/** Builds the `docx` Document (exposed for tests and callers who want another output type). */
export function buildDocxDocument(text: string, result: AnalyzeResult, options: DocxOptions = {}): Document {
  const locale = options.locale ?? 'en';
  const fonts = fontsFor(locale);
  const b = new Builder(fonts);
  const meta = docMeta(result, locale);
  const tree = parseMarkdown(text);
  const children: (Paragraph | Table)[] = [];

  if (options.titlePage !== false) {
    children.push(new Paragraph({ spacing: { before: 2400 } }));
    children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(meta.title)] }));
    const lines = ([['type', meta.type], ['team', meta.team], ['author', meta.author], ['period', meta.period]] as const).filter(([, v]) => v);
    for (const [k, v] of lines) {
      children.push(
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120 }, children: [new TextRun({ text: `${t(k, locale)}${colon(locale)}`, bold: true }), new TextRun(v!)] }),
      );
    }
    const rows = options.kpiTable === false ? [] : kpiRows(result, locale);
    if (rows.length) {
      children.push(new Paragraph({ spacing: { before: 600 }, children: [new TextRun({ text: t('kpiPanel', locale), bold: true, size: 26 })] }));
      children.push(
        b.simpleTable(
          [t('kpi', locale), t('baseline', locale), t('actual', locale), t('target', locale), t('unit', locale), t('direction', locale)],
          rows.map((r) => [
            r.name,
            formatNumber(r.baseline),
            formatNumber(r.actual),
            formatNumber(r.target),
            unitLabel(r.unit, locale),
            r.direction ? `${r.direction === 'higher' ? '↑' : '↓'} ${t(r.direction, locale)}` : t('neutral', locale),
          ]),
          (ri, ci) => (ci === 3 && rows[ri].targetWorse) || (ci === 2 && rows[ri].mismatch),
        ),
      );
    }
    children.push(new Paragraph({ children: [new PageBreak()] }));
  }

  children.push(...b.blocks(tree.children));

  if (options.appendix) {
    const c = result.completeness;
    children.push(new Paragraph({ children: [new PageBreak()] }));
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(t('appendix', locale))] }));
    children.push(new Paragraph({ children: [new TextRun({ text: `${t('score', locale)}${colon(locale)}${c.score}/100 · ${t('metOf', locale, { met: c.met, total: c.total })}`, bold: true })] }));
    children.push(
      b.simpleTable(
        [t('item', locale), t('status', locale)],
        c.items.map((i) => [i.label, i.met ? `✓ ${t('met', locale)}` : `✗ ${t('missing', locale)}`]),
        (ri, ci) => ci === 1 && !c.items[ri].met,
      ),
    );
  }

  const levels = Array.from({ length: 9 }, (_, level) => ({
    level,
    format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level % 3],
    text: `%${level + 1}.`,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));

  return new Document({
    creator: meta.author ?? 'csplan',
    title: meta.title,
    description: meta.period ? `${meta.title} (${meta.period})` : meta.title,
    styles: {
      default: {
        document: { run: { font: fonts.body, size: 24, language: fonts.lang }, paragraph: { spacing: { line: 360, after: 120 } } },
        title: { run: { font: fonts.heading, size: 44, bold: true } },
        heading1: { run: { font: fonts.heading, size: 36, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true } },
        heading2: { run: { font: fonts.heading, size: 32, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true } },
        heading3: { run: { font: fonts.heading, size: 28, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true } },
        heading4: { run: { font: fonts.heading, size: 26, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true } },
        heading5: { run: { font: fonts.heading, size: 24, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true } },
        heading6: { run: { font: fonts.heading, size: 24, bold: true, italics: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true } },
      },
    },
    numbering: { config: [{ reference: 'csplan-ordered', levels }] },
    sections: [
      {
        properties: { titlePage: options.titlePage !== false },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: pageNumberRuns(locale),
              }),
            ],
          }),
          first: new Footer({ children: [new Paragraph({})] }),
        },
        children,
      },
    ],
  });
}

function pageNumberRuns(locale: Locale): TextRun[] {
  const [before, after] = t('page', locale).split('{page}');
  return [new TextRun({ children: [before, PageNumber.CURRENT, after] })];
}

/** The .docx bytes. */
export async function buildDocx(text: string, result: AnalyzeResult, options: DocxOptions = {}): Promise<Uint8Array> {
  return Packer.pack(buildDocxDocument(text, result, options), 'uint8array');
}
