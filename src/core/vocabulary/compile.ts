// Word lists → regular expressions. The vocabulary is data (src/core/vocabulary/*.json, and a team's
// own words in .csplanrc `vocabulary:`); this file is the one place that says how a word matches.

/** A word or phrase, or a pattern for what words cannot say (`受…影响`). */
export type VocabularyEntry = string | { re: string };

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

function escapeChar(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

/**
 * The pattern of one entry. Chinese is matched anywhere (it has no spaces between words); a Latin word
 * matches whole words (`\b`), case-insensitively; a trailing `*` allows any ending (`monitor*`:
 * monitoring, monitored); a space matches any run of spaces; a hyphen between letters matches a
 * hyphen, a space or nothing (`follow-up`: follow up, followup).
 */
export function entrySource(entry: VocabularyEntry): string {
  if (typeof entry !== 'string') return entry.re;
  let word = entry.trim();
  const star = word.length > 1 && word.endsWith('*');
  if (star) word = word.slice(0, -1);
  let src = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (/\s/.test(c)) {
      while (i + 1 < word.length && /\s/.test(word[i + 1])) i++;
      src += '\\s+';
    } else if (c === '-' && /[A-Za-z]/.test(word[i - 1] ?? '') && /[A-Za-z]/.test(word[i + 1] ?? '')) src += '[-\\s]?';
    else src += escapeChar(c);
  }
  const lead = /^\w/.test(word) ? '\\b' : '';
  const trail = star ? '[A-Za-z]*' : /\w$/.test(word) ? '\\b' : '';
  return lead + src + trail;
}

/** True for an entry that can be added from a config (a non-empty word; patterns are not taken from users). */
export function isWord(entry: unknown): entry is string {
  return typeof entry === 'string' && entry.trim() !== '';
}

/** The alternation of `entries`, each once, in their order (the first entry that matches at a place wins). */
export function alternation(entries: readonly VocabularyEntry[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const e of entries) {
    const s = entrySource(e);
    if (s === '' || seen.has(s)) continue;
    seen.add(s);
    parts.push(s);
  }
  // An empty list matches nothing.
  return parts.length ? parts.join('|') : '(?!)';
}

export interface PatternShape {
  /** `start`: the text begins with an entry; `end`: ends with one; `whole`: is one. */
  anchor?: 'start' | 'end' | 'whole';
  /** Source put after the alternation (`\s*[:：]` for the label of a slot). */
  after?: string;
  /** A capturing group around the alternation (for callers that read the word matched). */
  capture?: boolean;
}

export function wordsPattern(entries: readonly VocabularyEntry[], shape: PatternShape = {}): RegExp {
  const group = `(${shape.capture ? '' : '?:'}${alternation(entries)})`;
  const src = `${shape.anchor === 'start' || shape.anchor === 'whole' ? '^' : ''}${group}${shape.after ?? ''}${shape.anchor === 'end' || shape.anchor === 'whole' ? '$' : ''}`;
  return new RegExp(src, 'i');
}

/** Whether a word is Chinese (matched anywhere) rather than Latin (matched as a word). */
export function isChineseWord(word: string): boolean {
  return CJK.test(word);
}
