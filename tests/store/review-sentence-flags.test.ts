// Document-offset flags to sentence flags: offsets and suggestions move into the sentence, grouped by sentence.
import { describe, expect, it } from 'vitest';
import { createDocument, type Flag } from '../../src/core/index.ts';
import { groupSentenceFlags, recheckFlags, toSentenceFlag } from '../../src/store/slices/review/sentence-flags.ts';

const TEXT = 'The cat sat sat down. It was was tired.\nThe end came.';
const doc = createDocument(TEXT, 'en');

function flagOn(quote: string, from = 0, suggestions: Flag['suggestions'] = []): Flag {
  const start = TEXT.indexOf(quote, from);
  return {
    id: `repeated-phrase:${start}:${start + quote.length}:0`,
    check: 'repeated-phrase',
    start,
    end: start + quote.length,
    category: 'Fluency/Grammar',
    severity: 'minor',
    messageId: 'repeated',
    data: { phrase: quote },
    suggestions,
  };
}

describe('toSentenceFlag', () => {
  it.each([
    { quote: 'sat', from: 8, sentence: 0 },
    { quote: 'was', from: 26, sentence: 1 },
    { quote: 'end', from: 0, sentence: 2 },
  ])('moves the offsets of “$quote” into sentence $sentence', ({ quote, from, sentence }) => {
    const flag = flagOn(quote, from);
    const converted = toSentenceFlag(flag, doc.sentences[sentence]!);
    expect(converted.sentence).toBe(sentence);
    expect(doc.sentences[sentence]!.text.slice(converted.start, converted.end)).toBe(quote);
    expect(converted.id).toBe(flag.id);
  });

  it('moves the suggestions along and drops one that reaches outside the sentence', () => {
    const start = TEXT.indexOf(' was', 25);
    const inside = { start, end: start + 4, replacement: '' };
    const outside = { start: 0, end: start, replacement: 'x' };
    const converted = toSentenceFlag(flagOn('was', 26, [inside, outside]), doc.sentences[1]!);
    expect(converted.suggestions).toHaveLength(1);
    const sentence = doc.sentences[1]!.text;
    const { start: s, end: e } = converted.suggestions[0]!;
    expect(sentence.slice(0, s) + sentence.slice(e)).toBe('It was tired.');
  });
});

describe('groupSentenceFlags', () => {
  it('groups flags by the first sentence they touch, in reading order', () => {
    const grouped = groupSentenceFlags([flagOn('end'), flagOn('sat', 8), flagOn('The cat')], doc.sentences);
    expect([...grouped.keys()]).toEqual([2, 0]);
    expect(grouped.get(0)!.map((flag) => flag.start)).toEqual([0, 8]);
  });
});

describe('recheckFlags', () => {
  it('keeps sentence offsets and prefixes the ids with the sentence', () => {
    const [flag] = recheckFlags([{ ...flagOn('sat', 8) }], 4);
    expect(flag!.sentence).toBe(4);
    expect(flag!.id).toMatch(/^s4~repeated-phrase:/);
    expect(flag!.start).toBe(8);
  });
});
