// The first run, as a person sees it: the "Get started with CS Plan" walkthrough on VS Code's Welcome
// page, each step's button clicked in the page, and what it opens. Screenshots:
// test-results/e2e-walkthrough-<locale>-*.jpg. With CSPLAN_UPDATE_SCREENSHOTS=1 the same pictures
// also replace the walkthrough's own (media/walkthrough/<step>.<locale>.jpg, named by package.nls*.json)
// and docs/images/walkthrough-<locale>.png (the README's); the locales are then en, zh-cn and zh-tw.
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { startHost, type Host, type HostLocale } from '../../scripts/vscode/launch.mjs';
import { ROOT, RESULTS_DIR } from '../../scripts/vscode/paths.mjs';
import { errorOnScreen, runCommand, until, waitForWorkbench } from './workbench';

const UPDATE = process.env.CSPLAN_UPDATE_SCREENSHOTS === '1';
const LOCALES: HostLocale[] = (process.env.CSPLAN_WALKTHROUGH_LOCALES?.split(',') as HostLocale[] | undefined) ?? (UPDATE ? ['en', 'zh-cn', 'zh-tw'] : ['en', 'zh-cn']);
const STEPS = ['template', 'pitfalls', 'preview', 'dashboard'] as const;

const nlsOf = (locale: HostLocale): Record<string, string> => {
  const base = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
  return locale === 'en' ? base : { ...base, ...JSON.parse(readFileSync(path.join(ROOT, `package.nls.${locale}.json`), 'utf8')) };
};
/** The text of a step's button: the link text of its description's command link. */
const buttonOf = (description: string) => /\[([^\]]+)\]\(command:/.exec(description)?.[1] ?? '';

/** The editor area (every group): what the step's button opened, without the explorer. */
async function editorArea(page: Page) {
  const b = await page.locator('.part.editor').boundingBox();
  assert.ok(b, 'the editor area');
  return b;
}

async function shoot(page: Page, name: string, clip?: { x: number; y: number; width: number; height: number }, mediaFile?: string): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const out = path.join(RESULTS_DIR, `e2e-walkthrough-${name}.jpg`);
  await page.screenshot({ path: out, type: 'jpeg', quality: 80, ...(clip ? { clip } : {}) });
  if (UPDATE && mediaFile) {
    mkdirSync(path.dirname(path.join(ROOT, mediaFile)), { recursive: true });
    copyFileSync(out, path.join(ROOT, mediaFile));
  }
}

for (const locale of LOCALES) {
  describe(`csplan's walkthrough on the Welcome page (${locale})`, function () {
    this.timeout(120_000);
    let host: Host;
    const nls = nlsOf(locale);
    // The walkthrough page: VS Code's Getting Started editor.
    const page = () => host.page;
    const container = () => page().locator('.gettingStartedContainer');

    before(async function () {
      this.timeout(240_000);
      // examples/ as the workspace: the dashboard step has the team's summaries to show.
      host = await startHost({ extensionDevelopmentPath: ROOT, locale, label: `e2e-walkthrough-${locale}`, workspace: path.join(ROOT, 'examples') });
      await waitForWorkbench(host.page);
    });
    afterEach(async function () {
      if (this.currentTest?.state === 'failed' && host) {
        await host.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}`).catch(() => {});
        for (let i = 0; i < 3; i++) await host.page.keyboard.press('Escape');
      }
    });
    after(async () => {
      await host?.close();
    });

    /** Opens it as a person does: Welcome: Open Walkthrough…, then its title. */
    const openWalkthrough = async () => {
      await runCommand(page(), 'Welcome: Open Walkthrough...');
      const input = page().locator('.quick-input-widget .quick-input-box input');
      await input.fill(nls['csplan.walkthrough.title']);
      const row = page().locator('.quick-input-widget .monaco-list-row', { hasText: nls['csplan.walkthrough.title'] }).first();
      await row.waitFor({ state: 'visible', timeout: 15_000 });
      await page().keyboard.press('Enter');
      await container().locator('.getting-started-category .category-title, h2', { hasText: nls['csplan.walkthrough.title'] }).first().waitFor({ timeout: 20_000 });
    };

    it('lists the walkthrough with its four steps in the display language', async () => {
      await openWalkthrough();
      for (const s of STEPS) {
        await until(`step ${s} titled ${nls[`csplan.walkthrough.${s}.title`]}`, () => container().getByText(nls[`csplan.walkthrough.${s}.title`], { exact: true }).first().isVisible());
      }
      // The first step is open: its picture is on the page (a file of the extension, loaded).
      const image = container().locator('.getting-started-media img').first();
      await until('the first step picture', async () => (await image.evaluate((i: HTMLImageElement) => (i.complete ? i.naturalWidth : 0))) > 0, 20_000);
      await shoot(page(), `${locale}-page`);
      if (UPDATE) await page().screenshot({ path: path.join(ROOT, 'docs', 'images', `walkthrough-${locale}.png`) });
    });

    it("each step's button opens what the step teaches", async () => {
      if (!(await container().isVisible())) await openWalkthrough();
      const clickStep = async (step: (typeof STEPS)[number]) => {
        // Back to the walkthrough: its tab, when what the last button opened covers it.
        if (!(await container().isVisible())) await page().locator('.tabs-container .tab', { hasText: 'Walkthrough: ' }).first().click();
        await container().getByText(nls[`csplan.walkthrough.${step}.title`], { exact: true }).first().click();
        const button = container().getByRole('button', { name: buttonOf(nls[`csplan.walkthrough.${step}.description`]), exact: true });
        await button.waitFor({ state: 'visible', timeout: 15_000 });
        await button.click();
      };
      const media = (step: string) => nls[`csplan.walkthrough.${step}.image`];

      // 1. Template: a plan, after the language (the display language is first) and the period.
      await clickStep('template');
      // The language pick (the display language first), then the period pick: their first entries, clicked.
      const title = page().locator('.quick-input-widget:visible .quick-input-title');
      await until('the language pick', async () => /2\/3/.test(await title.innerText().catch(() => '')), 20_000);
      await page().locator('.quick-input-widget:visible .monaco-list-row').first().click();
      await until('the period pick', async () => /3\/3/.test(await title.innerText().catch(() => '')), 20_000);
      await page().locator('.quick-input-widget:visible .monaco-list-row').first().click();
      // Monaco renders spaces as no-break spaces.
      await until('the plan from the template', async () => (await page().locator('.editor-instance .view-lines').last().innerText().catch(() => '')).replace(/\u00a0/g, ' ').includes('type: plan'), 30_000);
      await page().keyboard.press('Escape');
      await shoot(page(), `${locale}-template`, await editorArea(page()), media('template'));

      // 2. The sample plan, a pitfall selected and the quick-fix menu open on it.
      await clickStep('pitfalls');
      const menu = page().locator('.action-widget .monaco-list-row').first();
      await menu.waitFor({ state: 'visible', timeout: 30_000 });
      await page().waitForTimeout(300);
      await shoot(page(), `${locale}-pitfalls`, await editorArea(page()), media('pitfalls'));
      await page().keyboard.press('Escape');

      // 3. The completeness preview of the sample, beside it.
      await clickStep('preview');
      const preview = page().frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
      await until('the scorecard in the preview', async () => {
        const error = await errorOnScreen(page());
        if (error) throw new assert.AssertionError({ message: `VS Code shows an error: ${error}` });
        return (await preview.locator('body').innerText({ timeout: 2000 })).length > 100;
      }, 60_000);
      await page().waitForTimeout(500);
      await shoot(page(), `${locale}-preview`, await editorArea(page()), media('preview'));

      // 4. The team dashboard over examples/team: its own webview (the preview's stays open beside).
      await clickStep('dashboard');
      const dashboardFrame = await until('the dashboard table', async () => {
        for (const frame of await page().locator('iframe.webview.ready').all()) {
          const content = frame.contentFrame().locator('#active-frame').contentFrame();
          if ((await content.locator('.csplan-kpi-name').count().catch(() => 0)) > 0) return frame;
        }
        return undefined;
      }, 60_000);
      await page().waitForTimeout(500);
      // Its editor group, tab bar included.
      const box = (await dashboardFrame.boundingBox())!;
      await shoot(page(), `${locale}-dashboard`, { x: box.x, y: Math.max(0, box.y - 36), width: box.width, height: box.height + Math.min(36, box.y) }, media('dashboard'));
    });
  });
}
