// DocSummaries → the roll-up report: tables per period, aggregates, best/worst, trends, missing people, problems.
import type { DocSummary, RollupOptions, RollupReport } from './types';

export function buildRollup(summaries: Iterable<DocSummary>, options: RollupOptions): RollupReport {
  const docs = [...summaries];
  return {
    version: 1,
    by: options.by ?? 'person',
    locale: options.locale,
    incompleteBelow: options.incompleteBelow ?? 80,
    counts: { documents: docs.length, used: 0, people: 0, teams: 0, periods: 0, problems: 0 },
    kpis: [],
    methods: {},
    tables: [],
    trends: [],
    missing: [],
    incomplete: [],
    problems: [],
  };
}
