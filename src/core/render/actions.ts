// What the preview does when a scorecard item is clicked: where to jump, and which engine fix
// inserts a missing part. Pure, so it is unit-tested without an editor.
import type { AnalyzeResult, CompletenessItem, Fix, PartId, Range } from '../types';
import { PART_NAMES } from '../i18n/common';
import { LOCALES } from '../types';

export function itemById(result: AnalyzeResult, id: string): CompletenessItem | undefined {
  return result.completeness.items.find((i) => i.id === id);
}

/** The `missing-section` fix that inserts `part` (its message names the part, in any locale). */
export function insertFixForPart(result: AnalyzeResult, part: PartId): Fix | undefined {
  const names = LOCALES.map((l) => PART_NAMES[part]?.[l]).filter(Boolean);
  for (const f of result.findings) {
    if (f.rule !== 'missing-section' || !f.fixes?.length) continue;
    if (names.some((n) => f.message.includes(`“${n}”`) || f.message.includes(`「${n}」`) || f.message.includes(`"${n}"`))) {
      return f.fixes.find((x) => x.preferred) ?? f.fixes[0];
    }
  }
  return undefined;
}

/** Where "jump" goes for an item: its range, else the given line. */
export function jumpTarget(result: AnalyzeResult, id: string | undefined, line: number | undefined): Range | { line: number } | undefined {
  const item = id ? itemById(result, id) : undefined;
  if (item?.range) return item.range;
  return line ? { line } : undefined;
}
