// The scorecard's plan-execution block as a person sees it (code-server + Chromium, zh-cn): a
// summary of examples/loop opened with its plan in the workspace, the preview opened from the
// command palette, the block showing the actions and targets with the figures analyze() gives, and
// a click on an action's plan line opening the plan in the editor. Screenshot of the block:
// docs/images/preview-execution.png (the README shows it).
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { startHost, type Host } from '../../scripts/vscode/launch.mjs';
import { ROOT } from '../../scripts/vscode/paths.mjs';
import { analyze } from '../../src/core/analyze';
import { executionOf } from '../../src/core/render/execution';
import { errorOnScreen, openFile, runCommand, until, waitForWorkbench } from './workbench';

const SUMMARY = '2026-Q4-summary-li-ming.md';
const PLAN = '2026-Q4-plan-li-ming.md';
const nls = { ...JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')), ...JSON.parse(readFileSync(path.join(ROOT, 'package.nls.zh-cn.json'), 'utf8')) } as Record<string, string>;

describe('plan execution in the preview, in the browser (zh-cn)', function () {
  this.timeout(180_000);
  let host: Host;
  let content: FrameLocator;

  before(async function () {
    this.timeout(240_000);
    host = await startHost({ extensionDevelopmentPath: ROOT, locale: 'zh-cn', label: 'e2e-execution-zh-cn', workspace: path.join(ROOT, 'examples', 'loop'), viewport: { width: 1600, height: 1000 } });
    await waitForWorkbench(host.page);
    await openFile(host.page, SUMMARY);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && host) await host.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 50)}`).catch(() => {});
  });

  after(async () => {
    await host?.close();
  });

  it('shows what became of each action and target of the plan, as analyze() counts it', async () => {
    const { page } = host;
    await runCommand(page, nls['csplan.command.openPreview']);
    content = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
    const block = content.locator('section.csplan-execution');
    await until('the plan-execution block in the preview', async () => {
      const error = await errorOnScreen(page);
      if (error) throw new assert.AssertionError({ message: `VS Code shows an error instead of the preview: ${error}` });
      return (await block.count()) > 0 && (await block.isVisible());
    }, 60_000);
    const text = readFileSync(path.join(host.workspace, SUMMARY), 'utf8');
    const plan = readFileSync(path.join(host.workspace, PLAN), 'utf8');
    const want = executionOf(analyze(text, { locale: 'zh-CN', linked: { plan: { uri: PLAN, text: plan } } }))!;
    const a = want.counts.actions;
    const shown = await block.innerText();
    assert.match(shown, /计划执行情况/);
    assert.match(shown, new RegExp(`应汇报 ${a.expected} 项：已完成 ${a.done} · 进行中 ${a.inProgress} · 未完成 ${a.notDone} · 未汇报 ${a.unreported}`));
    assert.equal(await block.locator('.csplan-exec-item').count(), want.actions.length + want.targets.length);
    for (const x of want.actions) assert.ok(shown.includes(x.text), `the block names ${x.text}`);
    mkdirSync(path.join(ROOT, 'docs', 'images'), { recursive: true });
    await block.scrollIntoViewIfNeeded();
    await block.screenshot({ path: path.join(ROOT, 'docs', 'images', 'preview-execution.png') });
  });

  it('opens the plan at the action\'s line when its plan line is clicked', async () => {
    const { page } = host;
    const button = content.locator('.csplan-exec-unreported button.csplan-open-plan').first();
    const line = Number(await button.getAttribute('data-plan-line'));
    assert.ok(line > 1);
    await button.click();
    await page.locator('.tabs-container .tab.active', { hasText: PLAN }).waitFor({ timeout: 20_000 });
    await until(`the cursor on line ${line} of the plan`, async () => {
      const status = await page.locator('.statusbar-item[id="status.editor.selection"]').innerText();
      return new RegExp(`(行|Ln) ?${line}\\b`).test(status) && status;
    }, 20_000);
  });
});
