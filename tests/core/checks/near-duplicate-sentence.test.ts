// Near-duplicate sentences: the seed's teaser, and the index that finds a pair among thousands of sentences.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findNearDuplicates, nearDuplicateSentence } from '../../../src/core/checks/near-duplicate-sentence.ts';
import { createDocument } from '../../../src/core/document/document.ts';

const seed = readFileSync(new URL('../../../samples/000_98b1f44858d35dbe.txt', import.meta.url), 'utf8');

const detect = (text: string) =>
  nearDuplicateSentence.detect({ text, lang: 'de', sentences: createDocument(text, 'de').sentences });

// Deterministic pseudo-random sentences of distinct made-up words, so no two are alike by construction.
function sentences(count: number): string[] {
  let state = 12345;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
  return Array.from({ length: count }, () =>
    Array.from({ length: 12 }, () => `w${(next() % 50_000).toString(36)}`).join(' '),
  );
}

describe('near-duplicate-sentence', () => {
  it('flags the seed’s teaser as a copy of sentence 3, and its fix removes the teaser line', () => {
    const findings = detect(seed);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ start: 0, data: { other: 3 } });
    const s = findings[0]!.suggestions![0]!;
    expect((seed.slice(0, s.start) + s.replacement + seed.slice(s.end)).startsWith('WASHINGTON, Vereinigte Staaten')).toBe(true);
  });

  it('finds a planted pair with two words changed among 3,000 unrelated sentences', () => {
    const texts = sentences(3000);
    const words = texts[100]!.split(' ');
    words[3] = 'anders';
    words[9] = 'auch';
    texts[2500] = words.join(' ');
    expect(findNearDuplicates(texts).map(({ first, second }) => [first, second])).toEqual([[100, 2500]]);
  });

  it('finds exact copies even when a sentence occurs more often than the index looks', () => {
    const texts = Array.from({ length: 100 }, () => 'Die Regierung hat am Freitag neue Regeln beschlossen.');
    const pairs = findNearDuplicates(texts);
    expect(pairs).toHaveLength(99);
    expect(pairs.every((p) => p.second === p.first + 1)).toBe(true);
  });

  it('ignores sentences of fewer than six words', () => {
    expect(findNearDuplicates(['Er kam am Freitag.', 'Er kam am Freitag.'])).toEqual([]);
  });
});
