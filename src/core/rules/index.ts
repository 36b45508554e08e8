// The rule catalogue: one module a rule, each with its doc page docs/rules/<id>.md.
import type { RuleDefinition } from './rule';
import { frontmatterYaml } from './frontmatter-yaml';
import { frontmatterSchema } from './frontmatter-schema';
import { missingSection } from './missing-section';
import { missingKpi } from './missing-kpi';
import { kpiMismatch } from './kpi-mismatch';
import { uncategorizedProblems } from './uncategorized-problems';
import { noAnalysis } from './no-analysis';
import { goalNotMeasurable } from './goal-not-measurable';
import { actionMissingOwner } from './action-missing-owner';
import { actionMissingDeadline } from './action-missing-deadline';
import { vagueDeadline } from './vague-deadline';
import { phaseMissingIndicator } from './phase-missing-indicator';
import { noExecutionGuarantee } from './no-execution-guarantee';
import { noImprovementLoop } from './no-improvement-loop';
import { kpiAlias } from './kpi-alias';
import { planActionUnreported } from './plan-action-unreported';
import { planTargetUnreported } from './plan-target-unreported';

export type { RuleDefinition } from './rule';

export const RULES: readonly RuleDefinition[] = [
  frontmatterYaml,
  frontmatterSchema,
  missingSection,
  missingKpi,
  kpiMismatch,
  uncategorizedProblems,
  noAnalysis,
  goalNotMeasurable,
  actionMissingOwner,
  actionMissingDeadline,
  vagueDeadline,
  phaseMissingIndicator,
  noExecutionGuarantee,
  noImprovementLoop,
  kpiAlias,
  planActionUnreported,
  planTargetUnreported,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): RuleDefinition | undefined {
  return BY_ID.get(id);
}

/** Not a rule of its own in the catalogue's table, but a finding id: the document was cut at the size limit. */
export const TOO_LARGE_RULE = 'document-too-large';
