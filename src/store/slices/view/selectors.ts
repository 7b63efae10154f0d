// Named selectors for the view slice.
import type { AppState } from '../../store.ts';

export const selectUiLanguage = (s: AppState) => s.uiLanguage;
export const selectError = (s: AppState) => s.error;
export const selectLoading = (s: AppState) => s.loading;

export const selectSetUiLanguage = (s: AppState) => s.setUiLanguage;
export const selectDismissError = (s: AppState) => s.dismissError;
