import type { Finding, TextEdit } from './types';

/** Applies non-overlapping edits (offsets into `text`); later edits first so offsets stay valid. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) continue; // overlaps an edit already applied: skip it, a later pass picks it up
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

/** Applies the preferred (else first) fix of every finding that has one. */
export function applyFixes(text: string, findings: Finding[]): string {
  const edits: TextEdit[] = [];
  for (const f of findings) {
    const fix = f.fixes?.find((x) => x.preferred) ?? f.fixes?.[0];
    if (fix) edits.push(...fix.edits);
  }
  return applyEdits(text, edits);
}
