import type { RuleDefinition, RuleReport } from './rule';
import { kpiKeyOf, kpiBlockKey } from '../model/kpis';
import { tr } from './util';

/** kpi-alias: a frontmatter KPI written under another name (满意度, 平均应答时长_秒): offer the canonical key. */
export const kpiAlias: RuleDefinition = {
  id: 'kpi-alias',
  defaultSeverity: 'info',
  title: { 'zh-CN': 'KPI 字段可改用标准名称', 'zh-TW': 'KPI 欄位可改用標準名稱', en: 'A KPI key can use its standard name' },
  description: {
    'zh-CN': '“满意度”“平均应答时长_秒”等写法能被识别，但团队汇总与其他工具读标准键名（satisfaction、response_time）更可靠。',
    'zh-TW': '「滿意度」「平均應答時長_秒」等寫法能被辨識，但團隊彙整與其他工具讀標準鍵名（satisfaction、response_time）更可靠。',
    en: 'Keys such as 满意度 or 平均应答时长_秒 are understood, but the team roll-up and other tools read the standard keys (satisfaction, response_time) more reliably.',
  },
  check(ctx) {
    const fm = ctx.model.frontmatter;
    const block = kpiBlockKey(fm?.data);
    if (!fm?.data || !block) return [];
    const out: RuleReport[] = [];
    const kpis = fm.data[block] as Record<string, unknown>;
    for (const name of Object.keys(kpis)) {
      const key = kpiKeyOf(name);
      if (!key || key === name) continue;
      const range = fm.keyRanges[`${block}.${name}`];
      if (!range) continue;
      if (Object.prototype.hasOwnProperty.call(kpis, key)) continue;
      // A unit folded into the key (`投诉率_万分比`) would be lost by renaming: offer no fix then.
      const foldedUnit = /[_\s-](秒|分钟|分鐘|小时|小時|天|百分比|万分比|萬分比|pct|percent|s|min|h|d)$/i.test(name);
      out.push({
        range,
        message: tr({ 'zh-CN': '“{name}”即标准指标 {key}', 'zh-TW': '「{name}」即標準指標 {key}', en: '`{name}` is the standard KPI `{key}`' }, ctx.locale, { name, key }),
        fixes: foldedUnit ? undefined : [
          {
            title: tr({ 'zh-CN': '改用标准键名 {key}', 'zh-TW': '改用標準鍵名 {key}', en: 'Use the standard key `{key}`' }, ctx.locale, { key }),
            edits: [{ start: range.start.offset, end: range.end.offset, text: key }],
            preferred: false,
          },
        ],
      });
    }
    return out;
  },
};
