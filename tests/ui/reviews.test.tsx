// Saved reviews as a reviewer meets them: the seed is saved, a reload brings the last review back, the list opens and deletes, storage problems and a second tab are told.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseProject } from '../../src/core/index.ts';
import { createI18n } from '../../src/i18n/index.ts';
import { openReviewDb } from '../../src/store/persistence/index.ts';
import type { PersistenceOptions } from '../../src/store/slices/reviews/persistence-controller.ts';
import { selectReview } from '../../src/store/slices/review/selectors.ts';
import { createAppStore } from '../../src/store/store.ts';
import { App } from '../../src/ui/App.tsx';
import { SEED_SAMPLE } from '../../src/ui/samples.ts';
import { createGuardHub, createMemoryStorage } from '../store/guard-hub.ts';

/** The seed's entry in the list: its name starts with the title (the delete button's starts with "Delete"). */
const SEED_ENTRY = new RegExp(`^${SEED_SAMPLE.replace('.', '\\.')}`);
const PASTED = 'The council met on Monday.\nIt passed the budget for the next year.';

let factory: IDBFactory;
let hub: ReturnType<typeof createGuardHub>;
let storage: ReturnType<typeof createMemoryStorage>;

beforeEach(() => {
  factory = new IDBFactory();
  hub = createGuardHub();
  storage = createMemoryStorage();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** One browser tab of the app, sharing the database, the tab channel and localStorage with the others of the test. */
function renderTab() {
  const store = createAppStore({ uiLanguage: 'en' });
  const persistence: PersistenceOptions = {
    indexedDB: factory,
    guardChannel: hub.connect(),
    storage,
    answerTimeoutMs: 20,
    yieldTimeoutMs: 200,
    autosaveDelayMs: 10,
    autosaveMaxDelayMs: 30,
  };
  const user = userEvent.setup();
  const container = document.body.appendChild(document.createElement('div'));
  const view = render(<App store={store} i18n={createI18n('en')} persistence={persistence} />, { container });
  return { store, user, tab: within(container), ...view };
}

async function storedTitles(): Promise<string[]> {
  const db = await openReviewDb(factory);
  try {
    return (await db.listReviews()).map((review) => review.title);
  } finally {
    db.close();
  }
}

async function pasteArticle(user: ReturnType<typeof userEvent.setup>, title: string, text: string) {
  await user.click(screen.getByRole('button', { name: 'Paste text…' }));
  const dialog = screen.getByRole('dialog');
  await user.type(within(dialog).getByLabelText('Title'), title);
  await user.click(within(dialog).getByLabelText('Text'));
  await user.paste(text);
  await user.click(within(dialog).getByRole('button', { name: 'Open' }));
}

describe('saved reviews', () => {
  it('saves the seed article as a review on a first visit and lists it as the open one', async () => {
    const { user, tab } = renderTab();
    await tab.findByRole('heading', { level: 2, name: SEED_SAMPLE });

    await waitFor(async () => expect(await storedTitles()).toEqual([SEED_SAMPLE]));
    await waitFor(() => expect(tab.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved'));
    await user.click(tab.getByRole('button', { name: 'Reviews (1)' }));
    const list = tab.getByRole('region', { name: 'Saved reviews' });
    const entry = within(list).getByRole('button', { name: SEED_ENTRY });
    expect(entry).toHaveAttribute('aria-current', 'true');
    expect(entry).toHaveTextContent('German · changed');
  });

  it('brings the last review back after a reload, with its changes, instead of the seed', async () => {
    const first = renderTab();
    await first.tab.findByRole('heading', { level: 2, name: SEED_SAMPLE });
    await pasteArticle(first.user, 'Council', PASTED);
    await first.tab.findByRole('heading', { level: 2, name: 'Council' });
    act(() => first.store.getState().editSentence(1, 'It passed the budget.'));
    await waitFor(async () => expect(await storedTitles()).toEqual(['Council', SEED_SAMPLE]));
    await waitFor(() => expect(first.tab.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved'));
    first.unmount();

    const second = renderTab();

    await second.tab.findByRole('heading', { level: 2, name: 'Council' });
    expect(second.tab.queryByRole('heading', { level: 2, name: SEED_SAMPLE })).not.toBeInTheDocument();
    expect(selectReview(second.store.getState()).edits).toEqual({ 1: 'It passed the budget.' });
    expect(await storedTitles()).toEqual(['Council', SEED_SAMPLE]);
  });

  it('opens another saved review from the list with the keyboard', async () => {
    const { user, tab } = renderTab();
    await tab.findByRole('heading', { level: 2, name: SEED_SAMPLE });
    await pasteArticle(user, 'Council', PASTED);
    await tab.findByRole('heading', { level: 2, name: 'Council' });
    const toggle = await tab.findByRole('button', { name: 'Reviews (2)' });

    await user.click(toggle);
    within(tab.getByRole('region', { name: 'Saved reviews' })).getByRole('button', { name: SEED_ENTRY }).focus();
    await user.keyboard('{Enter}');

    await tab.findByRole('heading', { level: 2, name: SEED_SAMPLE });
    expect(toggle).toHaveFocus();
  });

  it('deletes a review only after confirming, and Escape keeps it', async () => {
    const { user, tab } = renderTab();
    await tab.findByRole('heading', { level: 2, name: SEED_SAMPLE });
    await pasteArticle(user, 'Council', PASTED);
    await tab.findByRole('heading', { level: 2, name: 'Council' });
    await user.click(await tab.findByRole('button', { name: 'Reviews (2)' }));
    const deleteSeed = tab.getByRole('button', { name: `Delete the review “${SEED_SAMPLE}”` });

    await user.click(deleteSeed);
    expect(tab.getByRole('alertdialog', { name: 'Delete this review?' })).toHaveTextContent(SEED_SAMPLE);
    await user.keyboard('{Escape}');
    expect(tab.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(deleteSeed).toHaveFocus();
    expect(await storedTitles()).toEqual(['Council', SEED_SAMPLE]);

    await user.click(deleteSeed);
    await user.click(within(tab.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));

    await waitFor(async () => expect(await storedTitles()).toEqual(['Council']));
    expect(await tab.findByRole('button', { name: 'Reviews (1)' })).toHaveFocus();
    expect(tab.getByRole('heading', { level: 2, name: 'Council' })).toBeInTheDocument();
  });

  it('opens the next review when the open one is deleted', async () => {
    const { user, tab } = renderTab();
    await tab.findByRole('heading', { level: 2, name: SEED_SAMPLE });
    await pasteArticle(user, 'Council', PASTED);
    await tab.findByRole('heading', { level: 2, name: 'Council' });
    await user.click(await tab.findByRole('button', { name: 'Reviews (2)' }));

    await user.click(tab.getByRole('button', { name: 'Delete the review “Council”' }));
    await user.click(within(tab.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));

    await tab.findByRole('heading', { level: 2, name: SEED_SAMPLE });
    expect(await storedTitles()).toEqual([SEED_SAMPLE]);
  });

  it('says so when the storage is full and exports the review at once', async () => {
    const { store, user, tab } = renderTab();
    await tab.findByRole('heading', { level: 2, name: SEED_SAMPLE });
    await waitFor(() => expect(tab.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved'));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:review';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    act(() => store.getState().editSentence(0, 'Geändert.'));

    const alert = await tab.findByRole('alert');
    expect(alert).toHaveTextContent('Not saved: the browser storage is full');
    expect(tab.getByRole('status', { name: 'Save status' })).toHaveTextContent('Not saved');
    await user.click(within(alert).getByRole('button', { name: 'Export now' }));
    expect(blobs).toHaveLength(1);
    const project = parseProject(await blobs[0]!.text());
    expect(project).toMatchObject({ title: SEED_SAMPLE, lang: 'de', review: { edits: { 0: 'Geändert.' } } });
    expect(project.file.original).toBe(store.getState().text);
  });

  it('tells a second tab on the same review, and the first one when the second takes it over', async () => {
    const first = renderTab();
    await first.tab.findByRole('heading', { level: 2, name: SEED_SAMPLE });
    await waitFor(() => expect(first.tab.getByRole('status', { name: 'Save status' })).toHaveTextContent('Saved'));
    // The first tab's claim answers after its own short wait; let it settle.
    await act(() => new Promise((resolve) => setTimeout(resolve, 40)));

    const second = renderTab();
    const question = await second.tab.findByRole('alert');
    expect(question).toHaveTextContent('This review is open in another tab');
    expect(second.store.getState().isReadOnly).toBe(true);

    await second.user.click(within(question).getByRole('button', { name: 'Take over' }));

    expect(await first.tab.findByRole('alert')).toHaveTextContent('Another tab took this review over');
    expect(first.tab.getByRole('status', { name: 'Save status' })).toHaveTextContent('Read-only');
    await waitFor(() => expect(second.tab.queryByRole('alert')).not.toBeInTheDocument());
    expect(second.store.getState().isReadOnly).toBe(false);
  });
});
