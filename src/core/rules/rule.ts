// What a rule is: an id, a default severity, texts in three languages, and a check over the model.
import type { Config, DocumentModel, Fix, LinkedDocuments, Locale, PartId, DocType, PlanExecution, Range, Severity } from '../types';
import type { Messages } from '../i18n';
import type { LineIndex } from '../text';
import type { Root } from 'mdast';

export interface RuleContext {
  model: DocumentModel;
  lines: LineIndex;
  /** Language of messages and fix titles (the user's). */
  locale: Locale;
  /** Language of the document: text that fixes insert is written in it, whatever the UI speaks. */
  docLocale: Locale;
  config: Config;
  /** Options given to this rule in the config (`{ severity, …options }`). */
  options: Record<string, unknown>;
  /** Required parts per document type, after config overrides. */
  requiredParts: Record<DocType, PartId[]>;
  /** "Today", for fixes that propose dates. */
  now: Date;
  /**
   * The parsed document, chunk by chunk (parse.ts `parseChunks`): each tree's positions are relative
   * to its chunk's `start`. Read-only (the incremental analyzer shares them between analyses). Rules
   * read the model; this is for deciding where a fix can insert text (util.ts `insertsCleanly`).
   */
  chunks: readonly { start: number; tree: Root }[];
  /** The documents this one follows, as the caller found them (a summary's plan). */
  linked?: LinkedDocuments;
  /** For a summary with a linked plan: what became of the plan's actions and targets. */
  execution?: PlanExecution;
}

export interface RuleReport {
  range: Range;
  message: string;
  fixes?: Fix[];
}

export interface RuleDefinition {
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule catches. */
  title: Messages;
  /** Why it matters, citing the guide. */
  description: Messages;
  /** Whether findings sit on the document as a whole (matched by file and rule alone in the eval). */
  documentLevel?: boolean;
  check(ctx: RuleContext): RuleReport[];
}
