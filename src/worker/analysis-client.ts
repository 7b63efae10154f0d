// The app's view of the analysis worker: promises over the request/response protocol, whatever carries the messages.
import type { AnalysisInput, AnalysisResult } from '../core/index.ts';
import type { AnalysisPhase, WorkerRequest, WorkerResponse } from './protocol.ts';

export interface AnalysisProgress {
  phase: AnalysisPhase;
  done: number;
  total: number;
}

export interface AnalysisOutcome {
  result: AnalysisResult;
  /** Time the worker spent, dictionary loading included. */
  millis: number;
}

/** Injected into the app: backed by a Web Worker in the browser, by the handler in-process in tests. */
export interface AnalysisClient {
  analyze(input: AnalysisInput, onProgress?: (progress: AnalysisProgress) => void): Promise<AnalysisOutcome>;
  /** Spelling suggestions for one word; slow on first call, cached by the worker. */
  suggest(word: string, lang: string): Promise<string[]>;
  /** Stops the worker; a later call starts a new one. */
  dispose(): void;
}

/** Carries requests to whatever answers them; `fail` rejects everything pending, e.g. when the worker died. */
export interface Channel {
  send(request: WorkerRequest): void;
  dispose(): void;
}

export type ConnectChannel = (receive: (response: WorkerResponse) => void, fail: (message: string) => void) => Channel;

interface Pending {
  resolve: (response: WorkerResponse) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: AnalysisProgress) => void;
}

/** A client over a channel that is opened on the first request and reopened after a failure. */
export function createChannelClient(connect: ConnectChannel): AnalysisClient {
  let channel: Channel | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const receive = (response: WorkerResponse) => {
    const entry = pending.get(response.id);
    if (!entry) return; // an answer to a request nobody waits for any more
    if (response.type === 'progress') {
      entry.onProgress?.({ phase: response.phase, done: response.done, total: response.total });
      return;
    }
    pending.delete(response.id);
    if (response.type === 'error') entry.reject(new Error(response.message));
    else entry.resolve(response);
  };

  const fail = (message: string) => {
    channel?.dispose();
    channel = undefined;
    const waiting = [...pending.values()];
    pending.clear();
    for (const entry of waiting) entry.reject(new Error(message));
  };

  const request = (build: (id: number) => WorkerRequest, onProgress?: Pending['onProgress']) =>
    new Promise<WorkerResponse>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, onProgress });
      try {
        channel ??= connect(receive, fail);
        channel.send(build(id));
      } catch (error) {
        pending.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });

  return {
    async analyze(input, onProgress) {
      const response = await request((id) => ({ type: 'analyze', id, ...input }), onProgress);
      if (response.type !== 'result') throw new Error(`Unexpected answer to analyze: ${response.type}`);
      return { result: response.result, millis: response.millis };
    },
    async suggest(word, lang) {
      const response = await request((id) => ({ type: 'suggest', id, word, lang }));
      if (response.type !== 'suggestions') throw new Error(`Unexpected answer to suggest: ${response.type}`);
      return response.suggestions;
    },
    dispose() {
      fail('The analysis was stopped.');
    },
  };
}
