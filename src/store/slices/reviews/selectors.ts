// Named selectors for the reviews slice.
import type { AppState } from '../../store.ts';

export const selectSavedReviews = (s: AppState) => s.savedReviews;
export const selectCurrentReviewId = (s: AppState) => s.currentReviewId;
export const selectSaveStatus = (s: AppState) => s.saveStatus;
export const selectOwnership = (s: AppState) => s.ownership;
/** Review actions and editing UI check this: true while another tab owns the review or a save conflicted. */
export const selectIsReadOnly = (s: AppState) => s.isReadOnly;
export const selectStartup = (s: AppState) => s.startup;
