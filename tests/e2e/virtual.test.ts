// A 10,000-sentence article in Chromium: a bounded number of sentences in the page, far flags and the last sentence brought on screen.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, RESULTS_DIR } from './browser.ts';

const SENTENCES = 10_000;
/** Sentences whose last word is doubled ("RegelnRegeln"): the only flags of the article (missing-space). */
const DEFECTS = [10, 6_000, 9_990];
/** Far more than a screenful, far fewer than the article: what "only what is on screen" may mean. */
const MAX_SENTENCES_IN_PAGE = 400;

const SUBJECTS = ['Der Rat', 'Die Stadt', 'Das Land', 'Die Firma', 'Der Verein', 'Die Schule', 'Das Amt', 'Die Polizei', 'Der Minister', 'Die Bank', 'Das Gericht', 'Die Regierung', 'Der Bürgermeister', 'Die Kommission', 'Das Museum', 'Die Klinik', 'Der Konzern', 'Die Partei', 'Das Team', 'Die Universität'];
const VERBS = ['prüft', 'plant', 'kauft', 'baut', 'fordert', 'lobt', 'zeigt', 'sucht', 'meldet', 'nennt', 'sieht', 'bringt', 'hält', 'lehnt', 'stützt', 'teilt', 'kennt', 'mag', 'trifft', 'öffnet'];
const OBJECTS = ['neue Regeln', 'hohe Preise', 'alte Häuser', 'klare Ziele', 'mehr Geld', 'gute Ideen', 'lange Wege', 'starke Partner', 'kleine Schritte', 'große Pläne', 'frische Daten', 'weitere Tests', 'erste Ergebnisse', 'offene Fragen', 'neue Wege', 'bessere Löhne', 'schnelle Hilfe', 'freie Plätze', 'kurze Fristen', 'volle Kassen'];

/**
 * Five-word German sentences in paragraphs of one to five, the same every run. Five words are too few to count as
 * near-duplicates and every word is in the dictionary, so the doubled words are the only flags.
 */
function generateArticle(): string {
  let seed = 7;
  const pick = <T>(list: readonly T[]) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return list[seed % list.length]!;
  };
  const lines: string[] = [];
  let line: string[] = [];
  let size = 1;
  for (let i = 0; i < SENTENCES; i++) {
    const sentence = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}.`;
    line.push(DEFECTS.includes(i) ? sentence.replace(/ (\p{L}+)\.$/u, ' $1$1.') : sentence);
    if (line.length >= size) {
      lines.push(line.join(' '));
      line = [];
      size = pick([1, 2, 3, 4, 5]);
    }
  }
  if (line.length) lines.push(line.join(' '));
  return `${lines.join('\n')}\n`;
}

describe('a 10,000-sentence article in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  const sentence = (index: number) => page.locator(`[data-sentence-index="${index}"]`);
  const sentencesInPage = () => page.locator('[data-sentence-index]').count();
  /** Whether the whole sentence lies inside the window. */
  const isOnScreen = (index: number) =>
    sentence(index).evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= window.innerHeight;
    });
  const flagList = () => page.getByRole('list', { name: 'Flags in the article' });

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(inject('baseUrl'));
    await page.locator('[data-sentence-index]').first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens with only the sentences near the screen in the page', { timeout: 120_000 }, async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'revisor-virtual-')), 'virtual-10k.txt');
    writeFileSync(file, generateArticle());
    await page.getByLabel('Open file…').setInputFiles(file);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'virtual-10k.txt' }).count(), { timeout: 60_000 }).toBe(1);
    await expect.poll(() => isOnScreen(0)).toBe(true);
    expect(await sentencesInPage()).toBeLessThan(MAX_SENTENCES_IN_PAGE);
    await expect.poll(() => flagList().locator('[data-flag-id]').count(), { timeout: 100_000 }).toBe(DEFECTS.length);
    await page.screenshot({ path: join(RESULTS_DIR, 'virtual-open.png') });
  });

  it('steps with n to the flagged sentences thousands of sentences apart', { timeout: 60_000 }, async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (const index of DEFECTS.slice(0, 2)) {
      await page.keyboard.press('n');
      await expect.poll(() => sentence(index).getAttribute('aria-current')).toBe('true');
      await expect.poll(() => isOnScreen(index)).toBe(true);
    }
    expect(await sentence(DEFECTS[0]!).count()).toBe(0);
    expect(await sentencesInPage()).toBeLessThan(MAX_SENTENCES_IN_PAGE);
  });

  it('brings the sentence of a far flag on screen when the flag is clicked in the list', { timeout: 60_000 }, async () => {
    const far = DEFECTS.at(-1)!;
    await flagList().getByRole('button', { name: new RegExp(`Sentence ${(far + 1).toLocaleString('en-US')}:`) }).click();
    await expect.poll(() => sentence(far).getAttribute('aria-current')).toBe('true');
    await expect.poll(() => isOnScreen(far)).toBe(true);
    await page.screenshot({ path: join(RESULTS_DIR, 'virtual-far-flag.png') });
  });

  it('lays the rendered paragraphs out one below the other, without gaps or overlaps', async () => {
    // Scrolling up from a jump measures paragraphs above the view, which must not shift what is on screen.
    await page.mouse.wheel(0, -3_000);
    await page.waitForTimeout(300);
    const boxes = await page.locator('.article-item').evaluateAll((items) =>
      items.map((item) => {
        const rect = item.getBoundingClientRect();
        return { top: Math.round(rect.top), bottom: Math.round(rect.bottom), index: Number(item.getAttribute('data-virtual-index')) };
      }),
    );
    const contiguous = boxes.filter((box, i) => i > 0 && box.index === boxes[i - 1]!.index + 1);
    expect(contiguous.length).toBeGreaterThan(10);
    for (const box of contiguous) {
      const previous = boxes[boxes.indexOf(box) - 1]!;
      expect(Math.abs(box.top - previous.bottom)).toBeLessThanOrEqual(1);
    }
  });

  it('shows the last sentence once scrolled to the bottom', { timeout: 60_000 }, async () => {
    // The page grows or shrinks as paragraphs get measured on the way down, so scroll until it stays at the end.
    await expect
      .poll(async () => {
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await page.waitForTimeout(100);
        return (await sentence(SENTENCES - 1).count()) > 0 && (await isOnScreen(SENTENCES - 1));
      })
      .toBe(true);
    expect(await sentencesInPage()).toBeLessThan(MAX_SENTENCES_IN_PAGE);
    expect(errors).toEqual([]);
  });
});
