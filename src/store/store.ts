// The app's one zustand store, built from the document, view, analysis and review slices; a factory for tests plus the app's instance.
import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { ArticleDocument } from '../core/index.ts';
import { DEFAULT_UI_LANGUAGE, detectInitialUiLanguage, type UiLanguage } from '../i18n/index.ts';
import { createAnalysisActions } from './slices/analysis/actions.ts';
import { initialAnalysisState, type AnalysisSlice } from './slices/analysis/state.ts';
import { createDocumentActions } from './slices/document/actions.ts';
import { initialDocumentState, type DocumentSlice } from './slices/document/state.ts';
import { createViewActions } from './slices/view/actions.ts';
import { createInitialViewState, type ViewSlice } from './slices/view/state.ts';
import { createReviewActions } from './slices/review/actions.ts';
import { createInitialReviewState, type ReviewSlice } from './slices/review/state.ts';
import { createReviewsActions } from './slices/reviews/actions.ts';
import { initialReviewsState, type ReviewsSlice } from './slices/reviews/state.ts';

export type AppState = DocumentSlice & ViewSlice & AnalysisSlice & ReviewSlice & ReviewsSlice;
export type AppStore = StoreApi<AppState>;

export interface AppStoreOptions {
  uiLanguage?: UiLanguage;
}

export function createAppStore({ uiLanguage = DEFAULT_UI_LANGUAGE }: AppStoreOptions = {}): AppStore {
  const store = createStore<AppState>()((set, get) => ({
    ...initialDocumentState,
    ...createDocumentActions(set, get),
    ...createInitialViewState(uiLanguage),
    ...createViewActions(set),
    ...initialAnalysisState,
    ...createAnalysisActions(set, get),
    ...createInitialReviewState(),
    ...createReviewActions(set, get),
    ...initialReviewsState,
    ...createReviewsActions(set, get),
  }));
  // A new article or a new segmentation changes the sentences the review's indexes refer to: start a fresh review.
  // Re-segmenting the same text into the same sentences (a language change that moves no boundary) keeps it.
  store.subscribe((state, previous) => {
    if (state.document === previous.document || state.reviewDocument === state.document) return;
    if (hasSameSentences(state.reviewDocument, state.document)) store.setState({ reviewDocument: state.document });
    else state.resetReview(state.document);
  });
  return store;
}

function hasSameSentences(a: ArticleDocument | null, b: ArticleDocument | null): boolean {
  if (!a || !b || a.text !== b.text || a.sentences.length !== b.sentences.length) return false;
  return a.sentences.every((s, i) => s.start === b.sentences[i]!.start && s.end === b.sentences[i]!.end);
}

/** The app's own store; the interface language starts from the saved choice or the browser's. */
export const appStore: AppStore = createAppStore({ uiLanguage: detectInitialUiLanguage() });

/** The store components use; the app provides its own instance, tests a fresh one each. */
export const StoreContext = createContext<AppStore | null>(null);

export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a <StoreContext> provider above it');
  return store;
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
