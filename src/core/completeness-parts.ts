// Which required parts a document has: by heading (meaning, not exact string), with a few parts of a
// workflow that writers give as table columns rather than headings (an Owner column is the roles part).
import type { DocumentModel, KpiKey, PartId } from './types';
import { PART_CONTENT } from './model/lexicon';
import { recognisePart } from './model/sections';

export interface PartPresence {
  present: boolean;
  nonEmpty: boolean;
  section?: number;
}

export function partPresence(model: DocumentModel): Map<PartId, PartPresence> {
  const out = new Map<PartId, PartPresence>();
  model.sections.forEach((s, i) => {
    if (!s.part) return;
    const nonEmpty = s.hasContent || model.sections.some((c, j) => j > i && c.parent === i && (c.hasContent || hasContentBelow(model, j)));
    const prev = out.get(s.part);
    if (!prev || (!prev.nonEmpty && nonEmpty)) out.set(s.part, { present: true, nonEmpty, section: i });
  });
  const text = model.text;
  const tableHeader = (re: RegExp) => text.split(/\r?\n/).some((l) => /^\s*\|/.test(l) && re.test(l));
  const fallback = (part: PartId, ok: boolean) => {
    if (!out.get(part)?.nonEmpty && ok) out.set(part, { present: true, nonEmpty: true });
  };
  if (model.type === 'workflow') {
    fallback('roles', tableHeader(/责任人|負責人|负责人|角色|岗位|崗位|\bowner\b|\brole\b/i));
    fallback('time-limits', tableHeader(/时限|時限|时效|時效|time limit|\bSLA\b/i));
    fallback('satisfaction', model.kpis.some((k) => k.key === 'satisfaction' && k.kind === 'target'));
  }
  // The monitoring part of a plan is "监控与反馈机制": a feedback-loop section counts for it too.
  fallback('monitoring', model.sections.some((s) => s.part === 'monitoring'));
  // Writers often give a part's content inside another part rather than under its own heading:
  // "本季度目标：…" at the top of the plan, staffing inside the measures, what customers said inside
  // the data analysis. The content is there, so the part is (guide §2–3 ask for the content, not
  // for a heading); the scorecard and missing-section agree because both read this.
  // An empty heading is the writer's own "to do": content elsewhere does not fill it.
  const byContent = (part: PartId, ok: boolean) => {
    if (!out.get(part)?.present && ok) out.set(part, { present: true, nonEmpty: true });
  };
  const body = model.frontmatter ? text.slice(model.frontmatter.range.end.offset) : text;
  // Figures for two or more KPIs in the body, wherever they stand, are the service data.
  byContent('data', new Set(model.kpis.filter((k) => k.source === 'body' && k.kind === 'actual').map((k) => k.key)).size >= 2);
  byContent('goals', model.goals.length > 0);
  byContent('measures', model.actions.length > 0);
  // Actions that fall due at two or more different times are a plan in phases.
  const due = new Set(model.actions.map((a) => (a.deadline && a.deadline.kind !== 'vague' ? a.deadline.isoDate ?? a.deadline.text : undefined)).filter(Boolean));
  byContent('phases', model.phases.length > 0 || due.size >= 2);
  // Staffing, budget or tools allocated to the plan, read in the plan's own parts when it has them (a
  // summary-plan's review of last year's staffing is not an allocation for the next). An owner column
  // is not an allocation: labellers and the guide (§3.4) ask for the people and means the plan needs.
  if (model.type === 'plan' || model.type === 'summary-plan') byContent('resources', RESOURCE_CONTENT.test(planText(model, body)));
  // A part named by a labelled list item or paragraph rather than a heading (`4. 客户服务资源：`, `- Resources:`,
  // `本季度目标：…`) with something after the label or below it.
  for (const part of labelledParts(body)) byContent(part, true);
  if (model.type === 'summary' || model.type === 'summary-plan') byContent('feedback', FEEDBACK_CONTENT.test(body));
  // Issue 13, positive evidence before a finding: a part is reported missing only when nothing in the
  // document gives its content. Each test below is content a careful reader counts as the part.
  const contentOf = (part: PartId) => PART_CONTENT[part]?.test(body) ?? false;
  if (model.type === 'workflow') {
    // Time limits stated inside the steps (2个工作日内回复, within 10 working days) are the time-limits part.
    const limits = countMatches(PART_CONTENT['time-limits'], body);
    byContent('time-limits', limits > 0);
    // Who handles a step (由值班主管负责, 負責職員, the case officer) is the roles part.
    byContent('roles', contentOf('roles'));
    // A numbered sequence of three or more steps, or a prose procedure that times two or more of its
    // stages, is the workflow's steps.
    byContent('steps', numberedLines(body) >= 3 || limits >= 2);
  }
  if (model.type === 'summary' || model.type === 'summary-plan') {
    // Three or more figures (a percentage, a count with a thousands separator, a body KPI) are service
    // data, wherever they stand: a prose report or a committee's minutes gives its data in sentences.
    byContent('data', figures(body) + model.kpis.filter((k) => k.source === 'body').length >= 3);
    // Efficiency and quality figures (response time, resolution, satisfaction …) written into the data
    // part are the evaluation's material: the part is there, if not under its own heading.
    byContent('evaluation', model.kpisMentioned.some((k) => EVALUATION_KPIS.includes(k)));
  }
  // A plan that states how it is monitored or how it learns (a review meeting, QA sampling, a
  // follow-up call) has its 监控与反馈机制, whatever the heading; the mechanism rules say which half is missing.
  if (model.type !== 'workflow') byContent('monitoring', model.monitoring.length > 0 || model.loops.length > 0);
  return out;
}

/** Staffing, budget or tools allocated to the plan. */
const RESOURCE_CONTENT = /人员(?:安排|配置|调配|调整)|人員(?:安排|配置|調配|調整)|人力|编制|編制|增员|增員|招聘|排班|加班|预算|預算|经费|經費|专岗|專崗|budget|headcount|staffing|rota\b|hire|\bagents? (?:will|are|to)\b/i;
/** What customers said: call-backs, surveys, ratings, what they praised or complained about. */
const FEEDBACK_CONTENT = /回访|回訪|差评|差評|好评|好評|(?:客户|客戶|用户|用戶|玩家|乘客|旅客|顾客|顧客|患者|业主|業主|市民|学员|學員)(?:反映|反馈|反饋|回饋|意见|意見|评价|評價|表扬|表揚|投诉集中|投訴集中)|满意度调查|滿意度調查|问卷|問卷|survey|(?:customers|callers|guests|passengers|users|members|patients) (?:said|told|asked|praised|complained|rated)|praise/i;

/** KPIs whose figures say how efficient and how good the service was (guide §2.4, 工作效率与质量评价). */
const EVALUATION_KPIS: KpiKey[] = ['response_time', 'handle_time', 'turnover_rate', 'resolution_rate', 'first_contact_resolution', 'satisfaction', 'repeat_complaint_rate'];

const PLAN_PARTS: PartId[] = ['goals', 'measures', 'phases', 'resources', 'monitoring'];

/** The plan half of a summary-plan, or the whole body when no heading names a plan part. */
function planText(model: DocumentModel, body: string): string {
  if (model.type !== 'summary-plan') return body;
  // The plan half runs from its first part to the end (a part without a known heading included).
  // The title (`…年度总结及2026年工作计划`) names the whole document, not its plan half.
  const first = model.sections.find((s, i) => i > 0 && s.part && PLAN_PARTS.includes(s.part));
  return first ? model.text.slice(first.range.start.offset) : body;
}

/** Parts named by a label that opens a list item or a paragraph: `4. 客户服务资源：` followed by its content. */
function labelledParts(body: string): PartId[] {
  const out = new Set<PartId>();
  const lines = body.split(/\r?\n/);
  lines.forEach((line, i) => {
    const m = /^\s*(?:[-*+]\s+)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.)、．]\s*)?(?:\*\*|__)?([^:：*_\n]{2,16}?)(?:\*\*|__)?\s*[:：](?:\*\*|__)?\s*(.*)$/.exec(line);
    if (!m) return;
    // A label followed by a figure names a KPI (`24小时内问题解决率：93.5%`), not a part.
    if (/^[\d.,，%％<>≥≤+-]/.test(m[2].trim())) return;
    const part = recognisePart(m[1].trim());
    if (!part) return;
    // Content on the line, or an indented item below it.
    const next = lines[i + 1] ?? '';
    if (m[2].trim().length >= 2 || /^\s{2,}(?:[-*+]|\d{1,2}[.)])\s+\S/.test(next)) out.add(part);
  });
  return [...out];
}

function countMatches(re: RegExp | undefined, text: string): number {
  if (!re) return 0;
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  let n = 0;
  while (g.exec(text)) n++;
  return n;
}

/** Lines that open with a step number: `1.`, `2)`, `一、`, `（三）`, `Step 4`, `第五步`. */
function numberedLines(text: string): number {
  return text.split(/\r?\n/).filter((l) => /^\s*(?:[-*+]\s+)?(?:\d{1,2}[.)、．]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|step\s+\d|第[一二三四五六七八九十\d]{1,3}步)/i.test(l)).length;
}

/** Figures by their shape: a percentage, or a number with thousands separators (790,591; 18,250). */
function figures(text: string): number {
  return countMatches(/\d+(?:\.\d+)?\s*[%％‰]|(?<![\d.])\d{1,3}(?:[,，]\d{3})+(?![\d])/, text);
}

function hasContentBelow(model: DocumentModel, i: number): boolean {
  return model.sections[i].hasContent || model.sections.some((c, j) => j > i && c.parent === i && hasContentBelow(model, j));
}
