// View actions: interface language, error message and loading progress.
import type { StoreApi } from 'zustand';
import type { AppState } from '../../store.ts';
import type { ViewActions } from './state.ts';

type Set = StoreApi<AppState>['setState'];

export function createViewActions(set: Set): ViewActions {
  return {
    setUiLanguage: (uiLanguage) => set({ uiLanguage }),
    showError: (error) => set({ error }),
    dismissError: () => set({ error: null }),
    setLoading: (loading) => set({ loading }),
  };
}
