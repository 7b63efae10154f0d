// Robustness in a real Chromium: a crash loses at most the last second, full storage, two tabs, an old saved review, hostile text.
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { parseMqmTsv } from '../../src/core/index.ts';
import { parseProject } from '../../src/core/project/project-json.ts';
import { launchBrowser } from './browser.ts';
import {
  annotateSentence,
  annotationsRegion,
  articleHeading,
  CONTEXT_OPTIONS,
  downloadFrom,
  editSentence,
  goToSentence,
  installStorageFullSwitch,
  launchKillable,
  launchPersistent,
  makeProfileDir,
  openApp,
  openArticleFile,
  readStoredReview,
  setStorageFull,
  shownSentence,
  visibleState,
  type VisibleState,
} from './robustness-helpers.ts';

const ARTICLE_NAME = 'storm-report.txt';
const LINES = [
  'Storms hit the northern coast on Monday night.',
  'The mayor said the damage to the harbour was severe.',
  'Schools in the region will stay closed until Friday.',
  'Officials expect the coastal roads to reopen next week.',
  'Residents were asked to avoid the beaches.',
];
const ARTICLE = `${LINES.join('\n')}\n`;

/** What autosave promises: a change is stored within a second. The tests wait this long before a crash. */
const AUTOSAVE_PROMISE_MS = 1100;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The sentence shows `showing` among its current words, and is (or is not) marked edited. */
async function expectSentence(page: Page, index: number, expected: { isEdited: boolean; showing: string }): Promise<void> {
  const shown = await shownSentence(page, index);
  expect(shown.text).toContain(expected.showing);
  expect(shown.isEdited).toBe(expected.isEdited);
}

/** Edits, an annotation and a reviewed mark: the work that must survive. */
async function doSurvivingWork(page: Page): Promise<void> {
  await editSentence(page, 0, 'Storms hit the northern coast late on Monday.');
  await annotateSentence(page, 1, 2, 'Register too informal');
  await goToSentence(page, 2);
  await page.keyboard.press('r');
  await expect.poll(() => page.getByText('Reviewed 1 of 5 sentences').count()).toBe(1);
}

/** The reopened review has all of doSurvivingWork, and sentence 3 is either untouched or has the last edit whole. */
async function expectSurvivingWork(page: Page, lastEdit: string): Promise<void> {
  await expect.poll(() => articleHeading(page).textContent(), { timeout: 30_000 }).toBe(ARTICLE_NAME);
  await expectSentence(page, 0, { isEdited: true, showing: 'late on Monday.' });
  await expect.poll(() => annotationsRegion(page).innerText()).toContain('Register too informal');
  expect(await page.getByText('Reviewed 1 of 5 sentences').count()).toBe(1);
  const last = await shownSentence(page, 3);
  expect([LINES[3], lastEdit].some((text) => last.text.includes(text!))).toBe(true);
  // Not damaged: no storage problem reported, and the review can still be changed and saved.
  expect(await page.getByRole('alert').count()).toBe(0);
  await editSentence(page, 4, 'Residents were told to avoid the beaches.');
  await expect.poll(async () => (await readStoredReview(page, ARTICLE_NAME)).review.edits[4]).toBe('Residents were told to avoid the beaches.');
}

describe('crash recovery', () => {
  it('keeps everything done a second before the renderer crashed', async () => {
    const profile = makeProfileDir();
    cleanups.push(profile.remove);
    const context: BrowserContext = await launchPersistent(profile.dir);
    cleanups.push(() => context.close());
    const page = context.pages()[0] ?? (await context.newPage());
    await openApp(page, inject('baseUrl'));
    await openArticleFile(page, ARTICLE_NAME, ARTICLE);
    await doSurvivingWork(page);
    await page.waitForTimeout(AUTOSAVE_PROMISE_MS);

    const cdp = await context.newCDPSession(page);
    const lastEdit = 'Officials expect the roads to reopen within days.';
    await editSentence(page, 3, lastEdit);
    // Page.crash kills the renderer: no pagehide, no visibilitychange, no flush.
    const crashed = page.waitForEvent('crash');
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    await page.close();

    const reopened = await context.newPage();
    await openApp(reopened, inject('baseUrl'));
    await expectSurvivingWork(reopened, lastEdit);
  });

  it('keeps everything done a second before the browser process was killed', async () => {
    const profile = makeProfileDir();
    cleanups.push(profile.remove);
    const killable = await launchKillable(profile.dir);
    cleanups.push(killable.kill);
    const context = killable.browser.contexts()[0]!;
    const page = await context.newPage();
    await openApp(page, inject('baseUrl'));
    await openArticleFile(page, ARTICLE_NAME, ARTICLE);
    await doSurvivingWork(page);
    await page.waitForTimeout(AUTOSAVE_PROMISE_MS);

    const lastEdit = 'Officials expect the roads to reopen within days.';
    await editSentence(page, 3, lastEdit);
    await killable.kill();

    const relaunched = await launchPersistent(profile.dir);
    cleanups.push(() => relaunched.close());
    const reopened = relaunched.pages()[0] ?? (await relaunched.newPage());
    await openApp(reopened, inject('baseUrl'));
    await expectSurvivingWork(reopened, lastEdit);
  });
});

/** A fresh browser with one context (its own IndexedDB), closed after the test. */
async function newContext(): Promise<BrowserContext> {
  const browser = await launchBrowser();
  cleanups.push(() => browser.close());
  return browser.newContext(CONTEXT_OPTIONS);
}

describe('storage full', () => {
  it('tells the reviewer, exports the latest state at once, and keeps the record saved before', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await installStorageFullSwitch(page);
    await openApp(page, inject('baseUrl'));
    await openArticleFile(page, ARTICLE_NAME, ARTICLE);
    const early = 'Storms hit the northern coast late on Monday.';
    await editSentence(page, 0, early);
    await expect.poll(async () => (await readStoredReview(page, ARTICLE_NAME)).review.edits[0]).toBe(early);
    const before = await readStoredReview(page, ARTICLE_NAME);

    await setStorageFull(page, true);
    const late = 'The mayor called the damage to the harbour severe.';
    await editSentence(page, 1, late);
    await annotateSentence(page, 2, 2, 'Added while the disk was full');
    const alert = page.getByRole('alert');
    await expect
      .poll(() => visibleState(page), { timeout: 10_000 })
      .toSatisfy((state: VisibleState) => state.alert.includes('the browser storage is full') && state.status.includes('Not saved'));

    const exported = await downloadFrom(page, () => alert.getByRole('button', { name: 'Export now' }).click());
    expect(exported.name).toBe('storm-report.review.json');
    // Read as the app reads a project it opens: the export is whole and valid, not just JSON.
    const project = parseProject(exported.text);
    expect(project).toMatchObject({ title: ARTICLE_NAME, file: { original: ARTICLE } });
    expect(project.review.edits).toEqual({ 0: early, 1: late });
    expect(project.review.annotations.map((a) => a.comment)).toEqual(['Added while the disk was full']);
    // Nothing of the failed writes reached the disk: the stored record is the one saved before, whole.
    expect(await readStoredReview(page, ARTICLE_NAME)).toEqual(before);

    await page.close();
    const reopened = await context.newPage();
    await openApp(reopened, inject('baseUrl'));
    await expect.poll(() => articleHeading(reopened).textContent()).toBe(ARTICLE_NAME);
    await expectSentence(reopened, 0, { isEdited: true, showing: 'late on Monday.' });
    await expectSentence(reopened, 1, { isEdited: false, showing: LINES[1]! });
    expect(await annotationsRegion(reopened).innerText()).not.toContain('Added while the disk was full');
    expect(await reopened.getByRole('alert').count()).toBe(0);
  });
});

/**
 * In a read-only tab the review shortcuts change nothing, and neither the sentence editor nor the annotation form
 * opens, so nothing the reviewer types there is silently dropped.
 */
async function expectNothingChangeable(page: Page, sentence: number): Promise<void> {
  await goToSentence(page, sentence);
  await page.keyboard.press('e');
  expect(await page.locator('textarea').count()).toBe(0);
  await goToSentence(page, sentence);
  await page.keyboard.press('m');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Enter');
  expect(await page.getByRole('dialog').count()).toBe(0);
  await page.keyboard.press('Escape');
  await goToSentence(page, sentence);
  for (const key of ['r', 'a', 'd', 's', 'Control+z']) await page.keyboard.press(key);
}

/** The first tab on the test article, with one edit saved: the review a second tab then finds. */
async function firstTabWithSavedEdit(context: BrowserContext): Promise<{ first: Page; a1: string }> {
  const first = await context.newPage();
  await openApp(first, inject('baseUrl'));
  await openArticleFile(first, ARTICLE_NAME, ARTICLE);
  const a1 = 'Storms hit the northern coast late on Monday.';
  await editSentence(first, 0, a1);
  await expect.poll(async () => (await readStoredReview(first, ARTICLE_NAME)).review.edits[0]).toBe(a1);
  return { first, a1 };
}

describe('two tabs on one review', () => {
  it('asks the second tab, keeps it read-only, and hands over on take-over without losing either tab’s work', async () => {
    const context = await newContext();
    const { first, a1 } = await firstTabWithSavedEdit(context);

    // The second tab reopens the last review, which the first tab holds.
    const second = await context.newPage();
    await second.goto(inject('baseUrl'));
    const secondAlert = second.getByRole('alert');
    await expect
      .poll(() => visibleState(second), { timeout: 30_000 })
      .toSatisfy((state: VisibleState) => state.heading === ARTICLE_NAME && state.alert.includes('This review is open in another tab'));
    await secondAlert.getByRole('button', { name: 'Read-only' }).click();
    await expect.poll(async () => (await visibleState(second)).alert).toContain('Read-only: this review is open in another tab.');

    // Read-only: the review shortcuts change nothing.
    await expectNothingChangeable(second, 1);
    await expectSentence(second, 1, { isEdited: false, showing: LINES[1]! });
    await expectSentence(second, 0, { isEdited: true, showing: 'late on Monday.' });
    expect(await second.getByText('Reviewed 0 of 5 sentences').count()).toBe(1);

    // The first tab goes on; the read-only tab never writes over it.
    const a2 = 'The mayor called the damage to the harbour severe.';
    await editSentence(first, 1, a2);
    await expect.poll(async () => (await readStoredReview(first, ARTICLE_NAME)).review.edits[1]).toBe(a2);
    const firstWriter = (await readStoredReview(first, ARTICLE_NAME)).writerId;

    // Taken over right after a change, likely before its autosave: the hand-over flushes it first.
    const a3 = 'Schools in the region stay closed until Friday.';
    await editSentence(first, 2, a3);
    await secondAlert.getByRole('button', { name: 'Take over' }).click();
    await expect.poll(async () => (await visibleState(first)).alert, { timeout: 10_000 }).toContain('Another tab took this review over');
    await expect.poll(() => secondAlert.count()).toBe(0);
    await expect.poll(async () => (await shownSentence(second, 2)).text).toContain('stay closed until Friday.');
    expect((await shownSentence(second, 1)).text).toContain(a2);

    const b1 = 'Officials expect the roads to reopen within days.';
    await editSentence(second, 3, b1);
    await expect.poll(async () => (await readStoredReview(second, ARTICLE_NAME)).review.edits[3]).toBe(b1);

    // The first tab is read-only now.
    await expectNothingChangeable(first, 4);
    expect(await shownSentence(first, 4)).toMatchObject({ isEdited: false });

    const stored = await readStoredReview(second, ARTICLE_NAME);
    expect(stored.review.edits).toEqual({ 0: a1, 1: a2, 2: a3, 3: b1 });
    expect(stored.review.reviewed).toEqual({});
    expect(stored.writerId).not.toBe(firstWriter);
  });

  it('tells the second tab even while the first is too busy to answer, and hands over once it can', async () => {
    const context = await newContext();
    const { first, a1 } = await firstTabWithSavedEdit(context);

    // The first tab's script stops at its next statement (the second tab's claim), as a page stuck in a long task would.
    const debug = await context.newCDPSession(first);
    await debug.send('Debugger.enable');
    await debug.send('Debugger.pause');
    const second = await context.newPage();
    await second.goto(inject('baseUrl'));
    await expect
      .poll(() => visibleState(second), { timeout: 30_000 })
      .toSatisfy((state: VisibleState) => state.heading === ARTICLE_NAME && state.alert.includes('This review is open in another tab'));

    await debug.send('Debugger.resume');
    await second.getByRole('alert').getByRole('button', { name: 'Take over' }).click();
    await expect.poll(async () => (await visibleState(first)).alert, { timeout: 10_000 }).toContain('Another tab took this review over');
    const b1 = 'The mayor called the damage to the harbour severe.';
    await expect.poll(async () => (await visibleState(second)).alert).toBe('');
    await editSentence(second, 1, b1);
    await expect.poll(async () => (await readStoredReview(second, ARTICLE_NAME)).review.edits).toEqual({ 0: a1, 1: b1 });
  });
});

describe('an older saved review', () => {
  it('opens a review saved by version 1 of the database, migrated, and saves it in the current shape', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const baseUrl = inject('baseUrl');
    // A blank page of the app's origin (its IndexedDB) where the app does not run, to write the old database.
    const blankUrl = new URL('/__robustness-blank', baseUrl).href;
    await page.route(blankUrl, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
    await page.goto(blankUrl);
    const at = '2024-11-05T08:00:00.000Z';
    // The prototype's record: `article` and `savedAt`, no schemaVersion, revision, writer or title.
    const legacy = {
      id: 'legacy-storm',
      lang: 'en',
      article: ARTICLE,
      savedAt: at,
      review: {
        edits: { 0: 'Storms hit the northern coast late on Monday.' },
        annotations: [
          {
            id: 'a-legacy-1',
            sentence: 1,
            start: 0,
            end: 9,
            quote: 'The mayor',
            category: 'Accuracy/Mistranslation',
            severity: 'major',
            comment: 'Saved by the old version',
            correction: '',
            origin: { kind: 'manual' },
            stale: false,
            createdAt: at,
            updatedAt: at,
          },
        ],
        decisions: {},
        reviewed: { 2: true },
        settings: {
          weights: { neutral: 0, minor: 1, major: 5, critical: 25, minorPunctuation: 0.1, nonTranslation: 25 },
          passThreshold: 90,
          mutedChecks: [],
        },
      },
    };
    await page.evaluate(
      (record) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('revisor', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('reviews', { keyPath: 'id' }).put(record);
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
          open.onerror = () => reject(open.error ?? new Error('open failed'));
        }),
      legacy,
    );

    await openApp(page, baseUrl);
    // The title the migration gives a record without one: the article's first line.
    await expect.poll(() => articleHeading(page).textContent()).toBe(LINES[0]);
    await expectSentence(page, 0, { isEdited: true, showing: 'late on Monday.' });
    await expect.poll(() => annotationsRegion(page).innerText()).toContain('Saved by the old version');
    expect(await page.getByText('Reviewed 1 of 5 sentences').count()).toBe(1);
    expect(await page.getByRole('alert').count()).toBe(0);
    // The old review is the only one: the seed article did not open over it.
    expect(await page.getByRole('button', { name: 'Reviews (1)' }).count()).toBe(1);

    await editSentence(page, 3, 'Officials expect the roads to reopen within days.');
    await expect.poll(async () => (await readStoredReview(page, LINES[0]!)).revision).toBe(2);
    const stored = await readStoredReview(page, LINES[0]!);
    expect(stored).toMatchObject({ id: 'legacy-storm', text: ARTICLE, schemaVersion: 1, createdAt: at });
    expect(stored).not.toHaveProperty('article');
    expect(stored.review.edits).toEqual({ 0: 'Storms hit the northern coast late on Monday.', 3: 'Officials expect the roads to reopen within days.' });
    expect(stored.review.annotations.map((a) => a.comment)).toEqual(['Saved by the old version']);
    expect(await page.evaluate(async () => (await indexedDB.databases()).find((db) => db.name === 'revisor')?.version)).toBe(2);

    // A reload is the same tab coming back, not a second one: no question, and the review stays editable.
    await page.reload();
    await expect.poll(() => articleHeading(page).textContent(), { timeout: 30_000 }).toBe(LINES[0]);
    await expectSentence(page, 3, { isEdited: true, showing: 'within days.' });
    await editSentence(page, 4, 'Residents were told to avoid the beaches.');
    await expect.poll(async () => (await readStoredReview(page, LINES[0]!)).revision).toBe(3);
    expect((await visibleState(page)).alert).toBe('');
  });
});

describe('untrusted text', () => {
  const FILE_NAME = '<img src=x onerror=window.__pwned=1>.txt';
  const HOSTILE_LINES = [
    'Officials met on Monday <script>window.__pwned=1</script> in the capital.',
    'The photo <img src=x onerror="window.__pwned=1"> showed the harbour.',
    'Critics called it <b onmouseover="window.__pwned=1">a disaster</b> & "more" than that.',
    'A link <a href="javascript:window.__pwned=1">here</a> and <svg onload=window.__pwned=1> too.',
  ];
  const HOSTILE = `${HOSTILE_LINES.join('\n')}\n`;
  const EDITED = 'The photo <iframe srcdoc="<script>parent.__pwned=1</script>"></iframe> showed the harbour.';
  const COMMENT = 'See <img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>, "quoted", & more';

  /** Elements and attributes that only the hostile text could have brought into the page. */
  const injectedMarkup = (page: Page) =>
    page.evaluate(() => ({
      scripts: document.querySelectorAll('#root script, #root iframe, #root img[src="x"]').length,
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      scriptLinks: document.querySelectorAll('a[href^="javascript:"]').length,
      bold: [...document.querySelectorAll('#root b')].filter((el) => el.textContent === 'a disaster').length,
    }));

  it('shows hostile text and file names as text, runs none of it, and exports it verbatim', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await installStorageFullSwitch(page);
    await openApp(page, inject('baseUrl'));
    await openArticleFile(page, FILE_NAME, HOSTILE);
    await editSentence(page, 1, EDITED);
    await annotateSentence(page, 2, 4, COMMENT);
    await expect.poll(() => annotationsRegion(page).innerText()).toContain(COMMENT);

    // Hover and click over everything shown, in case some handler made it in after all.
    const main = page.getByRole('main');
    const box = await main.boundingBox();
    for (let y = 0; box && y < Math.min(box.height, 900); y += 15) await page.mouse.move(box.x + box.width / 2, box.y + y);
    await page.getByRole('button', { name: /^Reviews/ }).click();
    const savedList = page.getByRole('region', { name: 'Saved reviews' });
    await expect.poll(() => savedList.innerText()).toContain(FILE_NAME);

    expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
    expect(await injectedMarkup(page)).toEqual({ scripts: 0, handlers: 0, scriptLinks: 0, bold: 0 });
    expect(await articleHeading(page).textContent()).toBe(FILE_NAME);
    expect(await page.title()).toContain(FILE_NAME);
    for (const index of [0, 2, 3]) await expectSentence(page, index, { isEdited: false, showing: HOSTILE_LINES[index]! });
    await expectSentence(page, 1, { isEdited: true, showing: EDITED });

    const exportGroup = page.getByRole('group', { name: 'Export' });
    const exportFile = (name: string) => downloadFrom(page, () => exportGroup.getByRole('button', { name, exact: true }).click());
    const corrected = HOSTILE.replace(HOSTILE_LINES[1]!, EDITED);

    expect((await exportFile('Corrected text')).text).toBe(corrected);

    const json = JSON.parse((await exportFile('Annotations (JSON)')).text) as { annotations: { comment: string; text: string }[] };
    expect(json.annotations.map((a) => a.comment)).toEqual([COMMENT]);
    expect(HOSTILE_LINES[2]!.startsWith(json.annotations[0]!.text)).toBe(true);
    expect(json.annotations[0]!.text).toContain('<b');

    // RFC 4180: the field is quoted and its quotes doubled, the markup itself untouched.
    expect((await exportFile('Annotations (CSV)')).text).toContain(`"${COMMENT.replaceAll('"', '""')}"`);

    // One row per sentence, the annotated span marked with <v>…</v>; read back, every target is the text exactly.
    const mqm = parseMqmTsv((await exportFile('MQM TSV')).text);
    expect(mqm.map((row) => row.target)).toEqual(corrected.trimEnd().split('\n'));
    expect(mqm.filter((row) => row.span).map((row) => [row.target, row.span?.start])).toEqual([[HOSTILE_LINES[2], 0]]);

    const diff = (await exportFile('Diff (unified)')).text;
    expect(diff).toContain(`-${HOSTILE_LINES[1]}\n`);
    expect(diff).toContain(`+${EDITED}\n`);

    const project = parseProject((await exportFile('Project (JSON)')).text);
    expect(project).toMatchObject({ title: FILE_NAME, file: { original: HOSTILE } });
    expect(project.review.edits).toEqual({ 1: EDITED });
    expect(project.review.annotations.map((a) => a.comment)).toEqual([COMMENT]);

    // The way out when storage fails writes the same project.
    await setStorageFull(page, true);
    await goToSentence(page, 0);
    await page.keyboard.press('r');
    const alert = page.getByRole('alert');
    await expect.poll(async () => (await visibleState(page)).alert, { timeout: 10_000 }).toContain('the browser storage is full');
    const rescued = parseProject((await downloadFrom(page, () => alert.getByRole('button', { name: 'Export now' }).click())).text);
    expect(rescued).toMatchObject({ title: FILE_NAME, file: { original: HOSTILE } });
    expect(rescued.review.annotations.map((a) => a.comment)).toEqual([COMMENT]);

    // The HTML report is a page of its own: opened with JavaScript on, nothing from the text runs or becomes markup.
    const report = (await exportFile('HTML report')).text;
    const reportPage = await context.newPage();
    await reportPage.setContent(report);
    const shown = await reportPage.evaluate(() => ({
      pwned: '__pwned' in window,
      elements: document.querySelectorAll('script, iframe, img, svg, a[href^="javascript:"], b').length,
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      text: document.body.textContent ?? '',
    }));
    expect(shown).toMatchObject({ pwned: false, elements: 0, handlers: 0 });
    for (const literal of [HOSTILE_LINES[0]!, HOSTILE_LINES[3]!, EDITED, COMMENT, FILE_NAME]) expect(shown.text).toContain(literal);
    await reportPage.close();

    expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
    expect(await injectedMarkup(page)).toEqual({ scripts: 0, handlers: 0, scriptLinks: 0, bold: 0 });
  });
});
