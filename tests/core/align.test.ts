// Sentence alignment: pair shapes, anchors deciding ties, empty sides, coverage on any input, the bilingual sample.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSentences, type AlignableSentence, type Alignment } from '../../src/core/segment/align.ts';
import { segment } from '../../src/core/segment/segment.ts';

const FILLER = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore ';

/** A sentence of exactly `length` characters: lower-case filler (no anchors) followed by `anchors`. */
function sentence(length: number, anchors = ''): AlignableSentence {
  const fill = Math.max(0, length - anchors.length - 1);
  const text = `${FILLER.repeat(Math.ceil(fill / FILLER.length) + 1).slice(0, fill).trimEnd()} ${anchors}.`.trim();
  return { text };
}

// Target lengths in the tables are source lengths times the en→de ratio (about 1.15) where sentences correspond.
const en = (...lengths: number[]) => lengths.map((l) => sentence(l));
const de = en;

const shape = (a: Alignment) => a.pairs.map((p) => [p.source, p.target]);

describe('alignSentences', () => {
  const cases: { name: string; source: AlignableSentence[]; target: AlignableSentence[]; pairs: number[][][] }[] = [
    {
      name: 'pairs one to one when lengths match',
      source: en(30, 120, 60, 200),
      target: de(35, 138, 69, 230),
      pairs: [[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]]],
    },
    {
      name: 'merges two source sentences into one target sentence (2–1)',
      source: en(60, 50, 100),
      target: de(126, 115),
      pairs: [[[0, 1], [0]], [[2], [1]]],
    },
    {
      name: 'splits one source sentence into two target sentences (1–2)',
      source: en(100, 120),
      target: de(60, 55, 138),
      pairs: [[[0], [0, 1]], [[1], [2]]],
    },
    {
      name: 'leaves an inserted target sentence unpaired (0–1)',
      source: en(80, 90, 110),
      target: de(92, 140, 104, 126),
      pairs: [[[0], [0]], [[], [1]], [[1], [2]], [[2], [3]]],
    },
    {
      name: 'leaves a dropped source sentence unpaired (1–0)',
      source: en(80, 150, 90, 70),
      target: de(92, 104, 80),
      pairs: [[[0], [0]], [[1], []], [[2], [1]], [[3], [2]]],
    },
    {
      name: 'recovers after a dropped sentence instead of shifting every later pair',
      source: en(100, 120, 140, 90, 110, 130, 100),
      target: de(115, 161, 104, 126, 150, 115),
      pairs: [[[0], [0]], [[1], []], [[2], [1]], [[3], [2]], [[4], [3]], [[5], [4]], [[6], [5]]],
    },
    { name: 'returns no pairs when both sides are empty', source: [], target: [], pairs: [] },
    { name: 'leaves every source sentence unpaired when the target is empty', source: en(40, 50), target: [], pairs: [[[0], []], [[1], []]] },
    { name: 'leaves every target sentence unpaired when the source is empty', source: [], target: de(40), pairs: [[[], [0]]] },
  ];
  it.each(cases)('$name', ({ source, target, pairs }) => {
    expect(shape(alignSentences(source, target))).toEqual(pairs);
  });

  // Three source sentences of one length, two target sentences of another: by length any one of the three could be the
  // dropped one. Only the anchors say which.
  const anchorCases: { name: string; source: string[]; target: string[]; dropped: number }[] = [
    {
      name: 'names',
      source: ['Angela Merkel', '', 'Barack Obama'],
      target: ['Angela Merkel', 'Barack Obama'],
      dropped: 1,
    },
    {
      name: 'thousands separators (3,000 = 3.000) and decimal marks (2.5 = 2,5)',
      source: ['', '3,000 and 2.5', '17'],
      target: ['3.000 und 2,5', '17'],
      dropped: 0,
    },
    {
      name: 'question marks, exclamation marks and parentheses',
      source: ['why (really)?', 'no!', ''],
      target: ['warum (wirklich)?', 'nein!'],
      dropped: 2,
    },
    {
      name: 'quotes of either language',
      source: ['"yes', '', 'so"'],
      target: ['„ja', 'also“'],
      dropped: 1,
    },
    {
      name: 'a genitive s on a German name (Trump\'s = Trumps)',
      source: ['Trump\'s', '', 'Pelosi'],
      target: ['Trumps', 'Pelosi'],
      dropped: 1,
    },
  ];
  it.each(anchorCases)('lets anchors decide which sentence was dropped: $name', ({ source, target, dropped }) => {
    const result = alignSentences(
      source.map((a) => sentence(80, a)),
      target.map((a) => sentence(92, a)),
    );
    const unpaired = result.pairs.filter((p) => p.target.length === 0).flatMap((p) => p.source);
    expect(unpaired).toEqual([dropped]);
  });

  it('lets anchors outweigh a small length mismatch, and length decide without them', () => {
    const source = [sentence(80), sentence(70, 'Kabul 1,500')];
    const target = [sentence(92, 'Kabul 1.500')];
    expect(shape(alignSentences(source, target))).toEqual([[[0], []], [[1], [0]]]);
    expect(shape(alignSentences(source, target, { anchors: false }))).toEqual([[[0], [0]], [[1], []]]);
  });

  it('keeps the score equal to the sum of the pair costs', () => {
    const result = alignSentences(en(60, 50, 100, 40), de(126, 115, 40));
    expect(result.score).toBeCloseTo(result.pairs.reduce((sum, p) => sum + p.cost, 0), 6);
  });

  it('aligns a long document one to one within the band', () => {
    const lengths = Array.from({ length: 2000 }, (_, i) => 40 + ((i * 37) % 160));
    const result = alignSentences(
      lengths.map((l) => sentence(l)),
      lengths.map((l) => sentence(Math.round(l * 1.15))),
      { band: 8 },
    );
    expect(result.pairs).toHaveLength(2000);
    expect(result.pairs.every((p, i) => p.source[0] === i && p.target[0] === i && p.source.length === 1)).toBe(true);
  });

  it('covers every sentence of both sides exactly once, in order, with allowed pair shapes', () => {
    const side = fc.array(fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('Obama 3,000?', '„Merkel“ 3.000 (x)!')), {
      maxLength: 40,
    });
    const allowed = new Set(['1-1', '2-1', '1-2', '1-0', '0-1', '2-2', '3-1', '1-3']);
    fc.assert(
      fc.property(side, side, fc.boolean(), fc.integer({ min: 1, max: 20 }), (source, target, anchors, band) => {
        const result = alignSentences(
          source.map((text) => ({ text })),
          target.map((text) => ({ text })),
          { anchors, band },
        );
        expect(result.pairs.flatMap((p) => p.source)).toEqual(source.map((_, i) => i));
        expect(result.pairs.flatMap((p) => p.target)).toEqual(target.map((_, i) => i));
        for (const p of result.pairs) expect(allowed.has(`${p.source.length}-${p.target.length}`)).toBe(true);
        expect(Number.isFinite(result.score)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  describe('on the bilingual sample (newstest2020, dailymail.co.uk.365204)', () => {
    const dir = join(import.meta.dirname, '../../samples/bilingual');
    const lines = (lang: string) =>
      readFileSync(join(dir, `dailymail.co.uk.365204.${lang}.txt`), 'utf8').trimEnd().split('\n');

    /** Each side's lines run together into one paragraph, sentences labelled with the line they came from. */
    function joined(lang: string) {
      const own = lines(lang);
      const starts: number[] = [];
      let text = '';
      for (const line of own) {
        // The headline has no final mark: it keeps its own line, as in the article.
        text += text === '' ? '' : /[.!?'"“]$/.test(text) ? ' ' : '\n';
        starts.push(text.length);
        text += line;
      }
      const sentences = segment(text, lang);
      const lineOf = sentences.map((s) => starts.findLastIndex((start) => start <= s.start));
      return { count: own.length, sentences, lineOf };
    }

    it('brings every line back as a pair when the lines are run together', () => {
      const source = joined('en');
      const target = joined('de');
      expect(source.count).toBe(target.count);
      const { pairs } = alignSentences(source.sentences, target.sentences);
      const lineGroups = pairs.map((p) => [
        ...new Set([...p.source.map((i) => source.lineOf[i]), ...p.target.map((j) => target.lineOf[j])]),
      ]);
      expect(lineGroups.every((lines) => lines.length === 1)).toBe(true);
      expect(pairs.every((p) => p.source.length > 0 && p.target.length > 0)).toBe(true);
      expect(new Set(lineGroups.flat()).size).toBe(source.count);
    });
  });
});
