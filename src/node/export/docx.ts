// .docx export for Node callers. The builder itself is pure (src/core/export-docx.ts) so that the
// VS Code extension, desktop and web, produces the same bytes; this module only adds the Node side.
import type { AnalyzeResult } from '../../core/types';
import { buildDocx, type DocxOptions } from '../../core/export-docx';

export type { DocxOptions };

export async function exportDocx(text: string, result: AnalyzeResult, options: DocxOptions = {}): Promise<Buffer> {
  return Buffer.from(await buildDocx(text, result, options));
}
