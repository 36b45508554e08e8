// Where a summary reports on its plan, and the status line written for one action. Shared by the
// plan-action-unreported fix and the "New Summary from Plan" skeleton, so both write the same line.
import type { ActionExecution, DocumentModel, Locale } from '../types';
import type { Messages } from '../i18n';

/** A heading that says "what became of the plan": 上期计划执行情况, 計畫執行情形, Plan review, Progress on actions. */
export const PLAN_REVIEW_HEADING = /(?:计划|計劃|計畫|措施|目标|目標)[^\n]{0,6}(?:执行|執行|完成|落实|落實|进展|進展|回顾|回顧|达成|達成)|(?:执行|執行|完成|落实|落實)情[况況形]|plan (?:execution|review|progress|status|follow[- ]?up)|(?:actions?|measures?|initiatives?) (?:status|review|progress|update)|progress (?:on|against) (?:the |last |our )?(?:plan|actions)/i;

export const STATUS_LABEL_TEXT: Messages = { 'zh-CN': '完成情况：', 'zh-TW': '完成情況：', en: 'Status:' };

/** The section where reports on the plan's actions belong: one that says so, else the evaluation part, else the last part. */
export function reportSectionIndex(model: DocumentModel): number {
  const { sections } = model;
  const review = sections.findIndex((s) => PLAN_REVIEW_HEADING.test(s.name));
  if (review >= 0) return review;
  const evaluation = sections.findIndex((s) => s.part === 'evaluation');
  if (evaluation >= 0) return evaluation;
  for (let i = sections.length - 1; i >= 0; i--) if (sections[i].part) return i;
  return sections.length - 1;
}

/** `新人带教（王芳，2026-02-28）：完成情况：` · `New-hire coaching (Wang Fang, 2026-02-28): Status:`. */
export function statusLine(action: Pick<ActionExecution, 'text' | 'owner' | 'deadline'>, locale: Locale): string {
  const what = action.text.replace(/\s+/g, ' ').replace(/[|]/g, '/').trim();
  const who = [action.owner, action.deadline].map((x) => x?.replace(/\s+/g, ' ').trim()).filter((x): x is string => !!x);
  if (locale === 'en') return `${what}${who.length ? ` (${who.join(', ')})` : ''}: ${STATUS_LABEL_TEXT.en}`;
  return `${what}${who.length ? `（${who.join('，')}）` : ''}：${STATUS_LABEL_TEXT[locale]}`;
}

/**
 * Where to insert status lines in the section, and what to put before them: after the section's last
 * list item as another item, else after its content (or its heading) following a blank line.
 */
export function statusInsertion(model: DocumentModel, sectionIndex: number): { at: number; prefix: string } {
  const text = model.text;
  const s = model.sections[sectionIndex];
  if (!s) {
    let at = text.length;
    while (at > 0 && /\s/.test(text[at - 1])) at--;
    return { at, prefix: at ? '\n\n' : '' };
  }
  // The section's own content ends at its first sub-section (a report goes in the part, not in a sub-part).
  const child = model.sections.find((c) => c.parent === sectionIndex);
  let at = child ? child.headingRange.start.offset : s.range.end.offset;
  while (at > s.headingRange.end.offset && /\s/.test(text[at - 1])) at--;
  const lineStart = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
  const lastLine = text.slice(lineStart, at);
  const inList = at > s.headingRange.end.offset && /^\s{0,3}[-*+]\s/.test(lastLine);
  return { at, prefix: inList ? '\n' : '\n\n' };
}
