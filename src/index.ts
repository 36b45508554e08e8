// The library API for Node (package.json exports["."]): what benchmarks, scripts and other tools call.
export { analyze, lint } from './core/analyze';
export { createAnalyzer, type Analyzer } from './core/incremental';
export { RULES, ruleById } from './core/rules';
export { applyFixes } from './core/fixes';
export { renderHtml } from './core/render';
export { resolveLocale } from './core/i18n';
export * from './core/types';
export * from './core/rollup';
