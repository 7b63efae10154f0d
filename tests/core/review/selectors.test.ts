// Read-outs of a review: sentence status with its precedence, current text, open flags, dismissal rates, progress.
import { describe, expect, it } from 'vitest';
import { createReview, reduceReview } from '../../../src/core/review/review.ts';
import {
  currentSentenceText,
  dismissalStats,
  openFlags,
  progress,
  sentenceStatus,
} from '../../../src/core/review/selectors.ts';
import type { ReviewAction, ReviewState } from '../../../src/core/review/types.ts';
import { AT, flagOn } from './helpers.ts';

function run(...actions: ReviewAction[]): ReviewState {
  return actions.reduce(reduceReview, createReview());
}

const edit: ReviewAction = { type: 'edit-sentence', sentence: 0, text: 'Neu.', originalText: 'Alt.', at: AT };
const review: ReviewAction = { type: 'set-reviewed', sentence: 0, reviewed: true };

describe('sentenceStatus', () => {
  it.each([
    ['nothing done', [], 0, 'untouched'],
    ['edited', [edit], 0, 'edited'],
    ['marked reviewed', [review], 0, 'reviewed'],
    ['edited and marked reviewed', [edit, review], 0, 'reviewed'],
    ['open flags', [], 2, 'has-open-flags'],
    ['open flags on an edited sentence', [edit], 1, 'has-open-flags'],
    ['open flags on a reviewed sentence', [edit, review], 1, 'has-open-flags'],
  ] as [string, ReviewAction[], number, string][])('is %s → %s', (_name, actions, open, status) => {
    expect(sentenceStatus(run(...actions), 0, open)).toBe(status);
  });

  it('looks only at the given sentence', () => {
    expect(sentenceStatus(run(edit, review), 1, 0)).toBe('untouched');
  });
});

describe('currentSentenceText', () => {
  it.each([
    ['the edit of an edited sentence', [edit], 'Neu.'],
    ['the original of an unedited one', [], 'Alt.'],
    ['the original after a revert', [edit, { type: 'revert-sentence', sentence: 0, originalText: 'Alt.', at: AT }], 'Alt.'],
    ['an edit to the empty string', [{ ...edit, text: '' }], ''],
  ] as [string, ReviewAction[], string][])('gives %s', (_name, actions, text) => {
    expect(currentSentenceText(run(...actions), 0, 'Alt.')).toBe(text);
  });
});

const TEXT = 'Es war ein Ein Test mit mit Fehlern.';
const a = flagOn(TEXT, 'ein Ein', { check: 'repeated-phrase' });
const b = flagOn(TEXT, 'mit mit', { check: 'repeated-phrase' });
const c = flagOn(TEXT, 'Fehlern', { check: 'garbled-word' });
const d = flagOn(TEXT, 'Test', { check: 'boilerplate' });
const flags = [a, b, c, d];

describe('openFlags', () => {
  it.each([
    ['all when nothing is decided', [], [a, b, c, d]],
    ['not the accepted one', [{ type: 'accept-flag', flag: a, sentenceText: TEXT, annotationId: 'x', at: AT }], [b, c, d]],
    ['not the dismissed one', [{ type: 'dismiss-flag', flagId: c.id, check: c.check, at: AT }], [a, b, d]],
    ['not those of a muted check', [{ type: 'mute-check', check: 'repeated-phrase', muted: true }], [c, d]],
    [
      'a reopened one again',
      [{ type: 'dismiss-flag', flagId: c.id, check: c.check, at: AT }, { type: 'reopen-flag', flagId: c.id }],
      [a, b, c, d],
    ],
  ] as [string, ReviewAction[], typeof flags][])('gives %s', (_name, actions, open) => {
    expect(openFlags(flags, run(...actions))).toEqual(open);
  });
});

describe('dismissalStats', () => {
  it('counts flags, dismissals and acceptances per check, noisiest first', () => {
    const state = run(
      { type: 'dismiss-flag', flagId: a.id, check: a.check, at: AT },
      { type: 'dismiss-flag', flagId: b.id, check: b.check, at: AT },
      { type: 'accept-flag', flag: c, sentenceText: TEXT, annotationId: 'x', at: AT },
      { type: 'mute-check', check: 'repeated-phrase', muted: true },
    );
    expect(dismissalStats(state, flags)).toEqual([
      { check: 'repeated-phrase', flags: 2, dismissed: 2, accepted: 0, falseAlarmRate: 1, muted: true },
      { check: 'boilerplate', flags: 1, dismissed: 0, accepted: 0, falseAlarmRate: null, muted: false },
      { check: 'garbled-word', flags: 1, dismissed: 0, accepted: 1, falseAlarmRate: 0, muted: false },
    ]);
  });

  it('counts a fixed flag as a true alarm and keeps decisions on flags an edit made disappear', () => {
    const fixable = { ...c, suggestions: [{ start: c.start, end: c.end, replacement: 'Fehler' }] };
    const state = run(
      { type: 'dismiss-flag', flagId: a.id, check: a.check, at: AT },
      { type: 'apply-suggestion', flag: fixable, suggestion: 0, sentenceText: TEXT, originalText: TEXT, annotationId: 'f', at: AT },
      { type: 'dismiss-flag', flagId: 'garbled-word:99:100:0', check: 'garbled-word', at: AT },
    );
    // After the edit the analysis no longer reports a or c.
    expect(dismissalStats(state, [b, d])).toEqual([
      { check: 'garbled-word', flags: 2, dismissed: 1, accepted: 1, falseAlarmRate: 0.5, muted: false },
      { check: 'repeated-phrase', flags: 2, dismissed: 1, accepted: 0, falseAlarmRate: 1, muted: false },
      { check: 'boilerplate', flags: 1, dismissed: 0, accepted: 0, falseAlarmRate: null, muted: false },
    ]);
  });
});

describe('progress', () => {
  it.each([
    ['nothing reviewed', [], 4, { reviewed: 0, total: 4, ratio: 0 }],
    ['two of four reviewed', [0, 3], 4, { reviewed: 2, total: 4, ratio: 0.5 }],
    ['all reviewed', [0, 1], 2, { reviewed: 2, total: 2, ratio: 1 }],
    ['marks beyond the article ignored', [1, 7], 2, { reviewed: 1, total: 2, ratio: 0.5 }],
    ['an empty article', [], 0, { reviewed: 0, total: 0, ratio: 0 }],
  ])('reports %s', (_name, sentences, count, expected) => {
    const state = run(...sentences.map((sentence): ReviewAction => ({ type: 'set-reviewed', sentence, reviewed: true })));
    expect(progress(state, count)).toEqual(expected);
  });
});
