// The app's view of the analysis worker: promises over the request/response protocol, whatever carries the messages.
import type { AnalysisInput, AnalysisResult, DocumentLayout, RecheckResult } from '../core/index.ts';
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

/** One edited sentence of an analysed article to check again. */
export interface SentenceRecheck {
  /** The article as it was sent to analyze: text, language and layout. */
  article: Pick<AnalysisInput, 'text' | 'lang' | 'layout'>;
  sentence: number;
  /** The sentence's new text. */
  text: string;
  /** Current texts of all edited sentences of the article, by index. */
  edits: Record<number, string>;
}

export interface RecheckOutcome {
  /** Offsets of `flags` are into the sentence's new text, those of `related` into the other sentences' texts. */
  result: RecheckResult;
  millis: number;
  /**
   * False when the worker did not hold the article (another one was analysed since, or the worker restarted): then
   * the sentence's text was analysed alone, and nothing that compares it with other sentences ran.
   */
  isIncremental: boolean;
}

/** Injected into the app: backed by a Web Worker in the browser, by the handler in-process in tests. */
export interface AnalysisClient {
  analyze(input: AnalysisInput, onProgress?: (progress: AnalysisProgress) => void): Promise<AnalysisOutcome>;
  /**
   * Checks one edited sentence again: its own checks, and those comparing it with the article's other sentences.
   * Optional: without it the app analyses the sentence's text alone.
   */
  recheck?(request: SentenceRecheck): Promise<RecheckOutcome>;
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

const layoutKind = (layout: DocumentLayout | undefined) => layout?.kind ?? 'plain';

// The same strings and layout objects as the analyze request when they come from the same document, so mostly O(1).
function isSameArticle(analysed: AnalysisInput, article: SentenceRecheck['article']): boolean {
  if (analysed.text !== article.text || analysed.lang !== article.lang) return false;
  if (analysed.layout === article.layout) return true;
  return layoutKind(analysed.layout) === layoutKind(article.layout) && layoutKind(article.layout) !== 'units';
}

/** A client over a channel that is opened on the first request and reopened after a failure. */
export function createChannelClient(connect: ConnectChannel): AnalysisClient {
  let channel: Channel | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  /** The article whose analysis came back last, which the worker keeps under the id of its request. */
  let analysed: { id: number; input: AnalysisInput } | undefined;

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
    analysed = undefined; // a new worker holds no article
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

  const analyze = async (input: AnalysisInput, onProgress?: Pending['onProgress'], isArticle = true): Promise<AnalysisOutcome> => {
    const response = await request((id) => ({ type: 'analyze', id, ...input }), onProgress);
    if (response.type !== 'result') throw new Error(`Unexpected answer to analyze: ${response.type}`);
    analysed = isArticle ? { id: response.id, input } : undefined;
    return { result: response.result, millis: response.millis };
  };

  return {
    analyze: (input, onProgress) => analyze(input, onProgress),
    async recheck({ article, sentence, text, edits }) {
      const kept = analysed;
      if (kept && isSameArticle(kept.input, article)) {
        const response = await request((id) => ({ type: 'recheck', id, article: kept.id, sentence, text, edits }));
        if (response.type !== 'recheck-result') throw new Error(`Unexpected answer to recheck: ${response.type}`);
        if (response.result) return { result: response.result, millis: response.millis, isIncremental: true };
      }
      // The article is not in the worker: the sentence's text alone, as before re-checks knew the article. The worker
      // keeps that text now, so the article no longer counts as analysed.
      const { result, millis } = await analyze({ text, lang: article.lang }, undefined, false);
      return { result: { sentence, flags: result.flags, related: [], articleChecks: [] }, millis, isIncremental: false };
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
