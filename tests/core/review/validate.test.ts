// validateReviewState: a review read from a file or storage is accepted whole, or refused with each problem named.
import { describe, expect, it } from 'vitest';
import { defaultMqmWeights, defaultPassThreshold } from '../../../src/core/review/mqm.ts';
import { createReview } from '../../../src/core/review/review.ts';
import type { ReviewState } from '../../../src/core/review/types.ts';
import { validateReviewState } from '../../../src/core/review/validate.ts';
import { annotationOn, AT, LATER } from './helpers.ts';

const SENTENCE = 'Die Welt erschrecken, die Welt erschrecken.';

function fullReview(): ReviewState {
  return {
    edits: { 0: 'Die Welt erschrecken.', 12: 'Zweiter Satz.' },
    annotations: [
      annotationOn(SENTENCE, 'die Welt erschrecken', { id: 'a1', comment: 'doppelt', correction: '' }),
      annotationOn(SENTENCE, 'Welt', {
        id: 'a2',
        sentence: 3,
        severity: 'minor',
        category: 'Fluency/Spelling',
        origin: { kind: 'check', check: 'garbled-word', flagId: 'garbled-word:4:8:0' },
        stale: true,
        replaced: 'Wlet',
        updatedAt: LATER,
      }),
    ],
    decisions: {
      'garbled-word:4:8:0': { status: 'fixed', check: 'garbled-word', annotationId: 'a2', at: AT },
      'missing-space:1:2:0': { status: 'dismissed', check: 'missing-space', reason: 'Name', at: AT },
      'untranslated:0:4:0': { status: 'accepted', check: 'untranslated', at: LATER },
    },
    reviewed: { 0: true, 3: true },
    settings: {
      weights: { ...defaultMqmWeights, major: 4, minorPunctuation: 0.5 },
      passThreshold: 90,
      mutedChecks: ['boilerplate'],
    },
  };
}

/** The problems validateReviewState names for `review`, or a failure when it accepts it. */
function problemsOf(review: unknown): string[] {
  const result = validateReviewState(review);
  if (!('problems' in result)) throw new Error('the review was accepted');
  return result.problems;
}

function withField(path: (review: Record<string, unknown>) => void): unknown {
  const review = JSON.parse(JSON.stringify(fullReview())) as Record<string, unknown>;
  path(review);
  return review;
}

describe('validateReviewState', () => {
  it('accepts a new review as it is', () => {
    expect(validateReviewState(createReview())).toEqual({ review: createReview() });
  });

  it('accepts a full review, read back from JSON, as it was', () => {
    const review = fullReview();
    expect(validateReviewState(JSON.parse(JSON.stringify(review)))).toEqual({ review });
  });

  it('fills settings an older file did not have with the defaults', () => {
    const withoutSettings: Partial<ReviewState> = fullReview();
    delete withoutSettings.settings;
    const result = validateReviewState(JSON.parse(JSON.stringify(withoutSettings)));
    expect(result).toEqual({
      review: { ...withoutSettings, settings: { weights: defaultMqmWeights, passThreshold: defaultPassThreshold, mutedChecks: [] } },
    });
    const partial = validateReviewState({ ...createReview(), settings: { weights: { major: 7 } } });
    expect('review' in partial && partial.review.settings).toEqual({
      weights: { ...defaultMqmWeights, major: 7 },
      passThreshold: defaultPassThreshold,
      mutedChecks: [],
    });
  });

  it('drops fields it does not know, at every level', () => {
    const review = withField((r) => {
      r.extra = 'x';
      (r.annotations as Record<string, unknown>[])[0]!.html = '<b>';
      (r.decisions as Record<string, Record<string, unknown>>)['untranslated:0:4:0']!.note = 1;
      (r.settings as Record<string, unknown>).theme = 'dark';
      ((r.settings as Record<string, unknown>).weights as Record<string, unknown>).bogus = 3;
    });
    expect(validateReviewState(review)).toEqual({ review: fullReview() });
  });

  it.each<[string, unknown, string]>([
    ['a string', 'review', 'the review is not an object'],
    ['null', null, 'the review is not an object'],
    ['a list', [], 'the review is not an object'],
  ])('refuses %s as a whole', (_name, value, problem) => {
    expect(problemsOf(value)).toEqual([problem]);
  });

  it.each<[string, (r: Record<string, unknown>) => void, string]>([
    ['edits as a list', (r) => (r.edits = ['x']), 'edits is not an object'],
    ['an edit with a word for its index', (r) => (r.edits = { first: 'x' }), 'edit first is not a sentence index with text'],
    ['a negative edit index', (r) => (r.edits = { '-1': 'x' }), 'edit -1 is not a sentence index with text'],
    ['an edit that is no text', (r) => (r.edits = { 2: 5 }), 'edit 2 is not a sentence index with text'],
    ['annotations as an object', (r) => (r.annotations = {}), 'annotations is not a list'],
    ['an annotation that is a string', (r) => (r.annotations = ['a']), 'annotation 1 is not an object'],
    ['an annotation without quote and comment', (r) => {
      const a = (r.annotations as Record<string, unknown>[])[1]!;
      delete a.quote;
      a.comment = null;
    }, 'annotation 2: quote, comment not text'],
    ['an annotation ending before it starts', (r) => Object.assign((r.annotations as object[])[0]!, { start: 5, end: 2 }), 'annotation 1: sentence/start/end are not valid offsets'],
    ['an annotation at a fractional offset', (r) => Object.assign((r.annotations as object[])[0]!, { start: 1.5 }), 'annotation 1: sentence/start/end are not valid offsets'],
    ['an annotation in sentence -1', (r) => Object.assign((r.annotations as object[])[0]!, { sentence: -1 }), 'annotation 1: sentence/start/end are not valid offsets'],
    ['an unknown severity', (r) => Object.assign((r.annotations as object[])[0]!, { severity: 'fatal' }), 'annotation 1: unknown severity'],
    ['an origin of unknown kind', (r) => Object.assign((r.annotations as object[])[0]!, { origin: { kind: 'robot' } }), 'annotation 1: unknown origin'],
    ['an annotation without origin', (r) => delete (r.annotations as Record<string, unknown>[])[0]!.origin, 'annotation 1: unknown origin'],
    ['a check origin without its flag', (r) => Object.assign((r.annotations as object[])[1]!, { origin: { kind: 'check', check: 'x' } }), 'annotation 2: unknown origin'],
    ['stale as a string', (r) => Object.assign((r.annotations as object[])[0]!, { stale: 'no' }), 'annotation 1: stale is not true/false'],
    ['replaced as a number', (r) => Object.assign((r.annotations as object[])[1]!, { replaced: 3 }), 'annotation 2: replaced is not text'],
    ['decisions as a list', (r) => (r.decisions = []), 'decisions is not an object'],
    ['a decision with status open', (r) => (r.decisions = { f: { status: 'open', check: 'c', at: AT } }), 'decision f is not a flag decision'],
    ['a decision without its check', (r) => (r.decisions = { f: { status: 'accepted', at: AT } }), 'decision f is not a flag decision'],
    ['a decision whose reason is an object', (r) => (r.decisions = { f: { status: 'dismissed', check: 'c', reason: {}, at: AT } }), 'decision f is not a flag decision'],
    ['a decision whose annotation id is a number', (r) => (r.decisions = { f: { status: 'fixed', check: 'c', annotationId: 1, at: AT } }), 'decision f is not a flag decision'],
    ['reviewed as a list', (r) => (r.reviewed = [true]), 'reviewed is not an object'],
    ['a reviewed flag that is not true', (r) => (r.reviewed = { 3: false }), 'reviewed 3 is not a sentence index'],
    ['a reviewed key that is no index', (r) => (r.reviewed = { x: true }), 'reviewed x is not a sentence index'],
    ['a negative weight', (r) => ((r.settings as { weights: object }).weights = { major: -1 }), 'weight major is not a number ≥ 0'],
    ['a weight as text', (r) => ((r.settings as { weights: object }).weights = { minor: '1' }), 'weight minor is not a number ≥ 0'],
    ['a threshold as text', (r) => ((r.settings as Record<string, unknown>).passThreshold = '95'), 'passThreshold is not a number'],
    ['muted checks with a number', (r) => ((r.settings as Record<string, unknown>).mutedChecks = ['a', 1]), 'mutedChecks is not a list of check ids'],
  ])('names the problem of %s', (_name, damage, problem) => {
    expect(problemsOf(withField(damage))).toEqual([problem]);
  });

  it('names every problem at once, not only the first', () => {
    const problems = problemsOf({ edits: [], annotations: {}, decisions: [], reviewed: 1, settings: { passThreshold: NaN } });
    expect(problems).toEqual([
      'edits is not an object',
      'annotations is not a list',
      'decisions is not an object',
      'reviewed is not an object',
      'passThreshold is not a number',
    ]);
  });
});
