// The two mechanism rules share their shape: a plan must say how it is checked and how it learns.
import type { Messages } from '../i18n';
import type { RuleContext, RuleReport } from './rule';
import { actionsAnchor, insertsCleanly, tr } from './util';

export function planHasBody(ctx: RuleContext): boolean {
  const { model } = ctx;
  // Any document with plan actions (a summary's "next month" list too) says how they are followed up.
  // A type that requires those parts counts too: otherwise "fix all" would first insert the missing
  // part (missing-section) and only a second pass would ask for the mechanism.
  const needs = ctx.requiredParts[model.type] ?? [];
  return (
    model.actions.length > 0 ||
    model.sections.some((s) => s.part === 'measures' || s.part === 'phases' || s.part === 'steps') ||
    needs.some((p) => p === 'measures' || p === 'phases' || p === 'steps')
  );
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
