// Reviews actions: bookkeeping set by the persistence controller, and putting a saved review back into the document and review slices.
import type { StoreApi } from 'zustand';
import { createDocument } from '../../../core/index.ts';
import { detectLanguage } from '../../../core/document/detect-language.ts';
import { countWords } from '../../../core/text/words.ts';
import type { ReviewState } from '../../../core/review/types.ts';
import type { AppState } from '../../store.ts';
import { initialDocumentState, isArticleLanguage } from '../document/state.ts';
import { isReadOnlyFor, type ReviewsActions } from './state.ts';

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

/** Enough of a ReviewState's shape to hand it to the review slice; anything else (an early record's `null`) is ignored. */
export function isReviewState(value: unknown): value is ReviewState {
  if (typeof value !== 'object' || value === null) return false;
  const review = value as Record<string, unknown>;
  return (
    typeof review.edits === 'object' &&
    review.edits !== null &&
    Array.isArray(review.annotations) &&
    typeof review.decisions === 'object' &&
    review.decisions !== null &&
    typeof review.reviewed === 'object' &&
    review.reviewed !== null &&
    typeof review.settings === 'object' &&
    review.settings !== null
  );
}

export function createReviewsActions(set: Set, get: Get): ReviewsActions {
  return {
    setSavedReviews: (savedReviews) => set({ savedReviews }),
    setCurrentReviewId: (currentReviewId) => set({ currentReviewId }),
    setSaveStatus: (saveStatus) => set({ saveStatus, isReadOnly: isReadOnlyFor(get().ownership, saveStatus) }),
    setOwnership: (ownership) => set({ ownership, isReadOnly: isReadOnlyFor(ownership, get().saveStatus) }),
    setStartup: (startup) => set({ startup }),

    restoreSavedReview({ id, title, lang, text, review }) {
      // The saved language is the reviewer's last choice, which may differ from what detection says.
      const articleLang = isArticleLanguage(lang) ? lang : 'und';
      const document = createDocument(text, articleLang);
      set({
        ...initialDocumentState,
        currentReviewId: id,
        title,
        text,
        lang: articleLang,
        detectedLang: detectLanguage(text),
        document,
        stats: { paragraphs: document.paragraphs.length, sentences: document.sentences.length, words: countWords(text) },
      });
      // The store's subscription has started an empty review of the new document; put the saved one in its place.
      if (isReviewState(review)) get().restoreReview(review);
    },

    closeArticle() {
      set({ ...initialDocumentState, currentReviewId: null });
    },
  };
}
