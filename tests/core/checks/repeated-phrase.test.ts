// Repeated-phrase check on the seed article and on phrases doubled into clean sentences.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../src/core/checks/define-check.ts';
import { repeatedPhrase } from '../../../src/core/checks/repeated-phrase.ts';
import { createDocument } from '../../../src/core/document/document.ts';

const seed = readFileSync(new URL('../../../samples/000_98b1f44858d35dbe.txt', import.meta.url), 'utf8');

const detect = (text: string) => repeatedPhrase.detect({ text, lang: 'de', sentences: createDocument(text, 'de').sentences });
const apply = (text: string, s: Suggestion) => text.slice(0, s.start) + s.replacement + text.slice(s.end);

const clean = [
  'Die Gespräche zwischen den USA und China in Rom zielten darauf ab, die Tiefe des Engagements zu testen.',
  'Der Nationale Sicherheitsberater der USA traf sich diese Woche in einem Hotel in Rom mit Yang Jiechi.',
  'Seit Ausbruch des Krieges hat sich China geweigert, das Vorgehen Russlands zu verurteilen.',
];

describe('repeated-phrase', () => {
  it('flags the second “die Welt erschrecken” in the seed and its fix keeps “die die Welt”', () => {
    const findings = detect(seed);
    expect(findings).toHaveLength(1);
    const fixed = apply(seed, findings[0]!.suggestions![0]!);
    expect(fixed).toContain('Millionen von Flüchtlingen, die die Welt erschrecken.\n');
    expect(detect(fixed)).toEqual([]);
  });

  it('finds nothing in the clean sentences used below', () => {
    for (const text of clean) expect(detect(text)).toEqual([]);
  });

  it('flags a phrase of two to eight words doubled anywhere in a clean sentence, and its fix restores the sentence', () => {
    const injection = fc
      .record({ sentence: fc.constantFrom(...clean), at: fc.nat(), length: fc.integer({ min: 2, max: 8 }), comma: fc.boolean() })
      .map(({ sentence, at, length, comma }) => {
        const words = sentence.slice(0, -1).split(' ');
        const from = at % (words.length - length + 1);
        const head = words.slice(0, from + length).join(' ');
        const copy = words.slice(from, from + length).join(' ').replace(/,$/, '');
        const text = `${head.replace(/,$/, '')}${comma ? ',' : ''} ${copy} ${words.slice(from + length).join(' ')}`.trimEnd() + '.';
        return { text, sentence };
      });
    fc.assert(
      fc.property(injection, ({ text, sentence }) => {
        const fixes = detect(text).flatMap((f) => f.suggestions ?? []).map((s) => apply(text, s).replace(' .', '.'));
        expect(fixes.map((f) => f.replace(/,(?= )/g, ''))).toContain(sentence.replace(/,(?= )/g, ''));
      }),
      { numRuns: 200 },
    );
  });
});
