// Properties of alignSentences: every sentence of both sides once and in order, a finite score that is the sum of the pair costs, any sizes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSentences, type AlignableSentence } from '../../src/core/segment/align.ts';
import { checkAlignment } from '../fuzz/importers.ts';

const sentenceText = fc.oneof(
  fc.constantFrom('', 'Der Kreml sagte am Montag.', 'Trump traf Xi am 4. Februar 2022.', '3.000 Euro?', '„Ja!“', '(AP)', 'Moskau', 'The Kremlin said 3,000.'),
  fc.string({ maxLength: 120 }),
);
const sentences = fc.array(sentenceText.map((text): AlignableSentence => ({ text })), { maxLength: 40 });
const options = fc.record(
  {
    ratio: fc.double({ min: 0.2, max: 5, noNaN: true }),
    variance: fc.double({ min: 0.1, max: 20, noNaN: true }),
    anchors: fc.boolean(),
    band: fc.integer({ min: 1, max: 30 }),
  },
  { requiredKeys: [] },
);

describe('alignSentences', () => {
  it('pairs every sentence of both sides exactly once, in order, with a finite score that sums the pair costs', () => {
    fc.assert(
      fc.property(sentences, sentences, options, (source, target, opts) => {
        const { pairs, score } = alignSentences(source, target, opts);
        checkAlignment(pairs, source.length, target.length, 'align');
        expect(Number.isFinite(score)).toBe(true);
        const total = pairs.reduce((sum, p) => sum + p.cost, 0);
        expect(Math.abs(total - score)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(score)));
        for (const p of pairs) expect(p.source.length <= 3 && p.target.length <= 3).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps working when one side is far longer than the band', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 20, max: 120 }), fc.boolean(), (n, m, swap) => {
        const short = Array.from({ length: n }, (_, i) => ({ text: `Satz ${i}.` }));
        const long = Array.from({ length: m }, (_, i) => ({ text: `Sentence number ${i} is here.` }));
        const [source, target] = swap ? [long, short] : [short, long];
        checkAlignment(alignSentences(source, target, { band: 2 }).pairs, source.length, target.length, 'align');
      }),
      { numRuns: 60 },
    );
  });

  it('pairs a text with itself one to one', () => {
    const distinct = fc.uniqueArray(fc.string({ minLength: 5, maxLength: 80 }), { maxLength: 30 }).map((texts) => texts.map((text) => ({ text })));
    fc.assert(
      fc.property(distinct, (side) => {
        const { pairs } = alignSentences(side, side, { ratio: 1 });
        expect(pairs.map((p) => [p.source, p.target])).toEqual(side.map((_, i) => [[i], [i]]));
      }),
      { numRuns: 80 },
    );
  });
});
