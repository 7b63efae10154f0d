// Undo and redo over the review: every action steps back and forth, a new action clears redo, the past is bounded.
import { describe, expect, it } from 'vitest';
import {
  applyWithHistory,
  canRedo,
  canUndo,
  createHistory,
  redo,
  redoAction,
  undo,
  undoAction,
  type ReviewHistory,
} from '../../../src/core/review/history.ts';
import { createReview } from '../../../src/core/review/review.ts';
import type { ReviewAction } from '../../../src/core/review/types.ts';
import { AT, annotationOn, flagOn } from './helpers.ts';

const TEXT = 'Die Welt dreht sich sich weiter.';
const flag = flagOn(TEXT, 'sich sich', { check: 'repeated-phrase', suggestions: [{ start: 15, end: 20, replacement: '' }] });

const everyAction: ReviewAction[] = [
  { type: 'accept-flag', flag, sentenceText: TEXT, annotationId: 'acc', at: AT },
  { type: 'dismiss-flag', flagId: flag.id, check: flag.check, reason: 'fine', at: AT },
  { type: 'reopen-flag', flagId: flag.id },
  { type: 'apply-suggestion', flag, suggestion: 0, sentenceText: TEXT, originalText: TEXT, annotationId: 'fix', at: AT },
  { type: 'add-annotation', annotation: annotationOn('Die Welt dreht sich weiter.', 'Welt', { id: 'w' }) },
  { type: 'update-annotation', id: 'w', changes: { severity: 'minor', comment: 'Erde?' }, at: AT },
  { type: 'delete-annotation', id: 'w' },
  { type: 'edit-sentence', sentence: 0, text: 'Die Erde dreht sich weiter.', originalText: TEXT, at: AT },
  { type: 'revert-sentence', sentence: 0, originalText: TEXT, at: AT },
  { type: 'set-reviewed', sentence: 0, reviewed: true },
  { type: 'mute-check', check: 'boilerplate', muted: true },
  { type: 'set-settings', settings: { passThreshold: 70, weights: { major: 4 } } },
];

function applyAll(history: ReviewHistory, actions: ReviewAction[]): ReviewHistory {
  return actions.reduce(applyWithHistory, history);
}

describe('history', () => {
  it('starts with nothing to undo or redo', () => {
    const history = createHistory(createReview());
    expect([canUndo(history), canRedo(history)]).toEqual([false, false]);
    expect(undo(history)).toBe(history);
    expect(redo(history)).toBe(history);
  });

  it.each(everyAction.map((action, i) => [action.type, i] as const))('undoes and redoes %s', (_type, i) => {
    const before = applyAll(createHistory(createReview()), everyAction.slice(0, i));
    const after = applyWithHistory(before, everyAction[i]!);
    expect(after.present).not.toEqual(before.present);
    const undone = undo(after);
    expect(undone.present).toEqual(before.present);
    expect(undoAction(after)).toBe(everyAction[i]);
    expect(redoAction(undone)).toBe(everyAction[i]);
    expect(redo(undone).present).toEqual(after.present);
  });

  it('walks the whole way back and forward again', () => {
    const start = createHistory(createReview());
    const end = applyAll(start, everyAction);
    let history = end;
    while (canUndo(history)) history = undo(history);
    expect(history.present).toEqual(start.present);
    expect(history.future).toHaveLength(everyAction.length);
    while (canRedo(history)) history = redo(history);
    expect(history.present).toEqual(end.present);
  });

  it('clears the redo stack when a new action is taken', () => {
    const history = undo(applyAll(createHistory(createReview()), everyAction.slice(0, 3)));
    expect(canRedo(history)).toBe(true);
    const next = applyWithHistory(history, { type: 'set-reviewed', sentence: 5, reviewed: true });
    expect(canRedo(next)).toBe(false);
  });

  it('records no step, and keeps redo, for an action that changes nothing', () => {
    const history = undo(applyAll(createHistory(createReview()), everyAction.slice(0, 2)));
    const same = applyWithHistory(history, { type: 'reopen-flag', flagId: 'never-decided' });
    expect(same).toBe(history);
    expect(canRedo(same)).toBe(true);
  });

  it.each([
    [3, 10, 3],
    [500, 600, 500],
    [500, 20, 20],
  ])('keeps at most %d steps after %d actions (%d undoable)', (limit, actions, undoable) => {
    let history = createHistory(createReview(), limit);
    for (let i = 0; i < actions; i++) history = applyWithHistory(history, { type: 'set-reviewed', sentence: i, reviewed: true });
    let steps = 0;
    while (canUndo(history)) {
      history = undo(history);
      steps++;
    }
    expect(steps).toBe(undoable);
    expect(Object.keys(history.present.reviewed)).toHaveLength(actions - undoable);
  });
});
