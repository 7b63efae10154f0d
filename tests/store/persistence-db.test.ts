// The review database: round trips, optimistic concurrency, quota failures that keep the last save, list and delete, schema upgrade.
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ConflictError,
  CorruptRecordError,
  DB_NAME,
  DB_VERSION,
  openReviewDb,
  QuotaError,
  RecordVersionError,
  StorageUnavailableError,
} from '../../src/store/persistence/index.ts';
import type { ReviewDb, ReviewInput } from '../../src/store/persistence/index.ts';

const ARTICLE = 'Der Rat tagte am Montag.\nEr beschloss den Haushalt für das nächste Jahr, näher gekommen sieht sich als.';

/** A ReviewState-shaped value: edits keyed by sentence, annotations, decisions, settings; no Dates. */
function reviewState(edit: string) {
  return {
    edits: { 1: edit },
    annotations: [
      {
        id: 'a1',
        sentence: 1,
        start: 43,
        end: 71,
        quote: 'näher gekommen sieht sich als',
        category: 'Fluency/Grammar',
        severity: 'major',
        comment: 'Zwei Sätze verschmolzen — <script>alert(1)</script>',
        correction: '',
        origin: { kind: 'manual' },
        stale: false,
        createdAt: '2025-01-02T10:00:00.000Z',
        updatedAt: '2025-01-02T10:00:00.000Z',
      },
    ],
    decisions: { 'f-3': { status: 'dismissed', reason: 'Eigenname', at: '2025-01-02T10:01:00.000Z' } },
    reviewed: { 0: true },
    settings: {
      weights: { neutral: 0, minor: 1, major: 5, critical: 10, minorPunctuation: 0.1, nonTranslation: 25 },
      passThreshold: 90,
      mutedChecks: ['double-space'],
    },
  };
}

function input(id: string, overrides: Partial<ReviewInput> = {}): ReviewInput {
  return {
    id,
    title: `Artikel ${id}`,
    lang: 'de',
    text: ARTICLE,
    sourceText: 'The council met on Monday.',
    review: reviewState('Er beschloss den Haushalt.'),
    writerId: 'tab-a',
    sentenceCount: 2,
    wordCount: 19,
    ...overrides,
  };
}

describe('openReviewDb', () => {
  let factory: IDBFactory;
  let db: ReviewDb;
  let clock: number;

  beforeEach(async () => {
    factory = new IDBFactory();
    clock = Date.parse('2025-03-01T12:00:00.000Z');
    db = await openReviewDb(factory, { now: () => new Date((clock += 1000)) });
  });

  afterEach(() => {
    db.close();
    vi.restoreAllMocks();
  });

  it('loads back everything it saved', async () => {
    const saved = await db.saveReview(input('r1'), { expectedRevision: 0 });
    const loaded = await db.loadReview('r1');
    expect(loaded).toEqual(saved);
    expect(loaded).toMatchObject({ ...input('r1'), revision: 1, schemaVersion: 1 });
    expect(loaded?.review).toEqual(reviewState('Er beschloss den Haushalt.'));
  });

  it('survives closing and reopening the database, as after a reload', async () => {
    await db.saveReview(input('r1'), { expectedRevision: 0 });
    db.close();
    db = await openReviewDb(factory);
    expect((await db.loadReview('r1'))?.text).toBe(ARTICLE);
  });

  it('returns null for a review that does not exist', async () => {
    expect(await db.loadReview('nope')).toBeNull();
  });

  it('increments the revision and keeps createdAt on each save', async () => {
    const first = await db.saveReview(input('r1'), { expectedRevision: 0 });
    const second = await db.saveReview(input('r1', { review: reviewState('Neu.') }), { expectedRevision: 1 });
    expect(second.revision).toBe(2);
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.updatedAt > first.updatedAt).toBe(true);
  });

  it.each([
    { case: 'another tab saved since', setup: 1, expectedRevision: 1, actual: 2 },
    { case: 'creating a review whose id exists', setup: 0, expectedRevision: 0, actual: 1 },
    { case: 'saving one that was never created', setup: -1, expectedRevision: 3, actual: null },
  ])('refuses the save and keeps the stored record when $case', async ({ setup, expectedRevision, actual }) => {
    if (setup >= 0) await db.saveReview(input('r1'), { expectedRevision: 0 });
    if (setup >= 1) await db.saveReview(input('r1', { writerId: 'tab-b', review: reviewState('B') }), { expectedRevision: 1 });
    const before = await db.loadReview('r1');

    const attempt = db.saveReview(input('r1', { review: reviewState('A') }), { expectedRevision });

    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toMatchObject({ actualRevision: actual });
    expect(await db.loadReview('r1')).toEqual(before);
  });

  it('saves again without reading the stored article back, and still sees a save from another tab', async () => {
    await db.saveReview(input('r1'), { expectedRevision: 0 });
    const get = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'get')!.value as IDBObjectStore['get'];
    const readStores: string[] = [];
    vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (this: IDBObjectStore, ...args) {
      readStores.push(this.name);
      return get.apply(this, args);
    });

    await db.saveReview(input('r1', { review: reviewState('Zwei.') }), { expectedRevision: 1 });
    // An autosave of a long article must not read its megabytes back first: the summary knows the revision.
    expect(readStores).toEqual(['summaries']);
    await db.saveReview(input('r1', { writerId: 'tab-b', review: reviewState('B') }), { expectedRevision: 2 });

    readStores.length = 0;
    const stale = db.saveReview(input('r1', { review: reviewState('A') }), { expectedRevision: 2 });
    await expect(stale).rejects.toMatchObject({ actualRevision: 3, actualWriterId: 'tab-b' });
    expect(readStores).toEqual(['summaries', 'reviews']);
    expect((await db.loadReview('r1'))?.review).toEqual(reviewState('B'));
  });

  it('names the writer of the stored revision in a conflict', async () => {
    await db.saveReview(input('r1', { writerId: 'tab-b' }), { expectedRevision: 0 });
    await expect(db.saveReview(input('r1'), { expectedRevision: 0 })).rejects.toMatchObject({ actualWriterId: 'tab-b' });
  });

  it.each(['reviews', 'summaries'])(
    'reports a full disk as QuotaError and keeps the previous record intact when writing %s fails',
    async (failingStore) => {
      await db.saveReview(input('r1'), { expectedRevision: 0 });
      const before = await db.loadReview('r1');
      const listBefore = await db.listReviews();
      // Taken from the descriptor: the spy replaces the method, and the original still has to run for the other store.
      const put = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'put')!.value as IDBObjectStore['put'];
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
        if (this.name === failingStore) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      });

      const attempt = db.saveReview(input('r1', { title: 'Geändert', review: reviewState('verloren') }), {
        expectedRevision: 1,
      });

      await expect(attempt).rejects.toBeInstanceOf(QuotaError);
      vi.restoreAllMocks();
      expect(await db.loadReview('r1')).toEqual(before);
      expect(await db.listReviews()).toEqual(listBefore);
      // Once space is free again, the same writer can save from where it was.
      await expect(db.saveReview(input('r1'), { expectedRevision: 1 })).resolves.toMatchObject({ revision: 2 });
    },
  );

  it('lists summaries without article texts, most recently updated first', async () => {
    await db.saveReview(input('old'), { expectedRevision: 0 });
    await db.saveReview(input('new'), { expectedRevision: 0 });
    await db.saveReview(input('old', { title: 'Wieder bearbeitet' }), { expectedRevision: 1 });

    const list = await db.listReviews();

    expect(list.map((summary) => summary.id)).toEqual(['old', 'new']);
    expect(list[0]).toMatchObject({ title: 'Wieder bearbeitet', lang: 'de', sentenceCount: 2, wordCount: 19, revision: 2 });
    expect(list[0]).not.toHaveProperty('text');
    expect(list[0]).not.toHaveProperty('review');
  });

  it('deletes only the given review', async () => {
    await db.saveReview(input('keep'), { expectedRevision: 0 });
    await db.saveReview(input('drop'), { expectedRevision: 0 });

    await db.deleteReview('drop');

    expect(await db.loadReview('drop')).toBeNull();
    expect(await db.loadReview('keep')).not.toBeNull();
    expect((await db.listReviews()).map((summary) => summary.id)).toEqual(['keep']);
  });

  it('refuses to delete a review another tab saved since, when given the revision', async () => {
    await db.saveReview(input('r1'), { expectedRevision: 0 });
    await db.saveReview(input('r1'), { expectedRevision: 1 });
    await expect(db.deleteReview('r1', { expectedRevision: 1 })).rejects.toBeInstanceOf(ConflictError);
    expect(await db.loadReview('r1')).not.toBeNull();
  });

  it('does not bring a deleted review back when a stale tab saves it', async () => {
    await db.saveReview(input('r1'), { expectedRevision: 0 });
    await db.deleteReview('r1');
    await expect(db.saveReview(input('r1'), { expectedRevision: 1 })).rejects.toMatchObject({ actualRevision: null });
    expect(await db.loadReview('r1')).toBeNull();
  });
});

/** Writes a database as version 1 of the app left it: one store, records in the legacy shape. */
async function createVersion1Database(factory: IDBFactory, records: unknown[]): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const open = factory.open(DB_NAME, 1);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('reviews', { keyPath: 'id' });
      for (const record of records) store.put(record);
    };
    open.onsuccess = () => {
      open.result.close();
      resolve();
    };
    open.onerror = () => reject(open.error ?? new Error('open failed'));
  });
}

describe('openReviewDb upgrading an older database', () => {
  const legacy = {
    id: 'legacy-1',
    article: ARTICLE,
    source: 'The council met on Monday.',
    savedAt: '2024-11-05T08:00:00.000Z',
    review: reviewState('Alt.'),
    lang: 'de',
  };

  it('lists and opens reviews saved before the summaries existed, in the current shape', async () => {
    const factory = new IDBFactory();
    await createVersion1Database(factory, [legacy]);

    const db = await openReviewDb(factory);

    expect(await db.listReviews()).toEqual([
      expect.objectContaining({ id: 'legacy-1', title: 'Der Rat tagte am Montag.', updatedAt: legacy.savedAt }),
    ]);
    expect(await db.loadReview('legacy-1')).toMatchObject({
      text: ARTICLE,
      sourceText: legacy.source,
      review: legacy.review,
      revision: 1,
      schemaVersion: 1,
    });
    // The upgraded record is saved like any other.
    await expect(db.saveReview({ ...input('legacy-1') }, { expectedRevision: 1 })).resolves.toMatchObject({ revision: 2 });
    db.close();
  });

  it('keeps the upgrade going past a damaged record and reports that record when it is opened', async () => {
    const factory = new IDBFactory();
    await createVersion1Database(factory, [legacy, { id: 'broken', review: {} }, { ...legacy, id: 'future', schemaVersion: 99 }]);

    const db = await openReviewDb(factory);

    expect((await db.listReviews()).map((summary) => summary.id)).toEqual(['legacy-1']);
    await expect(db.loadReview('broken')).rejects.toBeInstanceOf(CorruptRecordError);
    await expect(db.loadReview('future')).rejects.toBeInstanceOf(RecordVersionError);
    // A newer app's record is never overwritten in a shape this version does not know.
    await expect(db.saveReview(input('future'), { expectedRevision: 1 })).rejects.toBeInstanceOf(RecordVersionError);
    db.close();
  });

  it('refuses a database written by a newer app version with a clear error', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve) => {
      const open = factory.open(DB_NAME, DB_VERSION + 1);
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
    });
    await expect(openReviewDb(factory)).rejects.toMatchObject({ name: 'StorageUnavailableError', reason: 'newer-database' });
  });
});

describe('openReviewDb without IndexedDB', () => {
  it('rejects with StorageUnavailableError when the browser has none', async () => {
    // The jsdom project has no global indexedDB, as in a browser with storage disabled.
    expect(typeof indexedDB).toBe('undefined');
    await expect(openReviewDb()).rejects.toBeInstanceOf(StorageUnavailableError);
  });

  it('rejects with StorageUnavailableError when opening is forbidden, as in some private modes', async () => {
    const factory = new IDBFactory();
    vi.spyOn(factory, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    await expect(openReviewDb(factory)).rejects.toMatchObject({ reason: 'denied' });
  });
});
