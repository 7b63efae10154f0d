// The reviews slice's shape: the saved reviews, which one is open, whether its changes reach storage, and whether this tab may write it.
import type { ReviewSummary } from '../../persistence/index.ts';

/**
 * 'off': no persistence configured. 'quota', 'unavailable', 'failed': changes are not being saved (what is already
 * stored stays intact). 'conflict': another tab saved this review since; this tab stopped writing it.
 */
export type SaveStatusKind = 'off' | 'idle' | 'pending' | 'saving' | 'saved' | 'quota' | 'unavailable' | 'conflict' | 'failed';

export interface SaveStatus {
  kind: SaveStatusKind;
  /** When the last save finished (epoch ms), for 'saved'. */
  at?: number;
}

/**
 * Who may write the open review. 'claiming': asking other tabs; 'asking': another tab has it and the reviewer
 * chooses; 'read-only': the reviewer chose to only look; 'lost': another tab took it over.
 */
export type Ownership = 'none' | 'claiming' | 'owner' | 'asking' | 'read-only' | 'lost';

/** 'pending' while the database is read on start; 'restored' when the last review came back; 'fresh' when there was none. */
export type StartupStatus = 'pending' | 'restored' | 'fresh';

export interface ReviewsState {
  savedReviews: ReviewSummary[];
  currentReviewId: string | null;
  saveStatus: SaveStatus;
  ownership: Ownership;
  /** Review actions must not change anything while this is true; derived from ownership and save status. */
  isReadOnly: boolean;
  startup: StartupStatus;
}

/** A saved review as the app restores it. */
export interface RestorableReview {
  id: string;
  title: string;
  lang: string;
  text: string;
  /** The opened file when it was not plain text; see SavedReview.work. */
  work?: { format: string; name: string; original: string; sourceName?: string; sourceOriginal?: string };
  review: unknown;
}

export interface ReviewsActions {
  setSavedReviews: (reviews: ReviewSummary[]) => void;
  setCurrentReviewId: (id: string | null) => void;
  setSaveStatus: (status: SaveStatus) => void;
  setOwnership: (ownership: Ownership) => void;
  setStartup: (startup: StartupStatus) => void;
  /** Opens a saved review: its article in its language, then its review state (when it is one). */
  restoreSavedReview: (saved: RestorableReview) => void;
  /** Closes the article (the open review was deleted and none is left). */
  closeArticle: () => void;
}

export type ReviewsSlice = ReviewsState & ReviewsActions;

export const initialReviewsState: ReviewsState = {
  savedReviews: [],
  currentReviewId: null,
  saveStatus: { kind: 'off' },
  ownership: 'none',
  isReadOnly: false,
  startup: 'fresh',
};

const READ_ONLY_OWNERSHIP: readonly Ownership[] = ['claiming', 'asking', 'read-only', 'lost'];

export function isReadOnlyFor(ownership: Ownership, saveStatus: SaveStatus): boolean {
  return READ_ONLY_OWNERSHIP.includes(ownership) || saveStatus.kind === 'conflict';
}
