// Helpers that drive the VS Code workbench in the browser the way a person does: keyboard
// shortcuts, the command palette, what is on screen. Selectors are VS Code 1.100's.
import { AssertionError } from 'node:assert';
import type { Locator, Page } from 'playwright-core';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Polls `probe` until it returns a truthy value; the error names what was awaited and the last value
 * seen. An AssertionError thrown by the probe ends the wait at once.
 */
export async function until<T>(what: string, probe: () => Promise<T>, timeoutMs = 30_000): Promise<Exclude<T, false | '' | 0 | null | undefined>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v as Exclude<T, false | '' | 0 | null | undefined>;
      last = v;
    } catch (e) {
      if (e instanceof AssertionError) throw e; // a definite failure, not "not yet"
      last = e instanceof Error ? e.message : e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${JSON.stringify(last)?.slice(0, 500)})`);
    await sleep(250);
  }
}

export async function waitForWorkbench(page: Page): Promise<void> {
  await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
  // The explorer lists the workspace once the remote connection and the file service are up.
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 90_000 });
}

async function pickInQuickInput(page: Page, text: string, exact?: RegExp): Promise<void> {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(text);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: exact ?? text }).first();
  await row.waitFor({ state: 'visible', timeout: 15_000 });
  await row.click();
}

/** Runs a command from the command palette (F1) by its title as shown to the user. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await pickInQuickInput(page, `>${title}`, new RegExp(escapeRegExp(title)));
}

/** Opens a workspace file through Quick Open (Ctrl+P) and waits for its editor tab. */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await pickInQuickInput(page, name, new RegExp(escapeRegExp(name)));
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 15_000 });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 15_000 });
}

/** Moves the cursor with Go to Line (Ctrl+G), 1-based line and column. */
export async function goTo(page: Page, line: number, column: number): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  // In the browser build Ctrl+G opens Quick Open with the ':' (go to line) prefix.
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: 10_000 });
}

export async function focusEditor(page: Page): Promise<void> {
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
}

/**
 * The rendered lines of the active editor by 1-based line number (Monaco renders only the visible
 * lines, draws spaces as U+00A0, and places lines and line numbers by their `top`).
 */
export async function editorLines(page: Page): Promise<Record<number, string>> {
  return page.evaluate(() => {
    const editor = document.querySelector('.editor-group-container.active .editor-instance .monaco-editor')
      ?? document.querySelector('.editor-instance .monaco-editor');
    const out: Record<number, string> = {};
    if (!editor) return out;
    const numbers = new Map<number, number>();
    for (const n of Array.from(editor.querySelectorAll<HTMLElement>('.margin-view-overlays > div'))) {
      const num = Number(n.querySelector('.line-numbers')?.textContent?.trim());
      if (num) numbers.set(Math.round(parseFloat(n.style.top || '0')), num);
    }
    for (const l of Array.from(editor.querySelectorAll<HTMLElement>('.view-lines .view-line'))) {
      const num = numbers.get(Math.round(parseFloat(l.style.top || '0')));
      if (num) out[num] = (l.textContent ?? '').replace(/\u00a0/g, ' ');
    }
    return out;
  });
}

/** Opens the Problems panel (Ctrl+Shift+M) and returns its locator. */
export async function openProblems(page: Page): Promise<Locator> {
  await page.keyboard.press('Control+Shift+M');
  const panel = page.locator('.markers-panel');
  await panel.waitFor({ state: 'visible', timeout: 15_000 });
  return panel;
}

/** The text of an error dialog or notification on screen (e.g. "command 'x' not found"), or ''. */
export async function errorOnScreen(page: Page): Promise<string> {
  const dialog = page.locator('.monaco-dialog-box');
  if (await dialog.isVisible()) return (await dialog.innerText()).replace(/\s+/g, ' ');
  const toast = page.locator('.notification-toast .codicon-error').locator('xpath=ancestor::*[contains(@class,"notification-toast")]');
  if (await toast.count()) return (await toast.first().innerText()).replace(/\s+/g, ' ');
  return '';
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
