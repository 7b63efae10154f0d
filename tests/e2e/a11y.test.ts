// Accessibility in a real browser: axe-core finds no serious or critical violation on the main views, in both languages.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, RESULTS_DIR } from './browser.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeNode {
  target: string[];
  html: string;
  failureSummary?: string;
}

interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: AxeNode[];
}

/** Runs axe on the whole page (WCAG 2.x A/AA and best practices) and returns the serious and critical violations. */
async function seriousViolations(page: Page, view: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations;
  }) as AxeViolation[];
  // Every violation, minor ones included, goes to a file for the reviewer; only serious and critical ones fail.
  const report = violations.map((v) => `${v.impact ?? '?'} ${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}  ${n.html.slice(0, 160)}`).join('\n')}`);
  writeFileSync(join(RESULTS_DIR, `axe-${view}.txt`), report.join('\n\n') + '\n');
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe-core in Chromium)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    await page.goto(inject('baseUrl'));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reports a violation when there is one, so a clean result means something', async () => {
    await page.locator('main').waitFor();
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'axe-canary';
      document.querySelector('main')?.append(input);
    });
    const found = await seriousViolations(page, 'canary');
    await page.evaluate(() => document.getElementById('axe-canary')?.remove());
    expect(found.some((v) => v.includes('label') && v.includes('#axe-canary'))).toBe(true);
  });

  it('finds no serious or critical violation on the seed article with its flags', async () => {
    const list = page.getByRole('list', { name: 'Flags in the article' });
    await expect.poll(() => list.getByRole('listitem').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(6);
    // A selected flag shows its details and suggestions too.
    await list.getByRole('listitem').filter({ hasText: 'Rettungsleinem' }).first().click();
    await expect.poll(() => page.getByRole('main').locator('[aria-current]').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page, 'seed-en')).toEqual([]);
  });

  it('finds no serious or critical violation with the paste dialog open', async () => {
    await page.getByRole('button', { name: 'Paste text…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste text' });
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await seriousViolations(page, 'paste-dialog-en')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('finds no serious or critical violation in the German interface', async () => {
    await page.getByLabel('Interface language').selectOption('de');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('de');
    await expect.poll(() => page.getByRole('list', { name: 'Markierungen im Artikel' }).getByRole('listitem').count()).toBeGreaterThanOrEqual(6);
    expect(await seriousViolations(page, 'seed-de')).toEqual([]);
  });
});
