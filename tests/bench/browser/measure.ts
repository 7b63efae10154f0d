// One article through the app in a fresh browser context: open it, wait for its flags, scroll it, type into a sentence, read the heap.
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { BenchArticle } from './article.ts';
import { installProbes, NAME_SHIM, type ScrollResult, type TimedEntry } from './probes.ts';
import { SELECTORS, sentenceWithIndex } from './selectors.ts';

export interface ArticleResult {
  article: BenchArticle;
  /** Navigation start to the seed sample's flags: loading the app, starting the worker, loading the dictionary. */
  startupMs?: number;
  firstSentenceMs?: number;
  flagsMs?: number;
  flagTotal?: string;
  longestOpeningTask?: number;
  longestAnalysisTask?: number;
  analysisTasksOver100?: number;
  heapAfterAnalysis?: number;
  scroll?: ScrollResult;
  heapAfterScroll?: number;
  openEditorMs?: number;
  keyLatencies?: number[];
  /** Slowest key event (keydown, input, keyup…) as the Event Timing API saw it; 0 when all stayed under its 16 ms threshold. */
  slowestKeyEvent?: number;
  /** Longest main-thread task in the two seconds after committing the edit: its re-check and the autosave. */
  longestCommitTask?: number;
  heapAfterGc?: number;
  /** What went wrong, by step; the steps after a failure are skipped. */
  failures: string[];
  pageErrors: string[];
}

export interface MeasureOptions {
  baseUrl: string;
  /** Path of the file holding the article's text, named as the article. */
  file: string;
  openTimeoutMs: number;
  flagsTimeoutMs: number;
  maxScrollSteps: number;
  maxScrollMs: number;
  log: (message: string) => void;
}

const TYPED = 'Testeingabe im Satz.';
/** Autosave writes within a second of a change; its work should not land in the scroll frames. */
const SETTLE_MS = 2000;

async function jsHeapUsed(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

function longest(tasks: TimedEntry[], from: number, to: number): TimedEntry[] {
  return tasks.filter((task) => task.start >= from && task.start < to).sort((a, b) => b.duration - a.duration);
}

/** Text of the page's alerts, to say why a wait ran out. */
async function alerts(page: Page): Promise<string> {
  const texts = await page.getByRole('alert').allInnerTexts().catch(() => []);
  return texts.length ? ` (page says: ${texts.join(' | ')})` : '';
}

export async function measureArticle(browser: Browser, article: BenchArticle, options: MeasureOptions): Promise<ArticleResult> {
  const result: ArticleResult = { article, failures: [], pageErrors: [] };
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
  try {
    await context.addInitScript({ content: NAME_SHIM });
    await context.addInitScript(installProbes, SELECTORS);
    const page = await context.newPage();
    page.on('pageerror', (error) => result.pageErrors.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const { log } = options;

    // The app opens the seed sample on a first visit; the article is opened once that is analysed, as a reviewer would.
    await page.goto(options.baseUrl);
    await page.waitForSelector(SELECTORS.flagTotal, { timeout: 60_000 });
    result.startupMs = await page.evaluate(() => performance.now());

    log(`${article.name}: opening`);
    await page.evaluate((title) => window.__bench.watchOpen(title), article.name);
    await page.getByLabel(SELECTORS.openFileLabel, { exact: true }).setInputFiles(options.file);
    try {
      await page.waitForFunction(() => window.__bench.marks.firstSentence !== undefined, null, {
        timeout: options.openTimeoutMs,
        polling: 250,
      });
    } catch {
      result.failures.push(`no sentence of ${article.name} on screen within ${options.openTimeoutMs / 1000} s${await alerts(page)}`);
      return result;
    }
    let marks = await page.evaluate(() => window.__bench.marks);
    result.firstSentenceMs = marks.firstSentence! - marks.change!;
    log(`${article.name}: first sentences after ${Math.round(result.firstSentenceMs)} ms; waiting for flags`);

    try {
      await page.waitForFunction(
        () => window.__bench.marks.flags !== undefined || window.__bench.marks.flagsFailed !== undefined,
        null,
        { timeout: options.flagsTimeoutMs, polling: 250 },
      );
    } catch {
      result.failures.push(`flags of ${article.name} not shown within ${options.flagsTimeoutMs / 1000} s${await alerts(page)}`);
      return result;
    }
    marks = await page.evaluate(() => window.__bench.marks);
    if (marks.flagsFailed !== undefined) {
      result.failures.push(`analysis failed${await alerts(page)}`);
      return result;
    }
    result.flagsMs = marks.flags! - marks.change!;
    result.flagTotal = (await page.locator(SELECTORS.flagTotal).innerText()).replace(/^\D+/, '');
    const tasks = await page.evaluate(() => window.__bench.longTasks);
    result.longestOpeningTask = longest(tasks, marks.change!, marks.firstSentence!)[0]?.duration ?? 0;
    const analysisTasks = longest(tasks, marks.firstSentence!, marks.flags!);
    result.longestAnalysisTask = analysisTasks[0]?.duration ?? 0;
    result.analysisTasksOver100 = analysisTasks.filter((task) => task.duration > 100).length;
    log(`${article.name}: ${result.flagTotal} flags after ${Math.round(result.flagsMs)} ms`);

    await page.waitForTimeout(SETTLE_MS);
    result.heapAfterAnalysis = await jsHeapUsed(cdp);

    log(`${article.name}: scrolling`);
    result.scroll = await page.evaluate(
      ([steps, maxMs]) => window.__bench.scrollThrough(steps, maxMs),
      [options.maxScrollSteps, options.maxScrollMs] as const,
    );
    log(`${article.name}: scrolled ${result.scroll.frames.length} frames; reading the heap`);
    result.heapAfterScroll = await jsHeapUsed(cdp);
    log(`${article.name}: finding a sentence in the middle`);

    const index = await page.evaluate(() => window.__bench.middleSentence());
    if (index === null) {
      result.failures.push('no sentence on screen to edit');
      return result;
    }
    log(`${article.name}: opening the editor on sentence ${index + 1}`);
    await page.locator(`${sentenceWithIndex(index)} ${SELECTORS.sentenceNumber}`).click();
    // Focus back on the page itself, not a control, so the single-key shortcut opens the editor.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.evaluate(() => window.__bench.watchKeys());
    await page.keyboard.press('e');
    await page.waitForFunction((selector) => document.activeElement?.matches(selector) === true, SELECTORS.editorTextarea, {
      timeout: 30_000,
    });
    await page.waitForFunction(() => window.__bench.keyLatencies.length >= 1);
    const typingStart = await page.evaluate(() => performance.now());
    log(`${article.name}: typing ${TYPED.length} characters`);
    for (let i = 0; i < TYPED.length; i++) {
      await page.keyboard.press(TYPED[i]!);
      await page.waitForFunction((count) => window.__bench.keyLatencies.length >= count, i + 2);
      // A short gap, so each key gets frames of its own as a person's typing would.
      await page.waitForTimeout(30);
    }
    const typed = await page.locator(SELECTORS.editorTextarea).inputValue();
    if (!typed.endsWith(TYPED)) result.failures.push(`the editor holds "${typed.slice(-40)}", not the typed text`);
    const [openLatency, ...keyLatencies] = await page.evaluate(() => window.__bench.keyLatencies);
    result.openEditorMs = openLatency;
    result.keyLatencies = keyLatencies;
    const events = await page.evaluate(() => window.__bench.events);
    const keyEvents = events.filter((event) => event.start >= typingStart);
    result.slowestKeyEvent = Math.max(0, ...keyEvents.map((event) => event.duration));

    log(`${article.name}: committing the edit (re-check, autosave)`);
    const committedAt = await page.evaluate(() => performance.now());
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector(SELECTORS.editorTextarea, { state: 'detached', timeout: 30_000 });
    await page.waitForTimeout(SETTLE_MS);
    const afterCommit = await page.evaluate(() => window.__bench.longTasks);
    result.longestCommitTask = longest(afterCommit, committedAt, committedAt + SETTLE_MS)[0]?.duration ?? 0;

    log(`${article.name}: collecting garbage`);
    await cdp.send('HeapProfiler.collectGarbage');
    result.heapAfterGc = await jsHeapUsed(cdp);
    return result;
  } catch (error) {
    result.failures.push(error instanceof Error ? error.message.split('\n')[0]! : String(error));
    return result;
  } finally {
    options.log(`${article.name}: closing`);
    await context.close();
  }
}
