// Self-contained HTML export for Node callers (the CLI): the preview's HTML with media/preview.css
// inlined and no script. The VS Code command builds the same file with `standaloneHtml` and reads
// the stylesheet through vscode.workspace.fs instead.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AnalyzeResult, Locale } from '../../core/types';
import { standaloneHtml } from '../../core/render/report';

let cachedCss: string | undefined;

/**
 * media/preview.css of this package: found by walking up from this module (src/node/export when run
 * from source, dist/ when bundled).
 */
export function previewCssPath(from: string = __dirname): string | undefined {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    const p = join(dir, 'media', 'preview.css');
    if (existsSync(p)) return p;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

export function readPreviewCss(): string {
  if (cachedCss !== undefined) return cachedCss;
  const p = previewCssPath();
  if (!p) throw new Error('media/preview.css not found next to the csplan package');
  cachedCss = readFileSync(p, 'utf8');
  return cachedCss;
}

export interface HtmlExportOptions {
  locale?: Locale;
  allowRemoteImages?: boolean;
  /** Stylesheet to inline; default: media/preview.css. */
  css?: string;
}

export function exportHtml(text: string, result: AnalyzeResult, options: HtmlExportOptions = {}): string {
  return standaloneHtml(text, result, { css: options.css ?? readPreviewCss(), locale: options.locale, allowRemoteImages: options.allowRemoteImages });
}
