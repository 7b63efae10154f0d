// Garbled-word check: its own cases, the seed article's findings, and what must stay unflagged.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { garbledWord } from '../../../src/core/checks/garbled-word.ts';
import { runCase, runValid } from './run-case.ts';

const seed = readFileSync(new URL('../../../samples/000_98b1f44858d35dbe.txt', import.meta.url), 'utf8');

describe('garbled-word', () => {
  it.each(garbledWord.cases.valid.map((c) => [typeof c === 'string' ? c : c.text, c] as const))(
    'finds nothing in %s',
    async (_text, c) => {
      expect(await runValid(garbledWord, c)).toEqual([]);
    },
  );

  it.each(garbledWord.cases.invalid.map((c) => [c.text, c] as const))('flags %s', async (_text, c) => {
    const { actual, expected } = await runCase(garbledWord, c);
    expect(actual).toEqual(expected);
  });

  it('flags only "Rettungsleinem" in the seed article', async () => {
    const findings = await runValid(garbledWord, { text: seed, lang: 'de' });
    expect(findings.map((f) => seed.slice(f.start, f.end))).toEqual(['Rettungsleinem']);
  });

  it.each([
    ['Die Anazhl der Opfer stieg.', 'Anazhl'],
    ['Er sagte, es sei vollstndig zerstört.', 'vollstndig'],
    ['Die Reigerung hat entschieden.', 'Reigerung'],
  ])('flags the garbled word in %s', async (text, word) => {
    const findings = await runValid(garbledWord, { text, lang: 'de' });
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual([word]);
  });

  it.each([
    'Der Sprecher Jonathan Hoffman sagte, Lorenzo werde stärker.',
    'Mehr dazu per E-Mail an info@example.org oder bei @dpa_news.',
    'Die Krankenschwestern und -pfleger streikten 48-stündig.',
    'Der 20er-Jahre-Look kostet 5km Anfahrt.',
  ])('leaves %s alone', async (text) => {
    expect(await runValid(garbledWord, { text, lang: 'de' })).toEqual([]);
  });
});
