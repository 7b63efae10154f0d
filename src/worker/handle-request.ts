// The worker's logic without the worker: answers one request through `post`, testable in Node.
import { ARTICLE_LEVEL_CHECKS, createRecheckIndex, type Analyzer, type RecheckIndex, type RecheckResult } from '../core/index.ts';
import type { RecheckRequest, WorkerRequest, WorkerResponse } from './protocol.ts';

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

/** The article analysed last, kept so that an edit re-checks one sentence against it instead of sending the article again. */
interface KeptArticle {
  /** Id of the analyze request that brought it. */
  id: number;
  lang: string;
  texts: string[];
  /** Built on the first re-check: most articles are never edited. */
  index?: RecheckIndex;
  /** Sentences whose text in the index is an edit. */
  edited: Set<number>;
}

function isValidRecheck(request: RecheckRequest, article: KeptArticle): boolean {
  const inRange = (n: number) => Number.isInteger(n) && n >= 0 && n < article.texts.length;
  return (
    inRange(request.sentence) &&
    typeof request.text === 'string' &&
    typeof request.edits === 'object' &&
    request.edits !== null &&
    Object.entries(request.edits).every(([key, text]) => inRange(Number(key)) && typeof text === 'string')
  );
}

/** Brings the kept article's texts to the request's: edits applied, sentences no longer edited back to the original. */
function syncTexts(article: KeptArticle, request: RecheckRequest): RecheckIndex {
  const index = (article.index ??= createRecheckIndex(article.texts));
  const current = new Map<number, string>(Object.entries(request.edits).map(([key, text]) => [Number(key), text]));
  current.set(request.sentence, request.text);
  for (const sentence of article.edited) {
    if (!current.has(sentence)) index.setText(sentence, article.texts[sentence]!);
  }
  article.edited.clear();
  for (const [sentence, text] of current) {
    index.setText(sentence, text);
    if (text !== article.texts[sentence]) article.edited.add(sentence);
  }
  return index;
}

export function createRequestHandler({ createAnalyzer, now = () => performance.now() }: RequestHandlerOptions): RequestHandler {
  let analyzer: Promise<Analyzer> | undefined;
  // Keyed by language and word: hunspell's suggest() takes up to a second on long compounds.
  const suggestionCache = new Map<string, string[]>();
  let article: KeptArticle | undefined;

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
          article = { id, lang: request.lang, texts: result.sentences.map((s) => s.text), edited: new Set() };
          // The app segmented the same text itself: sending 10,000 sentences back would only cost a long clone on its main thread.
          post({ type: 'result', id, result: { ...result, sentences: [] }, millis: now() - started });
          return;
        }
        case 'recheck': {
          const started = now();
          const kept = article;
          if (!kept || kept.id !== request.article || !isValidRecheck(request, kept)) {
            post({ type: 'recheck-result', id, result: null, millis: now() - started });
            return;
          }
          const ready = await getAnalyzer();
          await ready.ensureLexicon(kept.lang);
          // The sentence's own checks are those of a full analysis of its text; the ones that compare it with
          // other sentences run against the kept article instead.
          const own = ready
            .analyze({ text: request.text, lang: kept.lang })
            .flags.filter((flag) => !ARTICLE_LEVEL_CHECKS.includes(flag.check));
          // Another request may have replaced the article while the dictionary loaded.
          if (article !== kept) {
            post({ type: 'recheck-result', id, result: null, millis: now() - started });
            return;
          }
          const { flags, related } = syncTexts(kept, request).articleFlags(request.sentence);
          const result: RecheckResult = {
            sentence: request.sentence,
            flags: [...own, ...flags],
            related,
            articleChecks: [...ARTICLE_LEVEL_CHECKS],
          };
          post({ type: 'recheck-result', id, result, millis: now() - started });
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
