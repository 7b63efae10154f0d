// The review slice's shape: the undoable review of the open document, the current sentence, the editor and re-checks.
import type { ArticleDocument } from '../../../core/index.ts';
import { createHistory, type ReviewHistory } from '../../../core/review/history.ts';
import { createReview } from '../../../core/review/review.ts';
import type { AnnotationSeverity, ReviewAction, ReviewState, SentenceFlag } from '../../../core/review/types.ts';

/** The checks' answer for one edited sentence's text; used only while the sentence still has that text. */
export interface RecheckEntry {
  text: string;
  status: 'running' | 'done' | 'failed';
  flags: SentenceFlag[];
  /**
   * Flags of article-level checks that the edited text causes on other sentences (the earlier copy of a
   * near-duplicate), each with its own sentence and offsets. They replace those sentences' original flags of
   * `articleChecks` that name the edited sentence.
   */
  related: SentenceFlag[];
  /** The article-level checks the re-check recomputed; empty when the sentence's own checks ran alone. */
  articleChecks: string[];
}

export interface ReviewSliceState {
  reviewHistory: ReviewHistory;
  /** The document the review belongs to; a review of another document is never shown. */
  reviewDocument: ArticleDocument | null;
  /** The current sentence when no flag is selected (j/k move it). */
  reviewCursor: number | null;
  /** The sentence whose editor is open. */
  editingSentence: number | null;
  /** Re-check results of edited sentences, by sentence index. */
  rechecks: Record<number, RecheckEntry>;
  /** Whether the keyboard-shortcut help is open. */
  isShortcutHelpOpen: boolean;
}

export interface ReviewSliceActions {
  /** Applies any review action through the undo history. */
  dispatchReview: (action: ReviewAction) => void;
  undoReview: () => void;
  redoReview: () => void;
  /** Starts an empty review of `document` (called whenever another article or segmentation is opened). */
  resetReview: (document: ArticleDocument | null) => void;
  /** Puts a saved review back, with an empty undo history. */
  restoreReview: (review: ReviewState) => void;
  setReviewCursor: (sentence: number | null) => void;
  startEditing: (sentence: number) => void;
  stopEditing: () => void;
  setRecheck: (sentence: number, entry: RecheckEntry) => void;
  setShortcutHelpOpen: (open: boolean) => void;
  /** The actions below look the flag up among the review's flags; an unknown id does nothing. */
  acceptFlag: (flagId: string, changes?: { category?: string; severity?: AnnotationSeverity }) => void;
  dismissFlag: (flagId: string, reason?: string) => void;
  reopenFlag: (flagId: string) => void;
  applySuggestion: (flagId: string, suggestion?: number) => void;
  editSentence: (sentence: number, text: string) => void;
  revertSentence: (sentence: number) => void;
  setSentenceReviewed: (sentence: number, reviewed: boolean) => void;
  muteCheck: (check: string, muted: boolean) => void;
}

export type ReviewSlice = ReviewSliceState & ReviewSliceActions;

export function createInitialReviewState(document: ArticleDocument | null = null): ReviewSliceState {
  return {
    reviewHistory: createHistory(createReview()),
    reviewDocument: document,
    reviewCursor: null,
    editingSentence: null,
    rechecks: {},
    isShortcutHelpOpen: false,
  };
}
