// Missing-space check: its own cases, the seed article's glued caption, and texts that must stay unflagged.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingSpace } from '../../../src/core/checks/missing-space.ts';
import { loadLexicon } from '../../../src/core/lexicon/load-lexicon.ts';
import { runCase, runValid } from './run-case.ts';

const seed = readFileSync(new URL('../../../samples/000_98b1f44858d35dbe.txt', import.meta.url), 'utf8');

describe('missing-space', () => {
  it.each(missingSpace.cases.valid.map((c) => [typeof c === 'string' ? c : c.text, c] as const))(
    'finds nothing in %s',
    async (_text, c) => {
      expect(await runValid(missingSpace, c)).toEqual([]);
    },
  );

  it.each(missingSpace.cases.invalid.map((c) => [c.text, c] as const))('flags %s', async (_text, c) => {
    const { actual, expected } = await runCase(missingSpace, c);
    expect(actual).toEqual(expected);
  });

  it('flags the caption glued to the next sentence in the seed and suggests a space', async () => {
    const findings = await runValid(missingSpace, { text: seed, lang: 'de' });
    const at = seed.indexOf('via AP)Moskau') + 'via AP'.length;
    expect(findings).toEqual([
      expect.objectContaining({ start: at, end: at + 1, suggestions: [{ start: at, end: at + 1, replacement: ') ' }] }),
    ]);
  });

  it.each([
    ['Er kam.Es regnete.', 'afterPunctuation'],
    ['Warum?Weil es regnete.', 'afterPunctuation'],
    ['Die Bilanz 2022.Die Zahlen', 'afterPunctuation'],
    ['Hinweis:Die Zahlen', 'afterPunctuation'],
  ])('flags %s with %s', async (text, messageId) => {
    const findings = await runValid(missingSpace, { text, lang: 'de' });
    expect(findings.map((f) => f.messageId)).toEqual([messageId]);
  });

  it.each([
    'Mehr auf YouTube, PayPal und LinkedIn.',
    'Die Mitarbeiter:innen und die U.S.-Regierung.',
    'Laut dpa.Com nicht.',
    'Das Ergebnis lag bei 3,5% (Vorjahr: 2,9%).',
    'Das Ticket heißt BahnCard.',
  ])('leaves %s alone', async (text) => {
    expect(await runValid(missingSpace, { text, lang: 'de' })).toEqual([]);
  });

  it('uses the lexicon to tell glued words from brand names', async () => {
    const lexicon = await loadLexicon('de');
    const ctx = { lang: 'de', sentences: [], lexicon };
    expect(missingSpace.detect({ ...ctx, text: 'Die Firma WikiLeaks.' })).toEqual([]);
    expect(missingSpace.detect({ ...ctx, text: 'Sie sind sich näher gekommenMoskau und' })).toHaveLength(1);
  });
});
