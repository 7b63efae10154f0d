// Reviews actions: bookkeeping set by the persistence controller, and putting a saved review back into the document and review slices.
import type { StoreApi } from 'zustand';
import { openWork, textWork, WORK_FORMATS, type Work, type WorkFormat } from '../../../core/project/work.ts';
import type { ReviewState } from '../../../core/review/types.ts';
import type { AppState } from '../../store.ts';
import { documentStateFor } from '../document/actions.ts';
import { initialDocumentState } from '../document/state.ts';
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

/** The saved file reopened; a record without one (or with one this version cannot read) is its text as plain text. */
function reopenWork(saved: { format: string; name: string; original: string } | undefined, title: string, text: string): Work {
  if (saved && (WORK_FORMATS as readonly string[]).includes(saved.format)) {
    try {
      const work = openWork({ ...saved, format: saved.format as WorkFormat });
      // The review's sentence indexes refer to the saved text; only a file that still gives that text is used.
      if (work.target.text === text) return work;
    } catch {
      // Fall through: the text alone still shows the review.
    }
  }
  return textWork(title, text);
}

export function createReviewsActions(set: Set, get: Get): ReviewsActions {
  return {
    setSavedReviews: (savedReviews) => set({ savedReviews }),
    setCurrentReviewId: (currentReviewId) => set({ currentReviewId }),
    setSaveStatus: (saveStatus) => set({ saveStatus, isReadOnly: isReadOnlyFor(get().ownership, saveStatus) }),
    setOwnership: (ownership) => set({ ownership, isReadOnly: isReadOnlyFor(ownership, get().saveStatus) }),
    setStartup: (startup) => set({ startup }),

    restoreSavedReview({ id, title, lang, text, work: savedWork, review }) {
      // The saved language is the reviewer's last choice, which may differ from what detection says.
      const work = reopenWork(savedWork, title, text);
      set({
        ...initialDocumentState,
        ...documentStateFor(work, { title, source: null, encoding: null, hadBom: false }, lang),
        currentReviewId: id,
      });
      // The store's subscription has started an empty review of the new document; put the saved one in its place.
      if (isReviewState(review)) get().restoreReview(review);
    },

    closeArticle() {
      set({ ...initialDocumentState, currentReviewId: null });
    },
  };
}
