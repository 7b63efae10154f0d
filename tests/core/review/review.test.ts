// The review reducer: every action a reviewer takes, as pure immutable changes of the review state.
import { describe, expect, it } from 'vitest';
import { defaultMqmWeights } from '../../../src/core/review/mqm.ts';
import { createReview, reduceReview } from '../../../src/core/review/review.ts';
import type { ReviewAction, ReviewState } from '../../../src/core/review/types.ts';
import { AT, LATER, annotationOn, flagOn, spanText } from './helpers.ts';

const TEXT = 'Die Regierung hat die Entscheidnug gestern getroffen.';
const typo = flagOn(TEXT, 'Entscheidnug', { suggestions: [{ start: 22, end: 34, replacement: 'Entscheidung' }] });

function run(state: ReviewState, ...actions: ReviewAction[]): ReviewState {
  return actions.reduce(reduceReview, state);
}

/** Deep-frozen, so a mutating reducer throws. */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
}

describe('createReview', () => {
  it('starts empty with the WMT weights, a pass mark and no muted check', () => {
    expect(createReview()).toEqual({
      edits: {},
      annotations: [],
      decisions: {},
      reviewed: {},
      settings: { weights: defaultMqmWeights, passThreshold: 95, mutedChecks: [] },
    });
  });

  it('takes settings to start from', () => {
    const review = createReview({ weights: { major: 10 }, passThreshold: 80, mutedChecks: ['boilerplate'] });
    expect(review.settings).toEqual({ weights: { ...defaultMqmWeights, major: 10 }, passThreshold: 80, mutedChecks: ['boilerplate'] });
  });

  it('is plain JSON', () => {
    const review = run(
      createReview(),
      { type: 'accept-flag', flag: typo, sentenceText: TEXT, annotationId: 'a1', at: AT },
      { type: 'edit-sentence', sentence: 1, text: 'Neu.', originalText: 'Alt.', at: AT },
    );
    expect(JSON.parse(JSON.stringify(review))).toEqual(review);
  });
});

describe('reduceReview', () => {
  describe('accept-flag', () => {
    it('turns the flag into an annotation with its category, severity, span and suggestion', () => {
      const review = reduceReview(createReview(), { type: 'accept-flag', flag: typo, sentenceText: TEXT, annotationId: 'a1', at: AT });
      expect(review.annotations).toEqual([
        {
          id: 'a1',
          sentence: 0,
          start: 22,
          end: 34,
          quote: 'Entscheidnug',
          category: 'Fluency/Spelling',
          severity: 'minor',
          comment: '',
          correction: 'Entscheidung',
          origin: { kind: 'check', check: 'garbled-word', flagId: typo.id },
          stale: false,
          createdAt: AT,
          updatedAt: AT,
        },
      ]);
      expect(review.decisions[typo.id]).toEqual({ status: 'accepted', check: 'garbled-word', annotationId: 'a1', at: AT });
    });

    it('takes a category and severity the reviewer chose instead of the check’s', () => {
      const review = reduceReview(createReview(), {
        type: 'accept-flag',
        flag: typo,
        sentenceText: TEXT,
        annotationId: 'a1',
        category: 'Accuracy/Mistranslation',
        severity: 'major',
        at: AT,
      });
      expect(review.annotations[0]).toMatchObject({ category: 'Accuracy/Mistranslation', severity: 'major' });
    });

    it('does nothing when the flag is already accepted', () => {
      const once = reduceReview(createReview(), { type: 'accept-flag', flag: typo, sentenceText: TEXT, annotationId: 'a1', at: AT });
      expect(reduceReview(once, { type: 'accept-flag', flag: typo, sentenceText: TEXT, annotationId: 'a2', at: LATER })).toBe(once);
    });

    it('replaces an earlier dismissal', () => {
      const review = run(
        createReview(),
        { type: 'dismiss-flag', flagId: typo.id, check: typo.check, reason: 'name', at: AT },
        { type: 'accept-flag', flag: typo, sentenceText: TEXT, annotationId: 'a1', at: LATER },
      );
      expect(review.decisions[typo.id]?.status).toBe('accepted');
      expect(review.annotations).toHaveLength(1);
    });
  });

  describe('dismiss-flag', () => {
    it.each([
      ['with a reason', 'proper name', { reason: 'proper name' }],
      ['with a blank reason', '   ', {}],
      ['without a reason', undefined, {}],
    ])('records the dismissal %s', (_name, reason, expected) => {
      const review = reduceReview(createReview(), { type: 'dismiss-flag', flagId: typo.id, check: typo.check, reason, at: AT });
      expect(review.decisions[typo.id]).toEqual({ status: 'dismissed', check: 'garbled-word', at: AT, ...expected });
    });

    it('withdraws the annotation an accepted flag made', () => {
      const review = run(
        createReview(),
        { type: 'accept-flag', flag: typo, sentenceText: TEXT, annotationId: 'a1', at: AT },
        { type: 'dismiss-flag', flagId: typo.id, check: typo.check, at: LATER },
      );
      expect(review.annotations).toEqual([]);
      expect(review.decisions[typo.id]?.status).toBe('dismissed');
    });
  });

  describe('reopen-flag', () => {
    it.each([
      ['a dismissed flag', { type: 'dismiss-flag', flagId: typo.id, check: typo.check, at: AT }],
      ['an accepted flag', { type: 'accept-flag', flag: typo, sentenceText: TEXT, annotationId: 'a1', at: AT }],
    ] as [string, ReviewAction][])('makes %s open again, with no annotation left from it', (_name, decide) => {
      const review = run(createReview(), decide, { type: 'reopen-flag', flagId: typo.id });
      expect(review.decisions).toEqual({});
      expect(review.annotations).toEqual([]);
    });

    it('does nothing to an open flag', () => {
      const review = createReview();
      expect(reduceReview(review, { type: 'reopen-flag', flagId: 'x' })).toBe(review);
    });

    it('keeps the edit of a fixed flag (only revert takes it back)', () => {
      const review = run(
        createReview(),
        { type: 'apply-suggestion', flag: typo, suggestion: 0, sentenceText: TEXT, originalText: TEXT, annotationId: 'a1', at: AT },
        { type: 'reopen-flag', flagId: typo.id },
      );
      expect(review.edits[0]).toBe('Die Regierung hat die Entscheidung gestern getroffen.');
      expect(review.annotations).toEqual([]);
    });
  });

  describe('apply-suggestion', () => {
    it('edits the sentence, records the flag as fixed and scores the error on the replacement', () => {
      const review = reduceReview(createReview(), {
        type: 'apply-suggestion',
        flag: typo,
        suggestion: 0,
        sentenceText: TEXT,
        originalText: TEXT,
        annotationId: 'a1',
        at: AT,
      });
      const fixed = 'Die Regierung hat die Entscheidung gestern getroffen.';
      expect(review.edits).toEqual({ 0: fixed });
      expect(review.decisions[typo.id]).toEqual({ status: 'fixed', check: 'garbled-word', annotationId: 'a1', at: AT });
      expect(review.annotations).toHaveLength(1);
      const [annotation] = review.annotations;
      expect(annotation).toMatchObject({ category: 'Fluency/Spelling', severity: 'minor', replaced: 'Entscheidnug', correction: 'Entscheidung', stale: false });
      expect(spanText(fixed, annotation!)).toBe('Entscheidung');
    });

    it('leaves an empty span where a deletion removed text', () => {
      const text = 'Sie kamen kamen gestern.';
      const flag = flagOn(text, 'kamen kamen', { check: 'repeated-phrase', category: 'Accuracy/Addition', suggestions: [{ start: 9, end: 15, replacement: '' }] });
      const review = reduceReview(createReview(), { type: 'apply-suggestion', flag, suggestion: 0, sentenceText: text, originalText: text, annotationId: 'a1', at: AT });
      expect(review.edits[0]).toBe('Sie kamen gestern.');
      expect(review.annotations[0]).toMatchObject({ start: 9, end: 9, quote: '', replaced: ' kamen', category: 'Accuracy/Addition' });
    });

    it('moves the sentence’s other annotations along', () => {
      const manual = annotationOn(TEXT, 'getroffen', { id: 'm1' });
      const review = run(
        createReview(),
        { type: 'add-annotation', annotation: manual },
        { type: 'apply-suggestion', flag: typo, suggestion: 0, sentenceText: TEXT, originalText: TEXT, annotationId: 'a1', at: AT },
      );
      const moved = review.annotations.find((a) => a.id === 'm1')!;
      expect(spanText(review.edits[0]!, moved)).toBe('getroffen');
      expect(moved.stale).toBe(false);
    });

    it.each([
      ['an unknown suggestion index', 3],
      ['a negative index', -1],
    ])('does nothing for %s', (_name, suggestion) => {
      const review = createReview();
      expect(reduceReview(review, { type: 'apply-suggestion', flag: typo, suggestion, sentenceText: TEXT, originalText: TEXT, annotationId: 'a1', at: AT })).toBe(review);
    });
  });

  describe('annotations', () => {
    const grammar = annotationOn(TEXT, 'hat die', { id: 'g' });

    it('adds overlapping annotations side by side', () => {
      const overlapping = annotationOn(TEXT, 'die Entscheidnug', { id: 'o', category: 'Style/Awkward', severity: 'minor' });
      const review = run(createReview(), { type: 'add-annotation', annotation: grammar }, { type: 'add-annotation', annotation: overlapping });
      expect(review.annotations.map((a) => a.id)).toEqual(['g', 'o']);
    });

    it('ignores a second annotation with the same id', () => {
      const once = reduceReview(createReview(), { type: 'add-annotation', annotation: grammar });
      expect(reduceReview(once, { type: 'add-annotation', annotation: { ...grammar, comment: 'other' } })).toBe(once);
    });

    it('orders a backwards selection', () => {
      const review = reduceReview(createReview(), { type: 'add-annotation', annotation: { ...grammar, start: 20, end: 14 } });
      expect(review.annotations[0]).toMatchObject({ start: 14, end: 20 });
    });

    it.each([
      ['category', { category: 'Accuracy/Omission' }],
      ['severity', { severity: 'critical' as const }],
      ['comment', { comment: 'Verb fehlt' }],
      ['correction', { correction: 'hatte die' }],
    ])('updates the %s and the update time', (_name, changes) => {
      const review = run(createReview(), { type: 'add-annotation', annotation: grammar }, { type: 'update-annotation', id: 'g', changes, at: LATER });
      expect(review.annotations[0]).toEqual({ ...grammar, ...changes, updatedAt: LATER });
    });

    it('re-anchors a span moved by hand and takes its new quote', () => {
      const stale = { ...grammar, stale: true };
      const review = run(
        createReview(),
        { type: 'add-annotation', annotation: stale },
        { type: 'update-annotation', id: 'g', changes: { start: 4, end: 13 }, sentenceText: TEXT, at: LATER },
      );
      expect(review.annotations[0]).toMatchObject({ start: 4, end: 13, quote: 'Regierung', stale: false });
    });

    it.each([
      ['an unknown id', 'nope', { comment: 'x' }],
      ['no real change', 'g', { comment: '' }],
      ['only undefined fields', 'g', { severity: undefined }],
    ])('does nothing for %s', (_name, id, changes) => {
      const review = reduceReview(createReview(), { type: 'add-annotation', annotation: grammar });
      expect(reduceReview(review, { type: 'update-annotation', id, changes, at: LATER })).toBe(review);
    });

    it('deletes an annotation', () => {
      const review = run(createReview(), { type: 'add-annotation', annotation: grammar }, { type: 'delete-annotation', id: 'g' });
      expect(review.annotations).toEqual([]);
    });

    it('reopens the flag whose accepted annotation is deleted', () => {
      const review = run(
        createReview(),
        { type: 'accept-flag', flag: typo, sentenceText: TEXT, annotationId: 'a1', at: AT },
        { type: 'delete-annotation', id: 'a1' },
      );
      expect(review.decisions).toEqual({});
    });

    it('keeps a fixed flag fixed when its annotation is deleted', () => {
      const review = run(
        createReview(),
        { type: 'apply-suggestion', flag: typo, suggestion: 0, sentenceText: TEXT, originalText: TEXT, annotationId: 'a1', at: AT },
        { type: 'delete-annotation', id: 'a1' },
      );
      expect(review.decisions[typo.id]).toEqual({ status: 'fixed', check: 'garbled-word', at: AT });
      expect(review.edits[0]).toContain('Entscheidung');
    });
  });

  describe('edit-sentence and revert-sentence', () => {
    const before = 'Sie hat das Buch gelesen, das Buch.';
    const book = annotationOn(before, 'gelesen', { id: 'read' });
    const second = annotationOn(before, 'das Buch', { id: 'second' }, 20);
    const other = { ...annotationOn('Anderer Satz.', 'Satz', { id: 'other' }), sentence: 1 };
    const start = run(
      createReview(),
      { type: 'add-annotation', annotation: book },
      { type: 'add-annotation', annotation: second },
      { type: 'add-annotation', annotation: other },
    );

    it.each([
      ['words inserted before the spans', 'Gestern hat sie das Buch gelesen, das Buch.', { read: 'gelesen', second: 'das Buch' }, []],
      ['the annotated word changed', 'Sie hat das Buch verschlungen, das Buch.', { read: 'verschlungen', second: 'das Buch' }, ['read']],
      ['the repeat deleted', 'Sie hat das Buch gelesen.', { read: 'gelesen', second: '' }, ['second']],
      ['everything deleted', '', { read: '', second: '' }, ['read', 'second']],
    ])('re-anchors the sentence’s annotations when %s, marking changed ones stale and dropping none', (_name, text, spans, stale) => {
      const review = reduceReview(start, { type: 'edit-sentence', sentence: 0, text, originalText: before, at: LATER });
      expect(review.edits[0]).toBe(text);
      expect(review.annotations).toHaveLength(3);
      for (const annotation of review.annotations.filter((a) => a.sentence === 0)) {
        expect(spanText(text, annotation)).toBe(spans[annotation.id as keyof typeof spans]);
        expect(annotation.stale).toBe(stale.includes(annotation.id));
        expect(annotation.quote).toBe(start.annotations.find((a) => a.id === annotation.id)!.quote);
      }
      expect(review.annotations.find((a) => a.id === 'other')).toBe(start.annotations.find((a) => a.id === 'other'));
    });

    it('builds on the previous edit, not the original', () => {
      const review = run(
        start,
        { type: 'edit-sentence', sentence: 0, text: 'Gestern hat sie das Buch gelesen, das Buch.', originalText: before, at: AT },
        { type: 'edit-sentence', sentence: 0, text: 'Gestern hat sie das Buch gelesen.', originalText: before, at: LATER },
      );
      const read = review.annotations.find((a) => a.id === 'read')!;
      expect(spanText(review.edits[0]!, read)).toBe('gelesen');
      expect(review.annotations.find((a) => a.id === 'second')!.stale).toBe(true);
    });

    it('does nothing when the text is unchanged', () => {
      expect(reduceReview(start, { type: 'edit-sentence', sentence: 0, text: before, originalText: before, at: LATER })).toBe(start);
    });

    it('forgets the edit when the text is typed back to the original', () => {
      const review = run(
        start,
        { type: 'edit-sentence', sentence: 0, text: 'Neu.', originalText: before, at: AT },
        { type: 'edit-sentence', sentence: 0, text: before, originalText: before, at: LATER },
      );
      expect(review.edits).toEqual({});
    });

    it('reverts to the original and brings stale annotations back onto their text', () => {
      const review = run(
        start,
        { type: 'edit-sentence', sentence: 0, text: 'Sie hat das Buch gelesen.', originalText: before, at: AT },
        { type: 'revert-sentence', sentence: 0, originalText: before, at: LATER },
      );
      expect(review.edits).toEqual({});
      for (const annotation of review.annotations.filter((a) => a.sentence === 0)) {
        expect(annotation.stale).toBe(false);
        expect(spanText(before, annotation)).toBe(annotation.quote);
      }
    });

    it('does nothing when reverting an unedited sentence', () => {
      expect(reduceReview(start, { type: 'revert-sentence', sentence: 0, originalText: before, at: LATER })).toBe(start);
    });
  });

  describe('set-reviewed, mute-check, set-settings', () => {
    it('marks and unmarks a sentence as reviewed', () => {
      const marked = reduceReview(createReview(), { type: 'set-reviewed', sentence: 3, reviewed: true });
      expect(marked.reviewed).toEqual({ 3: true });
      expect(reduceReview(marked, { type: 'set-reviewed', sentence: 3, reviewed: true })).toBe(marked);
      expect(reduceReview(marked, { type: 'set-reviewed', sentence: 3, reviewed: false }).reviewed).toEqual({});
    });

    it('mutes and unmutes a check once', () => {
      const muted = run(createReview(), { type: 'mute-check', check: 'boilerplate', muted: true }, { type: 'mute-check', check: 'boilerplate', muted: true });
      expect(muted.settings.mutedChecks).toEqual(['boilerplate']);
      expect(reduceReview(muted, { type: 'mute-check', check: 'boilerplate', muted: false }).settings.mutedChecks).toEqual([]);
    });

    it('changes single weights and the threshold, keeping the rest', () => {
      const review = reduceReview(createReview(), { type: 'set-settings', settings: { weights: { major: 10 }, passThreshold: 80 } });
      expect(review.settings.weights).toEqual({ ...defaultMqmWeights, major: 10 });
      expect(review.settings.passThreshold).toBe(80);
      expect(reduceReview(review, { type: 'set-settings', settings: { weights: { major: 10 } } })).toBe(review);
    });
  });

  it('never mutates the state it is given', () => {
    const text = 'Sie kamen kamen gestern.';
    const flag = flagOn(text, 'kamen kamen', { suggestions: [{ start: 9, end: 15, replacement: '' }] });
    const base = frozen(
      run(
        createReview(),
        { type: 'add-annotation', annotation: annotationOn(text, 'gestern', { id: 'm' }) },
        { type: 'set-reviewed', sentence: 0, reviewed: true },
        { type: 'accept-flag', flag: typo, sentenceText: TEXT, annotationId: 'x', at: AT },
      ),
    );
    const snapshot = JSON.stringify(base);
    const actions: ReviewAction[] = [
      { type: 'apply-suggestion', flag, suggestion: 0, sentenceText: text, originalText: text, annotationId: 'a', at: AT },
      { type: 'edit-sentence', sentence: 0, text: 'Sie gingen.', originalText: text, at: AT },
      { type: 'update-annotation', id: 'm', changes: { comment: 'c', start: 0, end: 3 }, sentenceText: text, at: AT },
      { type: 'delete-annotation', id: 'x' },
      { type: 'dismiss-flag', flagId: typo.id, check: typo.check, at: AT },
      { type: 'reopen-flag', flagId: typo.id },
      { type: 'set-reviewed', sentence: 0, reviewed: false },
      { type: 'mute-check', check: 'c', muted: true },
      { type: 'set-settings', settings: { passThreshold: 1, weights: { minor: 2 } } },
    ];
    for (const action of actions) expect(() => reduceReview(base, action)).not.toThrow();
    expect(JSON.stringify(base)).toBe(snapshot);
  });
});
