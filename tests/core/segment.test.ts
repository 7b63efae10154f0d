// Sentence segmentation: the hard-case tables, the seed article, the comparison with Intl.Segmenter, other languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/core/segment/segment.ts';
import { ENGLISH_CASES, GERMAN_CASES, type SegmentCase } from './segment-cases.ts';

const texts = (text: string, lang: string) => segment(text, lang).map((s) => s.text);

/** The baseline the issue measured: Intl.Segmenter per line, pieces trimmed. */
function intlTexts(text: string, lang: string): string[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  return text
    .split(/\r\n|\n|\r/)
    .flatMap((line) => [...segmenter.segment(line)].map((s) => s.segment.trim()))
    .filter(Boolean);
}

function passCount(cases: SegmentCase[], lang: string, split: (text: string, lang: string) => string[]): number {
  return cases.filter((c) => JSON.stringify(split(c.text, lang)) === JSON.stringify(c.sentences)).length;
}

describe('segment', () => {
  describe('German hard cases', () => {
    it('has at least 120 cases', () => {
      expect(GERMAN_CASES.length).toBeGreaterThanOrEqual(120);
    });
    it.each(GERMAN_CASES.map((c) => [c.kind, c.text, c]))('splits %s: %s', (_kind, _text, c) => {
      expect(texts(c.text, 'de')).toEqual(c.sentences);
    });
  });

  describe('English hard cases', () => {
    it('has at least 60 cases', () => {
      expect(ENGLISH_CASES.length).toBeGreaterThanOrEqual(60);
    });
    it.each(ENGLISH_CASES.map((c) => [c.kind, c.text, c]))('splits %s: %s', (_kind, _text, c) => {
      expect(texts(c.text, 'en')).toEqual(c.sentences);
    });
  });

  describe('compared with Intl.Segmenter', () => {
    it.each([
      ['de', GERMAN_CASES],
      ['en', ENGLISH_CASES],
    ] as const)('passes strictly more %s cases', (lang, cases) => {
      const ours = passCount(cases, lang, texts);
      const baseline = passCount(cases, lang, intlTexts);
      expect(ours).toBeGreaterThan(baseline);
    });
  });

  describe('seed article', () => {
    const seed = readFileSync(join(import.meta.dirname, '../../samples/000_98b1f44858d35dbe.txt'), 'utf8');
    const lines = seed.split('\n');
    const sentences = segment(seed, 'de');

    it('gives the glued photo credit of line 8 its own segment', () => {
      const line8 = lines[7]!;
      expect(texts(line8, 'de')).toEqual([
        'Der chinesische Präsident Xi Jinping (rechts) und der russische Präsident Wladimir Putin sprechen während ihres Treffens in Peking, China, am 4. Februar 2022 miteinander.',
        '(Alexei Druzhinin, Sputnik, Kremlin Pool Photo via AP)',
        'Moskau und Peking sind sich in Washington näher gekommen sieht sich als zunehmend feindseliges Bündnis der autoritären Atommächte.',
      ]);
    });

    it('does not split the date "4. Februar 2022"', () => {
      expect(sentences.some((s) => s.text.includes('am 4. Februar 2022 miteinander.'))).toBe(true);
    });

    it('keeps the footer "bbabo.Net" as one segment', () => {
      expect(sentences.at(-1)!.text).toBe('bbabo.Net');
    });

    it('ends a sentence at every line break, so a headline without a full stop is one sentence', () => {
      const nonBlank = lines.filter((l) => l.trim()).length;
      expect(sentences[0]!.text).toBe(lines[0]);
      // Lines 5 and 8 hold two and three sentences; every other line is one.
      expect(sentences).toHaveLength(nonBlank + 1 + 2);
    });

    it('gives offsets into the original text', () => {
      for (const s of sentences) expect(seed.slice(s.start, s.end)).toBe(s.text);
    });
  });

  describe('languages without rules', () => {
    it('segments French through Intl.Segmenter, per line', () => {
      expect(texts('Bonjour. Comment ça va ?\nTrès bien.', 'fr')).toEqual([
        'Bonjour.',
        'Comment ça va ?',
        'Très bien.',
      ]);
    });

    it('uses the rules for regional tags such as de-AT and en_GB', () => {
      expect(texts('Am 4. Februar kam er.', 'de-AT')).toEqual(['Am 4. Februar kam er.']);
      expect(texts('Mr. Smith left. He was tired.', 'en_GB')).toEqual(['Mr. Smith left.', 'He was tired.']);
    });

    it('falls back to the default locale when the tag is malformed', () => {
      expect(texts('One. Two.', 'not a tag!')).toEqual(['One.', 'Two.']);
    });

    it('keeps a very long line lossless when it is segmented in chunks', () => {
      const sentence = 'Ceci est une phrase assez longue pour le test. ';
      const line = sentence.repeat(4000) + 'x'.repeat(10_000) + ' fin';
      const spans = segment(line, 'fr');
      const gaps = spans.slice(1).map((s, k) => line.slice(spans[k]!.end, s.start));
      expect(spans.every((s) => line.slice(s.start, s.end) === s.text)).toBe(true);
      expect(gaps.every((gap) => /^\s*$/.test(gap))).toBe(true);
      expect(spans[0]!.start).toBe(0);
      expect(spans.at(-1)!.end).toBe(line.length);
      expect(spans.filter((s) => s.text === sentence.trim())).toHaveLength(4000);
    });

    it('does not cut a surrogate pair when a line has no blank to cut at', () => {
      const line = '😀'.repeat(5000);
      const spans = segment(line, 'ja');
      expect(spans.map((s) => s.text).join('')).toBe(line);
      for (const s of spans) expect(s.text.codePointAt(0)).toBe(0x1f600);
    });
  });
});
