// Runs the checks on the open article through the injected analysis client, and fetches word suggestions on demand.
import { createContext, useContext, useEffect } from 'react';
import type { ArticleDocument, Flag } from '../../core/index.ts';
import { useAppStore, useAppStoreApi } from '../../store/store.ts';
import { selectDocument } from '../../store/slices/document/selectors.ts';
import { suggestionKey } from '../../store/slices/analysis/state.ts';
import type { AnalysisClient } from '../../worker/analysis-client.ts';

/** The analysis client; null runs no checks (the flags panel says so). */
export const AnalysisClientContext = createContext<AnalysisClient | null>(null);

/** Checks whose flags name a misspelt word, for which the dictionary can suggest spellings. */
const SPELLING_CHECKS = new Set(['garbled-word']);

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Sends the article to the client whenever it or its language changes; the store drops answers to older requests. */
export function useAnalysisRunner(): void {
  const client = useContext(AnalysisClientContext);
  const store = useAppStoreApi();
  const document = useAppStore(selectDocument);

  useEffect(() => {
    if (!client) return;
    const state = store.getState();
    if (!document) {
      state.clearAnalysis();
      return;
    }
    // StrictMode runs effects twice; the same document needs no second request.
    if (state.analysisTarget === document && state.analysisStatus !== 'failed') return;
    // In a task of its own, after the one that shows the article: posting a long article to the worker and
    // rendering the progress took some 40 ms of that task on 1.5 MB.
    const timer = setTimeout(() => {
      const current = store.getState();
      if (current.document !== document || (current.analysisTarget === document && current.analysisStatus !== 'failed')) return;
      const id = current.beginAnalysis(document);
      // The source always changes together with the document (one store update), so it is read here, not subscribed to.
      const source = current.sourceDocument;
      const input = {
        text: document.text,
        lang: document.lang,
        layout: document.layout,
        ...(source ? { sourceText: source.text, sourceLang: source.lang, sourceLayout: source.layout } : {}),
      };
      client
        .analyze(input, (progress) => store.getState().reportAnalysisProgress(id, progress))
        .then(({ result, millis }) =>
          store.getState().completeAnalysis(id, { flags: result.flags, checkFailures: result.errors, millis }),
        )
        .catch((error: unknown) => store.getState().failAnalysis(id, describeError(error)));
    }, 0);
    return () => clearTimeout(timer);
  }, [client, document, store]);
}

/** The key of a flag's dictionary suggestions in the store; null for flags that are not about spelling. */
export function spellingLookupKey(flag: Flag | null, document: ArticleDocument | null): string | null {
  if (!flag || !document || !SPELLING_CHECKS.has(flag.check) || flag.end <= flag.start) return null;
  return suggestionKey(document.lang, document.text.slice(flag.start, flag.end));
}

/** Asks for dictionary suggestions when a spelling flag is selected: once per word and language, kept in the store. */
export function useFlagSuggestions(flag: Flag | null): void {
  const client = useContext(AnalysisClientContext);
  const store = useAppStoreApi();
  const document = useAppStore(selectDocument);
  const key = spellingLookupKey(flag, document);
  const word = key === null || !flag || !document ? '' : document.text.slice(flag.start, flag.end);
  const lang = document?.lang ?? 'und';

  useEffect(() => {
    if (!client || key === null) return;
    const { suggestions, setSuggestions } = store.getState();
    if (suggestions[key] && suggestions[key].status !== 'failed') return;
    setSuggestions(key, { status: 'loading', words: [] });
    client.suggest(word, lang).then(
      (words) => store.getState().setSuggestions(key, { status: 'done', words }),
      () => store.getState().setSuggestions(key, { status: 'failed', words: [] }),
    );
  }, [client, key, lang, store, word]);
}
