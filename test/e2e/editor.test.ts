// End-to-end checks through the browser page, as a person sees them: a real VS Code (code-server)
// with the extension loaded as a development extension (no test payload), driven by keyboard and
// command palette in Debian's Chromium. Run: npm run test:e2e (scripts/vscode/run-e2e.mjs).
// Screenshots: test-results/e2e-<locale>-*.png.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { startHost, type Host, type HostLocale } from '../../scripts/vscode/launch.mjs';
import { ROOT } from '../../scripts/vscode/paths.mjs';
import { editorLines, errorOnScreen, goTo, openFile, openProblems, runCommand, until, waitForWorkbench } from './workbench';

/** What a person reads, per display language (titles come from the extension's package.nls files). */
const nls = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, string>;
const UI: Record<'en' | 'zh-cn', { nls: Record<string, string>; vagueMessage: RegExp; dateFix: RegExp }> = {
  en: { nls: nls('package.nls.json'), vagueMessage: /is not a deadline/, dateFix: /Set the deadline to the .*\(\d{4}-\d{2}-\d{2}\)/ },
  'zh-cn': { nls: { ...nls('package.nls.json'), ...nls('package.nls.zh-cn.json') }, vagueMessage: /不是明确的完成时间/, dateFix: /将完成时间设为.*（\d{4}-\d{2}-\d{2}）/ },
};

// test/fixtures/workspace/pitfalls.md (a copy of /work/shared/checks/data/good.md): line 18 is the
// action "新人带教" with an empty 责任人 cell and the deadline "尽快" (column 14 is inside it).
const PITFALLS = 'pitfalls.md';
const VAGUE_LINE = 18;
const VAGUE_COLUMN = 14;
const TITLE = '2026年第一季度客服工作计划';


/** Moves the focus down the open Quick Fix menu to the first entry matching `entry`, then Enter. */
async function chooseFocused(page: Host['page'], entry: RegExp): Promise<void> {
  const rows = page.locator('.action-widget .monaco-list-row');
  for (let i = 0; i < 30; i++) {
    const focused = page.locator('.action-widget .monaco-list-row.focused');
    if ((await focused.count()) && entry.test(await focused.first().innerText())) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new assert.AssertionError({ message: `no entry ${entry} in the Quick Fix menu: ${(await rows.allInnerTexts()).join(' | ')}` });
}

for (const locale of ['en', 'zh-cn'] as const satisfies readonly HostLocale[]) {
  describe(`csplan in the browser (${locale})`, function () {
    this.timeout(120_000);
    let host: Host;
    const ui = UI[locale];

    before(async function () {
      this.timeout(240_000);
      host = await startHost({ extensionDevelopmentPath: ROOT, locale, label: `e2e-${locale}` });
      await waitForWorkbench(host.page);
      await openFile(host.page, PITFALLS);
    });

    afterEach(async function () {
      if (this.currentTest?.state === 'failed' && host) {
        await host.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}`).catch(() => {});
        // Close whatever the failed check left open (menus, dialogs, palettes) for the next one.
        for (let i = 0; i < 3; i++) await host.page.keyboard.press('Escape');
      }
    });

    after(async () => {
      await host?.close();
    });

    it('shows the rule ids and messages of a pitfalls document in the Problems panel', async () => {
      const panel = await openProblems(host.page);
      const text = await until('the csplan findings in the Problems panel', async () => {
        const t = await panel.innerText();
        return /action-missing-owner/.test(t) && /vague-deadline/.test(t) && t;
      }, 60_000);
      assert.match(text, /csplan/, 'the findings come from the source "csplan"');
      assert.match(text, ui.vagueMessage, `the vague-deadline message is in ${locale}`);
      await host.screenshot('problems');
    });

    it('applies a quick fix from the light bulb (Ctrl+.) and the text changes', async () => {
      const { page } = host;
      const before = (await editorLines(page))[VAGUE_LINE];
      assert.match(before, /尽快/, `line ${VAGUE_LINE} holds the vague deadline before the fix: ${before}`);
      await goTo(page, VAGUE_LINE, VAGUE_COLUMN);
      const item = page.locator('.action-widget .monaco-list-row', { hasText: ui.dateFix }).first();
      // As a person does when the menu comes up empty ("No code actions available": the workbench asked
      // before the extension host answered, seen once in four CI runs), press Ctrl+. again.
      for (let attempt = 1; ; attempt++) {
        await page.keyboard.press('Control+.');
        try {
          await item.waitFor({ state: 'visible', timeout: attempt < 3 ? 10_000 : 20_000 });
          break;
        } catch (e) {
          if (attempt >= 3) throw e;
          await page.keyboard.press('Escape');
          await goTo(page, VAGUE_LINE, VAGUE_COLUMN);
        }
      }
      await host.screenshot('quick-fix-menu');
      const title = await item.innerText();
      const date = /\d{4}-\d{2}-\d{2}/.exec(title)?.[0];
      assert.ok(date, `the quick fix names a date: ${title}`);
      // Choose it with the keyboard, as a person does after Ctrl+. (the menu is a focus list).
      await chooseFocused(page, ui.dateFix);
      const after = await until(`line ${VAGUE_LINE} to hold ${date}`, async () => {
        const l = (await editorLines(page))[VAGUE_LINE];
        return l?.includes(date) && l;
      });
      assert.doesNotMatch(after, /尽快/);
      await host.screenshot('quick-fix-applied');
      // Saved to disk: the same edit, nothing else on the line changed.
      await page.keyboard.press('Control+S');
      const file = path.join(host.workspace, PITFALLS);
      const saved = await until('the fixed file on disk', async () => {
        const t = readFileSync(file, 'utf8');
        return t.includes(date) && t;
      });
      assert.equal(saved.split('\n')[VAGUE_LINE - 1], before.replace('尽快', date));
    });

    it('opens the completeness preview to the side from the command palette', async () => {
      const { page } = host;
      const title = ui.nls['csplan.command.openPreview'];
      assert.ok(title, 'package.nls has the title of csplan.openPreview');
      await runCommand(page, title);
      // A webview is an iframe (the host) holding another iframe (the content).
      const content: FrameLocator = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
      await until('the preview to show the document title', async () => {
        const error = await errorOnScreen(page);
        if (error) throw new assert.AssertionError({ message: `VS Code shows an error instead of the preview: ${error}` });
        return (await content.locator('body').innerText({ timeout: 2000 })).includes(TITLE);
      }, 60_000);
      // The preview opens beside the Markdown editor: two editor groups.
      assert.equal(await page.locator('.editor-group-container').count(), 2, 'the preview is to the side');
      await host.screenshot('preview');
    });
  });
}
