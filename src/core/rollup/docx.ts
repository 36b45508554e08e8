// The roll-up report as a Word document, with the `docx` library as src/core/export-docx.ts uses it
// (pure: packs with JSZip, so it runs in the CLI, the extension host and the web extension). Landscape
// pages because the KPI tables are wide; Word's heading styles so the navigation pane lists the
// periods; East-Asian fonts per locale; trends as tables (Word has no inline SVG that WPS also shows).
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Locale } from '../types';
import { fontsFor } from '../export-docx';
import { kpiName } from '../i18n/common';
import { rm } from './messages';
import { changeNote, executionCells, executionHeaders, formatValue, hasExecution, KIND_NAME, overdueText, trendTitle } from './render';
import type { RollupReport, RollupTable, RowKpi } from './types';

function p(text: string, opts: { bold?: boolean; color?: string; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; size?: number } = {}): Paragraph {
  return new Paragraph({ heading: opts.heading, children: [new TextRun({ text, bold: opts.bold, color: opts.color, size: opts.size })] });
}

function cell(text: string, opts: { bold?: boolean; header?: boolean; color?: string; right?: boolean } = {}): TableCell {
  return new TableCell({
    shading: opts.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } : undefined,
    children: [new Paragraph({ alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold: opts.bold || opts.header, color: opts.color, size: 20 })] })],
  });
}

function table(header: string[], rows: TableCell[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, { header: true })) }), ...rows.map((r) => new TableRow({ children: r }))],
  });
}

function kpiText(k: RowKpi | undefined, L: Locale): { text: string; color?: string } {
  if (!k) return { text: '—' };
  const actual = formatValue(k.actual, k.unit, L);
  if (k.target === undefined) return { text: actual };
  return { text: `${actual} / ${formatValue(k.target, k.unit, L)}${k.met === undefined ? '' : k.met ? ' ✓' : ' ✗'}`, color: k.met === undefined ? undefined : k.met ? '1A7F37' : 'CF222E' };
}

function periodTable(report: RollupReport, t: RollupTable, L: Locale): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const title = t.period ? t.period.label[L] : rm('byPeriodHeading', L, { kind: rm(KIND_NAME[t.kind ?? 'month'], L) });
  out.push(p(title, { heading: HeadingLevel.HEADING_2 }));
  const showTeam = t.rowKind === 'person' && new Set(t.rows.map((r) => r.team ?? '')).size > 1;
  const first = rm(t.rowKind === 'team' ? 'team' : t.rowKind === 'period' ? 'period' : 'person', L);
  const header = [first, ...(showTeam ? [rm('team', L)] : []), ...report.kpis.map((k) => kpiName(k, L)), rm('completeness', L), rm('findings', L)];
  const rows = t.rows.map((r) => [
    cell(r.label),
    ...(showTeam ? [cell(r.team ?? '')] : []),
    ...report.kpis.map((k) => {
      const v = kpiText(r.kpis[k], L);
      return cell(v.text, { color: v.color, right: true });
    }),
    cell(String(r.completeness), { right: true }),
    cell(String(r.findingTotal), { right: true }),
  ]);
  rows.push([
    cell(rm('teamAggregate', L), { bold: true }),
    ...(showTeam ? [cell('')] : []),
    ...report.kpis.map((k) => {
      const c = t.aggregate[k];
      if (!c) return cell('—', { right: true });
      const text = (c.target !== undefined ? `${formatValue(c.value, c.unit, L)} / ${formatValue(c.target, c.unit, L)}` : formatValue(c.value, c.unit, L)) + (c.weightMissing ? ' ¹' : '');
      return cell(text, { bold: true, right: true });
    }),
    cell(''),
    cell(''),
  ]);
  out.push(table(header, rows));
  for (const k of report.kpis) if (t.aggregate[k]?.weightMissing) out.push(p(`¹ ${t.aggregate[k]!.note}`, { color: '57606A', size: 18 }));
  if (t.bestWorst.length) {
    out.push(p(rm('bestWorst', L), { bold: true }));
    out.push(
      table(
        ['', rm('best', L), rm('worst', L)],
        t.bestWorst.map((bw) => {
          const unit = t.rows.find((r) => r.key === bw.best.key)?.kpis[bw.kpi]?.unit ?? 'count';
          return [cell(kpiName(bw.kpi, L)), cell(`${bw.best.label} ${formatValue(bw.best.value, unit, L)}`, { color: '1A7F37' }), cell(`${bw.worst.label} ${formatValue(bw.worst.value, unit, L)}`, { color: 'CF222E' })];
        }),
      ),
    );
  }
  if (t.execution) {
    out.push(p(rm('executionHeading', L), { bold: true }));
    const rowsEx = t.rows.map((r) => [cell(r.label), ...executionCells(r.execution, L).map((c, i) => cell(c, { right: true, ...(i === 5 && r.execution?.counts.actions.overdue ? { color: 'CF222E' } : {}) }))]);
    rowsEx.push([cell(rm('teamAggregate', L), { bold: true }), ...executionCells(t.execution, L).map((c) => cell(c, { bold: true, right: true }))]);
    out.push(table([first, ...executionHeaders(L)], rowsEx));
  }
  return out;
}

/** The report as .docx bytes. */
export async function renderRollupDocx(report: RollupReport, locale: Locale = report.locale): Promise<Uint8Array> {
  const L = locale;
  const fonts = fontsFor(L);
  const children: (Paragraph | Table)[] = [];
  children.push(p(rm('title', L), { heading: HeadingLevel.TITLE }), p(rm('overview', L, report.counts)));
  if (!report.tables.length) children.push(p(rm('empty', L)));
  if (report.kpis.length) {
    children.push(p(rm('methods', L), { heading: HeadingLevel.HEADING_1 }), p(rm('methodsIntro', L)));
    for (const k of report.kpis) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(report.methods[k] ?? '')] }));
  }
  for (const t of report.tables) children.push(...periodTable(report, t, L));
  if (hasExecution(report)) {
    children.push(p(rm('executionHeading', L), { heading: HeadingLevel.HEADING_1 }), p(rm('executionIntro', L)), p(rm('overdueHeading', L), { heading: HeadingLevel.HEADING_3 }));
    if (!report.overdue.length) children.push(p(rm('none', L)));
    for (const o of report.overdue) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(`${overdueText(o, L)} — `), new TextRun({ text: rm('planAt', L, { plan: o.plan, line: o.planLine }), font: fonts.mono })] }));
  }
  if (report.trends.length) {
    children.push(p(rm('trends', L), { heading: HeadingLevel.HEADING_1 }));
    for (const tr of report.trends) {
      children.push(p(trendTitle(tr, L), { heading: HeadingLevel.HEADING_3 }));
      children.push(
        table(
          [rm('period', L), rm('teamAggregate', L), '±'],
          tr.points.map((pt, i) => {
            const c = i > 0 ? tr.changes[i - 1] : undefined;
            const color = c?.verdict === 'better' ? '1A7F37' : c?.verdict === 'worse' ? 'CF222E' : undefined;
            return [cell(pt.label), cell(formatValue(pt.value, tr.unit, L), { right: true }), cell(c ? changeNote(c, tr.unit, L) : '', { color })];
          }),
        ),
      );
    }
  }
  children.push(p(rm('missingHeading', L), { heading: HeadingLevel.HEADING_1 }));
  if (!report.missing.length) children.push(p(rm('none', L)));
  for (const m of report.missing) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(rm('missingLine', L, { period: m.periodLabel, who: m.who + (m.team ? ` (${m.team})` : '') }))] }));
  children.push(p(rm('incompleteHeading', L, { n: report.incompleteBelow }), { heading: HeadingLevel.HEADING_1 }));
  if (!report.incomplete.length) children.push(p(rm('none', L)));
  for (const d of report.incomplete) {
    const who = [d.who, d.period].filter(Boolean).join(' · ');
    children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: d.path, font: fonts.mono }), new TextRun(`${who ? ' — ' + who : ''} — ${d.score}`)] }));
    if (d.missing.length) children.push(new Paragraph({ bullet: { level: 1 }, children: [new TextRun(`${rm('missingParts', L)}${L === 'en' ? ': ' : '：'}${d.missing.join(L === 'en' ? ', ' : '、')}`)] }));
    for (const pit of d.pitfalls) children.push(new Paragraph({ bullet: { level: 1 }, children: [new TextRun({ text: pit.rule, font: fonts.mono }), new TextRun(` (${rm('line', L)} ${pit.line}) ${pit.message}`)] }));
  }
  children.push(p(rm('problemsHeading', L), { heading: HeadingLevel.HEADING_1 }));
  if (!report.problems.length) children.push(p(rm('none', L)));
  else {
    children.push(
      table(
        [rm('file', L), rm('line', L), '', rm('problemsHeading', L)],
        report.problems.map((pr) => [cell(pr.path), cell(pr.line !== undefined ? String(pr.line) : '', { right: true }), cell(rm(`severity_${pr.severity}`, L)), cell(pr.message)]),
      ),
    );
  }
  const doc = new Document({
    creator: 'csplan',
    title: rm('title', L),
    styles: {
      default: {
        document: { run: { font: fonts.body, size: 22, language: fonts.lang }, paragraph: { spacing: { line: 320, after: 100 } } },
        title: { run: { font: fonts.heading, size: 40, bold: true } },
        heading1: { run: { font: fonts.heading, size: 32, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        heading2: { run: { font: fonts.heading, size: 28, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        heading3: { run: { font: fonts.heading, size: 24, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 200, after: 100 }, keepNext: true } },
      },
    },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
        children,
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
