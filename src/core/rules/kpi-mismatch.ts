import type { KpiValue } from '../types';
import type { RuleDefinition, RuleReport } from './rule';
import { agrees } from '../model/kpis';
import { kpiName } from '../i18n/common';
import { tr } from './util';

const KIND: Record<KpiValue['kind'], { 'zh-CN': string; 'zh-TW': string; en: string }> = {
  actual: { 'zh-CN': '实际值', 'zh-TW': '實際值', en: 'actual' },
  target: { 'zh-CN': '目标值', 'zh-TW': '目標值', en: 'target' },
  baseline: { 'zh-CN': '基线值', 'zh-TW': '基線值', en: 'baseline' },
};

function show(v: KpiValue): string {
  const unit = v.unit === '%' ? '%' : v.unit === 'count' || !v.unit ? '' : ` ${v.unit}`;
  return `${v.value}${unit}`;
}

/** kpi-mismatch: a KPI in the body contradicts the frontmatter. */
export const kpiMismatch: RuleDefinition = {
  id: 'kpi-mismatch',
  defaultSeverity: 'info',
  title: { 'zh-CN': '正文指标与 frontmatter 不一致', 'zh-TW': '正文指標與 frontmatter 不一致', en: 'A KPI in the body contradicts the frontmatter' },
  description: {
    'zh-CN': '同一指标、同一口径（实际 / 目标 / 基线）在正文和 frontmatter 里写成两个数，读者不知道该信哪个，汇总也会取错数。',
    'zh-TW': '同一指標、同一口徑（實際 / 目標 / 基線）在正文與 frontmatter 中寫成兩個數，讀者不知該信哪個，彙整也會取錯數。',
    en: 'The same KPI of the same kind (actual, target, baseline) given as two different numbers leaves the reader unsure which is right, and the roll-up takes the wrong one.',
  },
  check(ctx) {
    const { model, locale } = ctx;
    const fm = model.kpis.filter((k) => k.source === 'frontmatter');
    const out: RuleReport[] = [];
    for (const body of model.kpis) {
      if (body.source !== 'body') continue;
      const stored = fm.find((f) => f.key === body.key && f.kind === body.kind);
      if (!stored || agrees(body, body.raw, stored)) continue;
      // `失物認領平均處理時間…1日以內` against `handle_time: 3 min`: a figure ten times off in another unit of
      // time measures something else (one service's turnaround, not the line's handle time).
      if (otherScale(body, stored)) continue;
      const fmRange = stored.range;
      const fmText = model.text.slice(fmRange.start.offset, fmRange.end.offset);
      const bodyValue = body.raw ?? String(body.value);
      const fixes = [
        {
          title: tr({ 'zh-CN': '正文改为 {value}（与 frontmatter 一致）', 'zh-TW': '正文改為 {value}（與 frontmatter 一致）', en: 'Change the body to {value} (as in the frontmatter)' }, locale, { value: formatLike(stored, body) }),
          edits: [{ start: body.range.start.offset, end: body.range.end.offset, text: formatLike(stored, body) }],
          preferred: true,
        },
      ];
      if (/^-?\d+(\.\d+)?$/.test(fmText.trim()) && !/[万萬]/.test(bodyValue)) {
        const converted = convertTo(body, stored);
        if (converted !== undefined)
          fixes.push({
            title: tr({ 'zh-CN': 'frontmatter 改为 {value}（与正文一致）', 'zh-TW': 'frontmatter 改為 {value}（與正文一致）', en: 'Change the frontmatter to {value} (as in the body)' }, locale, { value: converted }),
            edits: [{ start: fmRange.start.offset, end: fmRange.end.offset, text: converted }],
            preferred: false,
          });
      }
      out.push({
        range: body.range,
        message: tr(
          { 'zh-CN': '{kpi}{kind}在正文中为 {body}，frontmatter 中为 {fm}', 'zh-TW': '{kpi}{kind}在正文中為 {body}，frontmatter 中為 {fm}', en: '{kpi} ({kind}) is {body} in the body but {fm} in the frontmatter' },
          locale,
          { kpi: kpiName(body.key, locale), kind: KIND[body.kind][locale], body: show(body), fm: show(stored) },
        ),
        fixes,
      });
    }
    return out;
  },
};

const FACTOR: Record<string, number> = { s: 1, min: 60, h: 3600, d: 86400 };

function otherScale(body: KpiValue, stored: KpiValue): boolean {
  if (!body.unit || !stored.unit || body.unit === stored.unit || !FACTOR[body.unit] || !FACTOR[stored.unit] || !stored.value) return false;
  const ratio = convertValue(body.value, body.unit, stored.unit) / stored.value;
  return !(ratio > 0.1 && ratio < 10);
}

/** The stored value written in the body's unit and style (`2.1` for `1.2%`, `6` for `360 秒` → minutes). */
function formatLike(stored: KpiValue, body: KpiValue): string {
  const v = convertValue(stored.value, stored.unit, body.unit);
  const raw = body.raw ?? '';
  const grouped = /,/.test(raw);
  const text = Number.isInteger(v) && grouped ? v.toLocaleString('en-US') : String(round(v));
  return text;
}

function convertTo(body: KpiValue, stored: KpiValue): string | undefined {
  const v = convertValue(body.value, body.unit, stored.unit);
  return Number.isFinite(v) ? String(round(v)) : undefined;
}

function convertValue(value: number, from: string | undefined, to: string | undefined): number {
  if (from && to && FACTOR[from] && FACTOR[to]) return (value * FACTOR[from]) / FACTOR[to];
  if (from === '‱' && to === '%') return value / 100;
  if (from === '%' && to === '‱') return value * 100;
  return value;
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
