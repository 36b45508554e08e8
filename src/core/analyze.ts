// analyze() / lint(): parse → model → rules → findings, plus the completeness scorecard.
// (Under construction by the engine owner: signatures are final.)
import type { AnalyzeOptions, AnalyzeResult, Finding } from './types';

export function analyze(text: string, options: AnalyzeOptions = {}): AnalyzeResult {
  throw new Error('engine not built yet');
}

export function lint(text: string, options: AnalyzeOptions = {}): Finding[] {
  return analyze(text, options).findings;
}
