// What the robustness suite checks on one input, shared by the properties (generated inputs, fixed
// seeds; properties.test.ts, incremental.test.ts, cli-fix.test.ts) and the regression cases (named
// inputs the fuzzer found; regressions.test.ts). Each function throws an AssertionError saying what
// broke.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyze, type InternalOptions } from '../../src/core/analyze';
import { createAnalyzer } from '../../src/core/incremental';
import { applyFixes, fixEdits, plannedEdits } from '../../src/core/fixes';
import { isBlank } from '../../src/core/text';
import { VAGUE_TIME } from '../../src/core/model/lexicon';
import { checkText, MAX_FIX_PASSES, type CheckOptions } from '../../src/cli/check';
import type { AnalyzeResult, Finding, Locale, Range, TextEdit } from '../../src/core/types';
import { applyEdit, type Edit } from './arbitraries';
import { expectedPosition } from './run';
import { affectedByOpenIssue, rangeExcused } from './known-issues';

export const now = new Date(2026, 10, 23);
export const locales: Locale[] = ['en', 'zh-CN', 'zh-TW'];
/** The i-th case's options: the three UI languages in turn, "today" pinned. */
export const optionsFor = (i: number): InternalOptions => ({ now, locale: locales[i % 3] });

// ── analyze() is total, its positions mean what they say, it is deterministic ────────────────────

export function checkTotal(text: string, o: InternalOptions): void {
  const r = analyze(text, o);
  assert.ok(Array.isArray(r.findings));
  assert.ok(r.completeness.score >= 0 && r.completeness.score <= 100);
}

function checkPosition(text: string, p: { line: number; column: number; offset: number }, what: string): void {
  assert.ok(Number.isInteger(p.offset) && p.offset >= 0 && p.offset <= text.length, `${what}: offset ${p.offset} outside 0..${text.length}`);
  const e = expectedPosition(text, p.offset);
  assert.equal(`${p.line}:${p.column}`, `${e.line}:${e.column}`, `${what}: line:column for offset ${p.offset}`);
}

function checkRange(text: string, r: Range, what: string): void {
  checkPosition(text, r.start, `${what} start`);
  checkPosition(text, r.end, `${what} end`);
  assert.ok(r.start.offset <= r.end.offset, `${what}: start ${r.start.offset} after end ${r.end.offset}`);
}

/** A boundary that would split a character: inside a surrogate pair, or between \r and \n. */
function splitsCharacter(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) || (before === 13 && after === 10);
}

export function checkRanges(text: string, o: InternalOptions): void {
  const { findings, completeness, model } = analyze(text, o);
  for (const f of findings) {
    if (!rangeExcused(f.rule, f.range)) checkRange(text, f.range, `${f.rule} finding`);
    assert.ok(f.message.trim().length > 0, `${f.rule}: empty message`);
    for (const fix of f.fixes ?? []) {
      for (const e of fix.edits) {
        assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${f.rule} fix edit ${e.start}..${e.end} outside 0..${text.length}`);
        assert.ok(!splitsCharacter(text, e.start) && !splitsCharacter(text, e.end), `${f.rule} fix edit ${e.start}..${e.end} splits a character`);
      }
    }
  }
  for (const item of completeness.items) if (item.range && !rangeExcused(item.id, item.range)) checkRange(text, item.range, `scorecard ${item.id}`);
  for (const s of model.sections) checkRange(text, s.range, `section ${s.title}`);
}

export function checkDeterministic(text: string, o: InternalOptions): void {
  const a: AnalyzeResult = analyze(text, o);
  const b: AnalyzeResult = analyze(text, o);
  assert.deepStrictEqual(b.findings, a.findings);
  assert.deepStrictEqual(b.completeness, a.completeness);
}

// ── Fixes ─────────────────────────────────────────────────────────────────────────────────────────

/** The edits applyFixes applies, each with the finding it fixes. */
function appliedEdits(text: string, findings: Finding[]): { edit: TextEdit; finding: Finding }[] {
  const owner = new Map<TextEdit, Finding>();
  for (const f of findings) {
    const fix = f.fixes?.find((x) => x.preferred) ?? f.fixes?.[0];
    for (const e of fix?.edits ?? []) owner.set(e, f);
  }
  const planned = plannedEdits(text, fixEdits(findings));
  for (let i = 1; i < planned.length; i++) assert.ok(planned[i - 1].end <= planned[i].start, 'planned edits overlap');
  return planned.map((edit) => ({ edit, finding: owner.get(edit)! }));
}

/**
 * What a fix may replace (anything else must be left alone; inserting is always allowed): blanks and
 * placeholders, a vague deadline word, a KPI name written as an alias (renamed to its canonical key),
 * a number that contradicts the frontmatter (kpi-mismatch) — each only inside the finding's own range.
 */
function replacementAllowed(text: string, edit: TextEdit, f: Finding): string | undefined {
  const old = text.slice(edit.start, edit.end);
  if (isBlank(old)) return undefined;
  const inside = edit.start >= f.range.start.offset && edit.end <= f.range.end.offset;
  if (!inside) return `replaces ${JSON.stringify(old)} outside its finding's range`;
  if (f.rule === 'vague-deadline' && VAGUE_TIME.test(old)) return undefined;
  if (f.rule === 'kpi-alias') return undefined;
  if (f.rule === 'kpi-mismatch' && /^[\s\d.,%％０-９．，万萬亿億kK-]+$/.test(old)) return undefined;
  return `${f.rule} replaces ${JSON.stringify(old)}`;
}

/**
 * Fix all as the command line does (src/cli/check.ts: passes until nothing changes): every pass keeps
 * every character outside its edits and replaces only what a fix may replace; the text settles within
 * MAX_FIX_PASSES passes, and fixing the settled text changes nothing (idempotent). Returns the number
 * of passes that changed the text (0: nothing to fix).
 */
export function checkFixAll(text: string, o: InternalOptions): { passes: number; fixed: string } {
  let current = text;
  let passes = 0;
  for (;;) {
    const findings = analyze(current, o).findings;
    const next = applyFixes(current, findings);
    // Rebuild the result from the text and the edits alone: every other character is kept, in order.
    let rebuilt = '';
    let at = 0;
    for (const { edit, finding } of appliedEdits(current, findings)) {
      const why = replacementAllowed(current, edit, finding);
      assert.equal(why, undefined, why);
      rebuilt += current.slice(at, edit.start) + edit.text;
      at = edit.end;
    }
    rebuilt += current.slice(at);
    assert.equal(next, rebuilt, 'applyFixes changed text outside its edits');
    if (next === current) return { passes, fixed: current };
    passes++;
    assert.ok(passes <= MAX_FIX_PASSES, `fix-all did not settle in ${MAX_FIX_PASSES} passes (pass ${passes} still changed ${JSON.stringify(current.slice(0, 200))} into ${JSON.stringify(next.slice(0, 300))})`);
    current = next;
  }
}

// ── Incremental analysis ──────────────────────────────────────────────────────────────────────────

/**
 * An analyzer fed `start`, then `start` after each edit, then `start` again gives exactly what a
 * full analyze() gives each time. Returns the number of edits analysed.
 */
export function checkIncremental(start: string, edits: readonly Edit[], o: InternalOptions): number {
  const analyzer = createAnalyzer(o);
  let text = start;
  let steps = 0;
  assert.deepStrictEqual(analyzer.analyze(text), analyze(text, o), 'first analysis');
  for (const [k, e] of edits.entries()) {
    const next = applyEdit(text, e);
    if (affectedByOpenIssue(next)) break;
    text = next;
    steps++;
    assert.deepStrictEqual(analyzer.analyze(text), analyze(text, o), `after edit ${k + 1}`);
  }
  // Going back to where it started must not be served a stale result either.
  assert.deepStrictEqual(analyzer.analyze(start), analyze(start, o), 'back to the first text');
  return steps;
}

// ── `csplan lint --fix` ───────────────────────────────────────────────────────────────────────────

/**
 * `lint --fix` through the command line's checkText, on `doc` with pure LF or pure CRLF line breaks:
 * it settles (a second run changes nothing), the document's line breaks are kept, and every line of
 * the original is still there, in order. `dir` is a folder without a config file. Returns whether
 * the first run changed the text.
 */
export function checkCliFix(doc: string, crlf: boolean, dir: string): boolean {
  const options: CheckOptions = { fix: true, quiet: false, envLocale: 'zh-CN' };
  const lf = doc.replace(/\r\n?/g, '\n');
  const text = crlf ? lf.replace(/\n/g, '\r\n') : lf;
  const file = join(dir, 'doc.md');
  const once = checkText(text, file, options);
  const twice = checkText(once.text, file, options);
  assert.equal(twice.text, once.text, 'a second --fix changed the text');
  if (crlf && text.includes('\r\n')) assert.ok(!/(^|[^\r])\n/.test(once.text), 'a bare \\n in a CRLF document');
  else assert.ok(!once.text.includes('\r'), 'a \\r in an LF document');
  // Every line of the original is still there, in order (fixes insert, or replace inside a line).
  const lines = once.text.split(crlf ? '\r\n' : '\n');
  let k = 0;
  for (const line of text.split(crlf ? '\r\n' : '\n')) {
    if (!line.trim()) continue;
    while (k < lines.length && !lines[k].includes(line) && !sameExceptFixes(line, lines[k])) k++;
    assert.ok(k < lines.length, `line lost or moved: ${JSON.stringify(line)}`);
    k++;
  }
  return once.changed;
}

/**
 * A line a fix edited in place (a date for 尽快, an owner placeholder in a cell, a canonical KPI key,
 * a clause appended): once the words a fix may replace are set aside (vague deadline words, numbers,
 * a YAML key, placeholder dashes and dots), every other character of the original is still there, in order.
 */
function sameExceptFixes(original: string, now: string): boolean {
  const vague = new RegExp(VAGUE_TIME.source, 'gi');
  const kept = original.replace(vague, '').replace(/[\d.,%０-９．，万萬亿億]+/g, '').replace(/^\s*[^\s:：]+(?=\s*:)/, '').replace(/[-—–_/.。·…]/g, '');
  let i = 0;
  for (const ch of kept) {
    if (/\s/.test(ch)) continue;
    i = now.indexOf(ch, i);
    if (i < 0) return false;
    i += ch.length;
  }
  return true;
}
