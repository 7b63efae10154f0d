// Garbled-word check: its own cases, the seed article's findings, and what must stay unflagged.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../src/core/checks/analyzer.ts';
import { garbledWord } from '../../../src/core/checks/garbled-word.ts';
import { loadLexicon } from '../../../src/core/lexicon/load-lexicon.ts';
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

  it.each([
    // An acronym, a name met alone elsewhere, or a noun after "von" with a function word glued on.
    ['Die Befugnisse der ASIObei Vernehmungen und die Rolle der USAder Organisation.', ['ASIObei', 'USAder']],
    ['Jill Colvin begrüßte McEnany. Dann sprach McEnanybei ihrer ersten Pressekonferenz.', ['McEnanybei']],
    ['Der Einsatz von Truppenund Ressourcen kostet viel.', ['Truppenund']],
    // "-in" glued to a noun that names no person, so it is no feminine ("Monat" is one of the few left out: "Diplomatin").
    ['Sie bekamen die Rückkehrin ihre Häuser gestattet.', ['Rückkehrin']],
  ])('flags the glued word in %s', async (text, words) => {
    const findings = await runValid(garbledWord, { text, lang: 'de' });
    expect(findings.map((f) => [text.slice(f.start, f.end), f.messageId])).toEqual(words.map((w) => [w, 'gluedWords']));
  });

  it.each([
    // Spellings and forms that are one letter from another word: an extra letter that doubles nothing, a name's
    // final vowel, a missing final e, a genitive of a known noun, names after "bin".
    'Sie warb für Guess Jeans und aß einen Snack, berichtete Marca.',
    'Der Kreditgeber Prospa wuchs. Korsh sprach, später sagte Korsch nichts mehr.',
    'Erstmalig wurde die Menge des Pollens gemessen; es hat gestunken.',
    'Das Reformprogramm von Mohammed bin Salmans Regierung und die Kuratorin von Walmart.',
  ])('leaves %s alone', async (text) => {
    expect(await runValid(garbledWord, { text, lang: 'de' })).toEqual([]);
  });
});

describe('garbled-word in other languages', () => {
  const paragraphs = {
    fr: {
      clean:
        "Le gouvernement a annoncé mardi de nouvelles mesures pour soutenir les familles. Selon le ministre, ces aides seront versées dès le mois prochain. Aujourd'hui, Emmanuel Macron s'est rendu à Marseille, où il a rencontré des élus locaux et les représentants d'associations qu'il connaît bien.",
      garbled: 'Le gouvernement a annoncé mardi de nouvelles mesures. Selon le minsitre, ces aides seront versées le mois prochain.',
      word: 'minsitre',
    },
    es: {
      clean:
        'El gobierno anunció el martes nuevas medidas para apoyar a las familias. Según el ministro, las ayudas se pagarán a partir del próximo mes. Pedro Sánchez viajó a Sevilla, donde se reunió con alcaldes y representantes de varias asociaciones.',
      garbled: 'El gobierno anunció el martes nuevas medidas. Según el minsitro, las ayudas se pagarán el próximo mes.',
      word: 'minsitro',
    },
  } as const;

  it.each(Object.entries(paragraphs))('flags a letter swap but no clean word in %s', async (lang, { clean, garbled, word }) => {
    const lexicon = await loadLexicon(lang);
    expect(lexicon?.lang).toBe(lang);
    // Through the analyzer: the check runs for every language whose dictionary is loaded.
    const analyzer = await createAnalyzer({ lexicons: { [lang]: lexicon }, preload: [], checks: ['garbled-word'] });
    expect(analyzer.analyze({ text: clean, lang }).flags).toEqual([]);
    const flags = analyzer.analyze({ text: garbled, lang }).flags;
    expect(flags.map((f) => [garbled.slice(f.start, f.end), f.check])).toEqual([[word, 'garbled-word']]);
  });
});
