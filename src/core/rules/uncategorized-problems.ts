import type { RuleDefinition, RuleReport } from './rule';
import { insertsCleanly, tr } from './util';
import { PROBLEM_WORD, SHORTCOMING_HEADING } from '../model/lexicon';

const CATEGORIES = {
  'zh-CN': ['（一）服务流程问题', '（二）沟通问题', '（三）系统问题'],
  'zh-TW': ['（一）服務流程問題', '（二）溝通問題', '（三）系統問題'],
  en: ['Process', 'Communication', 'Systems'],
};

/** uncategorized-problems: problems listed but not grouped (guide §5.2). */
export const uncategorizedProblems: RuleDefinition = {
  id: 'uncategorized-problems',
  defaultSeverity: 'warning',
  documentLevel: true,
  title: { 'zh-CN': '问题没有归类', 'zh-TW': '問題沒有歸類', en: 'Problems are not categorised' },
  description: {
    'zh-CN': '指南 §5.2：问题要按流程、沟通、系统等类别（或一般 / 重复 / 恶性投诉）归类分析，平铺罗列看不出主次，也无法对症下药。',
    'zh-TW': '指南 §5.2：問題要按流程、溝通、系統等類別（或一般／重複／惡性投訴）歸類分析，平鋪羅列看不出主次，也無法對症下藥。',
    en: 'Guide §5.2: group problems by kind (process, communication, systems; or ordinary, repeated, serious complaints). A flat list hides what matters most and what to fix first.',
  },
  check(ctx) {
    const { model, locale, lines } = ctx;
    const out: RuleReport[] = [];
    const min = typeof ctx.options.minItems === 'number' ? ctx.options.minItems : 3;
    // The problems of the period are a summary's part (domain.md): a plan's or an SOP's sections about
    // handling problems (问题处理标准, 问题分类) describe the work, not problems found.
    if (model.type === 'plan' || model.type === 'workflow') return [];
    model.sections.forEach((s, i) => {
      if (s.part !== 'problems') return;
      // A sub-section of a problem section that is itself a category is judged through its parent.
      if (s.parent >= 0 && model.sections[s.parent].part === 'problems') return;
      // A person's own shortcomings (`三、存在的不足` in a 试用期总结) are a self-assessment, not the
      // period's problems: they are not asked for categories.
      if (model.writer && SHORTCOMING_HEADING.test(s.name) && !PROBLEM_WORD.test(s.name)) return;
      const st = model.sectionStats[i];
      if (st.items < min || st.categories >= 2) return;
      const eol = lines.eol;
      const depth = Math.min(s.depth + 1, 6);
      // Under a bold-only pseudo-heading (`**问题归类与分析**`) sub-headings would not stay beneath it once
      // real headings are added before it (its level follows the last real heading): use labels
      // (`（一）服务流程问题：`), which count as categories wherever they stand.
      const pseudo = /^\s*(\*\*|__)/.test(lines.text.slice(s.headingRange.start.offset, s.headingRange.end.offset));
      const colon = ctx.docLocale === 'en' ? ':' : '：';
      const marker = pseudo ? (t: string) => `${t}${colon}` : s.depth >= 6 ? (t: string) => `**${t}**` : (t: string) => `${'#'.repeat(depth)} ${t}`;
      const skeleton = CATEGORIES[ctx.docLocale].map((c) => marker(c)).join(eol + eol);
      const at = s.headingRange.end.offset;
      const inserted = eol + eol + skeleton;
      out.push({
        range: s.headingRange,
        message: tr(
          { 'zh-CN': '列出了 {n} 个问题但没有归类（如流程 / 沟通 / 系统）', 'zh-TW': '列出了 {n} 個問題但沒有歸類（如流程／溝通／系統）', en: '{n} problems are listed without categories (e.g. process / communication / systems)' },
          locale,
          { n: st.items },
        ),
        fixes: !insertsCleanly(ctx, at, inserted) ? undefined : [
          {
            title: tr({ 'zh-CN': '插入问题分类框架', 'zh-TW': '插入問題分類框架', en: 'Insert a problem-category skeleton' }, locale),
            edits: [{ start: at, end: at, text: inserted }],
            preferred: true,
          },
        ],
      });
    });
    return out;
  },
};
