// The analysis slice's shape: the worker's progress and flags for the open document, the selected flag, word suggestions.
import type { ArticleDocument, Flag } from '../../../core/index.ts';
import type { AnalysisPhase } from '../../../worker/protocol.ts';

export type AnalysisStatus = 'idle' | 'running' | 'done' | 'failed';

export interface AnalysisProgressState {
  phase: AnalysisPhase;
  done: number;
  total: number;
}

export interface CheckFailure {
  check: string;
  message: string;
}

/** Where a selection was made: the list scrolls the article to it, a click in the article scrolls the list. */
export type SelectionOrigin = 'list' | 'article';

export interface SuggestionEntry {
  status: 'loading' | 'done' | 'failed';
  words: string[];
}

export interface AnalysisState {
  /** Id of the newest request; answers to older ones are dropped. */
  analysisRequest: number;
  /** The document the newest request analyses; flags are shown only while it is the open one. */
  analysisTarget: ArticleDocument | null;
  analysisStatus: AnalysisStatus;
  analysisProgress: AnalysisProgressState | null;
  /** Why the analysis as a whole failed (worker or dictionary); data, not UI text. */
  analysisError: string | null;
  flags: Flag[];
  /** Checks that threw; their flags are missing, the others are complete. */
  checkFailures: CheckFailure[];
  analysisMillis: number | null;
  selectedFlagId: string | null;
  selectionOrigin: SelectionOrigin | null;
  /** Bumped on every selection, so selecting the same flag again scrolls to it again. */
  selectionCount: number;
  /** Spelling suggestions by `suggestionKey(lang, word)`. */
  suggestions: Record<string, SuggestionEntry>;
}

export interface AnalysisActions {
  /** Starts a request for `document` and returns its id. */
  beginAnalysis: (document: ArticleDocument) => number;
  reportAnalysisProgress: (id: number, progress: AnalysisProgressState) => void;
  completeAnalysis: (id: number, outcome: { flags: Flag[]; checkFailures: CheckFailure[]; millis: number }) => void;
  failAnalysis: (id: number, message: string) => void;
  clearAnalysis: () => void;
  selectFlag: (flagId: string | null, origin?: SelectionOrigin) => void;
  setSuggestions: (key: string, entry: SuggestionEntry) => void;
}

export type AnalysisSlice = AnalysisState & AnalysisActions;

export const initialAnalysisState: AnalysisState = {
  analysisRequest: 0,
  analysisTarget: null,
  analysisStatus: 'idle',
  analysisProgress: null,
  analysisError: null,
  flags: [],
  checkFailures: [],
  analysisMillis: null,
  selectedFlagId: null,
  selectionOrigin: null,
  selectionCount: 0,
  suggestions: {},
};

export function suggestionKey(lang: string, word: string): string {
  return `${lang}\u0000${word}`;
}
