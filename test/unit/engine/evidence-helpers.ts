// What the round-N evidence tests share: one analysis at a fixed date, its findings by rule, a
// document with a stated type, and the action an item starts with.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import type { DocumentModel, PlanAction } from '../../../src/core/types';

export const NOW = new Date(2026, 10, 23);
export const run = (text: string) => analyze(text, { locale: 'en', now: NOW });
export const modelOf = (text: string) => run(text).model;
export const found = (text: string, id: string) => run(text).findings.filter((f) => f.rule === id);
/** A document with `type:` (and any other frontmatter lines in `extra`) over `body`. */
export const doc = (type: string, body: string, extra = '') => `---\ntype: ${type}\n${extra}---\n\n${body}\n`;

/** The action whose text starts with `lead`; fails, listing the actions, when there is none. */
export function action(model: DocumentModel, lead: string): PlanAction {
  const a = model.actions.find((x) => x.text.startsWith(lead));
  assert.ok(a, `no action starting “${lead}” among: ${model.actions.map((x) => x.text).join(' | ')}`);
  return a;
}
