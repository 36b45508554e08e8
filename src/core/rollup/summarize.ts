// One analysed document → a small DocSummary (what a worker sends back for the roll-up).
import type { AnalyzeResult } from '../types';
import type { DocSummary } from './types';

export function summarizeDocument(path: string, result: AnalyzeResult): DocSummary {
  return {
    path,
    type: result.model.type,
    typeSource: result.model.typeSource,
    period: { problem: 'missing' },
    kpis: {},
    completeness: { score: result.completeness.score, met: result.completeness.met, total: result.completeness.total, missing: [] },
    findingCounts: {},
    findingTotal: result.findings.length,
    pitfalls: [],
  };
}
