// The team dashboard inside the real extension host: the command opens the webview, the report it
// computed for the fixture workspace (test/fixtures/workspace/team: 张伟, 李娜, 王强 in 2026-10;
// 张伟 and 李娜 in 2026-11; 赵敏 with a period nobody can read) holds the aggregates worked out by
// hand below, the webview renders it, a click message opens the document at the line, saving a
// document refreshes it, and the words are in the display language.
import * as assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, closeAll, waitFor } from './editorHelpers';
import type { DashboardState } from '../../src/vscode/dashboard';
import type { RollupReport, RollupTable } from '../../src/core/rollup/types';

const TEAM = '客服一组';

async function state(): Promise<DashboardState> {
  return (await vscode.commands.executeCommand<DashboardState>('csplan._dashboardState'))!;
}

/** Waits until the webview rendered the extension's latest report (and `check` holds for it). */
async function rendered(what: string, check: (s: DashboardState) => boolean = () => true): Promise<DashboardState> {
  return waitFor(async () => {
    const s = await state();
    return s.report && s.webview?.generation === s.generation && check(s) ? s : undefined;
  }, `the dashboard webview to render ${what}`, 30_000);
}

function table(report: RollupReport, period: string): RollupTable {
  const t = report.tables.find((x) => x.period?.key === period);
  assert.ok(t, `a table for ${period} among ${report.tables.map((x) => x.period?.key).join(', ')}`);
  return t;
}

function teamRows(t: RollupTable) {
  return t.rows.filter((r) => r.team === TEAM);
}

function dashboardTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('csplan.dashboard'));
}

function teamFile(rel: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('no workspace folder');
  return vscode.Uri.joinPath(folder, 'team', rel);
}

const close = (a: number, b: number | undefined) => b !== undefined && Math.abs(a - b) < 1e-6;

describe('team dashboard (real host)', function () {
  this.timeout(90_000);
  const zh = vscode.env.language.toLowerCase().startsWith('zh');

  before(async () => {
    await api();
    await closeAll();
  });
  after(async () => {
    await closeAll();
    for (const t of dashboardTabs()) await vscode.window.tabGroups.close(t);
  });

  it('opens a webview panel, titled in the display language, that renders the report', async () => {
    const returned = await vscode.commands.executeCommand<DashboardState>('csplan.teamDashboard');
    assert.ok(returned?.report, 'the command resolves to the state with the report');
    const tabs = await waitFor(() => (dashboardTabs().length ? dashboardTabs() : undefined), 'a dashboard tab');
    assert.equal(tabs.length, 1);
    assert.equal(tabs[0].label, zh ? '团队看板' : 'Team dashboard');
    const s = await rendered('the first report');
    assert.ok(s.files >= 6, `files found: ${s.files}`);
    assert.ok(s.webview!.tables >= 2, `tables in the webview: ${s.webview!.tables}`);
    assert.ok(s.webview!.charts >= 4, `trend charts in the webview: ${s.webview!.charts}`);
    assert.ok(s.webview!.periodOptions >= 2, 'the period filter lists the periods');
    // The notes and pitfall-free files of the fixture that are not summaries are left out, not reported.
    assert.ok(s.skipped >= 1, 'editor/notes.md is not a summary');
    assert.ok(!s.report!.problems.some((p) => p.path.endsWith('/notes.md')));
  });

  it('rolls up the team per person and period with the aggregates worked out by hand', async () => {
    const r = (await state()).report!;
    assert.equal(r.by, 'person');
    const oct = table(r, '2026-10');
    const rows = teamRows(oct);
    assert.deepEqual(rows.map((x) => x.label).sort(), ['张伟', '李娜', '王强'].sort());
    const zhang = rows.find((x) => x.label === '张伟')!;
    assert.equal(zhang.kpis.satisfaction?.actual, 92);
    assert.equal(zhang.kpis.satisfaction?.target, 95);
    assert.equal(zhang.kpis.satisfaction?.met, false);
    assert.equal(zhang.kpis.complaint_rate?.met, true, '0.8% against a 1.0% target: lower is better');
    // 2026-10: inquiries 1000 + 1000 + 2000; rates weighted by inquiries.
    assert.equal(oct.aggregate.inquiries?.value, 4000);
    assert.equal(oct.aggregate.inquiries?.method, 'sum');
    assert.ok(close((92 * 1000 + 96 * 1000 + 90 * 2000) / 4000, oct.aggregate.satisfaction?.value), `satisfaction ${oct.aggregate.satisfaction?.value}`);
    assert.equal(oct.aggregate.satisfaction?.method, 'weighted-mean');
    assert.ok(close((22 * 1000 + 18 * 1000 + 20 * 2000) / 4000, oct.aggregate.response_time?.value));
    assert.ok(close((0.8 * 1000 + 1.2 * 1000 + 0.6 * 2000) / 4000, oct.aggregate.complaint_rate?.value));
    const sat = oct.bestWorst.find((b) => b.kpi === 'satisfaction')!;
    assert.deepEqual([sat.best.label, sat.best.value, sat.worst.label, sat.worst.value], ['李娜', 96, '王强', 90]);
    const cr = oct.bestWorst.find((b) => b.kpi === 'complaint_rate')!;
    assert.deepEqual([cr.best.label, cr.worst.label], ['王强', '李娜'], 'a lower complaint rate is better');

    // 2026-11 (李娜 wrote "2026年11月" in October and "2026-11" here; 张伟 the other way round).
    const nov = table(r, '2026-11');
    assert.deepEqual(teamRows(nov).map((x) => x.label).sort(), ['张伟', '李娜'].sort());
    assert.equal(nov.aggregate.inquiries?.value, 2000);
    assert.ok(close((94 * 1500 + 88 * 500) / 2000, nov.aggregate.satisfaction?.value));

    // Trends: satisfaction 92 → 92.5 is better; the complaint rate 0.8 → 0.775 too (it falls).
    const trend = r.trends.find((t) => t.kpi === 'satisfaction' && t.points.some((p) => p.period === '2026-11'))!;
    assert.ok(trend, 'a satisfaction trend');
    const change = trend.changes.find((c) => c.from === '2026-10' && c.to === '2026-11')!;
    assert.equal(change.verdict, 'better');
    const cTrend = r.trends.find((t) => t.kpi === 'complaint_rate' && t.points.some((p) => p.period === '2026-11'))!;
    assert.equal(cTrend.changes.find((c) => c.to === '2026-11')?.verdict, 'better');

    // 王强 handed in October but not November.
    const missing = r.missing.filter((m) => m.period === '2026-11' && m.team === TEAM);
    assert.deepEqual(missing.map((m) => m.who), ['王强']);
    assert.ok(missing[0].lastPath?.endsWith('/team/2026-10/wang-qiang.md'), missing[0].lastPath);

    // Incomplete: 李娜's November summary (7 of 9: its evaluation counts from its efficiency figures)
    // and 赵敏's, with their pitfalls.
    const liNov = r.incomplete.find((i) => i.path.endsWith('/team/2026-11/li-na.md'));
    assert.ok(liNov, 'li-na 2026-11 is incomplete');
    assert.equal(liNov.score, 78);
    // Most severe first: missing-section, a hint by default, is listed unless three places are taken.
    assert.ok(liNov.pitfalls.some((p) => p.rule === 'missing-section') || liNov.pitfalls.length === 3, JSON.stringify(liNov.pitfalls));
    assert.ok(r.incomplete.some((i) => i.path.endsWith('/team/2026-11/zhao-min.md')));

    // 赵敏's period cannot be read: reported at its line, not counted.
    const bad = r.problems.find((p) => p.path.endsWith('/team/2026-11/zhao-min.md') && p.kind === 'unreadable-period');
    assert.ok(bad, `problems: ${JSON.stringify(r.problems.map((p) => [p.kind, p.path]))}`);
    assert.equal(bad.line, 3);
    assert.ok(!r.tables.some((t) => t.rows.some((x) => x.label === '赵敏')), '赵敏 is in no table');
  });

  it('speaks the display language in the report and in the webview', async () => {
    const s = await state();
    assert.equal(s.report!.locale, zh ? 'zh-CN' : 'en');
    const text = s.webview!.text;
    if (zh) {
      assert.match(text, /团队合计/);
      assert.match(text, /未提交的总结/);
      assert.match(text, /2026年10月/);
      assert.match(text, /服务满意度/);
      const bad = s.report!.problems.find((p) => p.kind === 'unreadable-period')!;
      assert.match(bad.message, /[\u4e00-\u9fff]/);
    } else {
      assert.match(text, /Team aggregate/);
      assert.match(text, /Summaries not handed in/);
      assert.match(text, /Oct 2026/);
      assert.match(text, /Satisfaction/);
      const bad = s.report!.problems.find((p) => p.kind === 'unreadable-period')!;
      assert.doesNotMatch(bad.message.replace(/“[^”]*”|"[^"]*"|下个月吧/g, ''), /[\u4e00-\u9fff]{3}/);
    }
  });

  it('opens a document of the report at the line a dashboard message names, and refuses other paths', async () => {
    const s = await state();
    const bad = s.report!.problems.find((p) => p.kind === 'unreadable-period' && p.path.endsWith('zhao-min.md'))!;
    const opened = await vscode.commands.executeCommand<{ uri: string; line: number }>('csplan._dashboardReceive', { type: 'open', path: bad.path, line: bad.line });
    assert.deepEqual(opened, { uri: bad.path, line: 3 });
    const editor = await waitFor(() => (vscode.window.activeTextEditor?.document.uri.toString() === bad.path ? vscode.window.activeTextEditor : undefined), 'the editor of zhao-min.md');
    assert.equal(editor.selection.active.line, 2);
    assert.match(editor.document.lineAt(2).text, /^period:/);

    const li = s.report!.incomplete.find((i) => i.path.endsWith('/team/2026-11/li-na.md'))!;
    const pit = li.pitfalls.find((p) => p.line > 5)!;
    assert.ok(pit, 'a pitfall below the frontmatter');
    await vscode.commands.executeCommand('csplan._dashboardReceive', { type: 'open', path: li.path, line: pit.line });
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === li.path && vscode.window.activeTextEditor.selection.active.line === pit.line - 1, `li-na.md at line ${pit.line}`);

    // Anything the report does not name is refused, whatever the webview sends.
    const before = vscode.window.activeTextEditor?.document.uri.toString();
    const notes = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'editor', 'notes.md').toString();
    for (const p of [notes, 'file:///etc/passwd', 'command:workbench.action.quit', 42, undefined]) {
      assert.equal(await vscode.commands.executeCommand('csplan._dashboardReceive', { type: 'open', path: p, line: 1 }), undefined, String(p));
    }
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), before);
  });

  it('switches the rows by team and by period, and filters one period', async () => {
    try {
      await vscode.commands.executeCommand('csplan._dashboardReceive', { type: 'view', by: 'team' });
      let s = await rendered('rows by team', (x) => x.report?.by === 'team' && x.webview?.by === 'team');
      const team = table(s.report!, '2026-10').rows.find((r) => r.key === TEAM || r.label === TEAM);
      assert.ok(team, 'one row for the team');
      assert.equal(team.paths.length, 3);
      assert.equal(team.kpis.inquiries?.actual, 4000);

      await vscode.commands.executeCommand('csplan._dashboardReceive', { type: 'view', by: 'period' });
      s = await rendered('rows by period', (x) => x.report?.by === 'period');
      assert.ok(s.report!.tables.some((t) => t.rows.some((r) => r.key === '2026-10') && t.rows.some((r) => r.key === '2026-11')));

      await vscode.commands.executeCommand('csplan._dashboardReceive', { type: 'view', by: 'person', period: '2026-11' });
      s = await rendered('the 2026-11 filter', (x) => x.report?.by === 'person' && x.webview?.period === '2026-11');
      assert.equal(s.webview!.tables, 1);
      assert.match(s.webview!.text, zh ? /2026年11月/ : /Nov 2026/);
      assert.ok(s.report!.tables.length >= 2, 'the filter is a view: the report keeps every period');
    } finally {
      await vscode.commands.executeCommand('csplan._dashboardReceive', { type: 'view', by: 'person', period: '' });
      await rendered('all periods again', (x) => x.report?.by === 'person' && x.webview?.period === '');
    }
  });

  it('refreshes when a summary is saved and shows the changed KPI', async () => {
    const uri = teamFile('2026-11/zhang-wei.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    const original = doc.getText();
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const at = original.indexOf('actual: 94');
    assert.ok(at > 0, 'the satisfaction value in the fixture');
    const nov = (s: DashboardState) => s.report && s.report.tables.find((t) => t.period?.key === '2026-11')?.rows.find((r) => r.label === '张伟');
    try {
      await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 'actual: 94'.length)), 'actual: 98'));
      assert.ok(await doc.save());
      const s = await rendered('the saved satisfaction', (x) => nov(x)?.kpis.satisfaction?.actual === 98);
      assert.equal(nov(s)!.kpis.satisfaction?.met, true);
      const agg = s.report!.tables.find((t) => t.period?.key === '2026-11')!.aggregate.satisfaction?.value;
      assert.ok(close((98 * 1500 + 88 * 500) / 2000, agg), `aggregate after the save: ${agg}`);
      assert.ok(s.analysed >= 1 && s.analysed < s.files, `only what changed is re-read (${s.analysed} of ${s.files})`);
    } finally {
      await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original));
      await doc.save();
      await rendered('the original satisfaction', (x) => nov(x)?.kpis.satisfaction?.actual === 94);
    }
  });

  it('exports the roll-up through the engine as Markdown, HTML and Word', async () => {
    // Outside the workspace, so that the export is not read back as a document.
    const dir = vscode.Uri.file(mkdtempSync(path.join(tmpdir(), 'csplan-dashboard-')));
    try {
      const md = vscode.Uri.joinPath(dir, 'rollup.md');
      assert.equal(await vscode.commands.executeCommand('csplan._dashboardExport', { format: 'md', target: md.toString() }), md.toString());
      const mdText = new TextDecoder().decode(await vscode.workspace.fs.readFile(md));
      assert.match(mdText, /张伟/);
      assert.match(mdText, /王强/);
      const html = vscode.Uri.joinPath(dir, 'rollup.html');
      await vscode.commands.executeCommand('csplan._dashboardExport', { format: 'html', target: html.toString() });
      const htmlText = new TextDecoder().decode(await vscode.workspace.fs.readFile(html));
      assert.match(htmlText, /<svg/);
      assert.doesNotMatch(htmlText, /<script/i);
      const docx = vscode.Uri.joinPath(dir, 'rollup.docx');
      await vscode.commands.executeCommand('csplan._dashboardExport', { format: 'docx', target: docx.toString() });
      const bytes = await vscode.workspace.fs.readFile(docx);
      assert.deepEqual([...bytes.subarray(0, 2)], [0x50, 0x4b], 'a zip (Word) file');
      assert.ok(bytes.length > 3000, `docx of ${bytes.length} bytes`);
    } finally {
      await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false });
    }
  });
});
