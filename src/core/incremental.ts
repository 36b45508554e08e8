// Incremental analysis for an editor: after a keystroke, only the chunk that changed is parsed and
// walked again. analyze() already works chunk by chunk (parse.ts `parseChunks`, model/build.ts
// `buildModelFromChunks`); an analyzer keeps the chunks' trees and walks from its previous calls,
// keyed by the chunk's text (and, for a walk, by what it depends on outside the chunk: the parts of
// its sections, whether the document is a plan, the reference date). Sections, the document type,
// the frontmatter, rules and the scorecard are always worked out again over the whole document, so
// the result is the one analyze() gives for the same text.
import { analyzeWith, type ChunkCache, type InternalOptions } from './analyze';
import { parseChunk, type ParsedChunk } from './parse';
import { walkChunk, type ChunkContext, type ChunkModel, type ModelChunk } from './model/build';
import { collectHeadings, type HeadingBlock } from './model/sections';
import type { AnalyzeResult } from './types';

export interface Analyzer {
  /** The analysis of `text`, reusing what the previous calls parsed. Equal to `analyze(text, options)`. */
  analyze(text: string): AnalyzeResult;
  /** Forgets everything (the next call is a cold analysis). */
  clear(): void;
  /** What the last call did: chunks in the document, chunks parsed and walked anew. */
  readonly lastRun: { chunks: number; parsed: number; walked: number };
}

interface Entry {
  parsed: ParsedChunk & { headings: HeadingBlock[] };
  walks: Map<string, ChunkModel>;
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
      entry = { parsed: { ...p, headings: collectHeadings(p.tree) }, walks: new Map() };
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
      return walkChunk(chunk, ctx);
    }
    const key = `${ctx.planLike ? 1 : 0}|${ctx.now?.getTime() ?? ''}|${ctx.parts.join(',')}`;
    let found = entry.walks.get(key);
    if (!found) {
      this.run.walked++;
      found = walkChunk(chunk, ctx);
      // One context a chunk is enough: a new one (a heading's part changed above) replaces it.
      entry.walks.clear();
      entry.walks.set(key, found);
    }
    return found;
  }

  sweep(): void {
    this.entries = this.used;
    this.used = new Map();
  }

  clear(): void {
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
    analyze(text: string): AnalyzeResult {
      cache.run = { chunks: 0, parsed: 0, walked: 0 };
      if (options.now) return analyzeWith(text, options, cache);
      const now = new Date();
      return analyzeWith(text, { ...options, now: new Date(Math.floor(now.getTime() / 60000) * 60000) }, cache);
    },
    clear: () => cache.clear(),
    get lastRun() {
      return { ...cache.run };
    },
  };
}
