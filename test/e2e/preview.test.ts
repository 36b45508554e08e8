// The completeness preview as a person sees it in the browser (code-server + Chromium): opened from
// the command palette beside the editor, the scorecard readable inside the webview with the
// numbers analyze() gives, a click on a missing item moving the editor's cursor there, and the
// strict CSP in force. Screenshot: test-results/e2e-preview-zh-cn-preview.png.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { startHost, type Host } from '../../scripts/vscode/launch.mjs';
import { ROOT } from '../../scripts/vscode/paths.mjs';
import { analyze } from '../../src/core/analyze';
import { errorOnScreen, openFile, runCommand, until, waitForWorkbench } from './workbench';

const FILE = 'pitfalls.md';
const nls = { ...JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')), ...JSON.parse(readFileSync(path.join(ROOT, 'package.nls.zh-cn.json'), 'utf8')) } as Record<string, string>;

describe('completeness preview in the browser (zh-cn)', function () {
  this.timeout(180_000);
  let host: Host;
  let content: FrameLocator;

  before(async function () {
    this.timeout(240_000);
    host = await startHost({ extensionDevelopmentPath: ROOT, locale: 'zh-cn', label: 'e2e-preview-zh-cn' });
    await waitForWorkbench(host.page);
    await openFile(host.page, FILE);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && host) await host.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 50)}`).catch(() => {});
  });

  after(async () => {
    await host?.close();
  });

  it('opens beside the editor and shows the scorecard with the numbers of analyze()', async () => {
    const { page } = host;
    await runCommand(page, nls['csplan.command.openPreview']);
    // A webview is an iframe (the host) holding another iframe (the content).
    content = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
    const card = content.locator('.csplan-scorecard');
    await until('the scorecard in the preview', async () => {
      const error = await errorOnScreen(page);
      if (error) throw new assert.AssertionError({ message: `VS Code shows an error instead of the preview: ${error}` });
      return (await card.count()) > 0 && (await card.isVisible());
    }, 60_000);
    const text = readFileSync(path.join(host.workspace, FILE), 'utf8');
    const c = analyze(text, { locale: 'zh-CN' }).completeness;
    const shown = await card.innerText();
    assert.match(shown, /完整度/);
    assert.match(shown, new RegExp(`已满足 ${c.met} / ${c.total} 项`));
    assert.equal((await content.locator('.csplan-score-value').innerText()).trim(), String(c.score));
    assert.equal(await content.locator('.csplan-item.csplan-missing').count(), c.items.filter((i) => !i.met).length);
    assert.match(await content.locator('article.csplan-doc h1').innerText(), /2026年第一季度客服工作计划/);
    assert.equal(await page.locator('.editor-group-container').count(), 2, 'the preview is beside the editor');
    const shot = await host.screenshot('preview');
    assert.ok(shot);
  });

  it('moves the editor cursor to a missing item clicked in the scorecard', async () => {
    const { page } = host;
    const item = content.locator('.csplan-item.csplan-missing[data-jump-line]').first();
    const line = Number(await item.getAttribute('data-jump-line'));
    assert.ok(line > 1);
    await item.locator('.csplan-item-label').click();
    await until(`the cursor on line ${line}`, async () => {
      const status = await page.locator('.statusbar-item[id="status.editor.selection"]').innerText();
      return new RegExp(`(行|Ln) ?${line}\\b`).test(status) && status;
    }, 20_000);
  });

  it('runs under a strict Content-Security-Policy with a nonce script', async () => {
    const csp = await content.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.ok(csp);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-[A-Za-z0-9]{32}'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.doesNotMatch(csp, /img-src[^;]*\shttps:(\s|;|$)/, `no remote images by default: ${csp}`);
    assert.doesNotMatch(csp, /style-src[^;]*'(unsafe-inline|nonce-)/, `styles only from the extension: ${csp}`);
    // Our only script is the extension's bundle, carrying the nonce (VS Code adds its own host script).
    assert.equal(await content.locator('script[src*="webview/preview.js"][nonce]').count(), 1);
    assert.equal(await content.locator('main script, article script, aside script').count(), 0, 'nothing from the document');
  });
});
