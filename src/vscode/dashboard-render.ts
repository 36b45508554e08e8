// The team dashboard's HTML, built from the engine's RollupReport. Pure (no `vscode`, no `node:`):
// the extension calls it and posts the string to the webview, and the unit tests call it in Node.
// Every string that comes from a document (names, teams, periods as written, paths, messages) goes
// through escapeHtml; the charts are inline SVG with classes only (the webview's CSP allows no inline
// style). Elements that open a document carry data-path / data-line; the extension accepts only
// paths that are in the report (see reportPaths).
import type { KpiKey, KpiUnit, Locale } from '../core/types';
import type { AggregateCell, AggregateMethod, IncompleteEntry, KpiTrend, RollupReport, RollupRow, RollupTable, RowKpi } from '../core/rollup/types';
import { escapeHtml, kpiName } from '../core/render/labels';
import { formatNumber, unitLabel } from '../core/render/panels';
import { executionCells, executionHeaders, formatValue, hasExecution, overdueText } from '../core/rollup/render';
import { rm } from '../core/rollup/messages';

/** The dashboard's own words, in the display language (the extension fills them with vscode.l10n.t). */
export interface DashboardLabels {
  /** "{0} documents · {1} used · {2} people · {3} periods · {4} problems" */
  counts: string;
  person: string;
  team: string;
  period: string;
  completeness: string;
  findings: string;
  teamAggregate: string;
  /** Heading of the list saying how each team figure is computed. */
  methodsTitle: string;
  best: string;
  worst: string;
  target: string;
  trends: string;
  missing: string;
  noMissing: string;
  /** "last: {0}" */
  lastDocument: string;
  incomplete: string;
  noIncomplete: string;
  document: string;
  line: string;
  score: string;
  missingItems: string;
  pitfalls: string;
  problems: string;
  noProblems: string;
  /** "used instead: {0}" */
  usedInstead: string;
  noDocuments: string;
  noTables: string;
  better: string;
  worse: string;
  same: string;
  gap: string;
  /** With `{from}` and `{to}`: how many summaries each total combines. */
  contributors: string;
  methods: Record<AggregateMethod, string>;
  /** "{0} documents" on a row built from several. */
  documentsN: string;
  higherBetter: string;
  lowerBetter: string;
}

export interface DashboardView {
  /** Show only this period's table, missing and incomplete entries (a Period key); all when absent. */
  period?: string;
}

export interface RenderOptions {
  labels: DashboardLabels;
  /** How to show a document's path (the extension: relative to the workspace). */
  nameOf?: (path: string) => string;
}

const fmt = (template: string, ...args: (string | number)[]): string => template.replace(/\{(\d+)\}/g, (m, i) => (+i < args.length ? String(args[+i]) : m));

/** A figure as the exported reports write it (three decimals below 1: a complaint rate of 0.085%). */
const num = (v: number | undefined, unit: KpiUnit | undefined, locale: Locale): string => formatValue(v, unit ?? 'count', locale);

/** An element that opens a document of the report at a line. */
function openLink(path: string | undefined, line: number | undefined, html: string, title?: string): string {
  if (!path) return html;
  const l = line && line > 0 ? Math.floor(line) : 1;
  return `<a href="#" class="csplan-open" data-path="${escapeHtml(path)}" data-line="${l}"${title ? ` title="${escapeHtml(title)}"` : ''}>${html}</a>`;
}

/** Every path the report names: the only ones the webview may ask to open. */
export function reportPaths(report: RollupReport): Set<string> {
  const out = new Set<string>();
  for (const t of report.tables) for (const r of t.rows) for (const p of r.paths) out.add(p);
  for (const m of report.missing) if (m.lastPath) out.add(m.lastPath);
  for (const i of report.incomplete) out.add(i.path);
  for (const p of report.problems) {
    out.add(p.path);
    if (p.usedPath) out.add(p.usedPath);
  }
  for (const o of report.overdue ?? []) {
    out.add(o.path);
    out.add(o.plan);
  }
  return out;
}

/** The periods that have a table, in report order, for the period filter. */
export function periodsOf(report: RollupReport): { key: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const t of report.tables) if (t.period && !seen.has(t.period.key)) seen.set(t.period.key, t.period.label[report.locale] ?? t.period.key);
  for (const m of report.missing) if (!seen.has(m.period)) seen.set(m.period, m.periodLabel);
  return [...seen].map(([key, label]) => ({ key, label }));
}

function kpisOf(report: RollupReport, table: RollupTable): KpiKey[] {
  return report.kpis.filter((k) => table.aggregate[k] || table.rows.some((r) => r.kpis[k]));
}

function direction(kpi: KpiKey, report: RollupReport, L: DashboardLabels): string {
  for (const t of report.tables) for (const r of t.rows) {
    const b = r.kpis[kpi]?.betterWhen;
    if (b === 'higher') return `<span class="csplan-dir" title="${escapeHtml(L.higherBetter)}">↑</span>`;
    if (b === 'lower') return `<span class="csplan-dir" title="${escapeHtml(L.lowerBetter)}">↓</span>`;
    if (b) return '';
  }
  return '';
}

function unitOf(table: RollupTable, kpi: KpiKey): KpiUnit | undefined {
  return table.aggregate[kpi]?.unit ?? table.rows.find((r) => r.kpis[kpi])?.kpis[kpi]?.unit;
}

function cell(k: RowKpi | undefined, locale: Locale, L: DashboardLabels): string {
  if (!k || (k.actual === undefined && k.target === undefined)) return '<td class="csplan-num csplan-none">—</td>';
  const cls = k.met === true ? ' csplan-met' : k.met === false ? ' csplan-unmet' : '';
  const mark = k.met === true ? '<span class="csplan-mark" aria-hidden="true">✓</span>' : k.met === false ? '<span class="csplan-mark" aria-hidden="true">✗</span>' : '';
  const target = k.target !== undefined ? `<span class="csplan-target" title="${escapeHtml(L.target)}"> / ${escapeHtml(num(k.target, k.unit, locale))}</span>` : '';
  return `<td class="csplan-num${cls}" data-actual="${k.actual ?? ''}" data-target="${k.target ?? ''}">${mark}${escapeHtml(num(k.actual, k.unit, locale))}${target}</td>`;
}

function aggregateCell(a: AggregateCell | undefined, locale: Locale, L: DashboardLabels): string {
  if (!a || a.value === undefined) return '<td class="csplan-num csplan-none">—</td>';
  const target = a.target !== undefined ? `<span class="csplan-target"> / ${escapeHtml(num(a.target, a.unit, locale))}</span>` : '';
  const method = `<span class="csplan-method">${escapeHtml(L.methods[a.method] ?? a.method)}${a.weightMissing ? '*' : ''}</span>`;
  return `<td class="csplan-num" data-value="${a.value}" data-method="${escapeHtml(a.method)}" title="${escapeHtml(a.note)}">${escapeHtml(num(a.value, a.unit, locale))}${target}${method}</td>`;
}

function rowHeader(row: RollupRow, L: DashboardLabels): string {
  const title = row.paths.length > 1 ? fmt(L.documentsN, row.paths.length) : undefined;
  return `<th scope="row">${openLink(row.paths[0], 1, escapeHtml(row.label), title)}${row.paths.length > 1 ? ` <span class="csplan-muted">(${row.paths.length})</span>` : ''}</th>`;
}

function tableHtml(report: RollupReport, table: RollupTable, L: DashboardLabels): string {
  const locale = report.locale;
  const kpis = kpisOf(report, table);
  const rowLabel = table.rowKind === 'team' ? L.team : table.rowKind === 'period' ? L.period : L.person;
  const showTeam = table.rowKind === 'person' && table.rows.some((r) => r.team);
  const head =
    `<tr><th scope="col">${escapeHtml(rowLabel)}</th>` +
    (showTeam ? `<th scope="col">${escapeHtml(L.team)}</th>` : '') +
    kpis.map((k) => `<th scope="col" class="csplan-num" data-kpi="${escapeHtml(k)}">${escapeHtml(kpiName(k, locale))} ${direction(k, report, L)}<span class="csplan-unit">${escapeHtml(unitLabel(unitOf(table, k), locale))}</span></th>`).join('') +
    `<th scope="col" class="csplan-num">${escapeHtml(L.completeness)}</th><th scope="col" class="csplan-num">${escapeHtml(L.findings)}</th></tr>`;
  const body = table.rows
    .map(
      (r) =>
        `<tr class="csplan-row" data-key="${escapeHtml(r.key)}">${rowHeader(r, L)}` +
        (showTeam ? `<td>${escapeHtml(r.team ?? '')}</td>` : '') +
        kpis.map((k) => cell(r.kpis[k], locale, L)).join('') +
        `<td class="csplan-num${r.completeness < report.incompleteBelow ? ' csplan-unmet' : ''}">${Math.round(r.completeness)}</td><td class="csplan-num">${r.findingTotal}</td></tr>`,
    )
    .join('');
  const foot =
    `<tr class="csplan-aggregate"><th scope="row">${escapeHtml(L.teamAggregate)}</th>` +
    (showTeam ? '<td></td>' : '') +
    kpis.map((k) => aggregateCell(table.aggregate[k], locale, L)).join('') +
    '<td></td><td></td></tr>';
  const bw = table.bestWorst.length
    ? `<ul class="csplan-bestworst">${table.bestWorst
        .map((b) => {
          const unit = unitOf(table, b.kpi);
          return `<li data-kpi="${escapeHtml(b.kpi)}"><span class="csplan-kpi-name">${escapeHtml(kpiName(b.kpi, locale))}</span>: <span class="csplan-best">${escapeHtml(L.best)} ${escapeHtml(b.best.label)} (${escapeHtml(num(b.best.value, unit, locale))})</span> · <span class="csplan-worst">${escapeHtml(L.worst)} ${escapeHtml(b.worst.label)} (${escapeHtml(num(b.worst.value, unit, locale))})</span></li>`;
        })
        .join('')}</ul>`
    : '';
  const title = table.period ? (table.period.label[locale] ?? table.period.key) : L.period;
  return (
    `<section class="csplan-dash-period" data-period="${escapeHtml(table.period?.key ?? '')}">` +
    `<h2>${escapeHtml(title)}</h2>` +
    `<div class="csplan-scroll"><table class="csplan-rollup-table" data-period="${escapeHtml(table.period?.key ?? '')}" data-rows="${table.rows.length}">` +
    `<thead>${head}</thead><tbody>${body}</tbody><tfoot>${foot}</tfoot></table></div>${bw}${executionTable(report, table, rowLabel)}</section>`
  );
}

/** The table's plan execution (the engine's words, in the report's language): per row, then the total. */
function executionTable(report: RollupReport, table: RollupTable, rowLabel: string): string {
  if (!table.execution) return '';
  const locale = report.locale;
  const row = (label: string, ex: RollupRow['execution'], cls: string, path?: string) => {
    const cells = executionCells(ex, locale);
    const name = path && table.rowKind === 'person' ? openLink(path, 1, escapeHtml(label)) : escapeHtml(label);
    return (
      `<tr class="${cls}"${ex ? ` data-expected="${ex.counts.actions.expected}" data-done="${ex.counts.actions.done}" data-unreported="${ex.counts.actions.unreported}" data-overdue="${ex.counts.actions.overdue}" data-met="${ex.counts.targets.met}" data-missed="${ex.counts.targets.missed}"` : ''}>` +
      `<th scope="row">${name}</th>` +
      cells.map((c, i) => `<td class="csplan-num${i === 5 && ex && ex.counts.actions.overdue ? ' csplan-unmet' : ''}">${escapeHtml(c)}</td>`).join('') +
      `</tr>`
    );
  };
  return (
    `<div class="csplan-scroll"><table class="csplan-execution-table" data-period="${escapeHtml(table.period?.key ?? '')}"><caption>${escapeHtml(rm('executionHeading', locale))}</caption>` +
    `<thead><tr><th scope="col">${escapeHtml(rowLabel)}</th>${executionHeaders(locale).map((h) => `<th scope="col" class="csplan-num">${escapeHtml(h)}</th>`).join('')}</tr></thead>` +
    `<tbody>${table.rows.map((r) => row(r.label, r.execution, 'csplan-row', r.paths[0])).join('')}</tbody>` +
    `<tfoot>${row(rm('teamAggregate', locale), table.execution, 'csplan-aggregate')}</tfoot></table></div>`
  );
}

const SERIES = 8;

/**
 * The per-person (or per-team) lines of a trend. Counts are summed into the team figure, so on one
 * scale with the sum each person's line would lie flat at the bottom: a count chart shows the team only
 * (each person's counts are in the tables).
 */
function personLines(trend: KpiTrend): Record<string, (number | null)[]> {
  return trend.unit === 'count' ? {} : trend.perRow;
}

/** A line chart of one KPI across periods: the team line thick, each person (or team) thin. */
export function trendSvg(trend: KpiTrend, locale: Locale, L: DashboardLabels): string {
  const n = trend.points.length;
  if (!n) return '';
  const W = 420;
  const H = 190;
  const left = 46;
  const right = 14;
  const top = 14;
  const bottom = 40;
  const values: number[] = trend.points.map((p) => p.value);
  const perRow = personLines(trend);
  for (const series of Object.values(perRow)) for (const v of series) if (v !== null && Number.isFinite(v)) values.push(v);
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (min === max) {
    min -= Math.abs(min) * 0.1 || 1;
    max += Math.abs(max) * 0.1 || 1;
  }
  const pad = (max - min) * 0.08;
  min -= pad;
  max += pad;
  // Points keep clear of the axis labels: their value labels would otherwise run into them.
  const inset = 26;
  const x = (i: number) => (n === 1 ? left + (W - left - right) / 2 : left + inset + (i * (W - left - right - 2 * inset)) / (n - 1));
  const y = (v: number) => top + (1 - (v - min) / (max - min)) * (H - top - bottom);
  const f = (v: number) => v.toFixed(1);
  let svg = '';
  // Axis and a light grid: min, middle, max.
  for (const v of [min + pad, (min + max) / 2, max - pad]) {
    svg += `<line class="csplan-grid" x1="${left}" x2="${W - right}" y1="${f(y(v))}" y2="${f(y(v))}"/>`;
    svg += `<text class="csplan-axis" x="${left - 4}" y="${f(y(v) + 4)}" text-anchor="end">${escapeHtml(formatNumber(Math.round(v * 10) / 10))}</text>`;
  }
  trend.points.forEach((p, i) => {
    svg += `<text class="csplan-axis" x="${f(x(i))}" y="${H - bottom + 16}" text-anchor="middle">${escapeHtml(p.label)}</text>`;
  });
  const rows = Object.entries(perRow);
  rows.forEach(([key, series], s) => {
    let d = '';
    let pen = false;
    series.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${f(x(i))} ${f(y(v))} `;
      pen = true;
    });
    if (!d) return;
    svg += `<path class="csplan-series csplan-series-${s % SERIES}" d="${d.trim()}"><title>${escapeHtml(key)}</title></path>`;
    series.forEach((v, i) => {
      if (v !== null && Number.isFinite(v)) svg += `<circle class="csplan-dot csplan-series-${s % SERIES}" cx="${f(x(i))}" cy="${f(y(v))}" r="2.5"><title>${escapeHtml(`${key} · ${trend.points[i]?.label ?? ''}: ${num(v, trend.unit, locale)}`)}</title></circle>`;
    });
  });
  let team = '';
  trend.points.forEach((p, i) => (team += `${i ? 'L' : 'M'}${f(x(i))} ${f(y(p.value))} `));
  svg += `<path class="csplan-team-line" d="${team.trim()}"/>`;
  trend.points.forEach((p, i) => {
    const change = i > 0 ? trend.changes[i - 1] : undefined;
    const cls = change ? ` csplan-${change.verdict}` : '';
    svg += `<circle class="csplan-team-dot${cls}" cx="${f(x(i))}" cy="${f(y(p.value))}" r="4"><title>${escapeHtml(`${L.teamAggregate} · ${p.label}: ${num(p.value, trend.unit, locale)}`)}</title></circle>`;
    // Label above the point, or below it when the line comes down into it (the label would sit on the line).
    const prev = trend.points[i - 1]?.value;
    const below = prev !== undefined && prev > p.value && y(p.value) + 16 < H - bottom;
    svg += `<text class="csplan-point-value" x="${f(x(i))}" y="${f(below ? y(p.value) + 15 : y(p.value) - 8)}" text-anchor="middle">${escapeHtml(formatNumber(Math.round(p.value * 100) / 100))}</text>`;
  });
  const label = `${kpiName(trend.kpi, locale)} (${unitLabel(trend.unit, locale)})`;
  return `<svg class="csplan-trend-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(label)}"><title>${escapeHtml(label)}</title>${svg}</svg>`;
}

function trendHtml(report: RollupReport, trend: KpiTrend, L: DashboardLabels): string {
  const locale = report.locale;
  const dir = trend.betterWhen === 'higher' ? ` <span class="csplan-dir" title="${escapeHtml(L.higherBetter)}">↑</span>` : trend.betterWhen === 'lower' ? ` <span class="csplan-dir" title="${escapeHtml(L.lowerBetter)}">↓</span>` : '';
  const verdictWord = (v: string) => (v === 'better' ? L.better : v === 'worse' ? L.worse : v === 'same' ? L.same : '');
  const labelOf = (key: string) => trend.points.find((p) => p.period === key)?.label ?? key;
  const changes = trend.changes
    .map((c) => {
      const sign = c.delta > 0 ? '+' : '';
      const pct = c.pct !== undefined ? ` (${c.pct > 0 ? '+' : ''}${Math.round(c.pct * 10) / 10}%)` : '';
      const word = verdictWord(c.verdict);
      return `<li class="csplan-change csplan-${escapeHtml(c.verdict)}" data-verdict="${escapeHtml(c.verdict)}">${escapeHtml(labelOf(c.from))} → ${escapeHtml(labelOf(c.to))}: ${escapeHtml(sign + num(c.delta, trend.unit, locale) + pct)}${word ? ` <strong>${escapeHtml(word)}</strong>` : ''}${c.gap ? ` <span class="csplan-muted">${escapeHtml(L.gap)}</span>` : ''}${c.contributors ? ` <span class="csplan-muted">${escapeHtml(L.contributors.replace('{from}', String(c.contributors.from)).replace('{to}', String(c.contributors.to)))}</span>` : ''}</li>`;
    })
    .join('');
  const legend = Object.keys(personLines(trend))
    .map((k, s) => `<li><span class="csplan-swatch csplan-series-${s % SERIES}" aria-hidden="true"></span>${escapeHtml(k)}</li>`)
    .join('');
  return (
    `<figure class="csplan-trend" data-kpi="${escapeHtml(trend.kpi)}" data-kind="${escapeHtml(trend.kind)}">` +
    `<figcaption><span class="csplan-kpi-name">${escapeHtml(kpiName(trend.kpi, locale))}</span>${dir}</figcaption>` +
    trendSvg(trend, locale, L) +
    (legend ? `<ul class="csplan-legend"><li><span class="csplan-swatch csplan-team-swatch" aria-hidden="true"></span>${escapeHtml(L.teamAggregate)}</li>${legend}</ul>` : '') +
    (changes ? `<ul class="csplan-changes">${changes}</ul>` : '') +
    `</figure>`
  );
}

function incompleteRow(i: IncompleteEntry, nameOf: (p: string) => string, periodLabel: (key: string) => string, L: DashboardLabels): string {
  const pitfalls = i.pitfalls
    .map((p) => `<li class="csplan-pitfall csplan-sev-${escapeHtml(p.severity)}">${openLink(i.path, p.line, `${escapeHtml(L.line)} ${p.line}`)} <code>${escapeHtml(p.rule)}</code> ${escapeHtml(p.message)}</li>`)
    .join('');
  return (
    `<tr class="csplan-incomplete-row" data-path="${escapeHtml(i.path)}"><th scope="row">${openLink(i.path, 1, escapeHtml(nameOf(i.path)))}</th>` +
    `<td>${escapeHtml(i.who ?? '')}</td><td>${escapeHtml(i.period ? periodLabel(i.period) : '')}</td><td class="csplan-num csplan-unmet">${i.score}</td>` +
    `<td>${escapeHtml(i.missing.join('、'))}</td><td>${pitfalls ? `<ul class="csplan-pitfalls">${pitfalls}</ul>` : ''}</td></tr>`
  );
}

/** The dashboard body: counts, a table per period, trends, missing summaries, incomplete documents, problems. */
export function renderDashboard(report: RollupReport, view: DashboardView, options: RenderOptions): string {
  const L = options.labels;
  const nameOf = options.nameOf ?? ((p: string) => p.split('/').pop() || p);
  const c = report.counts;
  const out: string[] = [];
  out.push(`<p class="csplan-dash-counts" data-documents="${c.documents}" data-used="${c.used}" data-people="${c.people}" data-periods="${c.periods}" data-problems="${c.problems}">${escapeHtml(fmt(L.counts, c.documents, c.used, c.people, c.periods, c.problems))}</p>`);
  if (!c.documents) {
    out.push(`<p class="csplan-empty">${escapeHtml(L.noDocuments)}</p>`);
    return out.join('');
  }
  const periodMatch = (key: string | undefined) => !view.period || key === view.period;
  const labels = new Map(periodsOf(report).map((p) => [p.key, p.label]));
  const periodLabel = (key: string) => labels.get(key) ?? key;
  const tables = report.tables.filter((t) => !t.period || periodMatch(t.period.key));
  out.push(`<div class="csplan-tables">${tables.length ? tables.map((t) => tableHtml(report, t, L)).join('') : `<p class="csplan-empty">${escapeHtml(L.noTables)}</p>`}</div>`);
  const methods = Object.entries(report.methods).filter(([, s]) => s);
  if (methods.length) out.push(`<details class="csplan-methods"><summary>${escapeHtml(L.methodsTitle)}</summary><ul>${methods.map(([k, s]) => `<li><span class="csplan-kpi-name">${escapeHtml(kpiName(k as KpiKey, report.locale))}</span>: ${escapeHtml(s!)}</li>`).join('')}</ul></details>`);

  if (report.trends.length) out.push(`<section class="csplan-trends"><h2>${escapeHtml(L.trends)}</h2><div class="csplan-trend-grid">${report.trends.map((t) => trendHtml(report, t, L)).join('')}</div></section>`);

  const missing = report.missing.filter((m) => periodMatch(m.period));
  out.push(
    `<section class="csplan-missing-section"><h2>${escapeHtml(L.missing)} <span class="csplan-badge">${missing.length}</span></h2>` +
      (missing.length
        ? `<ul class="csplan-missing-list">${missing
            .map((m) => `<li class="csplan-missing-entry" data-period="${escapeHtml(m.period)}"><span class="csplan-period">${escapeHtml(m.periodLabel)}</span>: <strong>${escapeHtml(m.who)}</strong>${m.team ? ` <span class="csplan-muted">(${escapeHtml(m.team)})</span>` : ''}${m.lastPath ? ` — ${openLink(m.lastPath, 1, escapeHtml(fmt(L.lastDocument, nameOf(m.lastPath))))}` : ''}</li>`)
            .join('')}</ul>`
        : `<p class="csplan-empty">${escapeHtml(L.noMissing)}</p>`) +
      `</section>`,
  );

  if (hasExecution(report)) {
    const overdue = (report.overdue ?? []).filter((o) => periodMatch(o.period));
    const locale = report.locale;
    out.push(
      `<section class="csplan-overdue-section"><h2>${escapeHtml(rm('overdueHeading', locale))} <span class="csplan-badge">${overdue.length}</span></h2>` +
        (overdue.length
          ? `<ul class="csplan-overdue-list">${overdue
              .map(
                (o) =>
                  `<li class="csplan-overdue-entry" data-period="${escapeHtml(o.period)}">${openLink(o.plan, o.planLine, escapeHtml(overdueText(o, locale)), rm('planAt', locale, { plan: nameOf(o.plan), line: o.planLine }))}` +
                  ` <span class="csplan-muted">${openLink(o.path, 1, escapeHtml(nameOf(o.path)))}</span></li>`,
              )
              .join('')}</ul>`
          : `<p class="csplan-empty">${escapeHtml(rm('none', locale))}</p>`) +
        `</section>`,
    );
  }

  const incomplete = report.incomplete.filter((i) => periodMatch(i.period) || !i.period);
  out.push(
    `<section class="csplan-incomplete-section"><h2>${escapeHtml(L.incomplete)} <span class="csplan-badge">${incomplete.length}</span></h2>` +
      (incomplete.length
        ? `<div class="csplan-scroll"><table class="csplan-incomplete-table"><thead><tr><th scope="col">${escapeHtml(L.document)}</th><th scope="col">${escapeHtml(L.person)}</th><th scope="col">${escapeHtml(L.period)}</th><th scope="col" class="csplan-num">${escapeHtml(L.score)}</th><th scope="col">${escapeHtml(L.missingItems)}</th><th scope="col">${escapeHtml(L.pitfalls)}</th></tr></thead><tbody>${incomplete.map((i) => incompleteRow(i, nameOf, periodLabel, L)).join('')}</tbody></table></div>`
        : `<p class="csplan-empty">${escapeHtml(L.noIncomplete)}</p>`) +
      `</section>`,
  );

  out.push(
    `<section class="csplan-problems-section"><h2>${escapeHtml(L.problems)} <span class="csplan-badge">${report.problems.length}</span></h2>` +
      (report.problems.length
        ? `<ul class="csplan-problem-list">${report.problems
            .map(
              (p) =>
                `<li class="csplan-problem csplan-sev-${escapeHtml(p.severity)}" data-kind="${escapeHtml(p.kind)}">${openLink(p.path, p.line, escapeHtml(nameOf(p.path) + (p.line ? `:${p.line}` : '')))} ${escapeHtml(p.message)}${p.usedPath ? ` <span class="csplan-muted">${openLink(p.usedPath, 1, escapeHtml(fmt(L.usedInstead, nameOf(p.usedPath))))}</span>` : ''}</li>`,
            )
            .join('')}</ul>`
        : `<p class="csplan-empty">${escapeHtml(L.noProblems)}</p>`) +
      `</section>`,
  );
  return out.join('');
}
