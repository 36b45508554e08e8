import type { PartId } from '../types';
import type { RuleDefinition, RuleReport, RuleContext } from './rule';
import { PART_NAMES, TYPE_NAMES } from '../i18n/common';
import { anchorFor, insertsCleanly, tr, typeIsStated } from './util';
import type { Fix } from '../types';
import { partPresence } from '../completeness-parts';

/** missing-section: a required part of the document type is absent (guide §2, §3). */
export const missingSection: RuleDefinition = {
  id: 'missing-section',
  defaultSeverity: 'info',
  documentLevel: true,
  title: { 'zh-CN': '缺少文档类型要求的部分', 'zh-TW': '缺少文件類型要求的部分', en: 'A required part is missing' },
  description: {
    'zh-CN': '指南 §2、§3：总结要有数据统计、客户反馈、问题归类与效率质量评价；计划要有目标、措施、分阶段实施、资源安排与监控反馈。缺一部分，读者就无法判断工作是否到位。',
    'zh-TW': '指南 §2、§3：總結要有數據統計、客戶回饋、問題歸類與效率品質評價；計畫要有目標、措施、分階段實施、資源安排與監控回饋。缺一部分，讀者就無法判斷工作是否到位。',
    en: 'Guide §2 and §3: a summary reports data, customer feedback, categorised problems and an evaluation; a plan has goals, actions, phases, resources and monitoring. A missing part leaves the reader unable to judge the work.',
  },
  check(ctx) {
    const out: RuleReport[] = [];
    // The parts a type requires are asked for only when the type is stated (frontmatter `type:` or the
    // title's words): a document read as a summary or a plan from its parts alone may be neither.
    if (!typeIsStated(ctx.model)) return [];
    const required = ctx.requiredParts[ctx.model.type] ?? [];
    const presence = partPresence(ctx.model);
    for (const part of required) {
      const p = presence.get(part);
      if (p?.present && p.nonEmpty) continue;
      if (p?.present && !p.nonEmpty && p.section !== undefined) {
        out.push({
          range: ctx.model.sections[p.section].headingRange,
          message: tr({ 'zh-CN': '“{part}”部分是空的', 'zh-TW': '「{part}」部分是空的', en: 'The “{part}” part is empty' }, ctx.locale, { part: tr(PART_NAMES[part], ctx.locale) }),
        });
        continue;
      }
      out.push({
        range: anchorFor(ctx, []),
        message: tr(
          { 'zh-CN': '{type}缺少“{part}”部分', 'zh-TW': '{type}缺少「{part}」部分', en: 'The {type} has no “{part}” part' },
          ctx.locale,
          { type: tr(TYPE_NAMES[ctx.model.type], ctx.locale), part: tr(PART_NAMES[part], ctx.locale) },
        ),
        ...withFix(ctx, insertPartFix(ctx, part, required)),
      });
    }
    return out;
  },
};

/** Inserts the part's heading (with a placeholder comment) after the part that precedes it, else at the end. */
export function insertPartFix(ctx: RuleContext, part: PartId, order: PartId[]) {
  const { model, lines, locale } = ctx;
  const eol = lines.eol;
  const partSections = model.sections.filter((s) => s.part);
  const depth = partSections.length ? Math.min(...partSections.map((s) => Math.min(s.depth, 6))) : 2;
  let at = lines.text.length;
  const idx = order.indexOf(part);
  for (let i = idx + 1; i < order.length; i++) {
    const next = model.sections.find((s) => s.part === order[i]);
    if (next) {
      at = next.headingRange.start.offset;
      break;
    }
  }
  // Without a declared type, the first heading is the title the type is inferred from: a part inserted
  // above it would change the type, and "fix all" would then ask for other parts. Insert after the
  // title's section instead.
  const title = model.sections[0];
  if (title && model.typeSource === 'inferred' && at <= title.headingRange.start.offset) {
    const after = model.sections.find((s) => s.headingRange.start.offset > title.headingRange.start.offset && s.depth <= title.depth);
    at = after ? after.headingRange.start.offset : lines.text.length;
  }
  const name = tr(PART_NAMES[part], ctx.docLocale);
  const hint = tr({ 'zh-CN': '<!-- 请填写：{part} -->', 'zh-TW': '<!-- 請填寫：{part} -->', en: '<!-- To write: {part} -->' }, ctx.docLocale, { part: name });
  const block = `${'#'.repeat(depth)} ${name}${eol}${eol}${hint}${eol}${eol}`;
  const before = at === lines.text.length ? (lines.text.endsWith('\n') ? (lines.text.endsWith('\n\n') ? '' : eol) : eol + eol) : '';
  return {
    title: tr({ 'zh-CN': '插入“{part}”部分', 'zh-TW': '插入「{part}」部分', en: 'Insert the “{part}” part' }, locale, { part: tr(PART_NAMES[part], locale) }),
    edits: [{ start: at, end: at, text: before + block }],
    preferred: true,
  };
}

/** The fix, unless the part it inserts would not come out as a part (e.g. swallowed by a block the writer left open). */
function withFix(ctx: RuleContext, fix: Fix): { fixes?: Fix[] } {
  return fix.edits.every((e) => insertsCleanly(ctx, e.start, e.text)) ? { fixes: [fix] } : {};
}
