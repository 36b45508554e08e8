// analyze() / lint(): parse → model → rules → findings, plus the completeness scorecard.
import type { AnalyzeOptions, AnalyzeResult, Config, Finding, Locale } from './types';
import { parse } from './parse';
import { buildModel } from './model/build';
import { RULES, TOO_LARGE_RULE } from './rules';
import type { RuleContext } from './rules/rule';
import { DEFAULT_MAX_BYTES, requiredParts, ruleOptions, ruleSeverity } from './config';
import { computeCompleteness } from './completeness';
import { LineIndex } from './text';
import { detectLocale, format } from './i18n';

export interface InternalOptions extends AnalyzeOptions {
  /** "Today" for fixes that propose dates (tests pin it). */
  now?: Date;
}

export function analyze(text: string, options: InternalOptions = {}): AnalyzeResult {
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
  const parsed = parse(input);
  const model = buildModel(parsed, { now });
  if (truncatedAt !== undefined) {
    model.text = text;
    model.truncated = { limitBytes: maxBytes };
  }
  const required = requiredParts(config);
  const docLocale = detectLocale(input);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = ruleSeverity(config, rule.id, rule.defaultSeverity);
    if (severity === 'off') continue;
    const ctx: RuleContext = { model, lines: parsed.lines, locale, docLocale, config, options: ruleOptions(config, rule.id), requiredParts: required, now };
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
  return { model, findings, completeness };
}

function isSuppressed(s: AnalyzeResult['model']['suppressions'], rule: string, line: number): boolean {
  return s.some((x) => (x.rule === '*' || x.rule === rule) && line >= x.fromLine && line <= x.toLine);
}

export function lint(text: string, options: InternalOptions = {}): Finding[] {
  return analyze(text, options).findings;
}
