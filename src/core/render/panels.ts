// The scorecard and the KPI panel: pure HTML builders from an AnalyzeResult. Every piece of text
// that comes from the document is escaped; the chart is inline SVG (no script, no style attribute:
// colours come from CSS classes so they follow the editor theme).
import type { AnalyzeResult, Completeness, Finding, KpiKey, KpiUnit, KpiValue, Locale, Range } from '../types';
import { escapeHtml, kpiDirection, kpiName, t, UNIT_LABELS } from './labels';
import { toBase } from '../model/kpis';

export interface PanelOptions {
  locale?: Locale;
  /** Add "jump" / "insert" buttons (the preview); the exported HTML has none. */
  interactive?: boolean;
}

export interface KpiRow {
  key: KpiKey;
  /** Canonical name in the locale. */
  name: string;
  /** How the writer named it, when different from the canonical name. */
  label?: string;
  baseline?: number;
  actual?: number;
  target?: number;
  unit?: KpiUnit;
  direction?: 'higher' | 'lower';
  /** The target is worse than the baseline, given the direction. */
  targetWorse: boolean;
  /** The engine reported a body value contradicting the frontmatter (`kpi-mismatch`). */
  mismatch: boolean;
  /** Messages of those `kpi-mismatch` findings. */
  mismatchMessages: string[];
  /** First source line of the KPI, for jump-to. */
  line?: number;
}

function overlaps(a: Range, b: Range): boolean {
  return a.start.offset <= b.end.offset && b.start.offset <= a.end.offset;
}

/** Which KPI a `kpi-mismatch` finding is about: the KPI value whose range meets the finding's. */
function mismatchKey(f: Finding, kpis: KpiValue[]): KpiKey | undefined {
  const hit = kpis.find((k) => k.source === 'body' && overlaps(k.range, f.range)) ?? kpis.find((k) => overlaps(k.range, f.range));
  if (hit) return hit.key;
  const sameLine = kpis.find((k) => k.range.start.line === f.range.start.line);
  return sameLine?.key;
}

/** One row per KPI: frontmatter values first, the body filling what the frontmatter leaves out. */
export function kpiRows(result: AnalyzeResult, locale: Locale = 'en'): KpiRow[] {
  const kpis = result.model.kpis ?? [];
  const order: KpiKey[] = [];
  const byKey = new Map<KpiKey, KpiValue[]>();
  for (const k of kpis) {
    if (!byKey.has(k.key)) {
      byKey.set(k.key, []);
      order.push(k.key);
    }
    byKey.get(k.key)!.push(k);
  }
  const mismatches = new Map<KpiKey, string[]>();
  for (const f of result.findings) {
    if (f.rule !== 'kpi-mismatch') continue;
    const key = mismatchKey(f, kpis);
    if (!key) continue;
    if (!mismatches.has(key)) mismatches.set(key, []);
    mismatches.get(key)!.push(f.message);
  }
  return order.map((key) => {
    const values = byKey.get(key)!;
    const pick = (kind: KpiValue['kind']) =>
      values.find((v) => v.kind === kind && v.source === 'frontmatter') ?? values.find((v) => v.kind === kind);
    const b = pick('baseline');
    const a = pick('actual');
    const tg = pick('target');
    const unit = (a ?? tg ?? b)?.unit;
    // Values are shown in the unit of the first one found; the others are converted when they measure
    // the same thing (minutes and seconds), and left as written when they do not (a score beside a %).
    const ref = unit ? toBase(1, unit, key) : undefined;
    const sameDim = (v: KpiValue | undefined) => !v || !v.unit || !ref || toBase(1, v.unit, key).dim === ref.dim;
    const inUnit = (v: KpiValue | undefined) => (v === undefined ? undefined : v.unit === unit || !v.unit || !ref || !sameDim(v) ? v.value : round(toBase(v.value, v.unit, key).value / ref.value));
    const direction = kpiDirection(key);
    const bv = inUnit(b);
    const tv = inUnit(tg);
    const targetWorse = direction !== undefined && bv !== undefined && tv !== undefined && sameDim(b) && sameDim(tg) && (direction === 'higher' ? tv < bv : tv > bv);
    const name = kpiName(key, locale);
    const label = values.find((v) => v.label && v.label !== key && v.label !== name)?.label;
    const msgs = mismatches.get(key) ?? [];
    return {
      key,
      name,
      label,
      baseline: bv,
      actual: inUnit(a),
      target: tv,
      unit,
      direction,
      targetWorse,
      mismatch: msgs.length > 0,
      mismatchMessages: msgs,
      line: Math.min(...values.map((v) => v.range.start.line)),
    };
  });
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export function formatNumber(n: number | undefined): string {
  if (n === undefined || !Number.isFinite(n)) return '—';
  const s = Math.abs(n) >= 1000 && Number.isInteger(n) ? n.toLocaleString('en-US') : String(round(n));
  return s;
}

export function unitLabel(unit: KpiUnit | undefined, locale: Locale): string {
  return unit ? (UNIT_LABELS[unit]?.[locale] ?? unit) : '';
}

/** The scorecard: score, met / total, each item met or missing. */
export function scorecardHtml(c: Completeness, options: PanelOptions = {}): string {
  const locale = options.locale ?? 'en';
  const state = c.total > 0 && c.met === c.total ? 'complete' : 'incomplete';
  const items = c.items
    .map((item) => {
      const line = item.range?.start.line;
      const status = item.met ? t('met', locale) : t('missing', locale);
      const attrs = [
        `class="csplan-item ${item.met ? 'csplan-met' : 'csplan-missing'}"`,
        `data-item-id="${escapeHtml(item.id)}"`,
        `data-kind="${escapeHtml(item.kind)}"`,
        line ? `data-jump-line="${line}"` : '',
        item.part ? `data-part="${escapeHtml(item.part)}"` : '',
      ].filter(Boolean);
      const mark = `<span class="csplan-mark" aria-hidden="true">${item.met ? '✓' : '✗'}</span>`;
      const label = `<span class="csplan-item-label">${escapeHtml(item.label)}</span>`;
      const statusHtml = `<span class="csplan-item-status">${escapeHtml(status)}</span>`;
      let actions = '';
      if (options.interactive && line) {
        actions += `<button type="button" class="csplan-jump" data-jump-line="${line}" data-item-id="${escapeHtml(item.id)}" title="${escapeHtml(t('jumpTo', locale))}">↪</button>`;
      }
      if (options.interactive && !item.met && item.part) {
        actions += `<button type="button" class="csplan-insert" data-part="${escapeHtml(item.part)}" data-item-id="${escapeHtml(item.id)}">${escapeHtml(t('insertPart', locale))}</button>`;
      }
      return `<li ${attrs.join(' ')}>${mark}${label}${statusHtml}${actions}</li>`;
    })
    .join('');
  const list = c.items.length ? `<ul class="csplan-items">${items}</ul>` : `<p class="csplan-empty">${escapeHtml(t('noItems', locale))}</p>`;
  return (
    `<section class="csplan-scorecard csplan-${state}" data-score="${c.score}" data-met="${c.met}" data-total="${c.total}">` +
    `<h2 class="csplan-panel-title">${escapeHtml(t('scorecard', locale))}</h2>` +
    `<div class="csplan-score"><span class="csplan-score-value">${c.score}</span><span class="csplan-score-unit">/100</span>` +
    `<span class="csplan-score-detail">${escapeHtml(t('metOf', locale, { met: c.met, total: c.total }))} · ${escapeHtml(t(state, locale))}</span></div>` +
    `<div class="csplan-meter" role="img" aria-label="${c.score}/100"><svg viewBox="0 0 100 4" preserveAspectRatio="none" width="100%" height="6"><rect class="csplan-meter-track" x="0" y="0" width="100" height="4"/><rect class="csplan-meter-fill" x="0" y="0" width="${Math.max(0, Math.min(100, c.score))}" height="4"/></svg></div>` +
    list +
    `</section>`
  );
}

/** Inline SVG: per KPI, bars for baseline, actual and target on a common scale (per row). */
export function kpiChartSvg(rows: KpiRow[], locale: Locale = 'en'): string {
  const charted = rows.filter((r) => [r.baseline, r.actual, r.target].some((v) => v !== undefined));
  if (!charted.length) return '';
  const rowH = 46;
  const labelW = 150;
  const barW = 260;
  const width = labelW + barW + 90;
  const height = charted.length * rowH + 24;
  const kinds: ['baseline' | 'actual' | 'target', string][] = [
    ['baseline', t('baseline', locale)],
    ['actual', t('actual', locale)],
    ['target', t('target', locale)],
  ];
  let body = '';
  charted.forEach((r, i) => {
    const y0 = 20 + i * rowH;
    const max = Math.max(...kinds.map(([k]) => Math.abs(r[k] ?? 0)), 1e-9);
    const cls = ['csplan-chart-row', r.targetWorse ? 'csplan-bad-target' : '', r.mismatch ? 'csplan-bad-mismatch' : ''].filter(Boolean).join(' ');
    body += `<g class="${cls}" data-kpi="${escapeHtml(r.key)}">`;
    body += `<text class="csplan-chart-label" x="0" y="${y0 + 16}">${escapeHtml(r.name)}</text>`;
    if (r.direction) {
      body += `<text class="csplan-chart-dir" x="0" y="${y0 + 32}">${r.direction === 'higher' ? '↑' : '↓'} ${escapeHtml(t(r.direction, locale))}</text>`;
    }
    kinds.forEach(([k, label], j) => {
      const v = r[k];
      if (v === undefined) return;
      const w = Math.max(1, (Math.abs(v) / max) * barW);
      const y = y0 + j * 13;
      const bad = (k === 'target' && r.targetWorse) || (k === 'actual' && r.mismatch);
      body += `<rect class="csplan-bar csplan-bar-${k}${bad ? ' csplan-bar-bad' : ''}" x="${labelW}" y="${y}" width="${w.toFixed(1)}" height="10"><title>${escapeHtml(`${label}: ${formatNumber(v)}${unitLabel(r.unit, locale)}`)}</title></rect>`;
      body += `<text class="csplan-bar-value${bad ? ' csplan-bar-bad' : ''}" x="${(labelW + w + 4).toFixed(1)}" y="${y + 9}">${escapeHtml(formatNumber(v))}</text>`;
    });
    // The arrow from baseline to target says which way the plan goes; red when that is the wrong way.
    if (r.baseline !== undefined && r.target !== undefined && r.direction) {
      const up = r.target > r.baseline;
      const x = width - 24;
      const y1 = y0 + (up ? 32 : 6);
      const y2 = y0 + (up ? 6 : 32);
      body += `<path class="csplan-arrow${r.targetWorse ? ' csplan-bar-bad' : ''}" d="M${x} ${y1} L${x} ${y2} M${x - 5} ${y2 + (up ? 6 : -6)} L${x} ${y2} L${x + 5} ${y2 + (up ? 6 : -6)}"/>`;
    }
    body += `</g>`;
  });
  const legend = kinds
    .map(([k, label], j) => `<rect class="csplan-bar csplan-bar-${k}" x="${labelW + j * 90}" y="2" width="10" height="10"/><text class="csplan-chart-legend" x="${labelW + j * 90 + 14}" y="11">${escapeHtml(label)}</text>`)
    .join('');
  return `<svg class="csplan-kpi-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(t('chartTitle', locale))}"><title>${escapeHtml(t('chartTitle', locale))}</title>${legend}${body}</svg>`;
}

/** The KPI panel: table baseline → actual → target with unit and direction, plus the chart. */
export function kpiPanelHtml(result: AnalyzeResult, options: PanelOptions = {}): string {
  const locale = options.locale ?? 'en';
  const rows = kpiRows(result, locale);
  const title = `<h2 class="csplan-panel-title">${escapeHtml(t('kpiPanel', locale))}</h2>`;
  if (!rows.length) return `<section class="csplan-kpis">${title}<p class="csplan-empty">${escapeHtml(t('noKpis', locale))}</p></section>`;
  const head = ['kpi', 'baseline', 'actual', 'target', 'unit', 'direction'] as const;
  const thead = `<thead><tr>${head.map((h) => `<th>${escapeHtml(t(h, locale))}</th>`).join('')}</tr></thead>`;
  const tbody = rows
    .map((r) => {
      const notes: string[] = [];
      if (r.targetWorse) notes.push(t('targetWorse', locale));
      for (const m of r.mismatchMessages) notes.push(m);
      if (r.mismatch && !r.mismatchMessages.length) notes.push(t('mismatch', locale));
      const cls = ['csplan-kpi-row', r.targetWorse ? 'csplan-bad-target' : '', r.mismatch ? 'csplan-bad-mismatch' : ''].filter(Boolean).join(' ');
      const name = escapeHtml(r.name) + (r.label ? ` <span class="csplan-kpi-alias">(${escapeHtml(r.label)})</span>` : '');
      const jump = options.interactive && r.line ? ` data-jump-line="${r.line}"` : '';
      const cell = (v: number | undefined, bad: boolean) => `<td class="csplan-num${bad ? ' csplan-bad' : ''}">${escapeHtml(formatNumber(v))}</td>`;
      const dir = r.direction ? `${r.direction === 'higher' ? '↑' : '↓'} ${t(r.direction, locale)}` : t('neutral', locale);
      const noteHtml = notes.length ? `<div class="csplan-kpi-note">${notes.map((n) => `<span class="csplan-bad">${escapeHtml(n)}</span>`).join('<br>')}</div>` : '';
      return (
        `<tr class="${cls}" data-kpi="${escapeHtml(r.key)}"${jump}>` +
        `<td>${name}${noteHtml}</td>` +
        cell(r.baseline, false) +
        cell(r.actual, r.mismatch) +
        cell(r.target, r.targetWorse) +
        `<td>${escapeHtml(unitLabel(r.unit, locale))}</td>` +
        `<td>${escapeHtml(dir)}</td>` +
        `</tr>`
      );
    })
    .join('');
  return `<section class="csplan-kpis">${title}<table class="csplan-kpi-table">${thead}<tbody>${tbody}</tbody></table><div class="csplan-chart">${kpiChartSvg(rows, locale)}</div></section>`;
}
