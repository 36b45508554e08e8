// The team roll-up (issue 8): editor-agnostic, used by `csplan rollup` and the VS Code dashboard.
export * from './types';
export { normalisePeriod } from './period';
export { summarizeDocument } from './summarize';
export { buildRollup } from './build';
export { renderRollup, rollupBodyHtml, rollupMarkdown, trendChartSvg, formatValue, executionCells, executionHeaders, executionTableHtml, hasExecution, overdueText } from './render';
export { summarizeExecution, attainment, reportedShare } from './execution';
export { renderRollupDocx } from './docx';
