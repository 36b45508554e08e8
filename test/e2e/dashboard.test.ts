// The team dashboard as a team lead sees it in the browser (code-server + Chromium, display language
// 简体中文): run from the command palette by its localised title, the per-period table with each
// person's figures and the team's aggregate, the trend charts, the missing summary, a click that
// opens the document, and the strict CSP. Screenshots: test-results/e2e-dashboard-zh-cn.png (the
// workbench) and test-results/e2e-dashboard-zh-cn-webview.png (the dashboard alone).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { startHost, type Host } from '../../scripts/vscode/launch.mjs';
import { RESULTS_DIR, ROOT } from '../../scripts/vscode/paths.mjs';
import { errorOnScreen, runCommand, sleep, until, waitForWorkbench } from './workbench';

const LOCALE = 'zh-cn';
const nls = { ...JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')), ...JSON.parse(readFileSync(path.join(ROOT, 'package.nls.zh-cn.json'), 'utf8')) } as Record<string, string>;

describe(`team dashboard in the browser (${LOCALE})`, function () {
  this.timeout(180_000);
  let host: Host;
  let content: FrameLocator;

  before(async function () {
    this.timeout(240_000);
    host = await startHost({ extensionDevelopmentPath: ROOT, locale: LOCALE, label: `e2e-dashboard-${LOCALE}`, viewport: { width: 1400, height: 1000 },
      // Only the team's folder: the other fixture documents belong to other teams and periods.
      settings: { 'csplan.rollup.include': ['team/**/*.md'] } });
    await waitForWorkbench(host.page);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && host) await host.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 50)}`).catch(() => {});
  });

  after(async () => {
    await host?.close();
  });

  it('opens from the command palette and shows the per-period tables and the trend charts', async () => {
    const { page } = host;
    // Right after the workbench appears the extension's commands may not be in the palette yet
    // ("No matching commands"): close it and try again, as a person would.
    await until('the command in the palette', async () => {
      try {
        await runCommand(page, nls['csplan.command.teamDashboard']);
        return true;
      } catch (e) {
        await page.keyboard.press('Escape');
        await sleep(2000);
        throw e;
      }
    }, 90_000);
    content = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
    const october = content.locator('table.csplan-rollup-table[data-period="2026-10"]');
    await until('the October table in the dashboard', async () => {
      const error = await errorOnScreen(page);
      if (error) throw new assert.AssertionError({ message: `VS Code shows an error instead of the dashboard: ${error}` });
      return (await october.count()) > 0 && (await october.isVisible());
    }, 90_000);
    assert.match(await page.locator('.tabs-container .tab.active').innerText(), /团队看板/);

    // Each person's row, read as a person reads it (fixture values: test/fixtures/workspace/team/2026-10).
    const rowText = async (who: string) => (await october.locator('tr.csplan-row', { hasText: who }).innerText()).replace(/\s+/g, ' ');
    assert.match(await rowText('张伟'), /1,000.*22 秒 \/ 20 秒.*92% \/ 95%/);
    assert.match(await rowText('李娜'), /96% \/ 95%/);
    assert.match(await rowText('王强'), /2,000.*90% \/ 95%/);
    // The team's line: counts summed, rates weighted by inquiries ((92·1000 + 96·1000 + 90·2000) / 4000 = 92).
    const aggregate = (await october.locator('tr.csplan-aggregate').innerText()).replace(/\s+/g, ' ');
    assert.match(aggregate, /团队合计/);
    assert.match(aggregate, /4,000 合计/);
    assert.match(aggregate, /92% \/ 95% 按咨询量加权/);
    assert.equal(await content.locator('table.csplan-rollup-table[data-period="2026-11"]').count(), 1);
    // csplan.rollup.include is honoured: the 2025 documents outside team/ are not read.
    assert.equal(await content.locator('table.csplan-rollup-table').count(), 2);
    assert.match(await content.locator('.csplan-dash-counts').innerText(), /6 份文档/);

    // Trends: one chart per KPI, the satisfaction one with its team line.
    const chart = content.locator('figure.csplan-trend[data-kpi="satisfaction"] svg.csplan-trend-chart');
    await chart.waitFor({ state: 'visible', timeout: 15_000 });
    assert.equal(await chart.locator('path.csplan-team-line').count(), 1);
    assert.ok((await content.locator('svg.csplan-trend-chart').count()) >= 4);
    assert.match(await content.locator('figure.csplan-trend[data-kpi="satisfaction"] .csplan-changes').innerText(), /变好/);

    // Who has not handed in, and the document nobody can date.
    assert.match(await content.locator('.csplan-missing-section').innerText(), /2026年11月.*王强/);
    assert.match(await content.locator('.csplan-problems-section').innerText(), /下个月吧/);

    await page.screenshot({ path: path.join(RESULTS_DIR, `e2e-dashboard-${LOCALE}.png`) });
  });

  it('filters one period from the toolbar: its table and the trends in one view', async () => {
    const { page } = host;
    await content.locator('#csplan-period').selectOption('2026-11');
    await until('only the November table', async () => (await content.locator('table.csplan-rollup-table').count()) === 1 && (await content.locator('table.csplan-rollup-table[data-period="2026-11"]').count()) === 1, 20_000);
    assert.equal(await content.locator('#csplan-period').inputValue(), '2026-11');
    assert.doesNotMatch(await content.locator('.csplan-missing-section').innerText(), /2026年10月/);
    assert.ok((await content.locator('svg.csplan-trend-chart').count()) >= 4, 'the trends stay: they span the periods');
    await page.locator('iframe.webview.ready').last().screenshot({ path: path.join(RESULTS_DIR, `e2e-dashboard-${LOCALE}-webview.png`) });
  });

  it('opens the document of a person clicked in the dashboard', async () => {
    const { page } = host;
    await content.locator('.csplan-missing-entry a.csplan-open').first().click();
    await until('wang-qiang.md open in an editor', async () => /wang-qiang\.md/.test(await page.locator('.tabs-container .tab.active').allInnerTexts().then((t) => t.join(' '))), 20_000);
  });

  it('runs under a strict Content-Security-Policy with a nonce script', async () => {
    const csp = await content.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.ok(csp);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-[A-Za-z0-9]{32}'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.doesNotMatch(csp, /\shttps?:(\s|;|$)/, `no whole scheme allowed: ${csp}`);
    assert.equal(await content.locator('script[src*="webview/dashboard.js"][nonce]').count(), 1);
    assert.equal(await content.locator('main script').count(), 0, 'nothing from the documents');
  });
});
