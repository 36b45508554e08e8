import type { Finding, TextEdit } from './types';

/**
 * The edits of `edits` that can be applied together, in text order: out-of-range edits are dropped,
 * and of two overlapping edits the one further down the text wins (a later pass picks the other up).
 * Insertions at one offset: text that continues the line (`；责任人：…` appended to an item) comes
 * before text that starts on a new line (a part appended at the end of the document); otherwise they
 * keep the order they were given in, so parts inserted at one place follow the document type's order.
 */
export function plannedEdits(text: string, edits: TextEdit[]): TextEdit[] {
  const indexed = edits
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= text.length);
  const newLine = (e: TextEdit) => (e.start === e.end && /^[\r\n]/.test(e.text) ? 1 : 0);
  indexed.sort((a, b) => b.e.start - a.e.start || b.e.end - a.e.end || newLine(b.e) - newLine(a.e) || b.i - a.i);
  const out: TextEdit[] = [];
  let limit = Infinity;
  for (const { e } of indexed) {
    if (e.end > limit) continue;
    out.push(e);
    limit = e.start;
  }
  return out.reverse();
}

/** Applies non-overlapping edits (offsets into `text`); see plannedEdits for which are applied. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const planned = plannedEdits(text, edits);
  let out = '';
  let at = 0;
  for (const e of planned) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/** The preferred (else first) fix's edits of every finding that has one. */
export function fixEdits(findings: Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const f of findings) {
    const fix = f.fixes?.find((x) => x.preferred) ?? f.fixes?.[0];
    if (fix) edits.push(...fix.edits);
  }
  return edits;
}

/** Applies the preferred (else first) fix of every finding that has one. */
export function applyFixes(text: string, findings: Finding[]): string {
  return applyEdits(text, fixEdits(findings));
}
