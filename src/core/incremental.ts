// Incremental analysis for an editor: after a keystroke, only the chunk that changed is parsed and
// walked again. analyze() already works chunk by chunk (parse.ts `parseChunks`, model/build.ts
// `buildModelFromChunks`); an analyzer keeps the chunks' trees and walks from its previous calls,
// keyed by the chunk's text (and, for a walk, by what it depends on outside the chunk: the parts of
// its sections, whether the document is a plan, the reference date). Sections, the document type,
// the frontmatter, rules and the scorecard are always worked out again over the whole document, so
// the result is the one analyze() gives for the same text.
import { analyzeWith, type ChunkCache, type InternalOptions } from './analyze';
import { findFrontmatter, parseChunk, parseFrontmatterOf, type ParsedChunk } from './parse';
import type { LineIndex } from './text';
import { placeChunkModel, walkChunk, type ChunkContext, type ChunkModel, type ModelChunk } from './model/build';
import { collectHeadings, type HeadingBlock } from './model/sections';
import type { AnalyzeResult, FrontmatterInfo, Locale } from './types';
import { detectLocale } from './i18n';
import { teamWords } from './vocabulary/team';

export interface Analyzer {
  /**
   * The analysis of `text`, reusing what the previous calls parsed. Equal to `analyze(text, options)`.
   * Parts of the model that did not change are shared with the previous result: treat results as read-only.
   */
  analyze(text: string, extra?: Pick<InternalOptions, 'linked'>): AnalyzeResult;
  /** Forgets everything (the next call is a cold analysis). */
  clear(): void;
  /** What the last call did: chunks in the document, chunks parsed and walked anew. */
  readonly lastRun: { chunks: number; parsed: number; walked: number };
}

interface Entry {
  parsed: ParsedChunk & { headings: HeadingBlock[] };
  /** The walk over the chunk in one context, positions relative to the chunk. */
  walk?: { key: string; found: ChunkModel };
  /** The same moved to where the chunk was last. */
  placed?: { at: string; found: ChunkModel };
}

/** Chunks parsed and walked in the last analysis; the rest is dropped, so memory follows the document. */
class Cache implements ChunkCache {
  private entries = new Map<string, Entry>();
  private used = new Map<string, Entry>();
  private byTree = new WeakMap<object, Entry>();
  run = { chunks: 0, parsed: 0, walked: 0 };

  parse(chunkText: string, nextHeadingLine: string): Entry['parsed'] {
    const key = nextHeadingLine ? `${chunkText}\u0000${nextHeadingLine}` : chunkText;
    let entry = this.used.get(key) ?? this.entries.get(key);
    if (!entry) {
      this.run.parsed++;
      const p = parseChunk(chunkText, nextHeadingLine);
      entry = { parsed: { ...p, headings: collectHeadings(p.tree) } };
      this.byTree.set(p.tree, entry);
    }
    this.used.set(key, entry);
    return entry.parsed;
  }

  walk(chunk: ModelChunk, ctx: ChunkContext): ChunkModel {
    const entry = this.byTree.get(chunk.tree);
    this.run.chunks++;
    if (!entry) {
      this.run.walked++;
      return placeChunkModel(walkChunk(chunk, ctx), chunk, true);
    }
    // What the walk depends on outside the chunk, the team's words (.csplanrc `vocabulary:`) included.
    const key = `${ctx.planLike ? 1 : 0}|${ctx.type ?? ''}|${ctx.period ? `${ctx.period.start}-${ctx.period.end}` : ''}|${ctx.now?.getTime() ?? ''}|${ctx.parts.join(',')}|${ctx.otherPeriod?.map((b) => (b ? 1 : 0)).join('') ?? ''}|${ctx.bodyFrom ?? ''}|${ctx.opensDocument ? 1 : 0}|${teamWords().id}`;
    if (entry.walk?.key !== key) {
      this.run.walked++;
      // One context a chunk is enough: a new one (a heading's part changed above) replaces it.
      entry.walk = { key, found: walkChunk(chunk, ctx) };
    }
    // Where the chunk is now: unmoved since the last call, the last call's copy serves again.
    const at = `${key}@${chunk.line}:${chunk.start}`;
    if (entry.placed?.at !== at) entry.placed = { at, found: placeChunkModel(entry.walk.found, chunk, true) };
    return entry.placed.found;
  }

  private locale?: { sample: string; locale: Locale };

  docLocale(text: string): Locale {
    // detectLocale reads the first 20,000 characters only.
    const sample = text.length > 20000 ? text.slice(0, 20000) : text;
    if (this.locale?.sample !== sample) this.locale = { sample, locale: detectLocale(sample) };
    return this.locale.locale;
  }

  private fm?: { key: string; info: FrontmatterInfo | undefined };

  frontmatter(text: string, lines: LineIndex): FrontmatterInfo | undefined {
    const found = findFrontmatter(text);
    // Unclosed, the block runs to the end of the document: nothing to reuse.
    const key = found?.closed ? text.slice(0, found.end + 2) : undefined;
    if (key === undefined) return parseFrontmatterOf(text, lines);
    if (this.fm?.key !== key) this.fm = { key, info: parseFrontmatterOf(text, lines) };
    // Shared with the previous result, like the chunks' findings (results are read-only).
    return this.fm.info;
  }

  sweep(): void {
    this.entries = this.used;
    this.used = new Map();
  }

  clear(): void {
    this.fm = undefined;
    this.locale = undefined;
    this.entries = new Map();
    this.used = new Map();
  }
}

/**
 * An analyzer for one document that changes over time (an open editor). Without `options.now`,
 * the walks of unchanged chunks are reused within the same minute: what they read dates against.
 */
export function createAnalyzer(options: InternalOptions = {}): Analyzer {
  const cache = new Cache();
  return {
    analyze(text: string, extra?: Pick<InternalOptions, 'linked'>): AnalyzeResult {
      cache.run = { chunks: 0, parsed: 0, walked: 0 };
      // A linked plan changes what is reported, not how the summary's chunks are read: the cache holds.
      const withLinks = extra?.linked ? { ...options, linked: extra.linked } : options;
      if (options.now) return analyzeWith(text, withLinks, cache);
      const now = new Date();
      return analyzeWith(text, { ...withLinks, now: new Date(Math.floor(now.getTime() / 60000) * 60000) }, cache);
    },
    clear: () => cache.clear(),
    get lastRun() {
      return { ...cache.run };
    },
  };
}
