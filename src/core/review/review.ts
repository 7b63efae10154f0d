// The review reducer: every reviewer action as a pure, immutable state change (the store's actions only call it).
import { reanchorAnnotations } from './anchor.ts';
import { defaultMqmWeights, defaultPassThreshold } from './mqm.ts';
import type { Annotation, FlagDecision, ReviewAction, ReviewSettings, ReviewSettingsChanges, ReviewState } from './types.ts';

export function createReview(settings: ReviewSettingsChanges & { mutedChecks?: string[] } = {}): ReviewState {
  return {
    edits: {},
    annotations: [],
    decisions: {},
    reviewed: {},
    settings: {
      weights: { ...defaultMqmWeights, ...settings.weights },
      passThreshold: settings.passThreshold ?? defaultPassThreshold,
      mutedChecks: [...(settings.mutedChecks ?? [])],
    },
  };
}

function withoutKey<V>(record: Record<number | string, V>, key: number | string): Record<string, V> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** The sentence's text as the reviewer now sees it. */
function textOf(state: ReviewState, sentence: number, originalText: string): string {
  return state.edits[sentence] ?? originalText;
}

/** Sets a sentence's text and moves its annotations along; an edit back to the original is no edit. */
function setSentenceText(state: ReviewState, sentence: number, text: string, originalText: string, at: string): ReviewState {
  const previous = textOf(state, sentence, originalText);
  if (text === previous) return state;
  const edits = text === originalText ? withoutKey(state.edits, sentence) : { ...state.edits, [sentence]: text };
  return { ...state, edits, annotations: reanchorAnnotations(state.annotations, sentence, previous, text, at) };
}

/** Removes the annotation an accepted or fixed flag created, when it still has one. */
function dropDecisionAnnotation(state: ReviewState, decision: FlagDecision | undefined): Annotation[] {
  if (!decision?.annotationId) return state.annotations;
  return state.annotations.filter((annotation) => annotation.id !== decision.annotationId);
}

function clampSpan(start: number, end: number, length: number): [number, number] {
  const s = Math.max(0, Math.min(start, length));
  return [s, Math.max(s, Math.min(end, length))];
}

/**
 * Applies one review action. Returns the same state object when the action changes nothing (the history then
 * records no step). Decisions made on a flag replace earlier ones: accepting a dismissed flag is a change of mind.
 */
export function reduceReview(state: ReviewState, action: ReviewAction): ReviewState {
  switch (action.type) {
    case 'accept-flag': {
      const { flag, at } = action;
      const previous = state.decisions[flag.id];
      if (previous?.status === 'accepted') return state;
      const [start, end] = clampSpan(flag.start, flag.end, action.sentenceText.length);
      const annotation: Annotation = {
        id: action.annotationId,
        sentence: flag.sentence,
        start,
        end,
        quote: action.sentenceText.slice(start, end),
        category: action.category ?? flag.category,
        severity: action.severity ?? flag.severity,
        comment: '',
        correction: flag.suggestions[0]?.replacement ?? '',
        origin: { kind: 'check', check: flag.check, flagId: flag.id },
        stale: false,
        createdAt: at,
        updatedAt: at,
      };
      return {
        ...state,
        annotations: [...dropDecisionAnnotation(state, previous), annotation],
        decisions: { ...state.decisions, [flag.id]: { status: 'accepted', check: flag.check, annotationId: annotation.id, at } },
      };
    }
    case 'dismiss-flag': {
      const previous = state.decisions[action.flagId];
      const reason = action.reason?.trim();
      if (previous?.status === 'dismissed' && previous.reason === (reason || undefined)) return state;
      const decision: FlagDecision = { status: 'dismissed', check: action.check, at: action.at, ...(reason ? { reason } : {}) };
      // A fixed flag's edit stays in the text; dismissing it only withdraws the error from the score.
      return {
        ...state,
        annotations: dropDecisionAnnotation(state, previous),
        decisions: { ...state.decisions, [action.flagId]: decision },
      };
    }
    case 'reopen-flag': {
      const previous = state.decisions[action.flagId];
      if (!previous) return state;
      return { ...state, annotations: dropDecisionAnnotation(state, previous), decisions: withoutKey(state.decisions, action.flagId) };
    }
    case 'apply-suggestion': {
      const { flag, sentenceText, at } = action;
      const suggestion = flag.suggestions[action.suggestion];
      if (!suggestion || state.decisions[flag.id]?.status === 'fixed') return state;
      const [start, end] = clampSpan(suggestion.start, suggestion.end, sentenceText.length);
      const text = sentenceText.slice(0, start) + suggestion.replacement + sentenceText.slice(end);
      const cleared = { ...state, annotations: dropDecisionAnnotation(state, state.decisions[flag.id]) };
      const edited = setSentenceText(cleared, flag.sentence, text, action.originalText, at);
      // The error was real: it is scored like an accepted flag, its span is the replacement (empty for a deletion).
      const annotation: Annotation = {
        id: action.annotationId,
        sentence: flag.sentence,
        start,
        end: start + suggestion.replacement.length,
        quote: suggestion.replacement,
        category: flag.category,
        severity: flag.severity,
        comment: '',
        correction: suggestion.replacement,
        origin: { kind: 'check', check: flag.check, flagId: flag.id },
        stale: false,
        replaced: sentenceText.slice(start, end),
        createdAt: at,
        updatedAt: at,
      };
      return {
        ...edited,
        annotations: [...edited.annotations, annotation],
        decisions: { ...state.decisions, [flag.id]: { status: 'fixed', check: flag.check, annotationId: annotation.id, at } },
      };
    }
    case 'add-annotation': {
      const { annotation } = action;
      if (state.annotations.some((existing) => existing.id === annotation.id)) return state;
      const start = Math.max(0, Math.min(annotation.start, annotation.end));
      const end = Math.max(annotation.start, annotation.end);
      return { ...state, annotations: [...state.annotations, { ...annotation, start, end }] };
    }
    case 'update-annotation': {
      const index = state.annotations.findIndex((annotation) => annotation.id === action.id);
      if (index < 0) return state;
      const old = state.annotations[index]!;
      const changed = (Object.keys(action.changes) as (keyof typeof action.changes)[]).some(
        (key) => action.changes[key] !== undefined && action.changes[key] !== old[key],
      );
      if (!changed) return state;
      const updated: Annotation = { ...old, ...definedOnly(action.changes), updatedAt: action.at };
      if (action.changes.start !== undefined || action.changes.end !== undefined) {
        const lo = Math.max(0, Math.min(updated.start, updated.end));
        const hi = Math.max(updated.start, updated.end);
        updated.start = lo;
        updated.end = hi;
        // Moving the span by hand anchors it afresh: the reviewer has looked at it.
        if (action.sentenceText !== undefined) {
          [updated.start, updated.end] = clampSpan(lo, hi, action.sentenceText.length);
          updated.quote = action.sentenceText.slice(updated.start, updated.end);
          updated.stale = false;
        }
      }
      const annotations = [...state.annotations];
      annotations[index] = updated;
      return { ...state, annotations };
    }
    case 'delete-annotation': {
      const annotation = state.annotations.find((existing) => existing.id === action.id);
      if (!annotation) return state;
      const annotations = state.annotations.filter((existing) => existing.id !== action.id);
      let { decisions } = state;
      if (annotation.origin.kind === 'check') {
        const { flagId } = annotation.origin;
        const decision = decisions[flagId];
        if (decision?.annotationId === annotation.id) {
          // An accepted flag without its annotation is undecided again; a fixed one stays fixed (its edit is in the text).
          decisions =
            decision.status === 'fixed'
              ? { ...decisions, [flagId]: withoutAnnotation(decision) }
              : withoutKey(decisions, flagId);
        }
      }
      return { ...state, annotations, decisions };
    }
    case 'edit-sentence':
      return setSentenceText(state, action.sentence, action.text, action.originalText, action.at);
    case 'revert-sentence':
      return setSentenceText(state, action.sentence, action.originalText, action.originalText, action.at);
    case 'set-reviewed': {
      const isReviewed = state.reviewed[action.sentence] === true;
      if (isReviewed === action.reviewed) return state;
      return {
        ...state,
        reviewed: action.reviewed ? { ...state.reviewed, [action.sentence]: true } : withoutKey(state.reviewed, action.sentence),
      };
    }
    case 'mute-check': {
      const { mutedChecks } = state.settings;
      if (mutedChecks.includes(action.check) === action.muted) return state;
      const next = action.muted ? [...mutedChecks, action.check] : mutedChecks.filter((check) => check !== action.check);
      return { ...state, settings: { ...state.settings, mutedChecks: next } };
    }
    case 'set-settings': {
      const { weights, passThreshold } = action.settings;
      const settings: ReviewSettings = {
        ...state.settings,
        weights: { ...state.settings.weights, ...definedOnly(weights ?? {}) },
        passThreshold: passThreshold ?? state.settings.passThreshold,
      };
      const same =
        settings.passThreshold === state.settings.passThreshold &&
        (Object.keys(settings.weights) as (keyof typeof settings.weights)[]).every(
          (key) => settings.weights[key] === state.settings.weights[key],
        );
      return same ? state : { ...state, settings };
    }
  }
}

function withoutAnnotation(decision: FlagDecision): FlagDecision {
  const copy = { ...decision };
  delete copy.annotationId;
  return copy;
}

/** The fields of a partial object that are set; `{ severity: undefined }` must not blank a field. */
function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}
