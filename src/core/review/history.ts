// Undo and redo over the review: snapshots of the immutable state (they share structure), bounded in length.
import { reduceReview } from './review.ts';
import type { ReviewAction, ReviewState } from './types.ts';

export interface HistoryStep {
  /** The state before the action. */
  state: ReviewState;
  /** The action that left this state, so the UI can say what undo or redo would do. */
  action: ReviewAction;
}

export interface ReviewHistory {
  present: ReviewState;
  /** Oldest first; undo pops the last. */
  past: HistoryStep[];
  /** Next redo last. */
  future: HistoryStep[];
  limit: number;
}

export const defaultHistoryLimit = 500;

export function createHistory(state: ReviewState, limit = defaultHistoryLimit): ReviewHistory {
  return { present: state, past: [], future: [], limit: Math.max(1, limit) };
}

/** Applies an action and records it; an action that changes nothing records nothing and keeps the redo stack. */
export function applyWithHistory(history: ReviewHistory, action: ReviewAction): ReviewHistory {
  const next = reduceReview(history.present, action);
  if (next === history.present) return history;
  const past = [...history.past, { state: history.present, action }];
  if (past.length > history.limit) past.splice(0, past.length - history.limit);
  return { ...history, present: next, past, future: [] };
}

export function canUndo(history: ReviewHistory): boolean {
  return history.past.length > 0;
}

export function canRedo(history: ReviewHistory): boolean {
  return history.future.length > 0;
}

export function undo(history: ReviewHistory): ReviewHistory {
  const step = history.past.at(-1);
  if (!step) return history;
  return {
    ...history,
    present: step.state,
    past: history.past.slice(0, -1),
    future: [...history.future, { state: history.present, action: step.action }],
  };
}

export function redo(history: ReviewHistory): ReviewHistory {
  const step = history.future.at(-1);
  if (!step) return history;
  return {
    ...history,
    present: step.state,
    past: [...history.past, { state: history.present, action: step.action }],
    future: history.future.slice(0, -1),
  };
}

/** The action undo would take back, or redo would do again. */
export function undoAction(history: ReviewHistory): ReviewAction | undefined {
  return history.past.at(-1)?.action;
}

export function redoAction(history: ReviewHistory): ReviewAction | undefined {
  return history.future.at(-1)?.action;
}
