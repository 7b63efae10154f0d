// Manual annotation actions for the components: builds the exact add/update/delete ReviewActions and sends them through the review history.
import { useMemo } from 'react';
import type { Annotation, AnnotationChanges, ReviewAction } from '../../core/review/types.ts';
import type { AppState } from '../../store/store.ts';
import { useAppStoreApi } from '../../store/store.ts';
import { selectAnnotations, selectSentences, sentenceTextOf } from '../../store/slices/review/selectors.ts';
import type { AnnotationDraft } from '../components/Annotate/annotate-spans.ts';

export interface AnnotateActions {
  /** Adds a manual annotation of `sentence`; returns its id, or null when there is no such sentence. */
  addAnnotation: (sentence: number, draft: AnnotationDraft) => string | null;
  updateAnnotation: (id: string, changes: AnnotationChanges) => void;
  deleteAnnotation: (id: string) => void;
}

export interface AnnotateActionsOptions {
  /** Id generator, for tests; random UUIDs by default. */
  newId?: () => string;
  /** Clock, for tests; the current time as ISO 8601 by default. */
  now?: () => string;
}

let fallbackCounter = 0;

// crypto.randomUUID exists only in secure contexts; a page served over plain http on a LAN address has none.
function randomId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  fallbackCounter += 1;
  return `m-${Date.now().toString(36)}-${fallbackCounter.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

const isoNow = () => new Date().toISOString();

/** The add action for `draft` in `sentence` of the open review, or null when the sentence does not exist. */
export function buildAddAnnotation(state: AppState, sentence: number, draft: AnnotationDraft, id: string, at: string): ReviewAction | null {
  if (!Number.isInteger(sentence) || sentence < 0 || sentence >= selectSentences(state).length) return null;
  const text = sentenceTextOf(state, sentence);
  const start = Math.max(0, Math.min(draft.start, draft.end, text.length));
  const end = Math.min(Math.max(draft.start, draft.end), text.length);
  const annotation: Annotation = {
    id,
    sentence,
    start,
    end,
    quote: text.slice(start, end),
    category: draft.category,
    severity: draft.severity,
    comment: draft.comment,
    correction: draft.correction,
    origin: { kind: 'manual' },
    stale: false,
    createdAt: at,
    updatedAt: at,
  };
  return { type: 'add-annotation', annotation };
}

/** The update action; a moved span carries the sentence's current text, so the reducer takes the new quote from it. */
export function buildUpdateAnnotation(state: AppState, id: string, changes: AnnotationChanges, at: string): ReviewAction | null {
  const annotation = selectAnnotations(state).find((existing) => existing.id === id);
  if (!annotation) return null;
  const movesSpan = changes.start !== undefined || changes.end !== undefined;
  return {
    type: 'update-annotation',
    id,
    changes,
    ...(movesSpan ? { sentenceText: sentenceTextOf(state, annotation.sentence) } : {}),
    at,
  };
}

export function useAnnotateActions({ newId = randomId, now = isoNow }: AnnotateActionsOptions = {}): AnnotateActions {
  const store = useAppStoreApi();
  return useMemo(
    () => ({
      addAnnotation(sentence, draft) {
        const state = store.getState();
        const action = buildAddAnnotation(state, sentence, draft, newId(), now());
        if (action?.type !== 'add-annotation') return null;
        state.dispatchReview(action);
        return action.annotation.id;
      },
      updateAnnotation(id, changes) {
        const state = store.getState();
        const action = buildUpdateAnnotation(state, id, changes, now());
        if (action) state.dispatchReview(action);
      },
      deleteAnnotation(id) {
        store.getState().dispatchReview({ type: 'delete-annotation', id });
      },
    }),
    [store, newId, now],
  );
}
