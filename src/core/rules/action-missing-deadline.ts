import type { RuleDefinition, RuleReport } from './rule';
import { DEADLINE_LABEL_TEXT, quote } from '../i18n/common';
import { isBlank } from '../text';
import { appendPoint, cellInner, clauseSeparator, DATE_FIX_TITLE, fix, missingCell, proposedDatesFor, tr } from './util';

/** action-missing-deadline: a plan action with no time at all (guide §4.4, §3.3). */
export const actionMissingDeadline: RuleDefinition = {
  id: 'action-missing-deadline',
  defaultSeverity: 'info',
  title: { 'zh-CN': '措施没有完成时间', 'zh-TW': '措施沒有完成時間', en: 'A plan action has no deadline' },
  description: {
    'zh-CN': '指南 §4.4、§3.3：每项措施都要有完成时间或时间节点，否则无法检查进度。',
    'zh-TW': '指南 §4.4、§3.3：每項措施都要有完成時間或時間節點，否則無法檢查進度。',
    en: 'Guide §4.4 and §3.3: every action needs a deadline or a time node, or its progress cannot be checked.',
  },
  check(ctx) {
    const { model, locale, lines } = ctx;
    const text = lines.text;
    const out: RuleReport[] = [];
    for (const a of model.actions) {
      if (a.deadline) continue;
      const dates = proposedDatesFor(ctx);
      let fixes;
      if (a.deadlineSlot && a.form === 'table' && missingCell(a.deadlineSlot, a.range)) {
        fixes = undefined;
      } else if (a.deadlineSlot) {
        const inner = cellInner(text, a.deadlineSlot.range.start.offset, a.deadlineSlot.range.end.offset);
        const content = text.slice(inner.start, inner.end);
        if (isBlank(content)) {
          fixes = dates.map((d, i) => fix(tr(DATE_FIX_TITLE, locale, { label: tr(d.label, locale), date: d.date }), inner.start, inner.end, a.form === 'table' ? ` ${d.date} ` : d.date, i === 0));
        } else {
          // The slot holds words that are not a time (`~~~`, `系统上线后`): keep them, put the date first.
          const at = inner.start + (content.length - content.trimStart().length);
          fixes = dates.map((d, i) => fix(tr(DATE_FIX_TITLE, locale, { label: tr(d.label, locale), date: d.date }), at, at, `${d.date} `, i === 0));
        }
      } else {
        const at = appendPoint(text, a.range.start.offset, a.range.end.offset);
        const sep = clauseSeparator(ctx.docLocale, text.slice(a.range.start.offset, at));
        fixes = dates.map((d, i) => fix(tr(DATE_FIX_TITLE, locale, { label: tr(d.label, locale), date: d.date }), at, at, sep + tr(DEADLINE_LABEL_TEXT, ctx.docLocale) + d.date, i === 0));
      }
      out.push({
        range: a.range,
        message: tr({ 'zh-CN': '措施 {what} 没有完成时间', 'zh-TW': '措施 {what} 沒有完成時間', en: 'The action {what} has no deadline' }, locale, { what: quote(a.text, locale) }),
        fixes,
      });
    }
    return out;
  },
};
