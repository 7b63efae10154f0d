// Bilingual review in Chromium: open the aligned sample, see source beside target, correct a sentence, export XLIFF and the HTML report; open an XLIFF file and a hostile one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseXliff, partsToText } from '../../src/core/index.ts';
import { launchBrowser, RESULTS_DIR } from './browser.ts';
import { downloadFrom, editSentence } from './robustness-helpers.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SOURCE = readFileSync(join(ROOT, 'samples', 'bilingual', 'dailymail.co.uk.365204.en.txt'), 'utf8');
const XLIFF = readFileSync(join(ROOT, 'tests', 'fixtures', 'xliff', 'okapi-2.0.xlf'), 'utf8');
const HOSTILE = readFileSync(join(ROOT, 'tests', 'fixtures', 'xliff', 'hostile-billion-laughs.xlf'), 'utf8');
const CORRECTION = 'Bezaubernde Bilder zeigen ein neugeborenes Nashorn, das sich an seine Mutter kuschelt und sein neues Zuhause erkundet';

describe('bilingual review in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  const sourceCells = () => page.locator('[data-source-sentences]');
  const exportButton = (name: string) => page.getByRole('group', { name: 'Export' }).getByRole('button', { name, exact: true });

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await page.waitForSelector('[data-sentence-index]', { timeout: 30_000 });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens the bilingual sample with the English source beside the German translation', async () => {
    await page.getByRole('button', { name: 'Samples' }).click();
    await page.getByRole('menuitem', { name: 'dailymail.co.uk.365204.de.txt' }).click();
    await expect.poll(() => sourceCells().count(), { timeout: 30_000 }).toBeGreaterThan(5);
    // Screen readers hear "Source:" before each source cell; the rest is the source text itself.
    const firstSource = (await sourceCells().first().innerText()).replace(/^Source:\s*/u, '');
    expect(SOURCE.startsWith(firstSource.trim())).toBe(true);
    expect(await sourceCells().first().getAttribute('lang')).toBe('en');
    await page.screenshot({ path: join(RESULTS_DIR, 'bilingual-en.png') });
  });

  it('corrects a sentence and exports it as XLIFF and in the HTML report', async () => {
    await editSentence(page, 0, CORRECTION);
    const xliff = await downloadFrom(page, () => exportButton('Corrected XLIFF').click());
    expect(xliff.name).toBe('dailymail.co.uk.365204.de.xlf');
    const parsed = parseXliff(xliff.text);
    expect(parsed).toMatchObject({ sourceLang: 'en', targetLang: 'de' });
    expect(partsToText(parsed.segments[0]!.target!)).toBe(CORRECTION);
    expect(parsed.segments[0]!.state).toBe('translated');
    expect(SOURCE.startsWith(partsToText(parsed.segments[0]!.source))).toBe(true);

    const report = await downloadFrom(page, () => exportButton('HTML report').click());
    expect(report.name).toBe('dailymail.co.uk.365204.de.report.html');
    const reportPage = await context.newPage();
    await reportPage.setContent(report.text);
    const text = await reportPage.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain(CORRECTION);
    expect(text).toContain('Review report');
    await reportPage.close();
  });

  it('opens an XLIFF file with its source beside each segment, and refuses a hostile one', async () => {
    const input = page.getByLabel('Open file…');
    await input.setInputFiles({ name: 'article.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(XLIFF) });
    await expect.poll(() => page.locator('#article-title').innerText()).toBe('article.xlf');
    await expect.poll(() => sourceCells().first().innerText()).toContain('Markets rallied on Friday.');
    const main = await page.getByRole('main').innerText();
    expect(main).toContain('Les marchés ont progressé vendredi.');
    // The segment's state and the translator's note are shown under its source.
    expect(main).toContain('State: translated');
    expect(main).toContain('Note: Headline, keep it short.');

    await input.setInputFiles({ name: 'bomb.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(HOSTILE) });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('declares XML entities');
    // Nothing changed: the XLIFF stays open.
    expect(await page.locator('#article-title').innerText()).toBe('article.xlf');
    await page.getByLabel('Interface language').selectOption('de');
    await expect.poll(() => alert.innerText()).toContain('deklariert XML-Entitäten');
    await page.screenshot({ path: join(RESULTS_DIR, 'bilingual-de.png') });
  });
});
