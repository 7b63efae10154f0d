// Messages between the app and the analysis worker; every request carries an id its answers repeat.
import type { AnalysisInput, AnalysisResult, RecheckResult } from '../core/index.ts';

/**
 * Re-checks one edited sentence of the article the worker analysed last. `article` is the id of that analyze
 * request; `edits` are the current texts of the article's edited sentences, sent whole with every request so the
 * worker's copy never depends on the order of earlier edits, undos or lost answers (a handful of sentences, not 10,000).
 */
export interface RecheckRequest {
  type: 'recheck';
  id: number;
  article: number;
  sentence: number;
  text: string;
  edits: Record<number, string>;
}

export type WorkerRequest =
  | ({ type: 'analyze'; id: number } & AnalysisInput)
  | RecheckRequest
  | { type: 'suggest'; id: number; word: string; lang: string };

export type AnalysisPhase = 'loading-dictionary' | 'analyzing';

export type WorkerResponse =
  | { type: 'progress'; id: number; phase: AnalysisPhase; done: number; total: number }
  /** `result.sentences` is left empty: the app has the same segmentation of the text it sent. */
  | { type: 'result'; id: number; result: AnalysisResult; millis: number }
  /** `result` is null when the worker does not hold the article (it analysed another one since, or restarted). */
  | { type: 'recheck-result'; id: number; result: RecheckResult | null; millis: number }
  | { type: 'suggestions'; id: number; word: string; suggestions: string[] }
  | { type: 'error'; id: number; message: string };
