// Steps the robustness browser tests share: a Chromium whose profile survives a crash, opening and editing articles by keyboard, reading IndexedDB.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

import { CHROMIUM, CHROMIUM_ARGS } from './browser.ts';

export const CONTEXT_OPTIONS = { locale: 'en-US', viewport: { width: 1400, height: 900 }, acceptDownloads: true } as const;

/** The review as the app stores it in IndexedDB (the fields the tests look at). */
export interface StoredReview {
  id: string;
  title: string;
  text: string;
  revision: number;
  schemaVersion: number;
  writerId: string;
  review: {
    edits: Record<string, string>;
    annotations: { sentence: number; quote: string; comment: string; category: string; severity: string }[];
    reviewed: Record<string, true>;
  };
}

export function makeProfileDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'revisor-robust-profile-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A Chromium profile on disk, so IndexedDB outlives a page (or the whole browser). */
export function launchPersistent(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, ...CONTEXT_OPTIONS });
}

/**
 * Chromium started by hand and attached over CDP, so the test holds its process and can SIGKILL it: a browser
 * crash, with no unload handler, no IndexedDB shutdown and no profile clean-up.
 */
export async function launchKillable(userDataDir: string): Promise<{ browser: Browser; process: ChildProcess; kill: () => Promise<void> }> {
  const flags = [...CHROMIUM_ARGS, '--lang=en-US', '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`, 'about:blank'];
  const child = spawn(CHROMIUM, flags, {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not print its DevTools endpoint:\n${output}`)), 30_000);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before it listened:\n${output}`));
    });
  });
  child.stderr.resume();
  const browser = await chromium.connectOverCDP(endpoint);
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // The negative pid would take the whole group; the browser's own pid is enough: its children die with it.
    child.kill('SIGKILL');
    await exited;
  };
  return { browser, process: child, kill };
}

/** The app's heading: the open article's title. */
export const articleHeading = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 });

/** Loads the app and waits until start-up has put an article on screen (the seed on a first visit, else the last review). */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect.poll(() => page.locator('[data-sentence-index]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
}

/** Opens `text` as the file `name` through the header's file input, as a reviewer picking it would. */
export async function openArticleFile(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('Open file…').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
  await expect.poll(() => articleHeading(page).textContent(), { timeout: 30_000 }).toBe(name);
  await expect.poll(() => page.locator('[data-sentence-index]').count()).toBeGreaterThan(0);
}

/** Takes keyboard focus off any control, so the single-key shortcuts reach the page. */
export async function focusPage(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

const currentIndex = (page: Page) =>
  page.evaluate(() => document.querySelector('[data-sentence-index][aria-current]')?.getAttribute('data-sentence-index') ?? null);

/** Moves the current sentence with j/k until it is `index`. */
export async function goToSentence(page: Page, index: number): Promise<void> {
  await focusPage(page);
  for (let step = 0; step < 60; step++) {
    const current = await currentIndex(page);
    if (current === String(index)) return;
    await page.keyboard.press(current !== null && Number(current) > index ? 'k' : 'j');
  }
  throw new Error(`could not move to sentence ${index}`);
}

/** Edits a sentence by keyboard: e opens the editor, its text is replaced, Ctrl+Enter saves. */
export async function editSentence(page: Page, index: number, text: string): Promise<void> {
  await goToSentence(page, index);
  await page.keyboard.press('e');
  const editor = page.locator(`[data-sentence-index="${index}"] textarea`);
  await expect.poll(() => editor.count()).toBe(1);
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => editor.count()).toBe(0);
}

/** The sentence as shown: its current words (struck-out deletions left out) and whether it is marked edited. */
export function shownSentence(page: Page, index: number): Promise<{ text: string; deleted: string; isEdited: boolean }> {
  return page.locator(`[data-sentence-index="${index}"]`).evaluate((item) => {
    const clone = item.cloneNode(true) as HTMLElement;
    const deleted = [...clone.querySelectorAll('del')].map((del) => del.textContent).join(' ');
    for (const node of clone.querySelectorAll('del, button')) node.remove();
    return { text: clone.textContent ?? '', deleted, isEdited: item.querySelector('del, ins') !== null };
  });
}

/**
 * Annotates the first `words` words of a sentence by keyboard: m, Shift+→ per word, Enter, then the form
 * (category typed, severity key 3 = major, comment) submitted with Enter.
 */
export async function annotateSentence(page: Page, index: number, words: number, comment: string): Promise<void> {
  await goToSentence(page, index);
  await page.keyboard.press('m');
  for (let i = 0; i < words; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.count()).toBe(1);
  await page.keyboard.type('Gram');
  await page.keyboard.press('Tab');
  await page.keyboard.press('3');
  await dialog.getByLabel('Comment').focus();
  await page.keyboard.insertText(comment);
  await page.keyboard.press('Enter');
  await expect.poll(() => dialog.count()).toBe(0);
}

/** The Annotations section of the side panel. */
export const annotationsRegion = (page: Page) => page.getByRole('region', { name: 'Annotations' });

/** Every review in the app's IndexedDB, read directly (no app code), as raw records. */
export function readStoredReviews(page: Page): Promise<StoredReview[]> {
  return page.evaluate(
    () =>
      new Promise<StoredReview[]>((resolve, reject) => {
        const open = indexedDB.open('revisor');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('reviews')) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction('reviews', 'readonly').objectStore('reviews').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as StoredReview[]);
          };
          all.onerror = () => reject(all.error ?? new Error('getAll failed'));
        };
      }),
  );
}

/** The stored record of the review titled `title`; fails when there is not exactly one. */
export async function readStoredReview(page: Page, title: string): Promise<StoredReview> {
  const matches = (await readStoredReviews(page)).filter((record) => record.title === title);
  if (matches.length !== 1) throw new Error(`expected one stored review titled ${title}, found ${matches.length}`);
  return matches[0]!;
}

/** Runs `click` and returns the download it starts: the suggested file name and the content. */
export async function downloadFrom(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

/**
 * Makes this page's IndexedDB refuse writes on demand as a full disk does in Chromium: the write transaction aborts
 * with a QuotaExceededError as its error, and nothing of it is stored. Off until setStorageFull(page, true).
 */
export async function installStorageFullSwitch(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const control = { isFull: false };
    Object.defineProperty(window, '__storageFull', { value: control });
    type Put = (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) => IDBRequest<IDBValidKey>;
    const put = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'put')!.value as Put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = put.apply(this, args);
      const tx = this.transaction;
      if (control.isFull && tx.mode === 'readwrite') {
        // Aborted once the request has run, as Chromium aborts at commit, so every write of the transaction is undone.
        request.addEventListener('success', () => {
          Object.defineProperty(tx, 'error', { configurable: true, value: new DOMException('Quota exceeded.', 'QuotaExceededError') });
          try {
            tx.abort();
          } catch {
            // Already aborting.
          }
        });
      }
      return request;
    };
  });
}

export async function setStorageFull(page: Page, isFull: boolean): Promise<void> {
  await page.evaluate((value) => {
    (window as unknown as { __storageFull: { isFull: boolean } }).__storageFull.isFull = value;
  }, isFull);
}

export interface VisibleState {
  heading: string;
  alert: string;
  status: string;
}

/** What the reviewer sees of the review's state: title, alerts and the header's save status (never waits for them). */
export async function visibleState(page: Page): Promise<VisibleState> {
  return {
    heading: (await articleHeading(page).allTextContents()).join(' | '),
    alert: (await page.getByRole('alert').allInnerTexts()).join(' | '),
    status: (await page.getByRole('status', { name: 'Save status' }).allInnerTexts()).join(' | '),
  };
}
