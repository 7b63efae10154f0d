// The worker's logic without the worker: answers one request through `post`, testable in Node.
import type { Analyzer } from '../core/index.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

export interface RequestHandlerOptions {
  /** Creates the analyzer once, on the first request; retried on the next request if it fails. */
  createAnalyzer: () => Promise<Analyzer>;
  now?: () => number;
}

export type RequestHandler = (request: WorkerRequest, post: (response: WorkerResponse) => void) => Promise<void>;

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// Messages come from another realm, so their shape is checked rather than trusted.
function requestId(request: unknown): number {
  const id = (request as { id?: unknown } | null)?.id;
  return typeof id === 'number' ? id : -1;
}

export function createRequestHandler({ createAnalyzer, now = () => performance.now() }: RequestHandlerOptions): RequestHandler {
  let analyzer: Promise<Analyzer> | undefined;
  // Keyed by language and word: hunspell's suggest() takes up to a second on long compounds.
  const suggestionCache = new Map<string, string[]>();

  const getAnalyzer = (): Promise<Analyzer> => {
    if (!analyzer) {
      const created = createAnalyzer();
      analyzer = created;
      // A failed start (e.g. the WASM did not load) must not poison every later request.
      created.catch(() => {
        if (analyzer === created) analyzer = undefined;
      });
    }
    return analyzer;
  };

  return async (request, post) => {
    const id = requestId(request);
    try {
      switch (request?.type) {
        case 'analyze': {
          const started = now();
          const langs = [request.lang, request.sourceLang].filter((l): l is string => !!l);
          post({ type: 'progress', id, phase: 'loading-dictionary', done: 0, total: langs.length });
          const ready = await getAnalyzer();
          for (const [i, lang] of langs.entries()) {
            await ready.ensureLexicon(lang);
            post({ type: 'progress', id, phase: 'loading-dictionary', done: i + 1, total: langs.length });
          }
          post({ type: 'progress', id, phase: 'analyzing', done: 0, total: 1 });
          const result = ready.analyze({
            text: request.text,
            lang: request.lang,
            layout: request.layout,
            sourceText: request.sourceText,
            sourceLang: request.sourceLang,
            sourceLayout: request.sourceLayout,
          });
          post({ type: 'progress', id, phase: 'analyzing', done: 1, total: 1 });
          post({ type: 'result', id, result, millis: now() - started });
          return;
        }
        case 'suggest': {
          const key = `${request.lang}\u0000${request.word}`;
          let suggestions = suggestionCache.get(key);
          if (!suggestions) {
            const ready = await getAnalyzer();
            await ready.ensureLexicon(request.lang);
            suggestions = ready.suggest(request.word, request.lang);
            suggestionCache.set(key, suggestions);
          }
          post({ type: 'suggestions', id, word: request.word, suggestions });
          return;
        }
        default: {
          const type = (request as { type?: unknown } | null)?.type;
          post({ type: 'error', id, message: `Unknown request type: ${String(type)}` });
        }
      }
    } catch (error) {
      post({ type: 'error', id, message: describeError(error) });
    }
  };
}
