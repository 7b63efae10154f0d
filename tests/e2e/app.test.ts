// The app in a real browser: the seed opens by default, another file opens, the UI language switches.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, RESULTS_DIR } from './browser.ts';

describe('app in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(inject('baseUrl'));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens with the seed article split into numbered sentences', async () => {
    const main = page.getByRole('main');
    await expect.poll(() => main.locator('[data-sentence-index]').count()).toBeGreaterThan(10);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: '000_98b1f44858d35dbe.txt' }).count()).toBe(1);
    // The glued photo credit is its own sentence, so "Moskau und Peking…" starts a new one.
    const texts = await main.locator('[data-sentence-index]').allInnerTexts();
    expect(texts.some((t) => /^\s*\d*\s*\(Alexei Druzhinin, Sputnik, Kremlin Pool Photo via AP\)\s*$/.test(t))).toBe(true);
    expect(texts.some((t) => t.includes('Februar 2022 miteinander.'))).toBe(true);
    expect(await page.getByLabel('Article language').inputValue()).toBe('de');
    await page.screenshot({ path: join(RESULTS_DIR, 'seed-en.png') });
  });

  it('flags the seed article\'s defects, analysed in the worker with the dictionary', async () => {
    const list = page.getByRole('list', { name: 'Flags in the article' });
    await expect.poll(() => list.getByRole('listitem').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(6);
    const items = (await list.getByRole('listitem').allInnerTexts()).join('\n');
    for (const check of ['Near-duplicate sentence', 'Garbled word', 'Missing space', 'Untranslated text', 'Repeated phrase', 'Site boilerplate']) {
      expect(items).toContain(check);
    }
    expect(items).toContain('Rettungsleinem');
    // Selecting the garbled word asks the worker's dictionary for spellings on demand.
    await list.getByRole('listitem').filter({ hasText: 'Rettungsleinem' }).first().click();
    await expect.poll(() => page.getByRole('main').locator('[aria-current]').innerText()).toContain('Rettungsleinem');
    await expect.poll(() => page.getByText('Rettungsleine', { exact: true }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: join(RESULTS_DIR, 'seed-flags-en.png') });
  });

  it('opens another file chosen in the file picker', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'revisor-e2e-'));
    const file = join(dir, 'second-article.txt');
    writeFileSync(file, 'The first sentence is here. Dr. Smith arrived at 5 p.m. on Friday.\nA second paragraph follows.\n');
    await page.getByLabel('Open file…').setInputFiles(file);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'second-article.txt' }).count()).toBe(1);
    const texts = await page.getByRole('main').locator('[data-sentence-index]').allInnerTexts();
    expect(texts.map((t) => t.replace(/^\s*\d+\s*/, '').trim())).toEqual([
      'The first sentence is here.',
      'Dr. Smith arrived at 5 p.m. on Friday.',
      'A second paragraph follows.',
    ]);
    expect(await page.getByLabel('Article language').inputValue()).toBe('en');
  });

  it('refuses an empty file with a message and keeps the article', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'revisor-e2e-'));
    const file = join(dir, 'empty.txt');
    writeFileSync(file, '');
    await page.getByLabel('Open file…').setInputFiles(file);
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('empty');
    expect(await page.getByRole('heading', { level: 2, name: 'second-article.txt' }).count()).toBe(1);
  });

  it('switches the interface to German', async () => {
    await page.getByLabel('Interface language').selectOption('de');
    await expect.poll(() => page.getByLabel('Sprache der Oberfläche').count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await page.screenshot({ path: join(RESULTS_DIR, 'second-article-de.png') });
    expect(errors).toEqual([]);
  });
});
