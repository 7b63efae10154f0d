// Re-runs the checks on each edited sentence's text through the analysis client and files the flags under that sentence.
import { useContext, useEffect } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/store.ts';
import { selectDocument } from '../../store/slices/document/selectors.ts';
import { selectEdits } from '../../store/slices/review/selectors.ts';
import { recheckFlags } from '../../store/slices/review/sentence-flags.ts';
import { AnalysisClientContext } from './useAnalysis.ts';

export function useSentenceRechecks(): void {
  const client = useContext(AnalysisClientContext);
  const store = useAppStoreApi();
  const document = useAppStore(selectDocument);
  const edits = useAppStore(selectEdits);

  useEffect(() => {
    if (!client || !document) return;
    for (const [key, text] of Object.entries(edits)) {
      const index = Number(key);
      // One request per text: undo back to a checked text reuses its answer, a failure is not retried in a loop.
      if (store.getState().rechecks[index]?.text === text) continue;
      store.getState().setRecheck(index, { text, status: 'running', flags: [] });
      // An answer for a text the sentence no longer has, or for another article, is dropped.
      const isCurrent = () => {
        const state = store.getState();
        return state.document === document && state.rechecks[index]?.text === text;
      };
      client.analyze({ text, lang: document.lang }).then(
        ({ result }) => {
          if (isCurrent()) store.getState().setRecheck(index, { text, status: 'done', flags: recheckFlags(result.flags, index) });
        },
        () => {
          if (isCurrent()) store.getState().setRecheck(index, { text, status: 'failed', flags: [] });
        },
      );
    }
  }, [client, document, edits, store]);
}
