// The review workflow in a real browser, by keyboard only: triage, undo/redo, reload, export.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, RESULTS_DIR } from './browser.ts';

const EXPECTED = readFileSync(join(import.meta.dirname, '..', '..', 'samples', 'expected', '000_98b1f44858d35dbe.corrected.txt'), 'utf8');

describe('review by keyboard in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  const flagList = () => page.getByRole('list', { name: 'Flags in the article' });
  const selectedFlag = () => flagList().locator('[aria-current="true"]');

  /** Presses `n` (next open flag), then `p` (previous), until the selected flag's text contains `text`. */
  async function selectFlagContaining(text: string) {
    for (const key of [...Array<string>(10).fill('n'), ...Array<string>(10).fill('p')]) {
      await page.keyboard.press(key);
      if ((await selectedFlag().count()) && (await selectedFlag().innerText()).includes(text)) return;
    }
    throw new Error(`no open flag with "${text}"`);
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    await page.goto(inject('baseUrl'));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('applies the repeated-phrase suggestion with s and shows the word diff', async () => {
    await expect.poll(() => flagList().getByRole('listitem').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(6);
    // Keyboard focus on the page itself, not on a control, so the single-key shortcuts apply.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await selectFlagContaining('die Welt erschrecken');
    await page.keyboard.press('s');
    const main = page.getByRole('main');
    await expect.poll(() => main.locator('del').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('die Welt erschrecken')]));
  });

  it('dismisses the boilerplate flag with d, then undoes and redoes it', async () => {
    await selectFlagContaining('bbabo.Net');
    const id = await selectedFlag().evaluate((el) => el.closest('[data-flag-id]')?.getAttribute('data-flag-id'));
    const item = flagList().locator(`[data-flag-id="${id}"]`);
    await page.keyboard.press('d');
    await expect.poll(() => item.getAttribute('class')).toContain('status-dismissed');
    await page.keyboard.press('Control+z');
    await expect.poll(() => item.getAttribute('class')).toContain('status-open');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => item.getAttribute('class')).toContain('status-dismissed');
  });

  it('accepts the garbled word with a, which becomes an annotation', async () => {
    await selectFlagContaining('Rettungsleinem');
    await page.keyboard.press('a');
    await expect.poll(() => selectedFlag().locator('xpath=..').getAttribute('class')).toContain('status-accepted');
    await page.screenshot({ path: join(RESULTS_DIR, 'review-en.png') });
  });

  it('annotates the mashed clause by hand as Fluency/Grammar, major, with a comment', async () => {
    await page.keyboard.press('Escape');
    const current = () => page.getByRole('main').locator('[aria-current]').first().innerText();
    for (let i = 0; i < 20 && !(await current()).includes('näher gekommen'); i++) {
      await page.keyboard.press((await current()).includes('Die Gespräche') ? 'k' : 'j');
    }
    expect(await current()).toContain('näher gekommen');
    await page.keyboard.press('m');
    // "Moskau und Peking sind sich in Washington näher …": the caret steps over seven words, then five are selected.
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.innerText()).toContain('näher gekommen sieht sich als');
    await page.keyboard.type('Gram');
    await page.keyboard.press('Tab');
    await page.keyboard.press('3');
    await dialog.getByLabel('Comment').focus();
    await page.keyboard.type('Two clauses mashed together: "in what Washington sees as".');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    const annotations = page.getByRole('region', { name: 'Annotations' });
    await expect.poll(() => annotations.innerText()).toContain('Two clauses mashed together');
    expect(await annotations.innerText()).toMatch(/Grammar/);
    expect(await annotations.innerText()).toMatch(/Major/);
  });

  it('finds everything as it was after a reload', async () => {
    // Autosave writes within a second of the last change.
    await page.waitForTimeout(1500);
    await page.reload();
    await expect.poll(() => flagList().getByRole('listitem').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(5);
    const classes = await flagList().locator('[data-flag-id]').evaluateAll((items: Element[]) => items.map((i) => i.className));
    expect(classes.some((c) => c.includes('status-dismissed'))).toBe(true);
    expect(classes.some((c) => c.includes('status-accepted'))).toBe(true);
    expect(await page.getByRole('main').locator('del').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('die Welt erschrecken')]),
    );
    expect(await page.getByRole('region', { name: 'Annotations' }).innerText()).toContain('Two clauses mashed together');
  });

  it('exports the corrected text in the original layout', async () => {
    const button = page.getByRole('button', { name: 'Corrected text' });
    await button.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const path = await download.path();
    expect(readFileSync(path, 'utf8')).toBe(EXPECTED);
  });

  it('shows the workspace in German', async () => {
    await page.getByLabel('Interface language').selectOption('de');
    await expect.poll(() => page.getByRole('list', { name: 'Markierungen im Artikel' }).count()).toBe(1);
    await page.screenshot({ path: join(RESULTS_DIR, 'review-de.png'), fullPage: true });
  });
});
