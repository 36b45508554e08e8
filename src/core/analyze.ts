// analyze() / lint(): parse → model → rules → findings, plus the completeness scorecard.
import type { AnalyzeOptions, AnalyzeResult, Config, DocumentModel, Finding, FrontmatterInfo, Locale, PlanExecution } from './types';
import { parseChunks, parseFrontmatterOf, parseChunk, parseMarkdownAt, type ParsedChunk } from './parse';
import { buildModelFromChunks, type ChunkContext, type ChunkModel, type ModelChunk } from './model/build';
import { collectHeadings } from './model/sections';
import { RULES, TOO_LARGE_RULE } from './rules';
import type { RuleContext } from './rules/rule';
import { DEFAULT_MAX_BYTES, requiredParts, ruleOptions, ruleSeverity } from './config';
import { computeCompleteness } from './completeness';
import { LineIndex } from './text';
import { detectLocale, format } from './i18n';
import { teamWordsFor, withTeamVocabulary } from './vocabulary/team';
import { linkKeysFromData } from './loop/link';
import { planExecution } from './loop/execution';

export interface InternalOptions extends AnalyzeOptions {
  /** "Today" for fixes that propose dates (tests pin it). */
  now?: Date;
  /** Parse the document whole (true) or in chunks (false) instead of choosing by its length (tests compare the two). */
  wholeParse?: boolean;
  /** Build the model only (no rules, no scorecard): how a linked plan is read. */
  modelOnly?: boolean;
}

/**
 * Where the pipeline can take work it did before: a parsed chunk, or the walk over a chunk in the same
 * context. The incremental analyzer (incremental.ts) keeps one; `analyze()` works without.
 */
export interface ChunkCache {
  parse(chunkText: string, nextHeadingLine: string): ParsedChunk & { headings: ModelChunk['headings'] };
  walk(chunk: ModelChunk, ctx: ChunkContext): ChunkModel;
  /** The frontmatter of `text` (it depends only on the text up to its closing fence). */
  frontmatter?(text: string, lines: LineIndex): FrontmatterInfo | undefined;
  /** detectLocale(text), which reads the first 20,000 characters. */
  docLocale?(text: string): Locale;
  /** Called after every analysis: what was not used in it may go. */
  sweep(): void;
}

/** Documents shorter than this (in UTF-16 units) are parsed whole by analyze(). */
const WHOLE_PARSE_BELOW = 6000;

export function analyze(text: string, options: InternalOptions = {}): AnalyzeResult {
  return analyzeWith(text, options);
}

/** analyze(), taking parsed chunks and chunk walks from `cache` when given. */
export function analyzeWith(text: string, options: InternalOptions = {}, cache?: ChunkCache): AnalyzeResult {
  // The team's own words (.csplanrc `vocabulary:`) are in force for this analysis (vocabulary/team.ts).
  return withTeamVocabulary(teamWordsFor(options.config?.vocabulary), () => analyzeText(text, options, cache));
}

function analyzeText(text: string, options: InternalOptions, cache?: ChunkCache): AnalyzeResult {
  const config: Config = options.config ?? {};
  const locale: Locale = options.locale ?? config.locale ?? 'en';
  const now = options.now ?? new Date();
  const maxBytes = config.maxBytes ?? DEFAULT_MAX_BYTES;
  let input = typeof text === 'string' ? text : String(text ?? '');
  let truncatedAt: number | undefined;
  if (input.length > maxBytes) {
    // Analyse up to the last line break before the limit: the editor stays responsive, and says so.
    const cut = input.lastIndexOf('\n', maxBytes);
    truncatedAt = cut > 0 ? cut : maxBytes;
    input = input.slice(0, truncatedAt);
  }
  const inputLines = new LineIndex(input);
  const headingsOf = new WeakMap<object, ModelChunk['headings']>();
  // A short document costs less parsed whole than in chunks (the result is the same); the analyzer
  // always works in chunks, which it reuses.
  const whole = options.wholeParse ?? (!cache && input.length < WHOLE_PARSE_BELOW);
  const chunks: ModelChunk[] = (whole ? [{ start: 0, end: input.length, line: 0, text: input, tree: parseMarkdownAt(input) }] : parseChunks(
    input,
    cache
      ? (chunkText, next) => {
          const p = cache.parse(chunkText, next);
          headingsOf.set(p.tree, p.headings);
          return p;
        }
      : parseChunk,
  )).map((c) => ({ start: c.start, line: c.line, text: c.text, tree: c.tree, headings: headingsOf.get(c.tree) ?? collectHeadings(c.tree) }));
  const model = buildModelFromChunks({ text: input, lines: inputLines, frontmatter: cache?.frontmatter ? cache.frontmatter(input, inputLines) : parseFrontmatterOf(input, inputLines) }, chunks, {
    now,
    ...(cache ? { walk: (c: ModelChunk, ctx: ChunkContext) => cache.walk(c, ctx) } : {}),
  });
  cache?.sweep();
  if (truncatedAt !== undefined) {
    // The rules must know the cut is not the document's end (fixes that append would land in the
    // middle of the writer's text); the model keeps the whole text for the preview.
    model.text = text;
    model.truncated = { limitBytes: maxBytes };
  }
  if (options.modelOnly) return { model, findings: [], completeness: { score: 0, met: 0, total: 0, items: [] } };
  const parsed = { lines: inputLines };
  const required = requiredParts(config);
  const execution = linkedExecution(model, options, now);
  const docLocale = cache?.docLocale ? cache.docLocale(input) : detectLocale(input);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = ruleSeverity(config, rule.id, rule.defaultSeverity);
    if (severity === 'off') continue;
    const ctx: RuleContext = { model, lines: parsed.lines, locale, docLocale, config, options: ruleOptions(config, rule.id), requiredParts: required, now, chunks, ...(options.linked ? { linked: options.linked } : {}), ...(execution ? { execution } : {}) };
    let reports;
    try {
      reports = rule.check(ctx);
    } catch {
      // A rule that fails on odd input must not take the others down with it.
      continue;
    }
    for (const r of reports) {
      if (isSuppressed(model.suppressions, rule.id, r.range.start.line)) continue;
      findings.push({ rule: rule.id, severity, message: r.message, range: r.range, ...(r.fixes?.length ? { fixes: r.fixes } : {}) });
    }
  }
  if (truncatedAt !== undefined) {
    const lines = new LineIndex(text);
    const at = lines.position(truncatedAt);
    findings.push({
      rule: TOO_LARGE_RULE,
      severity: 'warning',
      message: format(
        {
          'zh-CN': '文档超过 {mb} MB，只检查了前 {line} 行',
          'zh-TW': '文件超過 {mb} MB，只檢查了前 {line} 行',
          en: 'The document is larger than {mb} MB: only its first {line} lines were checked',
        }[locale],
        { mb: maxBytes >= 1024 * 1024 ? Math.round((maxBytes / 1024 / 1024) * 10) / 10 : Math.round((maxBytes / 1024 / 1024) * 1000) / 1000, line: at.line },
      ),
      range: { start: at, end: at },
    });
  }
  findings.sort((a, b) => a.range.start.offset - b.range.start.offset || a.rule.localeCompare(b.rule));
  const completeness = computeCompleteness(model, locale, required);
  return { model, findings, completeness, ...(execution ? { execution } : {}) };
}

/** Linked plans' models by text (a summary is analysed on every keystroke; its plan seldom changes). */
const planModels = new Map<string, DocumentModel>();
const PLAN_MODELS_KEPT = 8;

/** For a summary given its plan's text: what became of the plan's actions and targets. */
function linkedExecution(model: DocumentModel, options: InternalOptions, now: Date): PlanExecution | undefined {
  const linked = options.linked?.plan;
  if (!linked || linked.missing || typeof linked.text !== 'string') return undefined;
  if (model.type !== 'summary' && model.type !== 'summary-plan') return undefined;
  const summaryKeys = linkKeysFromData(model.frontmatter?.data);
  const planText = linked.text;
  // The plan's dates (`3月底`) are read against the plan's own period, not today.
  const headKeys = linkKeysFromData(parseFrontmatterOf(planText, new LineIndex(planText))?.data);
  const reference = headKeys.period ? new Date(Number(headKeys.period.start.slice(0, 4)), Number(headKeys.period.start.slice(5, 7)) - 1, 1) : now;
  const key = `${reference.getTime()}\u0000${options.config?.maxBytes ?? ''}\u0000${planText}`;
  let plan = planModels.get(key);
  if (!plan) {
    plan = analyzeWith(planText, { now: reference, modelOnly: true, config: options.config?.maxBytes ? { maxBytes: options.config.maxBytes } : {} }).model;
    if (planModels.size >= PLAN_MODELS_KEPT) planModels.delete(planModels.keys().next().value!);
    planModels.set(key, plan);
  }
  return planExecution({ summary: model, plan, linked, summaryPeriod: summaryKeys.period, planPeriod: headKeys.period });
}

function isSuppressed(s: AnalyzeResult['model']['suppressions'], rule: string, line: number): boolean {
  return s.some((x) => (x.rule === '*' || x.rule === rule) && line >= x.fromLine && line <= x.toLine);
}

export function lint(text: string, options: InternalOptions = {}): Finding[] {
  return analyze(text, options).findings;
}
