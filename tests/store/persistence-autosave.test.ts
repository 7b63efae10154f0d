// Autosave: writes within a second under continuous typing, flushes at once, one write in flight, typed errors as status.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import {
  ConflictError,
  createAutosaver,
  createReviewWriter,
  flushOnPageHide,
  openReviewDb,
  QuotaError,
} from '../../src/store/persistence/index.ts';
import type { AutosaveStatus } from '../../src/store/persistence/index.ts';

/** A save whose writes finish only when the test says so, recording what was written. */
function controlledSave() {
  const written: string[] = [];
  const waiting: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const save = (snapshot: string) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    return new Promise<void>((resolve, reject) => {
      waiting.push({
        resolve: () => {
          inFlight -= 1;
          written.push(snapshot);
          resolve();
        },
        reject: (error) => {
          inFlight -= 1;
          reject(error);
        },
      });
    });
  };
  return {
    save,
    written,
    get started() {
      return waiting.length;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    finish: async (index: number) => {
      waiting[index]!.resolve();
      await vi.advanceTimersByTimeAsync(0);
    },
    fail: async (index: number, error: Error) => {
      waiting[index]!.reject(error);
      await vi.advanceTimersByTimeAsync(0);
    },
  };
}

describe('createAutosaver', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes once, the latest state, after a pause in typing', async () => {
    const store = controlledSave();
    const autosaver = createAutosaver({ save: store.save, delayMs: 500 });
    autosaver.change('H');
    autosaver.change('Ha');
    autosaver.change('Hal');
    await vi.advanceTimersByTimeAsync(499);
    expect(store.started).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    await store.finish(0);
    expect(store.written).toEqual(['Hal']);
  });

  it('writes within a second of the first change while the reviewer keeps typing', async () => {
    const store = controlledSave();
    const autosaver = createAutosaver({ save: store.save, delayMs: 500, maxDelayMs: 1000 });
    // A key every 100 ms never leaves the 500 ms pause the debounce waits for.
    for (let key = 1; key <= 10; key += 1) {
      autosaver.change(`text ${key}`);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(store.started).toBe(1);
    await store.finish(0);
    expect(store.written).toEqual(['text 10']);
    expect(autosaver.hasUnsavedChanges).toBe(false);
  });

  it('keeps writing at least every second during long continuous typing', async () => {
    const store = controlledSave();
    const autosaver = createAutosaver({ save: store.save, delayMs: 500, maxDelayMs: 1000 });
    for (let key = 1; key <= 30; key += 1) {
      autosaver.change(`k${key}`);
      await vi.advanceTimersByTimeAsync(100);
      if (store.started > store.written.length) await store.finish(store.started - 1);
    }
    // 3 s of typing: the deadline fired at 1 s, 2 s and 3 s.
    expect(store.written).toEqual(['k10', 'k20', 'k30']);
  });

  it('writes at once on flush, without waiting for the timers', async () => {
    const store = controlledSave();
    const autosaver = createAutosaver({ save: store.save });
    autosaver.change('typed just before closing');
    const flushed = autosaver.flush();
    expect(store.started).toBe(1);
    await store.finish(0);
    await flushed;
    expect(store.written).toEqual(['typed just before closing']);
    await vi.advanceTimersByTimeAsync(2000);
    expect(store.started).toBe(1);
  });

  it('never has two writes in flight and writes the latest state after the current one', async () => {
    const store = controlledSave();
    const statuses: AutosaveStatus['kind'][] = [];
    const autosaver = createAutosaver({ save: store.save, onStatus: (status) => statuses.push(status.kind) });
    autosaver.change('v1');
    void autosaver.flush();
    autosaver.change('v2');
    autosaver.change('v3');
    const flushed = autosaver.flush();
    await vi.advanceTimersByTimeAsync(2000);
    expect(store.started).toBe(1);

    await store.finish(0);
    expect(store.started).toBe(2);
    await store.finish(1);
    await flushed;

    expect(store.maxInFlight).toBe(1);
    expect(store.written).toEqual(['v1', 'v3']);
    expect(statuses.at(-1)).toBe('saved');
    expect(statuses).toContain('saving');
  });

  it('reports a full disk as an error status, keeps the change and retries it on the next flush', async () => {
    const store = controlledSave();
    const statuses: AutosaveStatus[] = [];
    const autosaver = createAutosaver({ save: store.save, onStatus: (status) => statuses.push(status) });
    autosaver.change('important edit');
    void autosaver.flush();
    await store.fail(0, new QuotaError());

    expect(autosaver.status).toMatchObject({ kind: 'error', error: expect.any(QuotaError) as unknown });
    expect(autosaver.hasUnsavedChanges).toBe(true);
    // No retry loop on its own: the reviewer is told and decides (export, free space).
    await vi.advanceTimersByTimeAsync(5000);
    expect(store.started).toBe(1);

    void autosaver.flush();
    await store.finish(1);
    expect(store.written).toEqual(['important edit']);
    expect(autosaver.status.kind).toBe('saved');
  });

  it('ignores changes after dispose', async () => {
    const store = controlledSave();
    const autosaver = createAutosaver({ save: store.save });
    autosaver.change('a');
    autosaver.dispose();
    autosaver.change('b');
    await autosaver.flush();
    await vi.advanceTimersByTimeAsync(2000);
    expect(store.started).toBe(0);
  });
});

describe('flushOnPageHide', () => {
  it.each([
    { event: 'pagehide', fire: () => window.dispatchEvent(new Event('pagehide')) },
    {
      event: 'visibilitychange to hidden',
      fire: () => {
        vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
        document.dispatchEvent(new Event('visibilitychange'));
      },
    },
  ])('flushes on $event and stops after unsubscribing', ({ fire }) => {
    const flush = vi.fn(() => Promise.resolve());
    const unsubscribe = flushOnPageHide({ flush });
    fire();
    expect(flush).toHaveBeenCalledTimes(1);
    unsubscribe();
    fire();
    expect(flush).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
  });
});

describe('createAutosaver with the review database', () => {
  it('saves through a review writer and reports a second tab’s save as a conflict instead of overwriting it', async () => {
    const db = await openReviewDb(new IDBFactory());
    const article = { id: 'r1', title: 'T', lang: 'de', text: 'Ein Satz.' };
    const statuses: AutosaveStatus[] = [];
    const tabA = createReviewWriter(db, article, 'tab-a');
    const autosaver = createAutosaver({ save: (review: unknown) => tabA.save(review), onStatus: (status) => statuses.push(status) });

    autosaver.change({ edits: { 0: 'Erster.' } });
    await autosaver.flush();
    const opened = await db.loadReview('r1');
    const tabB = createReviewWriter(db, opened!, 'tab-b');
    await tabB.save({ edits: { 0: 'Von B.' } });
    autosaver.change({ edits: { 0: 'Von A.' } });
    await autosaver.flush();

    expect(autosaver.status).toMatchObject({ kind: 'error', error: expect.any(ConflictError) as unknown });
    expect((await db.loadReview('r1'))?.review).toEqual({ edits: { 0: 'Von B.' } });
    expect(statuses.map((status) => status.kind)).toEqual(['pending', 'saving', 'saved', 'pending', 'saving', 'error']);
    db.close();
  });
});
