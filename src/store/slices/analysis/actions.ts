// Analysis actions: request bookkeeping (the newest request wins), flag selection and suggestion cache.
import type { StoreApi } from 'zustand';
import type { AppState } from '../../store.ts';
import { initialAnalysisState, type AnalysisActions } from './state.ts';

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

export function createAnalysisActions(set: Set, get: Get): AnalysisActions {
  const isCurrent = (id: number) => get().analysisRequest === id;
  return {
    beginAnalysis(document) {
      const id = get().analysisRequest + 1;
      set({
        analysisRequest: id,
        analysisTarget: document,
        analysisStatus: 'running',
        analysisProgress: null,
        analysisError: null,
        flags: [],
        checkFailures: [],
        analysisMillis: null,
        selectedFlagId: null,
        selectionOrigin: null,
      });
      return id;
    },

    reportAnalysisProgress(id, progress) {
      if (isCurrent(id)) set({ analysisProgress: progress });
    },

    completeAnalysis(id, { flags, checkFailures, millis }) {
      if (!isCurrent(id)) return;
      set({ analysisStatus: 'done', analysisProgress: null, flags, checkFailures, analysisMillis: millis });
    },

    failAnalysis(id, message) {
      if (!isCurrent(id)) return;
      set({ analysisStatus: 'failed', analysisProgress: null, analysisError: message });
    },

    clearAnalysis() {
      // The request counter survives, so an answer still on its way is recognised as stale.
      const { analysisRequest, suggestions } = get();
      set({ ...initialAnalysisState, analysisRequest: analysisRequest + 1, suggestions });
    },

    selectFlag(flagId, origin = 'list') {
      set((state) => ({
        selectedFlagId: flagId,
        selectionOrigin: flagId === null ? null : origin,
        selectionCount: state.selectionCount + 1,
      }));
    },

    setSuggestions(key, entry) {
      set((state) => ({ suggestions: { ...state.suggestions, [key]: entry } }));
    },
  };
}
