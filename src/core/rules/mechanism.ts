// The two mechanism rules share their shape: a plan must say how it is checked and how it learns.
import type { Messages } from '../i18n';
import type { RuleContext, RuleReport } from './rule';
import { actionsAnchor, insertsCleanly, tr } from './util';

export function planHasBody(ctx: RuleContext): boolean {
  const { model } = ctx;
  // Positive evidence first (issue 13): the mechanisms follow up plan actions, so the rules speak only
  // when the document has actions for a coming period (a summary's "next month" list counts). A
  // workflow / SOP is not a plan: its steps have their own closing step and its training and
  // assessment part (missing-section asks for those); a procedure, a report or an outline with no
  // actions gives nothing to follow up, and a heading alone (措施, 分阶段实施) is not an action.
  if (model.type === 'workflow') return false;
  // A summary's follow-ups for next month are not a plan that must say how it is checked; only when the
  // summary speaks of one mechanism (客服主管每周一检查进度) is the other's absence a finding.
  if (model.type === 'summary' && !model.monitoring.length && !model.loops.length) return false;
  return model.actions.length > 0;
}

export function mechanismReport(ctx: RuleContext, message: Messages, heading: Messages, hint: Messages): RuleReport {
  const { lines, locale } = ctx;
  const eol = lines.eol;
  // At the level of the document's parts; level 2 when it has none yet (as missing-section inserts them).
  const partDepths = ctx.model.sections.filter((s) => s.part).map((s) => s.depth);
  const depth = partDepths.length ? Math.min(...partDepths, 6) : 2;
  const end = lines.text.length;
  const lead = lines.text.endsWith('\n\n') ? '' : lines.text.endsWith('\n') ? eol : eol + eol;
  const inserted = `${lead}${'#'.repeat(depth)} ${tr(heading, ctx.docLocale)}${eol}${eol}${tr(hint, ctx.docLocale)}${eol}`;
  return {
    range: actionsAnchor(ctx),
    message: tr(message, locale),
    // No fix when the part would not come out as one (the document ends inside a block left open).
    fixes: insertsCleanly(ctx, end, inserted)
      ? [
          {
            title: tr({ 'zh-CN': '在文末插入“{h}”部分', 'zh-TW': '在文末插入「{h}」部分', en: 'Insert a “{h}” part at the end' }, locale, { h: tr(heading, locale) }),
            edits: [{ start: end, end, text: inserted }],
            preferred: true,
          },
        ]
      : undefined,
  };
}
