// The word tokenizer and the word index the checks share: tokens, ranges of the index, lower-case ids, step timings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/checks/analyzer.ts';
import { sentenceWordIds } from '../../src/core/checks/context-text.ts';
import type { CheckContext } from '../../src/core/checks/define-check.ts';
import { countWords, createWordIndex, findWords, hasLetter } from '../../src/core/text/words.ts';

// The definition the scanner implements; the tests hold it to it.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;

function byRegex(text: string, from = 0, to = text.length) {
  return [...text.slice(from, to).matchAll(WORD)].map((m) => ({
    start: from + m.index,
    end: from + m.index + m[0].length,
    text: m[0],
  }));
}

const texts = (tokens: string) => findWords(tokens).map((t) => t.text);

describe('findWords', () => {
  it.each([
    ['Staats- und Regierungschefs', ['Staats', 'und', 'Regierungschefs']],
    ['Covid-19, don\'t, Kyjiw’s', ['Covid-19', "don't", 'Kyjiw’s']],
    ['-x ‐y z-', ['x', 'y', 'z']],
    ['a--b', ['a', 'b']],
    ['4. Februar 2022', ['4', 'Februar', '2022']],
    ['e\u0301te', ['e\u0301te']],
    ['𝐀𝐁c 😀x', ['𝐀𝐁c', 'x']],
    ['\ud800a a\udc00', ['a', 'a']],
    ['„Gut“, sagte er.', ['Gut', 'sagte', 'er']],
  ])('tokenises %j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('gives the tokens of the regular expression it is defined by, for any text and range', () => {
    const alphabet = fc.constantFrom('a', 'Ä', 'ß', '1', ' ', '-', '‐', "'", '’', '.', '\u0301', '𝐀', '😀', '\ud800', '\n');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join('')), fc.nat(), fc.nat(), (text, a, b) => {
        const from = Math.min(a, b) % (text.length + 1);
        const to = Math.max(from, Math.max(a, b) % (text.length + 1));
        expect(findWords(text)).toEqual(byRegex(text));
        expect(findWords(text, from, to)).toEqual(byRegex(text, from, to));
      }),
    );
  });
});

describe('hasLetter', () => {
  it.each([
    ['2022', false],
    ['Covid-19', true],
    ['١٢', false],
    ['Ä', true],
    ['𝐀', true],
  ])('says %j has a letter: %s', (word, expected) => {
    expect(hasLetter(word)).toBe(expected);
  });
});

describe('countWords', () => {
  it('counts the tokens with a letter, the same with or without a word index, for any text', () => {
    const alphabet = fc.constantFrom('a', 'Ä', '1', ' ', '-', "'", '’', '.', '\u0301', '𝐀', '😀', '\ud800', '\n');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join('')), (text) => {
        const expected = findWords(text).filter((token) => hasLetter(token.text)).length;
        expect(countWords(text)).toBe(expected);
        expect(countWords(text, createWordIndex(text))).toBe(expected);
      }),
    );
  });

  it.each([
    ['Covid-19 kam 2020.', 2],
    ['1 2 3', 0],
    ['Kyjiw’s Stadt-', 2],
  ])('counts %j as %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe('createWordIndex', () => {
  it('gives for any range the tokens findWords gives, also when the range cuts a word', () => {
    const alphabet = fc.constantFrom('a', 'B', '1', ' ', '-', "'", '.', '𝐀');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((cs) => cs.join('')), fc.nat(), fc.nat(), (text, a, b) => {
        const from = Math.min(a, b) % (text.length + 1);
        const to = Math.max(from, Math.max(a, b) % (text.length + 1));
        const index = createWordIndex(text);
        expect(index.tokens).toEqual(findWords(text));
        expect(index.between(from, to)).toEqual(findWords(text, from, to));
        const range = index.range(from, to);
        if (range) expect(index.tokens.slice(range.first, range.end)).toEqual(findWords(text, from, to));
      }),
    );
  });

  it('reports a range that cuts a word as having no place in the tokens', () => {
    const index = createWordIndex('Baden-Baden liegt');
    expect(index.range(0, 5)).toBeUndefined();
    expect(index.range(0, 11)).toEqual({ first: 0, end: 1 });
    expect(index.between(0, 5).map((t) => t.text)).toEqual(['Baden']);
  });

  it('gives words equal ignoring case the same lower-case id', () => {
    const index = createWordIndex('Die die DIE Welt welt');
    const ids = [...index.lowerIds];
    expect(ids[0]).toBe(ids[1]);
    expect(ids[1]).toBe(ids[2]);
    expect(ids[3]).toBe(ids[4]);
    expect(ids[0]).not.toBe(ids[3]);
    expect(index.wordOf(ids[3]!)).toBe('welt');
    expect(index.idOf('welt')).toBe(ids[3]);
  });
});

describe('sentenceWordIds', () => {
  it('gives each sentence the ids of its own tokens, also when a sentence boundary cuts a word', () => {
    const text = 'Baden-Baden ist schön. Die die Stadt';
    // Hand-made sentences: the first ends inside "Baden-Baden", as no segmenter would cut it.
    const spans: [number, number][] = [[0, 5], [6, 22], [23, 36]];
    const ctx: CheckContext = {
      text,
      lang: 'de',
      sentences: spans.map(([start, end], index) => ({ start, end, text: text.slice(start, end), index, paragraph: 0 })),
    };
    const { ids, start } = sentenceWordIds(ctx);
    const words = spans.map((_, s) => [...ids.subarray(start[s], start[s + 1])]);
    const expected = spans.map(([from, to]) => findWords(text, from, to).map((t) => t.text.toLowerCase()));
    const index = createWordIndex(text);
    expect(words.map((list) => list.length)).toEqual(expected.map((list) => list.length));
    // Equal words get equal ids across sentences ("baden" twice, "die" twice).
    expect(words[0]![0]).toBe(words[1]![0]);
    expect(words[2]![0]).toBe(words[2]![1]);
    expect(new Set(words.flat()).size).toBe(new Set(expected.flat()).size);
    expect(index.tokens).toHaveLength(6);
  });
});

describe('analyzer timings', () => {
  it('reports each step it ran, in order, when given a clock', async () => {
    let tick = 0;
    const analyzer = await createAnalyzer({ preload: [], checks: ['repeated-phrase', 'length-ratio'], now: () => tick++ });
    const result = analyzer.analyze({ text: 'Danke Danke.', lang: 'de' });
    // length-ratio needs a source text, so it is skipped and has no step.
    expect(result.timings?.map((t) => t.step)).toEqual(['(document)', '(words)', 'repeated-phrase', '(word count)']);
    expect(result.timings?.every((t) => t.ms >= 0)).toBe(true);
  });

  it('reports no timings without a clock', async () => {
    const analyzer = await createAnalyzer({ preload: [], checks: ['repeated-phrase'] });
    expect(analyzer.analyze({ text: 'Danke Danke.', lang: 'de' }).timings).toBeUndefined();
  });
});
