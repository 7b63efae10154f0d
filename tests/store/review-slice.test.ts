// The review slice: actions go through the undo history, flags are in sentence terms, the review follows the open article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Flag } from '../../src/core/index.ts';
import { createAppStore, type AppStore } from '../../src/store/store.ts';
import {
  selectActiveSentence,
  selectAnnotationCount,
  selectCanRedo,
  selectCanUndo,
  selectDismissalStats,
  selectListedFlags,
  selectOpenFlags,
  selectReview,
  selectReviewFlags,
  selectReviewProgress,
  selectSentenceStatuses,
  sentenceTextOf,
} from '../../src/store/slices/review/selectors.ts';

const SEED = readFileSync(join(process.cwd(), 'samples/000_98b1f44858d35dbe.txt'), 'utf8');
const REPEAT = 'die Welt erschrecken';

function flag(check: string, quote: string, from = 0, suggestions: Flag['suggestions'] = []): Flag {
  const start = SEED.indexOf(quote, from);
  if (start < 0) throw new Error(`no ${quote}`);
  return {
    id: `${check}:${start}:${start + quote.length}:0`,
    check,
    start,
    end: start + quote.length,
    category: check === 'garbled-word' ? 'Fluency/Spelling' : 'Fluency/Grammar',
    severity: 'minor',
    messageId: 'm',
    data: {},
    suggestions,
  };
}

const repeatAt = SEED.lastIndexOf(REPEAT);
const FLAGS: Flag[] = [
  flag('garbled-word', 'Rettungsleinem'),
  flag('garbled-word', 'Druzhinin'),
  flag('repeated-phrase', REPEAT, repeatAt, [{ start: repeatAt - 2, end: repeatAt + REPEAT.length, replacement: '' }]),
];

function seededStore(): AppStore {
  const store = createAppStore();
  store.getState().openArticle({ title: 'seed.txt', text: SEED, source: 'sample' });
  const id = store.getState().beginAnalysis(store.getState().document!);
  store.getState().completeAnalysis(id, { flags: FLAGS, checkFailures: [], millis: 1 });
  return store;
}

const idOf = (store: AppStore, check: string) => selectReviewFlags(store.getState()).find((e) => e.flag.check === check)!.flag.id;

describe('review slice', () => {
  it('lists the analysis flags in sentence terms, in reading order', () => {
    const store = seededStore();
    const entries = selectReviewFlags(store.getState());
    expect(entries).toHaveLength(3);
    for (const { flag: f } of entries) {
      const text = sentenceTextOf(store.getState(), f.sentence);
      expect(text.slice(f.start, f.end)).toBe(SEED.slice(FLAGS.find((x) => x.id === f.id)!.start, FLAGS.find((x) => x.id === f.id)!.end));
    }
    const sentences = entries.map((e) => e.flag.sentence);
    expect(sentences).toEqual([...sentences].sort((a, b) => a - b));
  });

  it('turns an accepted flag into an annotation and undoes and redoes it', () => {
    const store = seededStore();
    const id = idOf(store, 'garbled-word');
    store.getState().acceptFlag(id);
    expect(selectReview(store.getState()).decisions[id]?.status).toBe('accepted');
    expect(selectAnnotationCount(store.getState())).toBe(1);
    expect(selectOpenFlags(store.getState())).toHaveLength(2);

    store.getState().undoReview();
    expect(selectAnnotationCount(store.getState())).toBe(0);
    expect(selectCanRedo(store.getState())).toBe(true);
    store.getState().redoReview();
    expect(selectAnnotationCount(store.getState())).toBe(1);
    expect(selectCanUndo(store.getState())).toBe(true);
  });

  it('counts a dismissal with its reason per check', () => {
    const store = seededStore();
    store.getState().dismissFlag(idOf(store, 'garbled-word'), 'a name');
    const stats = selectDismissalStats(store.getState()).find((s) => s.check === 'garbled-word')!;
    expect(stats).toMatchObject({ flags: 2, dismissed: 1, accepted: 0, falseAlarmRate: 1 });
    expect(Object.values(selectReview(store.getState()).decisions)[0]?.reason).toBe('a name');
  });

  it('applies the repeated phrase’s suggestion to its sentence and marks the flag fixed', () => {
    const store = seededStore();
    const id = idOf(store, 'repeated-phrase');
    const sentence = selectReviewFlags(store.getState()).find((e) => e.flag.id === id)!.flag.sentence;
    store.getState().applySuggestion(id);
    const text = sentenceTextOf(store.getState(), sentence);
    expect(text).toContain('die die Welt erschrecken.');
    expect(text.split(REPEAT)).toHaveLength(2);
    expect(selectReview(store.getState()).decisions[id]?.status).toBe('fixed');
    // The fixed flag stays listed (outdated: its offsets were the original's), but nothing is open in the sentence.
    expect(selectReviewFlags(store.getState()).find((e) => e.flag.id === id)?.isOutdated).toBe(true);
    expect(selectSentenceStatuses(store.getState())[sentence]).toBe('edited');
  });

  it('shows re-check flags of an edited sentence only while the sentence still has the checked text', () => {
    const store = seededStore();
    store.getState().editSentence(0, 'Peking hat hat sich geweigert.');
    const recheck = { ...FLAGS[0]!, id: 'r1', start: 7, end: 14, suggestions: [] };
    store.getState().setRecheck(0, {
      text: 'Peking hat hat sich geweigert.',
      status: 'done',
      flags: [{ ...recheck, sentence: 0 }],
      related: [],
      articleChecks: [],
    });
    expect(selectReviewFlags(store.getState()).map((e) => e.flag.id)).toContain('r1');
    store.getState().editSentence(0, 'Peking hat sich geweigert.');
    expect(selectReviewFlags(store.getState()).map((e) => e.flag.id)).not.toContain('r1');
  });

  it('hides a muted check’s flags from the list and from the open flags', () => {
    const store = seededStore();
    store.getState().muteCheck('garbled-word', true);
    expect(selectListedFlags(store.getState()).map((e) => e.flag.check)).toEqual(['repeated-phrase']);
    expect(selectOpenFlags(store.getState())).toHaveLength(1);
    expect(selectDismissalStats(store.getState()).find((s) => s.check === 'garbled-word')?.muted).toBe(true);
  });

  it('counts reviewed sentences and moves the active sentence with the cursor or the selected flag', () => {
    const store = seededStore();
    store.getState().setSentenceReviewed(1, true);
    store.getState().setSentenceReviewed(2, true);
    expect(selectReviewProgress(store.getState())).toMatchObject({ reviewed: 2, total: store.getState().document!.sentences.length });
    store.getState().setReviewCursor(3);
    expect(selectActiveSentence(store.getState())).toBe(3);
    const entry = selectReviewFlags(store.getState())[0]!;
    store.getState().selectFlag(entry.flag.id);
    expect(selectActiveSentence(store.getState())).toBe(entry.flag.sentence);
  });

  it('starts a fresh review when another article is opened', () => {
    const store = seededStore();
    store.getState().setSentenceReviewed(0, true);
    store.getState().editSentence(1, 'Neu.');
    store.getState().openArticle({ title: 'other', text: 'Ein Satz. Noch einer.', source: 'paste' });
    expect(selectReview(store.getState()).edits).toEqual({});
    expect(selectReviewProgress(store.getState()).reviewed).toBe(0);
    expect(selectCanUndo(store.getState())).toBe(false);
  });

  it('changes nothing while the tab is read-only (another tab owns the review)', () => {
    const store = seededStore();
    store.getState().editSentence(0, 'Geändert.');
    store.setState({ isReadOnly: true });
    store.getState().dismissFlag(idOf(store, 'garbled-word'));
    store.getState().undoReview();
    expect(selectReview(store.getState()).edits).toEqual({ 0: 'Geändert.' });
    expect(Object.keys(selectReview(store.getState()).decisions)).toEqual([]);
  });

  it('keeps the review when a language change leaves every sentence boundary where it was', () => {
    const store = createAppStore();
    store.getState().openArticle({ title: 'kurz.txt', text: 'Der erste Satz steht hier. Der zweite folgt.\nEin dritter Satz.', source: 'paste' });
    store.getState().editSentence(0, 'Geändert.');
    store.getState().setArticleLang('en');
    expect(store.getState().document!.lang).toBe('en');
    expect(selectReview(store.getState()).edits).toEqual({ 0: 'Geändert.' });
  });

  it('starts a fresh review when the new language moves a sentence boundary', () => {
    const store = seededStore();
    store.getState().editSentence(0, 'Geändert.');
    store.getState().setArticleLang('en');
    expect(store.getState().document!.sentences.length).not.toBe(15);
    expect(selectReview(store.getState()).edits).toEqual({});
  });
});
