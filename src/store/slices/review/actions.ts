// Review actions: each builds one ReviewAction and runs it through the undo history; the logic lives in core/review.
import type { StoreApi } from 'zustand';
import { applyWithHistory, createHistory, redo, undo } from '../../../core/review/history.ts';
import type { ReviewAction } from '../../../core/review/types.ts';
import type { AppState } from '../../store.ts';
import { findReviewFlag, selectReviewHistory, selectSentences, sentenceTextOf } from './selectors.ts';
import { createInitialReviewState, type ReviewSliceActions } from './state.ts';

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

let annotationCounter = 0;

/** Unique enough across reloads (time) and within a millisecond (counter). */
function newAnnotationId(): string {
  annotationCounter += 1;
  return `a-${Date.now().toString(36)}-${annotationCounter.toString(36)}`;
}

const now = () => new Date().toISOString();

export function createReviewActions(set: Set, get: Get): ReviewSliceActions {
  // A read-only tab (another tab owns the review, or a save conflicted) must not change what it cannot save.
  const dispatch = (action: ReviewAction) => {
    const state = get();
    if (!state.document || state.isReadOnly) return;
    const history = selectReviewHistory(state);
    const next = applyWithHistory(history, action);
    if (next !== history) set({ reviewHistory: next, reviewDocument: state.document });
  };
  const originalText = (sentence: number) => selectSentences(get())[sentence]?.text;

  return {
    dispatchReview: dispatch,

    undoReview() {
      if (get().isReadOnly) return;
      const history = selectReviewHistory(get());
      const next = undo(history);
      if (next !== history) set({ reviewHistory: next, editingSentence: null });
    },

    redoReview() {
      if (get().isReadOnly) return;
      const history = selectReviewHistory(get());
      const next = redo(history);
      if (next !== history) set({ reviewHistory: next, editingSentence: null });
    },

    resetReview(document) {
      set({ ...createInitialReviewState(document), isShortcutHelpOpen: get().isShortcutHelpOpen });
    },

    setShortcutHelpOpen(open) {
      set({ isShortcutHelpOpen: open });
    },

    restoreReview(review) {
      set({ reviewHistory: createHistory(review), reviewDocument: get().document, editingSentence: null });
    },

    setReviewCursor(sentence) {
      set({ reviewCursor: sentence });
    },

    startEditing(sentence) {
      // A read-only tab would drop the edit on save: do not let the reviewer type it in the first place.
      if (get().isReadOnly || originalText(sentence) === undefined) return;
      set({ editingSentence: sentence, reviewCursor: sentence });
    },

    stopEditing() {
      set({ editingSentence: null });
    },

    setRecheck(sentence, entry) {
      set((state) => ({ rechecks: { ...state.rechecks, [sentence]: entry } }));
    },

    acceptFlag(flagId, changes = {}) {
      const entry = findReviewFlag(get(), flagId);
      if (!entry || entry.isOutdated) return;
      dispatch({
        type: 'accept-flag',
        flag: entry.flag,
        sentenceText: sentenceTextOf(get(), entry.flag.sentence),
        annotationId: newAnnotationId(),
        ...changes,
        at: now(),
      });
    },

    dismissFlag(flagId, reason) {
      const entry = findReviewFlag(get(), flagId);
      if (!entry) return;
      dispatch({ type: 'dismiss-flag', flagId, check: entry.flag.check, reason, at: now() });
    },

    reopenFlag(flagId) {
      dispatch({ type: 'reopen-flag', flagId });
    },

    applySuggestion(flagId, suggestion = 0) {
      const entry = findReviewFlag(get(), flagId);
      const original = entry && originalText(entry.flag.sentence);
      if (!entry || entry.isOutdated || original === undefined || !entry.flag.suggestions[suggestion]) return;
      dispatch({
        type: 'apply-suggestion',
        flag: entry.flag,
        suggestion,
        sentenceText: sentenceTextOf(get(), entry.flag.sentence),
        originalText: original,
        annotationId: newAnnotationId(),
        at: now(),
      });
    },

    editSentence(sentence, text) {
      const original = originalText(sentence);
      if (original === undefined) return;
      dispatch({ type: 'edit-sentence', sentence, text, originalText: original, at: now() });
    },

    revertSentence(sentence) {
      const original = originalText(sentence);
      if (original === undefined) return;
      dispatch({ type: 'revert-sentence', sentence, originalText: original, at: now() });
    },

    setSentenceReviewed(sentence, reviewed) {
      if (originalText(sentence) === undefined) return;
      dispatch({ type: 'set-reviewed', sentence, reviewed });
    },

    muteCheck(check, muted) {
      dispatch({ type: 'mute-check', check, muted });
    },
  };
}
