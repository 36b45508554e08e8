// The two mechanism rules share their shape: a plan must say how it is checked and how it learns.
import type { Messages } from '../i18n';
import type { RuleContext, RuleReport } from './rule';
import { actionsAnchor, tr } from './util';

export function planHasBody(ctx: RuleContext): boolean {
  const { model } = ctx;
  // Any document with plan actions (a summary's "next month" list too) says how they are followed up.
  return model.actions.length > 0 || model.sections.some((s) => s.part === 'measures' || s.part === 'phases' || s.part === 'steps');
}

export function mechanismReport(ctx: RuleContext, message: Messages, heading: Messages, hint: Messages): RuleReport {
  const { lines, locale } = ctx;
  const eol = lines.eol;
  const partDepth = Math.min(...ctx.model.sections.filter((s) => s.part).map((s) => s.depth), 6);
  const depth = Number.isFinite(partDepth) ? partDepth : 2;
  const end = lines.text.length;
  const lead = lines.text.endsWith('\n\n') ? '' : lines.text.endsWith('\n') ? eol : eol + eol;
  return {
    range: actionsAnchor(ctx),
    message: tr(message, locale),
    fixes: [
      {
        title: tr({ 'zh-CN': '在文末插入“{h}”部分', 'zh-TW': '在文末插入「{h}」部分', en: 'Insert a “{h}” part at the end' }, locale, { h: tr(heading, locale) }),
        edits: [{ start: end, end, text: `${lead}${'#'.repeat(depth)} ${tr(heading, ctx.docLocale)}${eol}${eol}${tr(hint, ctx.docLocale)}${eol}` }],
        preferred: true,
      },
    ],
  };
}
