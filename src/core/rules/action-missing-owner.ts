import type { RuleDefinition, RuleReport } from './rule';
import { OWNER_LABEL_TEXT, OWNER_PLACEHOLDER, quote } from '../i18n/common';
import { appendPoint, cellInner, clauseSeparator, fix, missingCell, tr } from './util';
import { isBlank } from '../text';

/** action-missing-owner: a plan action with no 责任人 (guide §4.4). */
export const actionMissingOwner: RuleDefinition = {
  id: 'action-missing-owner',
  defaultSeverity: 'info',
  title: { 'zh-CN': '措施没有责任人', 'zh-TW': '措施沒有負責人', en: 'A plan action has no owner' },
  description: {
    'zh-CN': '指南 §4.4：每项措施都要落实到具体的人（或由一人担任的岗位），“相关部门”“全员”等于没人负责。',
    'zh-TW': '指南 §4.4：每項措施都要落實到具體的人（或由一人擔任的職位），「相關部門」「全員」等於沒人負責。',
    en: 'Guide §4.4: every action needs a named person (or a role held by one person); "relevant departments" or "everyone" means nobody answers for it.',
  },
  check(ctx) {
    const { model, locale, lines } = ctx;
    const text = lines.text;
    const out: RuleReport[] = [];
    const placeholder = tr(OWNER_PLACEHOLDER, ctx.docLocale);
    const title = tr({ 'zh-CN': '添加责任人占位符', 'zh-TW': '加入負責人預留位置', en: 'Add an owner placeholder' }, locale);
    for (const a of model.actions) {
      if (a.owner) continue;
      const what = quote(a.text, locale);
      if (a.collectiveOwner) {
        out.push({
          range: a.collectiveOwner.range,
          message: tr(
            { 'zh-CN': '措施 {what} 的责任人 {who} 不是具体的人：请写明姓名或岗位', 'zh-TW': '措施 {what} 的負責人 {who} 不是具體的人：請寫明姓名或職位', en: 'The owner {who} of the action {what} is not a person: name someone or a role held by one person' },
            locale,
            { what, who: quote(a.collectiveOwner.text, locale) },
          ),
        });
        continue;
      }
      let fixes;
      if (a.ownerSlot && a.form === 'table' && missingCell(a.ownerSlot, a.range)) {
        fixes = undefined;
      } else if (a.ownerSlot && a.form === 'table') {
        const inner = cellInner(text, a.ownerSlot.range.start.offset, a.ownerSlot.range.end.offset);
        if (isBlank(text.slice(inner.start, inner.end)) && !text.slice(inner.start, inner.end).includes(placeholder)) fixes = [fix(title, inner.start, inner.end, ` ${placeholder} `, true)];
      } else if (!a.ownerSlot) {
        const at = appendPoint(text, a.range.start.offset, a.range.end.offset);
        fixes = [fix(title, at, at, clauseSeparator(ctx.docLocale, text.slice(a.range.start.offset, at)) + tr(OWNER_LABEL_TEXT, ctx.docLocale) + placeholder, true)];
      }
      out.push({
        range: a.range,
        message: tr({ 'zh-CN': '措施 {what} 没有责任人', 'zh-TW': '措施 {what} 沒有負責人', en: 'The action {what} has no owner' }, locale, { what }),
        fixes,
      });
    }
    return out;
  },
};
