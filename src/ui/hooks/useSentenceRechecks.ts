// Re-checks each edited sentence through the analysis client, against the rest of the article, and files the flags under that sentence.
import { useContext, useEffect, useRef } from 'react';
import type { ArticleDocument, RecheckResult } from '../../core/index.ts';
import { useAppStore, useAppStoreApi, type AppStore } from '../../store/store.ts';
import { selectDocument } from '../../store/slices/document/selectors.ts';
import { selectEdits } from '../../store/slices/review/selectors.ts';
import { namedSentence, recheckFlags, relatedFlags } from '../../store/slices/review/sentence-flags.ts';
import type { RecheckEntry } from '../../store/slices/review/state.ts';
import type { AnalysisClient } from '../../worker/analysis-client.ts';
import { AnalysisClientContext } from './useAnalysis.ts';

/** The checks' answer for one sentence; the article's other sentences are taken as they are when the request goes out. */
function askClient(client: AnalysisClient, document: ArticleDocument, sentence: number, text: string, edits: Record<number, string>) {
  if (client.recheck) {
    const article = { text: document.text, lang: document.lang, layout: document.layout };
    return client.recheck({ article, sentence, text, edits }).then(({ result }) => result);
  }
  return client
    .analyze({ text, lang: document.lang })
    .then(({ result }): RecheckResult => ({ sentence, flags: result.flags, related: [], articleChecks: [] }));
}

/** Sentences whose last re-check has a flag of `checks` naming `sentence`. */
function editsNaming(store: AppStore, sentence: number, checks: readonly string[]): number[] {
  return Object.entries(store.getState().rechecks)
    .filter(([, entry]) => entry.flags.some((flag) => checks.includes(flag.check) && namedSentence(flag) === sentence))
    .map(([key]) => Number(key));
}

/**
 * Edited sentences other than `sentence` whose article-level flags the new answer may have changed: those it pairs
 * with now, and those whose last answer named it.
 */
function affectedEdits(store: AppStore, result: RecheckResult, edits: Record<number, string>): number[] {
  if (!result.articleChecks.length) return [];
  const { sentence } = result;
  const affected = new Set(editsNaming(store, sentence, result.articleChecks));
  for (const { sentence: other } of result.related) affected.add(other);
  for (const flag of result.flags) {
    const other = namedSentence(flag);
    if (result.articleChecks.includes(flag.check) && other !== undefined) affected.add(other);
  }
  affected.delete(sentence);
  return [...affected].filter((index) => edits[index] !== undefined);
}

const NOTHING_FOUND = { flags: [], related: [], articleChecks: [] } as const satisfies Partial<RecheckEntry>;

export function useSentenceRechecks(): void {
  const client = useContext(AnalysisClientContext);
  const store = useAppStoreApi();
  const document = useAppStore(selectDocument);
  const edits = useAppStore(selectEdits);
  const previousEdits = useRef<Record<number, string>>({});
  // Learnt from the answers rather than imported, which would pull the checks into the page's bundle.
  const articleChecks = useRef(new Set<string>());

  useEffect(() => {
    if (!client || !document) return;
    // An answer for a text the sentence no longer has, or for another article, is dropped.
    const isCurrent = (index: number, text: string) => {
      const state = store.getState();
      return state.document === document && state.rechecks[index]?.text === text;
    };
    const run = (index: number, text: string, isFollowUp: boolean) => {
      // A follow-up keeps showing the last answer until the new one is there.
      if (!isFollowUp) store.getState().setRecheck(index, { text, status: 'running', ...NOTHING_FOUND });
      askClient(client, document, index, text, edits).then(
        (result) => {
          for (const check of result.articleChecks) articleChecks.current.add(check);
          if (!isCurrent(index, text)) return;
          store.getState().setRecheck(index, {
            text,
            status: 'done',
            flags: recheckFlags(result.flags, index),
            related: relatedFlags(result.related),
            articleChecks: result.articleChecks,
          });
          // A sentence that stopped or started repeating another edited one changes that one's flags too.
          if (!isFollowUp) for (const other of affectedEdits(store, result, edits)) run(other, edits[other]!, true);
        },
        () => {
          if (isCurrent(index, text)) store.getState().setRecheck(index, { text, status: 'failed', ...NOTHING_FOUND });
        },
      );
    };
    // A sentence back to its original text is not re-checked, but edited ones that were found to repeat it are.
    const reverted = Object.keys(previousEdits.current).map(Number).filter((index) => edits[index] === undefined);
    previousEdits.current = edits;
    for (const index of reverted) {
      for (const other of editsNaming(store, index, [...articleChecks.current])) {
        const text = edits[other];
        if (text !== undefined && store.getState().rechecks[other]?.text === text) run(other, text, true);
      }
    }
    for (const [key, text] of Object.entries(edits)) {
      const index = Number(key);
      // One request per text: undo back to a checked text reuses its answer, a failure is not retried in a loop.
      if (store.getState().rechecks[index]?.text === text) continue;
      run(index, text, false);
    }
  }, [client, document, edits, store]);
}
