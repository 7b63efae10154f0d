// The persistence controller: every opened article becomes a saved review, changes autosave, the last review comes back, tabs do not overwrite each other.
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openReviewDb } from '../../src/store/persistence/index.ts';
import {
  createPersistenceController,
  type PersistenceController,
  type PersistenceOptions,
} from '../../src/store/slices/reviews/persistence-controller.ts';
import { selectReview } from '../../src/store/slices/review/selectors.ts';
import { selectIsReadOnly } from '../../src/store/slices/reviews/selectors.ts';
import { createAppStore, type AppStore } from '../../src/store/store.ts';
import { createGuardHub, createMemoryStorage } from './guard-hub.ts';

const GERMAN = 'Der Rat tagte am Montag in Berlin.\nEr beschloss den Haushalt für das nächste Jahr.';
const ENGLISH = 'The council met on Monday in Berlin.\nIt passed the budget for the next year.';

let factory: IDBFactory;
let hub: ReturnType<typeof createGuardHub>;
let storage: ReturnType<typeof createMemoryStorage>;
const running: (() => void)[] = [];

beforeEach(() => {
  factory = new IDBFactory();
  hub = createGuardHub();
  storage = createMemoryStorage();
});

afterEach(() => {
  for (const stop of running.splice(0)) stop();
  vi.restoreAllMocks();
});

/** A tab: its own store and controller on the shared database, channel and storage. */
function startTab(overrides: PersistenceOptions = {}): { store: AppStore; controller: PersistenceController } {
  const store = createAppStore({ uiLanguage: 'en' });
  const controller = createPersistenceController(store, {
    indexedDB: factory,
    guardChannel: hub.connect(),
    storage,
    answerTimeoutMs: 20,
    yieldTimeoutMs: 200,
    autosaveDelayMs: 10,
    autosaveMaxDelayMs: 30,
    ...overrides,
  });
  running.push(controller.start());
  return { store, controller };
}

async function started(store: AppStore) {
  await vi.waitFor(() => expect(store.getState().startup).not.toBe('pending'));
}

async function savedReviews() {
  const db = await openReviewDb(factory);
  try {
    const list = await db.listReviews();
    return Promise.all(list.map(async (summary) => (await db.loadReview(summary.id))!));
  } finally {
    db.close();
  }
}

describe('createPersistenceController', () => {
  it('starts fresh on an empty database, so the app opens its seed', async () => {
    const { store } = startTab();
    await started(store);
    expect(store.getState().startup).toBe('fresh');
    expect(store.getState().document).toBeNull();
  });

  it('saves an opened article at once, with its title, language and text', async () => {
    const { store } = startTab();
    await started(store);

    store.getState().openArticle({ title: 'rat.txt', text: GERMAN, source: 'file' });

    await vi.waitFor(async () => expect(await savedReviews()).toHaveLength(1));
    const [saved] = await savedReviews();
    expect(saved).toMatchObject({ id: store.getState().currentReviewId, title: 'rat.txt', lang: 'de', text: GERMAN });
    expect(saved!.review).toEqual(selectReview(store.getState()));
    await vi.waitFor(() => expect(store.getState().savedReviews.map((r) => r.title)).toEqual(['rat.txt']));
  });

  it('autosaves a change of the review and restores it in a new tab after a reload', async () => {
    const first = startTab();
    await started(first.store);
    first.store.getState().openArticle({ title: 'rat.txt', text: GERMAN, source: 'file' });
    first.store.getState().editSentence(1, 'Er beschloss den Haushalt.');
    await vi.waitFor(async () => expect((await savedReviews())[0]?.review).toMatchObject({ edits: { 1: 'Er beschloss den Haushalt.' } }));
    running.shift()!();

    const second = startTab();
    await started(second.store);

    expect(second.store.getState().startup).toBe('restored');
    expect(second.store.getState().title).toBe('rat.txt');
    expect(second.store.getState().text).toBe(GERMAN);
    expect(selectReview(second.store.getState()).edits).toEqual({ 1: 'Er beschloss den Haushalt.' });
    expect(selectIsReadOnly(second.store.getState())).toBe(false);
  });

  it('reopens the review that was open last, not the most recently changed one', async () => {
    const first = startTab();
    await started(first.store);
    first.store.getState().openArticle({ title: 'a.txt', text: GERMAN, source: 'file' });
    await vi.waitFor(() => expect(first.store.getState().savedReviews).toHaveLength(1));
    const firstId = first.store.getState().currentReviewId!;
    first.store.getState().openArticle({ title: 'b.txt', text: ENGLISH, source: 'file' });
    await vi.waitFor(() => expect(first.store.getState().savedReviews).toHaveLength(2));
    await first.controller.openReview(firstId);
    expect(first.store.getState().title).toBe('a.txt');
    running.shift()!();

    const second = startTab();
    await started(second.store);
    expect(second.store.getState().currentReviewId).toBe(firstId);
    expect(second.store.getState().title).toBe('a.txt');
  });

  it('makes every opening of the same sample a review of its own', async () => {
    const { store } = startTab();
    await started(store);
    store.getState().openArticle({ title: 'sample.txt', text: GERMAN, source: 'sample' });
    await vi.waitFor(() => expect(store.getState().savedReviews).toHaveLength(1));
    store.getState().openArticle({ title: 'sample.txt', text: GERMAN, source: 'sample' });
    await vi.waitFor(() => expect(store.getState().savedReviews).toHaveLength(2));
  });

  it('keeps the review when only the article language changes, and saves the new language', async () => {
    const { store } = startTab();
    await started(store);
    store.getState().openArticle({ title: 'rat.txt', text: GERMAN, source: 'file' });
    const id = store.getState().currentReviewId;
    await vi.waitFor(() => expect(store.getState().saveStatus.kind).toBe('saved'));

    store.getState().setArticleLang('en');

    expect(store.getState().currentReviewId).toBe(id);
    await vi.waitFor(async () => expect((await savedReviews()).map((r) => [r.id, r.lang])).toEqual([[id, 'en']]));
  });

  it.each([
    { case: 'another review remains', others: 1, expectedTitle: 'other.txt' },
    { case: 'it was the last one', others: 0, expectedTitle: null },
  ])('opens the next review or none when the open one is deleted and $case', async ({ others, expectedTitle }) => {
    const { store, controller } = startTab();
    await started(store);
    if (others) {
      store.getState().openArticle({ title: 'other.txt', text: ENGLISH, source: 'file' });
      await vi.waitFor(() => expect(store.getState().savedReviews).toHaveLength(1));
    }
    store.getState().openArticle({ title: 'rat.txt', text: GERMAN, source: 'file' });
    await vi.waitFor(() => expect(store.getState().savedReviews).toHaveLength(others + 1));

    await controller.deleteReview(store.getState().currentReviewId!);

    await vi.waitFor(() => expect(store.getState().title).toBe(expectedTitle));
    expect(store.getState().savedReviews.map((r) => r.title)).toEqual(others ? ['other.txt'] : []);
    expect((await savedReviews()).map((r) => r.title)).toEqual(others ? ['other.txt'] : []);
  });

  it('reports a full storage, keeps the saved version intact, and saves again once there is room', async () => {
    const { store } = startTab();
    await started(store);
    store.getState().openArticle({ title: 'rat.txt', text: GERMAN, source: 'file' });
    await vi.waitFor(() => expect(store.getState().saveStatus.kind).toBe('saved'));
    const before = await savedReviews();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    store.getState().editSentence(0, 'Der Rat tagte.');

    await vi.waitFor(() => expect(store.getState().saveStatus.kind).toBe('quota'));
    vi.restoreAllMocks();
    expect(await savedReviews()).toEqual(before);
    store.getState().editSentence(0, 'Der Rat tagte am Montag.');
    await vi.waitFor(() => expect(store.getState().saveStatus.kind).toBe('saved'));
    expect((await savedReviews())[0]!.review).toMatchObject({ edits: { 0: 'Der Rat tagte am Montag.' } });
  });

  it('says storage is unavailable without IndexedDB and still exports the review', async () => {
    const { store, controller } = startTab({ indexedDB: null });
    await started(store);
    expect(store.getState().saveStatus.kind).toBe('unavailable');
    store.getState().openArticle({ title: 'rat.txt', text: GERMAN, source: 'paste' });
    store.getState().editSentence(0, 'Der Rat tagte.');

    expect(controller.exportProject()).toMatchObject({
      format: 'revisor-project',
      title: 'rat.txt',
      lang: 'de',
      file: { format: 'text', original: GERMAN },
      review: { edits: { 0: 'Der Rat tagte.' } },
    });
  });

  it('makes a second tab on the same review read-only or its owner, as the reviewer chooses', async () => {
    const first = startTab();
    await started(first.store);
    first.store.getState().openArticle({ title: 'rat.txt', text: GERMAN, source: 'file' });
    await vi.waitFor(() => expect(first.store.getState().saveStatus.kind).toBe('saved'));
    // Let the first tab's claim settle, so it answers the second one.
    await new Promise((resolve) => setTimeout(resolve, 40));

    const second = startTab();
    await vi.waitFor(() => expect(second.store.getState().ownership).toBe('asking'));
    expect(selectIsReadOnly(second.store.getState())).toBe(true);
    second.controller.chooseReadOnly();
    await vi.waitFor(() => expect(second.store.getState().ownership).toBe('read-only'));
    expect(first.store.getState().ownership).toBe('owner');

    first.store.getState().editSentence(0, 'Der Rat tagte.');
    await second.controller.takeOver();

    expect(second.store.getState().ownership).toBe('owner');
    await vi.waitFor(() => expect(first.store.getState().ownership).toBe('lost'));
    expect(selectIsReadOnly(first.store.getState())).toBe(true);
    // The first tab flushed before handing over, so its last edit is what the second tab shows.
    expect(selectReview(second.store.getState()).edits).toEqual({ 0: 'Der Rat tagte.' });
  });

  it('stops writing and offers a reload when another tab saved the review since', async () => {
    const { store, controller } = startTab();
    await started(store);
    store.getState().openArticle({ title: 'rat.txt', text: GERMAN, source: 'file' });
    await vi.waitFor(() => expect(store.getState().saveStatus.kind).toBe('saved'));
    const [saved] = await savedReviews();
    const db = await openReviewDb(factory);
    await db.saveReview({ ...saved!, writerId: 'elsewhere', review: { ...(saved!.review as object), edits: { 1: 'Anders.' } } }, {
      expectedRevision: saved!.revision,
    });
    db.close();

    store.getState().editSentence(0, 'Der Rat tagte.');
    await vi.waitFor(() => expect(store.getState().saveStatus.kind).toBe('conflict'));
    expect(selectIsReadOnly(store.getState())).toBe(true);
    expect((await savedReviews())[0]!.review).toMatchObject({ edits: { 1: 'Anders.' } });

    await controller.reload();
    expect(selectReview(store.getState()).edits).toEqual({ 1: 'Anders.' });
    expect(selectIsReadOnly(store.getState())).toBe(false);
  });
});
