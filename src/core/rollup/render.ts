// The roll-up report as Markdown (tables), self-contained HTML (inline SVG trend charts, no script,
// a CSP that allows nothing but inline style) or JSON (the report itself). Names, paths, periods and
// messages come from people's documents: in HTML every one of them goes through escapeHtml, in
// Markdown through mdText/mdCode, so a name like `<img onerror=…>` stays text.
import type { KpiUnit, Locale } from '../types';
import { escapeHtml } from '../render/labels';
import { formatNumber, unitLabel } from '../render/panels';
import { htmlLang } from '../render/report';
import { kpiName } from '../i18n/common';
import { rm, type RollupMessageId } from './messages';
import type { KpiTrend, OverdueEntry, PeriodKind, RollupFormat, RollupReport, RollupRow, RollupTable, RowExecution, RowKpi, TrendChange, Verdict } from './types';

export function renderRollup(report: RollupReport, format: RollupFormat, locale: Locale = report.locale): string {
  if (format === 'json') return JSON.stringify(report, null, 2) + '\n';
  if (format === 'md') return rollupMarkdown(report, locale);
  return rollupHtml(report, locale);
}

// ── Shared formatting ────────────────────────────────────────────────────────────────────────────

/** Column headings of the plan-execution table (after the row's own heading). */
export function executionHeaders(locale: Locale): string[] {
  return (['execExpected', 'execDone', 'execInProgress', 'execNotDone', 'execUnreported', 'execOverdue', 'execTargets', 'execAttainment'] as const).map((id) => rm(id, locale));
}

/** The cells of one row of the plan-execution table; dashes when the row has no linked plan. */
export function executionCells(ex: RowExecution | undefined, locale: Locale): string[] {
  if (!ex) return [rm('execNoPlan', locale), '—', '—', '—', '—', '—', '—', '—'];
  const a = ex.counts.actions;
  const t = ex.counts.targets;
  return [
    String(a.expected),
    String(a.done),
    String(a.inProgress),
    String(a.notDone),
    String(a.unreported),
    String(a.overdue),
    rm('execTargetsCell', locale, { met: t.met, judged: t.met + t.missed, unreported: t.unreported }),
    ex.attainment === undefined ? '—' : `${formatNumber(ex.attainment)}%`,
  ];
}

/** Whether any table of the report has a summary checked against its plan. */
export function hasExecution(report: RollupReport): boolean {
  return report.tables.some((t) => t.execution);
}

/** One overdue action, as a line: period · who: action (due …). */
export function overdueText(o: OverdueEntry, locale: Locale): string {
  return rm('overdueLine', locale, { period: o.periodLabel, who: o.who, action: o.action, deadline: o.deadline ? rm('overdueDeadline', locale, { deadline: o.deadline }) : '' });
}

const KIND_TREND: Record<PeriodKind, RollupMessageId> = { month: 'kindMonth', quarter: 'kindQuarter', half: 'kindHalf', year: 'kindYear', range: 'kindRange' };
const KIND_NAME: Record<PeriodKind, RollupMessageId> = { month: 'monthly', quarter: 'quarterly', half: 'halfYearly', year: 'yearly', range: 'ranges' };

/** `92.7%`, `18 秒`, `1,200`. */
export function formatValue(value: number | undefined, unit: KpiUnit, locale: Locale): string {
  if (value === undefined) return '—';
  const n = formatNumber(display(value));
  if (unit === '%' || unit === '‱') return n + unit;
  if (unit === 'count') return n;
  return `${n} ${unitLabel(unit, locale)}`;
}

/** Shown to two decimals (three below 1: a complaint rate of 0.085%); the JSON keeps full precision. */
export function display(n: number): number {
  const f = Math.abs(n) < 1 ? 1000 : 100;
  return Math.round(n * f) / f;
}

const POINTS: Record<Locale, string> = { 'zh-CN': ' 个百分点', 'zh-TW': ' 個百分點', en: ' pp' };

/** `+1.2 (+1.3%)`. */
export function formatChange(c: TrendChange, unit: KpiUnit, locale: Locale): string {
  const sign = c.delta > 0 ? '+' : c.delta < 0 ? '−' : '±';
  // A change of a percentage is in percentage points, not percent.
  const abs = unit === '%' ? formatNumber(display(Math.abs(c.delta))) + POINTS[locale] : formatValue(Math.abs(c.delta), unit, locale);
  const pct = c.pct !== undefined ? ` (${c.pct > 0 ? '+' : c.pct < 0 ? '−' : '±'}${formatNumber(Math.round(Math.abs(c.pct) * 10) / 10)}%)` : '';
  return `${sign}${abs}${pct}`;
}

/** The change with its verdict and its caveats: `−1,270 (−25.3%) change (totals of 4 and 3 summaries)`. */
export function changeNote(c: TrendChange, unit: KpiUnit, locale: Locale): string {
  return `${formatChange(c, unit, locale)} ${rm(c.verdict, locale)}${c.gap ? ' ' + rm('gap', locale) : ''}${c.contributors ? ' ' + rm('contributors', locale, c.contributors) : ''}`;
}

function cellText(k: RowKpi | undefined, locale: Locale): string {
  if (!k) return '—';
  const actual = formatValue(k.actual, k.unit, locale);
  if (k.target === undefined) return actual;
  const mark = k.met === undefined ? '' : k.met ? ' ✓' : ' ✗';
  return `${actual} / ${formatValue(k.target, k.unit, locale)}${mark}`;
}

function firstHeader(table: RollupTable, locale: Locale): string {
  return rm(table.rowKind === 'team' ? 'team' : table.rowKind === 'period' ? 'period' : 'person', locale);
}

function tableTitle(table: RollupTable, locale: Locale): string {
  if (table.period) return table.period.label[locale];
  return rm('byPeriodHeading', locale, { kind: rm(KIND_NAME[table.kind ?? 'month'], locale) });
}

/** `满意度（月环比）`, `Satisfaction (quarter over quarter, from the monthly summaries)`. */
export function trendTitle(tr: KpiTrend, locale: Locale): string {
  return rm('trendOf', locale, { kpi: kpiName(tr.kpi, locale), kind: rm(KIND_TREND[tr.kind], locale) + (tr.derivedFrom ? rm('fromMonthly', locale) : '') });
}

// ── Markdown ─────────────────────────────────────────────────────────────────────────────────────

/** Text from documents, inert in Markdown and in a table cell. */
function mdText(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\`*_[\]#|~])/g, '\\$1')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A path or an id as code; backticks inside are matched by a longer fence. */
function mdCode(s: string): string {
  const clean = s.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
  const fence = clean.includes('`') ? '`` ' : '`';
  return fence + clean + (fence === '`` ' ? ' ``' : '`');
}

export function rollupMarkdown(report: RollupReport, locale: Locale = report.locale): string {
  const L = locale;
  const out: string[] = [];
  out.push(`# ${rm('title', L)}`, '', rm('overview', L, report.counts), '');
  if (!report.tables.length) out.push(rm('empty', L), '');
  if (report.kpis.length) {
    out.push(`## ${rm('methods', L)}`, '', rm('methodsIntro', L), '');
    for (const k of report.kpis) out.push(`- ${mdText(report.methods[k] ?? '')}`);
    out.push('');
  }
  for (const table of report.tables) {
    out.push(`## ${mdText(tableTitle(table, L))}`, '');
    const showTeam = table.rowKind === 'person' && new Set(table.rows.map((r) => r.team ?? '')).size > 1;
    const head = [firstHeader(table, L), ...(showTeam ? [rm('team', L)] : []), ...report.kpis.map((k) => kpiName(k, L)), rm('completeness', L), rm('findings', L)];
    out.push(`| ${head.map(mdText).join(' | ')} |`, `|${head.map((_, i) => (i === 0 || (showTeam && i === 1) ? ' --- ' : ' ---: ')).join('|')}|`);
    for (const row of table.rows) {
      const cells = [mdText(row.label), ...(showTeam ? [mdText(row.team ?? '')] : []), ...report.kpis.map((k) => mdText(cellText(row.kpis[k], L))), String(row.completeness), String(row.findingTotal)];
      out.push(`| ${cells.join(' | ')} |`);
    }
    const agg = [`**${rm('teamAggregate', L)}**`, ...(showTeam ? [''] : []), ...report.kpis.map((k) => {
      const c = table.aggregate[k];
      if (!c) return '—';
      const text = c.target !== undefined ? `${formatValue(c.value, c.unit, L)} / ${formatValue(c.target, c.unit, L)}` : formatValue(c.value, c.unit, L);
      return `**${mdText(text)}**${c.weightMissing ? ' ¹' : ''}`;
    }), '', ''];
    out.push(`| ${agg.join(' | ')} |`, '');
    const notes = report.kpis.map((k) => table.aggregate[k]).filter((c) => c?.weightMissing);
    for (const c of notes) out.push(`¹ ${mdText(c!.note)}  `);
    if (notes.length) out.push('');
    if (table.bestWorst.length) {
      out.push(`**${rm('bestWorst', L)}**`, '');
      for (const bw of table.bestWorst) {
        const unit = table.rows.find((r) => r.key === bw.best.key)?.kpis[bw.kpi]?.unit ?? 'count';
        out.push(`- ${mdText(kpiName(bw.kpi, L))}：`.replace('：', L === 'en' ? ': ' : '：') + `${rm('best', L)} ${mdText(bw.best.label)} ${mdText(formatValue(bw.best.value, unit, L))}${L === 'en' ? '; ' : '；'}${rm('worst', L)} ${mdText(bw.worst.label)} ${mdText(formatValue(bw.worst.value, unit, L))}`);
      }
      out.push('');
    }
    if (table.execution) {
      out.push(`**${rm('executionHeading', L)}**`, '');
      const head = [firstHeader(table, L), ...executionHeaders(L)];
      out.push(`| ${head.map(mdText).join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`);
      for (const row of table.rows) out.push(`| ${[mdText(row.label), ...executionCells(row.execution, L).map(mdText)].join(' | ')} |`);
      out.push(`| ${[`**${rm('teamAggregate', L)}**`, ...executionCells(table.execution, L).map((c) => `**${mdText(c)}**`)].join(' | ')} |`, '');
    }
  }
  if (hasExecution(report)) {
    out.push(`## ${rm('executionHeading', L)}`, '', rm('executionIntro', L), '', `### ${rm('overdueHeading', L)}`, '');
    if (!report.overdue.length) out.push(rm('none', L), '');
    else {
      for (const o of report.overdue) out.push(`- ${mdText(overdueText(o, L))} — ${mdText(rm('planAt', L, { plan: o.plan, line: o.planLine }))}`);
      out.push('');
    }
  }
  if (report.trends.length) {
    out.push(`## ${rm('trends', L)}`, '');
    for (const tr of report.trends) {
      out.push(`### ${mdText(trendTitle(tr, L))}`, '');
      out.push(`| ${rm('period', L)} | ${rm('teamAggregate', L)} | ± |`, '| --- | ---: | --- |');
      tr.points.forEach((p, i) => {
        const c = i > 0 ? tr.changes[i - 1] : undefined;
        const change = c ? mdText(changeNote(c, tr.unit, L)) : '';
        out.push(`| ${mdText(p.label)} | ${mdText(formatValue(p.value, tr.unit, L))} | ${change} |`);
      });
      out.push('');
    }
  }
  out.push(`## ${rm('missingHeading', L)}`, '');
  if (!report.missing.length) out.push(rm('none', L), '');
  else {
    for (const m of report.missing) out.push(`- ${mdText(rm('missingLine', L, { period: m.periodLabel, who: m.who + (m.team ? ` (${m.team})` : '') }))}`);
    out.push('');
  }
  out.push(`## ${rm('incompleteHeading', L, { n: report.incompleteBelow })}`, '');
  if (!report.incomplete.length) out.push(rm('none', L), '');
  else {
    for (const d of report.incomplete) {
      const who = [d.who, d.period].filter(Boolean).map((x) => mdText(x!)).join(' · ');
      out.push(`- ${mdCode(d.path)}${who ? ' — ' + who : ''} — ${d.score}`);
      if (d.missing.length) out.push(`  - ${rm('missingParts', L)}${L === 'en' ? ': ' : '：'}${d.missing.map(mdText).join(L === 'en' ? ', ' : '、')}`);
      for (const p of d.pitfalls) out.push(`  - ${mdCode(p.rule)} (${rm('line', L)} ${p.line}) ${mdText(p.message)}`);
    }
    out.push('');
  }
  out.push(`## ${rm('problemsHeading', L)}`, '');
  if (!report.problems.length) out.push(rm('none', L), '');
  else {
    out.push(`| ${rm('file', L)} | ${rm('line', L)} | | ${rm('problemsHeading', L)} |`, '| --- | ---: | --- | --- |');
    for (const p of report.problems) out.push(`| ${mdCode(p.path)} | ${p.line ?? ''} | ${rm(`severity_${p.severity}`, L)} | ${mdText(p.message)} |`);
    out.push('');
  }
  return out.join('\n');
}

// ── HTML ─────────────────────────────────────────────────────────────────────────────────────────

const CSS = `
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2rem auto;max-width:1200px;padding:0 1rem;color:#1f2328;line-height:1.5}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.25rem}h3{font-size:1rem}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-variant-numeric:tabular-nums}
th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:right;white-space:nowrap}
th:first-child,td:first-child,td.csplan-text,.csplan-problems th,.csplan-bestworst th,.csplan-bestworst td{text-align:left}
tr.csplan-aggregate td{font-weight:600;background:#f6f8fa}
.csplan-met{color:#1a7f37}.csplan-unmet{color:#cf222e}
.csplan-better{color:#1a7f37}.csplan-worse{color:#cf222e}.csplan-same,.csplan-neutral{color:#57606a}
.csplan-note{color:#57606a;font-size:.9em}
.csplan-trends{display:flex;flex-wrap:wrap;gap:1rem}
.csplan-trend{border:1px solid #d0d7de;border-radius:6px;padding:.5rem .75rem}
.csplan-trend h3{margin:.2rem 0 .4rem}
.csplan-severity-error{color:#cf222e}.csplan-severity-warning{color:#9a6700}.csplan-severity-info{color:#57606a}
caption{text-align:left;font-weight:600;padding:.2rem 0}
code{font-size:.9em;background:#f6f8fa;padding:0 .2em;border-radius:3px}
`;

const VERDICT_COLOR: Record<Verdict, string> = { better: '#1a7f37', worse: '#cf222e', same: '#8c959f', neutral: '#8c959f' };

/** Each person's own line is drawn (thin, grey) when there are at most this many. */
const MAX_PERSON_LINES = 12;

/**
 * A line chart of one KPI's team figure over periods, segments coloured by whether the change was
 * good; with few people, each person's own series as thin grey lines behind it.
 */
export function trendChartSvg(trend: KpiTrend, locale: Locale): string {
  const W = 380;
  const H = 160;
  const padL = 48;
  const padR = 28;
  const padT = 14;
  const padB = 32;
  const values = trend.points.map((p) => p.value);
  const persons = Object.entries(trend.perRow);
  // A sum (咨询量) is not on the scale of one person's figure: no person lines there.
  const showPersons = trend.unit !== 'count' && persons.length > 1 && persons.length <= MAX_PERSON_LINES;
  const all = showPersons ? [...values, ...persons.flatMap(([, s]) => s.filter((v): v is number => v !== null))] : values;
  let min = Math.min(...all);
  let max = Math.max(...all);
  if (min === max) {
    min -= Math.abs(min) * 0.05 || 1;
    max += Math.abs(max) * 0.05 || 1;
  }
  const n = trend.points.length;
  const x = (i: number) => padL + (n === 1 ? 0 : (i * (W - padL - padR)) / (n - 1));
  const y = (v: number) => padT + ((max - v) * (H - padT - padB)) / (max - min);
  const title = rm('chartAlt', locale, { kpi: kpiName(trend.kpi, locale) });
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title>`);
  parts.push(`<line x1="${padL}" y1="${H - padB}" x2="${W - padR}" y2="${H - padB}" stroke="#d0d7de"/>`);
  parts.push(`<text x="${padL - 4}" y="${fx(y(max) + 4)}" font-size="10" text-anchor="end" fill="#57606a">${escapeHtml(formatNumber(display(max)))}</text>`);
  parts.push(`<text x="${padL - 4}" y="${fx(y(min))}" font-size="10" text-anchor="end" fill="#57606a">${escapeHtml(formatNumber(display(min)))}</text>`);
  if (showPersons) {
    for (const [who, series] of persons) {
      const pts = series.map((v, i) => (v === null ? null : `${fx(x(i))},${fx(y(v))}`));
      // A person's line breaks where they handed nothing in.
      const runs: string[][] = [[]];
      for (const pt of pts) {
        if (pt === null) runs.push([]);
        else runs[runs.length - 1].push(pt);
      }
      for (const run of runs.filter((r) => r.length > 1)) {
        parts.push(`<polyline points="${run.join(' ')}" fill="none" stroke="#afb8c1" stroke-width="1"><title>${escapeHtml(who)}</title></polyline>`);
      }
    }
  }
  for (let i = 1; i < n; i++) {
    const c = trend.changes[i - 1];
    const dash = c.gap ? ' stroke-dasharray="4 3"' : '';
    parts.push(`<line x1="${fx(x(i - 1))}" y1="${fx(y(values[i - 1]))}" x2="${fx(x(i))}" y2="${fx(y(values[i]))}" stroke="${VERDICT_COLOR[c.verdict]}" stroke-width="2.5"${dash}><title>${escapeHtml(`${formatChange(c, trend.unit, locale)} ${rm(c.verdict, locale)}`)}</title></line>`);
  }
  trend.points.forEach((p, i) => {
    parts.push(`<circle cx="${fx(x(i))}" cy="${fx(y(p.value))}" r="3.5" fill="#0969da"><title>${escapeHtml(`${p.label}: ${formatValue(p.value, trend.unit, locale)}`)}</title></circle>`);
    // Label every point when there are few; otherwise the first, the last and every third.
    if (n <= 6 || i === 0 || i === n - 1 || i % 3 === 0) {
      const anchor = n > 1 && i === n - 1 ? 'end' : n > 1 && i === 0 ? 'start' : 'middle';
      parts.push(`<text x="${fx(x(i))}" y="${H - padB + 16}" font-size="10" text-anchor="${anchor}" fill="#57606a">${escapeHtml(p.label)}</text>`);
    }
  });
  parts.push('</svg>');
  return parts.join('');
}

const fx = (n: number) => (Math.round(n * 10) / 10).toString();

function kpiCellHtml(k: RowKpi | undefined, locale: Locale): string {
  if (!k) return '<td>—</td>';
  const cls = k.met === undefined ? '' : k.met ? ' class="csplan-met"' : ' class="csplan-unmet"';
  return `<td${cls}>${escapeHtml(cellText(k, locale))}</td>`;
}

function rowHtml(row: RollupRow, report: RollupReport, showTeam: boolean, locale: Locale): string {
  const team = showTeam ? `<td class="csplan-text">${escapeHtml(row.team ?? '')}</td>` : '';
  const title = row.paths.join('\n');
  return `<tr><td class="csplan-text" title="${escapeHtml(title)}">${escapeHtml(row.label)}</td>${team}${report.kpis.map((k) => kpiCellHtml(row.kpis[k], locale)).join('')}<td>${row.completeness}</td><td>${row.findingTotal}</td></tr>`;
}

/** The report's body (headings, tables, charts, lists): what the dashboard webview can embed. */
export function rollupBodyHtml(report: RollupReport, locale: Locale = report.locale): string {
  const L = locale;
  const h: string[] = [];
  const e = escapeHtml;
  h.push(`<h1>${e(rm('title', L))}</h1>`, `<p>${e(rm('overview', L, report.counts))}</p>`);
  if (!report.tables.length) h.push(`<p>${e(rm('empty', L))}</p>`);
  if (report.kpis.length) {
    h.push(`<section class="csplan-methods"><h2>${e(rm('methods', L))}</h2><p>${e(rm('methodsIntro', L))}</p><ul>${report.kpis.map((k) => `<li>${e(report.methods[k] ?? '')}</li>`).join('')}</ul></section>`);
  }
  if (report.trends.length) {
    h.push(`<section><h2>${e(rm('trends', L))}</h2><div class="csplan-trends">`);
    for (const tr of report.trends) {
      const last = tr.changes[tr.changes.length - 1];
      const summary = last ? `<p class="csplan-${last.verdict}">${e(changeNote(last, tr.unit, L))}</p>` : '';
      h.push(`<div class="csplan-trend"><h3>${e(trendTitle(tr, L))}</h3>${trendChartSvg(tr, L)}${summary}</div>`);
    }
    h.push('</div></section>');
  }
  for (const table of report.tables) {
    const showTeam = table.rowKind === 'person' && new Set(table.rows.map((r) => r.team ?? '')).size > 1;
    h.push(`<section><h2>${e(tableTitle(table, L))}</h2><table><thead><tr><th>${e(firstHeader(table, L))}</th>${showTeam ? `<th>${e(rm('team', L))}</th>` : ''}${report.kpis.map((k) => `<th>${e(kpiName(k, L))}</th>`).join('')}<th>${e(rm('completeness', L))}</th><th>${e(rm('findings', L))}</th></tr></thead><tbody>`);
    for (const row of table.rows) h.push(rowHtml(row, report, showTeam, L));
    const agg = report.kpis.map((k) => {
      const c = table.aggregate[k];
      if (!c) return '<td>—</td>';
      const text = c.target !== undefined ? `${formatValue(c.value, c.unit, L)} / ${formatValue(c.target, c.unit, L)}` : formatValue(c.value, c.unit, L);
      return `<td title="${e(c.note)}">${e(text)}${c.weightMissing ? '¹' : ''}</td>`;
    });
    h.push(`<tr class="csplan-aggregate"><td class="csplan-text">${e(rm('teamAggregate', L))}</td>${showTeam ? '<td></td>' : ''}${agg.join('')}<td></td><td></td></tr></tbody></table>`);
    for (const k of report.kpis) if (table.aggregate[k]?.weightMissing) h.push(`<p class="csplan-note">¹ ${e(table.aggregate[k]!.note)}</p>`);
    if (table.bestWorst.length) {
      h.push(`<table class="csplan-bestworst"><thead><tr><th></th><th>${e(rm('best', L))}</th><th>${e(rm('worst', L))}</th></tr></thead><tbody>`);
      for (const bw of table.bestWorst) {
        const unit = table.rows.find((r) => r.key === bw.best.key)?.kpis[bw.kpi]?.unit ?? 'count';
        h.push(`<tr><td>${e(kpiName(bw.kpi, L))}</td><td class="csplan-better">${e(`${bw.best.label} ${formatValue(bw.best.value, unit, L)}`)}</td><td class="csplan-worse">${e(`${bw.worst.label} ${formatValue(bw.worst.value, unit, L)}`)}</td></tr>`);
      }
      h.push('</tbody></table>');
    }
    if (table.execution) h.push(executionTableHtml(table, L));
    h.push('</section>');
  }
  if (hasExecution(report)) {
    h.push(`<section class="csplan-execution"><h2>${e(rm('executionHeading', L))}</h2><p class="csplan-note">${e(rm('executionIntro', L))}</p><h3>${e(rm('overdueHeading', L))}</h3>`);
    h.push(
      report.overdue.length
        ? `<ul class="csplan-overdue">${report.overdue.map((o) => `<li>${e(overdueText(o, L))} — <code>${e(o.plan)}</code> ${e(rm('line', L))} ${o.planLine}</li>`).join('')}</ul>`
        : `<p>${e(rm('none', L))}</p>`,
    );
    h.push('</section>');
  }
  h.push(`<section><h2>${e(rm('missingHeading', L))}</h2>`);
  h.push(report.missing.length ? `<ul>${report.missing.map((m) => `<li>${e(rm('missingLine', L, { period: m.periodLabel, who: m.who + (m.team ? ` (${m.team})` : '') }))}</li>`).join('')}</ul>` : `<p>${e(rm('none', L))}</p>`);
  h.push(`</section><section><h2>${e(rm('incompleteHeading', L, { n: report.incompleteBelow }))}</h2>`);
  if (!report.incomplete.length) h.push(`<p>${e(rm('none', L))}</p>`);
  else {
    h.push('<ul>');
    for (const d of report.incomplete) {
      const who = [d.who, d.period].filter(Boolean).join(' · ');
      const missing = d.missing.length ? `<div>${e(rm('missingParts', L))}${L === 'en' ? ': ' : '：'}${e(d.missing.join(L === 'en' ? ', ' : '、'))}</div>` : '';
      const pits = d.pitfalls.length ? `<ul>${d.pitfalls.map((p) => `<li><code>${e(p.rule)}</code> (${e(rm('line', L))} ${p.line}) ${e(p.message)}</li>`).join('')}</ul>` : '';
      h.push(`<li><code>${e(d.path)}</code>${who ? ' — ' + e(who) : ''} — ${d.score}${missing}${pits}</li>`);
    }
    h.push('</ul>');
  }
  h.push(`</section><section><h2>${e(rm('problemsHeading', L))}</h2>`);
  if (!report.problems.length) h.push(`<p>${e(rm('none', L))}</p>`);
  else {
    h.push(`<table class="csplan-problems"><thead><tr><th>${e(rm('file', L))}</th><th>${e(rm('line', L))}</th><th></th><th>${e(rm('problemsHeading', L))}</th></tr></thead><tbody>`);
    for (const p of report.problems) h.push(`<tr><td><code>${e(p.path)}</code></td><td>${p.line ?? ''}</td><td class="csplan-text csplan-severity-${p.severity}">${e(rm(`severity_${p.severity}`, L))}</td><td class="csplan-text">${e(p.message)}</td></tr>`);
    h.push('</tbody></table>');
  }
  h.push('</section>');
  return h.join('\n');
}

/** A period table's plan execution: one row per person (team, period), the table's total last. */
export function executionTableHtml(table: RollupTable, L: Locale): string {
  const e = escapeHtml;
  const row = (label: string, ex: RowExecution | undefined, cls = '') => {
    const cells = executionCells(ex, L);
    const overdue = ex && ex.counts.actions.overdue > 0 ? ' csplan-unmet' : '';
    return `<tr${cls ? ` class="${cls}"` : ''}><td class="csplan-text">${e(label)}</td>${cells.map((c, i) => `<td${i === 5 && overdue ? ` class="${overdue.trim()}"` : ''}>${e(c)}</td>`).join('')}</tr>`;
  };
  return (
    `<table class="csplan-execution-table"><caption>${e(rm('executionHeading', L))}</caption><thead><tr><th>${e(firstHeader(table, L))}</th>${executionHeaders(L).map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>` +
    table.rows.map((r) => row(r.label, r.execution)).join('') +
    row(rm('teamAggregate', L), table.execution, 'csplan-aggregate') +
    `</tbody></table>`
  );
}

export function rollupHtml(report: RollupReport, locale: Locale = report.locale): string {
  return (
    `<!DOCTYPE html>\n<html lang="${htmlLang(locale)}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="csplan">\n` +
    `<title>${escapeHtml(rm('title', locale))}</title>\n<style>${CSS}</style>\n</head>\n<body class="csplan-rollup">\n${rollupBodyHtml(report, locale)}\n</body>\n</html>\n`
  );
}

export { KIND_TREND, KIND_NAME };
