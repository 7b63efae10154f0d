// The view slice's shape: interface language, the current error message and file-loading progress.
import type { UiLanguage } from '../../../i18n/index.ts';

export type OpenErrorKind =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'undecodable'
  | 'read-failed'
  | 'sample-failed'
  /** XML with entity declarations (external entities, expansion bombs): refused before anything is expanded. */
  | 'unsafe-xml'
  /** Broken XML, XLIFF without the structure it needs, CSV/TSV with broken quoting or missing columns. */
  | 'malformed'
  | 'unsupported-version'
  /** A bilingual file without a single segment. */
  | 'no-segments'
  | 'invalid-project'
  /** A source can only be put beside a plain-text article. */
  | 'source-needs-text';

/** Kept as data, not text, so the message follows a later change of interface language. */
export interface OpenError {
  kind: OpenErrorKind;
  name: string;
  /** File size in bytes, when known. */
  size?: number;
  /** Size limit in bytes, for 'too-large'. */
  limit?: number;
  /** Where the file is broken (1-based), when the reader knows. */
  line?: number;
  column?: number;
  /** The reader's own explanation (English, technical), shown beneath the message. */
  detail?: string;
}

export interface LoadingState {
  phase: 'reading' | 'segmenting';
  name: string;
  /** Bytes read so far and in total; total 0 while unknown. */
  loaded: number;
  total: number;
}

export interface ViewState {
  uiLanguage: UiLanguage;
  error: OpenError | null;
  loading: LoadingState | null;
}

export interface ViewActions {
  setUiLanguage: (lng: UiLanguage) => void;
  showError: (error: OpenError) => void;
  dismissError: () => void;
  setLoading: (loading: LoadingState | null) => void;
}

export type ViewSlice = ViewState & ViewActions;

export function createInitialViewState(uiLanguage: UiLanguage): ViewState {
  return { uiLanguage, error: null, loading: null };
}
