// Which Markdown documents csplan has something to say about: summaries, plans and SOPs. A README or
// meeting notes in the same folder are not, and every rule would only be noise on them. The editor
// (src/vscode/linter.ts), the team dashboard and `csplan lint` on a folder all ask this one question.
import type { AnalyzeResult } from './types';

/** True for a document with csplan frontmatter (`type` or `kpis`), or with two recognised parts. */
export function isCsplanDocument(result: AnalyzeResult): boolean {
  const m = result.model;
  if (m.typeSource === 'frontmatter') return true;
  if (m.frontmatter?.data && ('kpis' in m.frontmatter.data || 'type' in m.frontmatter.data)) return true;
  const parts = new Set(m.sections.map((s) => s.part).filter(Boolean));
  return parts.size >= 2;
}
