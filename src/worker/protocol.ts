// Messages between the app and the analysis worker; every request carries an id its answers repeat.
import type { AnalysisInput, AnalysisResult } from '../core/index.ts';

export type WorkerRequest =
  | ({ type: 'analyze'; id: number } & AnalysisInput)
  | { type: 'suggest'; id: number; word: string; lang: string };

export type AnalysisPhase = 'loading-dictionary' | 'analyzing';

export type WorkerResponse =
  | { type: 'progress'; id: number; phase: AnalysisPhase; done: number; total: number }
  | { type: 'result'; id: number; result: AnalysisResult; millis: number }
  | { type: 'suggestions'; id: number; word: string; suggestions: string[] }
  | { type: 'error'; id: number; message: string };
