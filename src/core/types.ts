// The engine's public data shapes. Everything here is plain data (JSON-serialisable), so it can
// cross a worker or webview boundary unchanged. Lines and columns are 1-based; columns and offsets
// count UTF-16 code units, as VS Code does.

export type Locale = 'zh-CN' | 'zh-TW' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'zh-TW', 'en'];

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
  /** 0-based offset into the analysed text, in UTF-16 code units. */
  offset: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Replace text[start, end) with `text` (offsets into the analysed text). An insertion has start === end. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  /** Short, localised description shown as the quick-fix title. */
  title: string;
  edits: TextEdit[];
  /** True when this is the fix "Fix all" should apply; alternatives (e.g. other deadlines) are false. */
  preferred?: boolean;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Fixes, best first. Fixes only insert or replace placeholders: they never delete the user's words. */
  fixes?: Fix[];
}

export type DocType = 'summary' | 'plan' | 'summary-plan' | 'workflow';
export const DOC_TYPES: readonly DocType[] = ['summary', 'plan', 'summary-plan', 'workflow'];

/** Parts of a document, recognised by meaning from headings (see model/parts.ts). */
export type PartId =
  // summary
  | 'data'
  | 'feedback'
  | 'problems'
  | 'evaluation'
  // plan
  | 'goals'
  | 'measures'
  | 'phases'
  | 'resources'
  | 'monitoring'
  // workflow / SOP
  | 'steps'
  | 'roles'
  | 'time-limits'
  | 'satisfaction'
  | 'training';

export type KpiKey =
  | 'inquiries'
  | 'response_time'
  | 'handle_time'
  | 'turnover_rate'
  | 'complaint_rate'
  | 'satisfaction'
  | 'resolution_rate'
  | 'first_contact_resolution'
  | 'repeat_complaint_rate'
  | 'outbound_calls';

export type KpiUnit = 'count' | '%' | '‱' | 'score' | 's' | 'min' | 'h' | 'd';

export interface Section {
  /** Heading text without markers (`一、`, `2.1`, `第三章` are kept in `title`, stripped in `name`). */
  title: string;
  /** Heading text with its numbering stripped: what recognisers match against. */
  name: string;
  depth: number;
  /** The part this heading was recognised as, if any. */
  part?: PartId;
  /** The heading line. */
  headingRange: Range;
  /** From the heading to just before the next heading of the same or a higher level. */
  range: Range;
  /** True when the section has content besides sub-headings. */
  hasContent: boolean;
  /** Index of the enclosing section, or -1. */
  parent: number;
}

export interface SectionStats {
  /** Numbers with a unit or a count, in the section's own content. */
  numbers: number;
  /** Top-level list items, table rows and numbered paragraphs in the section's own content. */
  items: number;
  /** Category labels (sub-headings, `（一）流程问题：`, a 类别 column) in the section's own content. */
  categories: number;
}

export interface KpiValue {
  key: KpiKey;
  /** How the writer named it (`满意度`, `satisfaction`, `平均应答时长_秒`). */
  label: string;
  kind: 'actual' | 'target' | 'baseline';
  value: number;
  unit?: KpiUnit;
  source: 'frontmatter' | 'body';
  range: Range;
  /** The number as written in the body (`1.2`, `286.4万`), which tells its precision. */
  raw?: string;
}

export interface Span {
  text: string;
  range: Range;
}

export type TimeKind = 'date' | 'relative' | 'recurring' | 'period' | 'vague';

export interface TimeExpression extends Span {
  kind: TimeKind;
  /** ISO date (yyyy-mm-dd) of the latest day meant, when one can be worked out. */
  isoDate?: string;
}

export interface PlanAction {
  /** What is to be done (the action cell, item text or sentence). */
  text: string;
  range: Range;
  /** Where the owner was looked for (a table cell, or the item), so a fix can insert there. */
  ownerSlot?: Span;
  /** Named person or role holding the action; absent when none, or when only a collective party is named. */
  owner?: Span;
  /** The text in the owner slot when it names only a collective (`相关部门`, `全员`). */
  collectiveOwner?: Span;
  deadlineSlot?: Span;
  deadline?: TimeExpression;
  /** The measurable indicator of the action, when given. */
  indicator?: Span;
  form: 'table' | 'list' | 'prose';
}

export interface Phase {
  name: string;
  range: Range;
  indicator?: Span;
  timeNode?: TimeExpression;
  form: 'table' | 'list' | 'heading';
}

export interface Goal {
  text: string;
  range: Range;
  /** True when the goal carries a number, a percentage, a count or a time. */
  measurable: boolean;
}

export interface Mention {
  text: string;
  range: Range;
}

export interface FrontmatterInfo {
  /** The parsed data (undefined when the YAML is broken). */
  data?: Record<string, unknown>;
  /** The whole block including fences. */
  range: Range;
  /** Range of each top-level key and nested KPI key, by dotted path (`kpis.satisfaction.actual`). */
  keyRanges: Record<string, Range>;
  valueRanges: Record<string, Range>;
  errors: { message: string; range: Range }[];
}

export interface DocumentModel {
  text: string;
  type: DocType;
  typeSource: 'frontmatter' | 'inferred';
  /**
   * What the type rests on: the frontmatter's `type:`, the title's words (工作总结, 工作計畫, SOP), the
   * parts found, or nothing (a document with none of these is read as a summary by default). Rules that
   * judge a document by its type speak only when the type is stated (issue 13: evidence before a finding).
   */
  typeEvidence?: 'frontmatter' | 'title' | 'parts' | 'none';
  frontmatter?: FrontmatterInfo;
  sections: Section[];
  kpis: KpiValue[];
  actions: PlanAction[];
  phases: Phase[];
  goals: Goal[];
  /** Monitoring / supervision / assessment mechanisms (监控、检查、督导、考核). */
  monitoring: Mention[];
  /** Feedback / review / closed-loop mechanisms (复盘、回访、闭环、持续优化). */
  loops: Mention[];
  /** Cause-analysis statements (原因, 由于, because …). */
  analysis: Mention[];
  /** Problem categories found in the problem part (流程 / 沟通 / 系统 …). */
  problemCategories: Mention[];
  /** Ungrouped problem items found in the problem part. */
  problemItems: Mention[];
  /** KPIs the document gives a value for anywhere (frontmatter or body), under any usual name. */
  kpisMentioned: KpiKey[];
  /** Per section (parallel to `sections`): what its own content holds. */
  sectionStats: SectionStats[];
  /** `<!-- csplan-disable … -->` directives, already resolved into per-line suppressions. */
  suppressions: { rule: string | '*'; fromLine: number; toLine: number }[];
  /** Set when the document is too large to analyse in full; findings then cover only what was read. */
  truncated?: { limitBytes: number };
  /** Where a person's own document (个人工作总结, a self-assessment) names its writer; absent for a team's. */
  writer?: Span;
}

export type CompletenessKind = 'part' | 'kpi' | 'action' | 'phase' | 'monitoring' | 'loop';

export interface CompletenessItem {
  /** Stable id, e.g. `part:goals`, `kpi:satisfaction`, `action:3:owner`. */
  id: string;
  kind: CompletenessKind;
  /** Localised label for the scorecard. */
  label: string;
  met: boolean;
  /** Where it is, or where it should go when missing (for "jump to"). */
  range?: Range;
  /** For a missing part: the part id, so an editor can offer to insert it. */
  part?: PartId;
}

export interface Completeness {
  /** 0–100, rounded: met / total. */
  score: number;
  met: number;
  total: number;
  items: CompletenessItem[];
}

export interface RuleOptions {
  severity?: SeveritySetting;
  [option: string]: unknown;
}

export interface Config {
  locale?: Locale;
  /** Per rule: a severity, or an object with a severity and rule options. */
  rules?: Record<string, SeveritySetting | RuleOptions>;
  /** Override the required parts of a document type. */
  requiredParts?: Partial<Record<DocType, PartId[]>>;
  /** Documents larger than this are analysed up to the limit only (default 1 MiB). */
  maxBytes?: number;
  /** A team's own words, added to the built-in vocabulary (src/core/vocabulary). */
  vocabulary?: TeamVocabulary;
}

/** Words a team teaches the engine (`.csplanrc` `vocabulary:`), as Vale's vocabularies do. */
export interface TeamVocabulary {
  /** Roles one person holds (`值班长`, `坐席代表`, `Tier-2 lead`): an owner. */
  roles?: string[];
  /** People (`阿May`, `Kelvin`, `小黑`): an owner, wherever the name stands. */
  people?: string[];
  /** Words that are not an owner although they look like one (`平安`, `高峰`, `客服中台`). */
  notOwners?: string[];
  /** More names for a KPI, as frontmatter keys and in the body (`satisfaction: [好评率]`). */
  kpiAliases?: Partial<Record<KpiKey, string[]>>;
}

export interface AnalyzeOptions {
  /** Used in messages and to decide nothing else: config is passed in, not discovered, in the core. */
  filePath?: string;
  locale?: Locale;
  config?: Config;
  /** Documents this one follows (a summary's plan), found and read by the caller: the core reads no files. */
  linked?: LinkedDocuments;
}

/** A linked document as the caller found it: its text, or `missing` when the link points nowhere. */
export interface LinkedDocument {
  /** A path or URI, as the caller names it (shown in messages; relative paths read best). */
  uri: string;
  text?: string;
  /** True when the document named by the frontmatter's `plan:` cannot be read. */
  missing?: boolean;
  /** Where the link came from: the frontmatter's `plan:` key, or found by team, author and period. */
  via?: 'frontmatter' | 'found';
}

export interface LinkedDocuments {
  plan?: LinkedDocument;
}

/** What became of a plan action in the summary that follows the plan (src/core/loop/execution.ts). */
export type ActionStatus = 'done' | 'in-progress' | 'not-done' | 'unreported';

export interface ActionExecution {
  /** The action as the plan gives it (ranges are in the plan's text). */
  text: string;
  owner?: string;
  deadline?: string;
  /** The deadline as an ISO date, when one can be worked out (for "overdue"). */
  deadlineIso?: string;
  planRange: Range;
  /** False when the plan runs longer than the summary and the action falls due in another period. */
  expected: boolean;
  status: ActionStatus;
  /** The summary's words that report on it (or, when unreported, that mention it without an outcome). */
  mention?: Range;
  /** Mentioned with an outcome slot left empty (`完成情况：` and nothing after it). */
  blank?: boolean;
}

export interface TargetExecution {
  key: KpiKey;
  label: string;
  target: number;
  unit?: KpiUnit;
  planRange: Range;
  actual?: number;
  actualUnit?: KpiUnit;
  actualRange?: Range;
  /** Whether the actual meets the target in the KPI's direction; absent when unreported or not comparable. */
  met?: boolean;
}

export interface PlanExecution {
  /** The plan's path or URI, as the caller gave it. */
  planUri: string;
  via?: 'frontmatter' | 'found';
  planPeriod?: string;
  actions: ActionExecution[];
  targets: TargetExecution[];
}

export interface AnalyzeResult {
  model: DocumentModel;
  findings: Finding[];
  completeness: Completeness;
  /** For a summary with a linked plan: what became of the plan's actions and targets. */
  execution?: PlanExecution;
}
