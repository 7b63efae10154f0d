// A whole review of the seed article through the pure core: triage, fix, annotate, undo/redo, export, score.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/core/text/words.ts';
import { garbledWord } from '../../../src/core/checks/garbled-word.ts';
import { repeatedPhrase } from '../../../src/core/checks/repeated-phrase.ts';
import { createDocument, type Sentence } from '../../../src/core/document/document.ts';
import { annotationsToCsv, buildCorrectedText } from '../../../src/core/review/export.ts';
import { applyWithHistory, canRedo, createHistory, redo, undo, type ReviewHistory } from '../../../src/core/review/history.ts';
import { scoreMqm } from '../../../src/core/review/mqm.ts';
import { createReview } from '../../../src/core/review/review.ts';
import { currentSentenceText, dismissalStats, openFlags, progress, sentenceStatus } from '../../../src/core/review/selectors.ts';
import type { ReviewAction, SentenceFlag } from '../../../src/core/review/types.ts';

const seed = readFileSync(new URL('../../../samples/000_98b1f44858d35dbe.txt', import.meta.url), 'utf8');
const doc = createDocument(seed, 'de');
const words = countWords(seed);

// Found by content, so a better segmenter does not break the test.
function sentenceWith(phrase: string): Sentence {
  const sentence = doc.sentences.find((s) => s.text.includes(phrase));
  if (!sentence) throw new Error(`no sentence holds "${phrase}"`);
  return sentence;
}

function flagIn(
  sentence: Sentence,
  quote: string,
  check: typeof repeatedPhrase,
  suggestions: SentenceFlag['suggestions'] = [],
  from = 0,
): SentenceFlag {
  const start = sentence.text.indexOf(quote, from);
  return {
    id: `${check.meta.id}:${sentence.start + start}:${sentence.start + start + quote.length}:0`,
    check: check.meta.id,
    sentence: sentence.index,
    start,
    end: start + quote.length,
    category: check.meta.mqm,
    severity: check.meta.severity,
    messageId: check.meta.messages[0]!,
    data: {},
    suggestions,
  };
}

const repeat = sentenceWith('die Welt erschrecken, die Welt erschrecken.');
const mashed = sentenceWith('näher gekommen sieht sich als');
const lifeline = sentenceWith('Rettungsleinem');
const caption = sentenceWith('Druzhinin');

// The repeated-phrase flag marks the second copy and suggests deleting it with its comma.
const repeatCopy = repeat.text.lastIndexOf('die Welt erschrecken');
const repeatFlag = flagIn(
  repeat,
  'die Welt erschrecken',
  repeatedPhrase,
  [{ start: repeatCopy - ', '.length, end: repeatCopy + 'die Welt erschrecken'.length, replacement: '' }],
  repeatCopy,
);
const lifelineFlag = flagIn(lifeline, 'Rettungsleinem', garbledWord);
const nameFlag = flagIn(caption, 'Druzhinin', garbledWord);
const flags = [lifelineFlag, nameFlag, repeatFlag];

const mashedQuote = 'näher gekommen sieht sich als';
const mashedStart = mashed.text.indexOf(mashedQuote);
const AT = '2026-11-26T09:00:00.000Z';

describe('a review of the seed article', () => {
  let history: ReviewHistory = createHistory(createReview());
  const apply = (action: ReviewAction) => (history = applyWithHistory(history, action));

  it('applies the deletion of the repeated phrase in one action', () => {
    apply({
      type: 'apply-suggestion',
      flag: repeatFlag,
      suggestion: 0,
      sentenceText: currentSentenceText(history.present, repeat.index, repeat.text),
      originalText: repeat.text,
      annotationId: 'fix-repeat',
      at: AT,
    });
    expect(currentSentenceText(history.present, repeat.index, repeat.text)).toMatch(/, die die Welt erschrecken\.$/u);
    expect(sentenceStatus(history.present, repeat.index, openFlags(flags, history.present).filter((f) => f.sentence === repeat.index).length)).toBe('edited');
  });

  it('annotates the mashed clause as a major grammar error with a comment', () => {
    apply({
      type: 'add-annotation',
      annotation: {
        id: 'mashed',
        sentence: mashed.index,
        start: mashedStart,
        end: mashedStart + mashedQuote.length,
        quote: mashedQuote,
        category: 'Fluency/Grammar',
        severity: 'major',
        comment: 'Zwei Sätze ineinandergeschoben',
        correction: 'näher gekommen, was Washington als',
        origin: { kind: 'manual' },
        stale: false,
        createdAt: AT,
        updatedAt: AT,
      },
    });
    const annotation = history.present.annotations.find((a) => a.id === 'mashed')!;
    expect(currentSentenceText(history.present, mashed.index, mashed.text).slice(annotation.start, annotation.end)).toBe(mashedQuote);
  });

  it('accepts the garbled word and dismisses the false alarm on a name', () => {
    apply({ type: 'accept-flag', flag: lifelineFlag, sentenceText: lifeline.text, annotationId: 'lifeline', at: AT });
    apply({ type: 'dismiss-flag', flagId: nameFlag.id, check: nameFlag.check, reason: 'Eigenname', at: AT });
    expect(openFlags(flags, history.present)).toEqual([]);
    expect(dismissalStats(history.present, flags).find((s) => s.check === 'garbled-word')).toMatchObject({ dismissed: 1, accepted: 1, falseAlarmRate: 0.5 });
  });

  it('undoes and redoes the dismissal and a stray edit', () => {
    const done = history.present;
    history = undo(history);
    expect(openFlags(flags, history.present)).toEqual([nameFlag]);
    history = redo(history);
    expect(history.present).toEqual(done);

    apply({ type: 'edit-sentence', sentence: 0, text: 'Versehentlich getippt.', originalText: doc.sentences[0]!.text, at: AT });
    history = undo(history);
    expect(history.present).toEqual(done);
    expect(canRedo(history)).toBe(true);
    apply({ type: 'set-reviewed', sentence: repeat.index, reviewed: true });
    expect(canRedo(history)).toBe(false);
    expect(progress(history.present, doc.sentences.length)).toEqual({ reviewed: 1, total: doc.sentences.length, ratio: 1 / doc.sentences.length });
  });

  it('exports the original text with only the repeated phrase removed', () => {
    const corrected = buildCorrectedText(seed, doc.sentences, history.present.edits);
    const expected = seed.replace('die die Welt erschrecken, die Welt erschrecken.', 'die die Welt erschrecken.');
    expect(expected).not.toBe(seed);
    expect(corrected).toBe(expected);
    expect(seed.length - corrected.length).toBe(', die Welt erschrecken'.length);
  });

  it('scores the three annotated errors with the WMT weights', () => {
    const { weights, passThreshold } = history.present.settings;
    // Repeated phrase and garbled word at their checks' severities (WMT: minor, 1 each); the mashed clause major (5).
    const penalty = weights[repeatedPhrase.meta.severity] + weights[garbledWord.meta.severity] + weights.major;
    const score = scoreMqm(history.present.annotations, words, weights, passThreshold);
    expect(history.present.annotations.map((a) => a.id).sort()).toEqual(['fix-repeat', 'lifeline', 'mashed']);
    expect(score.penalty).toBe(penalty);
    expect(score.penaltyPer100Words).toBeCloseTo((100 * penalty) / words, 6);
    expect(score.qualityScore).toBeCloseTo(100 * (1 - penalty / words), 6);
    expect(score.passed).toBe(100 * (1 - penalty / words) >= passThreshold);
    expect(score.byCategory).toEqual([
      { category: 'Accuracy/Addition', severity: repeatedPhrase.meta.severity, count: 1, penalty: weights[repeatedPhrase.meta.severity] },
      { category: 'Fluency/Grammar', severity: 'major', count: 1, penalty: weights.major },
      { category: 'Fluency/Spelling', severity: garbledWord.meta.severity, count: 1, penalty: weights[garbledWord.meta.severity] },
    ]);
  });

  it('exports the annotations with the removed phrase and the comment', () => {
    const csv = annotationsToCsv(history.present.annotations);
    expect(csv).toContain('Zwei Sätze ineinandergeschoben');
    expect(csv).toContain(`${mashed.index},${mashedStart},${mashedStart + mashedQuote.length},${mashedQuote},Fluency/Grammar,major`);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
  });
});
