import type { RuleDefinition, RuleReport } from './rule';
import { quote } from '../i18n/common';
import { DATE_FIX_TITLE, fix, proposedDatesFor, tr } from './util';
import { VAGUE_TIME } from '../model/lexicon';
import { foldWidth } from '../text';

/** vague-deadline: a "time" that is not one — 尽快, 近期, 适时, 后续, 逐步, 待定, ASAP, soon, TBD (guide §4.4). */
export const vagueDeadline: RuleDefinition = {
  id: 'vague-deadline',
  defaultSeverity: 'warning',
  title: { 'zh-CN': '完成时间含糊', 'zh-TW': '完成時間含糊', en: 'The deadline is vague' },
  description: {
    'zh-CN': '指南 §4.4：“尽快”“近期”“适时”“后续”“待定”不是时间，到期无法检查。请写成具体日期或时间节点（如 2026-03-31、3月底、第二季度）。',
    'zh-TW': '指南 §4.4：「儘快」「近期」「適時」「後續」「待定」不是時間，到期無法檢查。請寫成具體日期或時間節點（如 2026-03-31、3月底、第二季）。',
    en: 'Guide §4.4: "ASAP", "soon", "later" or "TBD" is not a time, and cannot be checked when it falls due. Give a date or a time node (2026-03-31, end of March, Q2).',
  },
  check(ctx) {
    const { model, locale } = ctx;
    const out: RuleReport[] = [];
    for (const a of model.actions) {
      if (!a.deadline || a.deadline.kind !== 'vague') continue;
      const r = a.deadline.range;
      // Replace the vague word itself (`尽快` → a date); anything else in the slot is the writer's
      // (`待系统上线后`, `！`): keep it, and put the date before it.
      const vague = VAGUE_TIME.exec(foldWidth(a.deadline.text));
      const start = vague ? r.start.offset + vague.index : r.start.offset;
      const end = vague ? start + vague[0].length : r.start.offset;
      const fixes = proposedDatesFor(ctx).map((d, i) => fix(tr(DATE_FIX_TITLE, locale, { label: tr(d.label, locale), date: d.date }), start, end, vague ? d.date : `${d.date} `, i === 0));
      out.push({
        range: r,
        message: tr(
          { 'zh-CN': '{when} 不是明确的完成时间（措施 {what}）', 'zh-TW': '{when} 不是明確的完成時間（措施 {what}）', en: '{when} is not a deadline (action {what})' },
          locale,
          { when: quote(a.deadline.text, locale), what: quote(a.text, locale) },
        ),
        fixes,
      });
    }
    return out;
  },
};
