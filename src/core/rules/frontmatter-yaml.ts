import type { RuleDefinition } from './rule';
import type { Range } from '../types';
import type { LineIndex } from '../text';
import { tr } from './util';

/** frontmatter-yaml: the frontmatter is not valid YAML. */
export const frontmatterYaml: RuleDefinition = {
  id: 'frontmatter-yaml',
  defaultSeverity: 'error',
  documentLevel: false,
  title: { 'zh-CN': 'Frontmatter 不是有效的 YAML', 'zh-TW': 'Frontmatter 不是有效的 YAML', en: 'Frontmatter is not valid YAML' },
  description: {
    'zh-CN': '文件开头 `---` 之间的元数据无法解析时，KPI、类型、周期都读不出来，完整度检查和汇总都会失效。',
    'zh-TW': '文件開頭 `---` 之間的中繼資料無法解析時，KPI、類型、期間都讀不出來，完整度檢查與彙整都會失效。',
    en: 'When the metadata between the `---` fences cannot be parsed, the KPIs, type and period are lost, and the completeness check and roll-up cannot use them.',
  },
  check(ctx) {
    const fm = ctx.model.frontmatter;
    if (!fm) return [];
    // With no closing fence the body is read as YAML too: report only the missing fence. One finding a line.
    const unclosed = fm.errors.find((e) => e.message === 'unclosed');
    const seen = new Set<number>();
    const errors = unclosed ? [unclosed] : fm.errors.filter((e) => !seen.has(e.range.start.line) && seen.add(e.range.start.line));
    return errors.map((e) => ({
      range: openerRange(ctx.lines, fm.range.start.line, e) ?? e.range,
      message:
        e.message === 'unclosed'
          ? tr({ 'zh-CN': 'Frontmatter 没有结束：缺少结尾的 `---`', 'zh-TW': 'Frontmatter 沒有結束：缺少結尾的 `---`', en: 'The frontmatter is never closed: the closing `---` is missing' }, ctx.locale)
          : e.message === 'not-a-mapping'
            ? tr({ 'zh-CN': 'Frontmatter 应是“键: 值”的映射', 'zh-TW': 'Frontmatter 應是「鍵: 值」的對應', en: 'The frontmatter should be a mapping of `key: value` pairs' }, ctx.locale)
            : tr({ 'zh-CN': 'Frontmatter 的 YAML 有误：{detail}', 'zh-TW': 'Frontmatter 的 YAML 有誤：{detail}', en: 'Invalid YAML in the frontmatter: {detail}' }, ctx.locale, { detail: e.message }),
    }));
  },
};

/**
 * The YAML parser reports an unclosed quote or flow collection where it gave up (often the closing
 * fence); the writer's mistake is on the line that opened it. Finds that line: the last one, from
 * the frontmatter's first line to the reported one, whose quotes or brackets do not balance.
 */
function openerRange(lines: LineIndex, fmLine: number, e: { message: string; range: Range }): Range | undefined {
  const quote = /Missing closing (["'])quote/.exec(e.message)?.[1];
  const bracket = /end with a ([\]}])/.exec(e.message)?.[1];
  if (!quote && !bracket) return undefined;
  for (let line = e.range.start.line; line > fmLine; line--) {
    const t = lines.lineText(line);
    const unbalanced = quote ? (t.split(quote).length - 1) % 2 === 1 : count(t, bracket === ']' ? '[' : '{') > count(t, bracket!);
    if (unbalanced) return lines.lineRange(line);
  }
  return undefined;
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}
