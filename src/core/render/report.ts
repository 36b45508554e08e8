// The whole preview body (scorecard, KPI panel, rendered document) and the self-contained HTML export.
import type { AnalyzeResult, Locale } from '../types';
import { renderHtml } from '../render';
import { DOC_TYPE_LABELS, escapeHtml, t } from './labels';
import { kpiPanelHtml, scorecardHtml } from './panels';
import { executionHtml } from './execution';

export interface ReportOptions {
  locale?: Locale;
  allowRemoteImages?: boolean;
  /** Buttons to jump / insert (the preview). */
  interactive?: boolean;
  /** A summary with no linked plan gets a one-line hint how to link one (the preview). */
  executionHint?: boolean;
  /** The `plan:` of the summary, when it points to no file. */
  planMissing?: string;
}

export interface ReportHtml {
  /** Scorecard + KPI panel + document, to put inside `<body>`. */
  html: string;
  /** The document part alone. */
  documentHtml: string;
  lineMap: number[];
}

export function renderReport(text: string, result: AnalyzeResult, options: ReportOptions = {}): ReportHtml {
  const locale = options.locale ?? 'en';
  const doc = renderHtml(text, { allowRemoteImages: options.allowRemoteImages, locale });
  const panels =
    `<aside class="csplan-panels">` +
    scorecardHtml(result.completeness, { locale, interactive: options.interactive }) +
    executionHtml(result, { locale, interactive: options.interactive, hint: options.executionHint, planMissing: options.planMissing }) +
    kpiPanelHtml(result, { locale, interactive: options.interactive }) +
    `</aside>`;
  const html = `${panels}<article class="csplan-doc" lang="${htmlLang(locale)}">${doc.html}</article>`;
  return { html, documentHtml: doc.html, lineMap: doc.lineMap };
}

export function htmlLang(locale: Locale): string {
  return locale === 'zh-CN' ? 'zh-Hans' : locale === 'zh-TW' ? 'zh-Hant' : 'en';
}

/** Frontmatter fields the title page and the HTML header show. */
export interface DocMeta {
  title: string;
  team?: string;
  author?: string;
  period?: string;
  type?: string;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (typeof v === 'number') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return undefined;
}

/** Title (frontmatter `title`, else the first `#` heading, else the first heading), team, author, period. */
export function docMeta(result: AnalyzeResult, locale: Locale = 'en'): DocMeta {
  const data = result.model.frontmatter?.data ?? {};
  const sections = result.model.sections ?? [];
  const h1 = sections.find((s) => s.depth === 1) ?? sections[0];
  const title = str(data.title) ?? h1?.title ?? t('untitled', locale);
  const type = result.model.type ? DOC_TYPE_LABELS[result.model.type]?.[locale] : undefined;
  return { title, team: str(data.team), author: str(data.author), period: str(data.period), type };
}

export interface StandaloneOptions extends ReportOptions {
  /** The stylesheet to inline (media/preview.css). */
  css: string;
}

/**
 * A self-contained HTML file: the preview's HTML with its CSS inlined, no script, and a CSP that
 * forbids scripts even if something slipped through.
 */
export function standaloneHtml(text: string, result: AnalyzeResult, options: StandaloneOptions): string {
  const locale = options.locale ?? 'en';
  const report = renderReport(text, result, { ...options, interactive: false });
  const meta = docMeta(result, locale);
  const metaLine = (
    [
      ['type', meta.type],
      ['team', meta.team],
      ['author', meta.author],
      ['period', meta.period],
    ] as const
  )
    .filter(([, v]) => v)
    .map(([k, v]) => `<span class="csplan-meta-item"><span class="csplan-meta-key">${escapeHtml(t(k, locale))}</span> ${escapeHtml(v!)}</span>`)
    .join('');
  const imgSrc = options.allowRemoteImages ? 'https: http:' : "'none'";
  // `</style` inside the CSS would end the element early: the stylesheet is ours, but be safe.
  const css = options.css.replace(/<\/(style)/gi, '<\\/$1');
  return (
    `<!DOCTYPE html>\n<html lang="${htmlLang(locale)}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src ${imgSrc}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="generator" content="csplan">\n` +
    `<title>${escapeHtml(meta.title)}</title>\n<style>\n${css}\n</style>\n</head>\n` +
    `<body class="csplan-export">\n<header class="csplan-meta">${metaLine}</header>\n<main class="csplan-root">${report.html}</main>\n</body>\n</html>\n`
  );
}
