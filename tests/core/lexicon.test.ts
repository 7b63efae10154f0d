// The hunspell lexicon in Node: loading, words accepted and rejected, split suggestions.
import { describe, expect, it } from 'vitest';
import { isDerivedWord, isListedCompound } from '../../src/core/lexicon/derivation.ts';
import { loadLexicon } from '../../src/core/lexicon/load-lexicon.ts';
import { findFunctionWordSplits } from '../../src/core/lexicon/split.ts';
import { isListedWord, wordRank } from '../../src/core/lexicon/word-frequency.ts';

const de = await loadLexicon('de');
const en = await loadLexicon('en');

describe('loadLexicon', () => {
  it('loads German and English once per language', async () => {
    expect(de?.lang).toBe('de');
    expect(en?.lang).toBe('en');
    expect(await loadLexicon('de-DE')).toBe(de);
  });

  it('gives undefined for a language without an installed dictionary', async () => {
    expect(await loadLexicon('xx')).toBeUndefined();
  });
});

describe('hunspell lexicon', () => {
  it.each([
    'Osterweiterung', 'Chefdiplomat', 'Sicherheitsberater', 'Die', 'DIE', 'NATO', 'Staats-', "Klaus'", 'geht’s',
    'US-Präsident', 'Ukrainekrieg', 'Ukrainekrieges', 'Ukrainekriegsgefahr', 'Sanktionsdrohungen', 'Corona',
    'Lockdowns', 'Drohnenangriff', 'Sanktionspaket', 'Impfpass', 'Selenskyj', 'Kyjiw', 'kriegsmüde',
  ])('accepts %s in German', (word) => {
    expect(de?.isWord(word)).toBe(true);
  });

  it.each(['Rettungsleinem', 'Truppenmit', 'Kanzlerwar', 'Kanzlersagte', 'Verhnadlungen'])('rejects %s in German', (word) => {
    expect(de?.isWord(word)).toBe(false);
  });

  it.each(["don't", 'lockdown', 'Zelensky', "Zelensky's"])('accepts %s in English', (word) => {
    expect(en?.isWord(word)).toBe(true);
  });

  it('suggests the split of a word glued to a function word first', () => {
    expect(de?.suggest?.('Kanzlerwar')[0]).toBe('Kanzler war');
    expect(de?.suggest?.('Rettungsleinem')).toContain('Rettungsleine');
  });
});

describe('findFunctionWordSplits', () => {
  const isWord = (word: string) => de?.isWord(word) ?? false;
  it.each([
    ['Truppenmit', ['Truppen', 'mit']],
    ['Kanzlerwar', ['Kanzler', 'war']],
  ])('splits %s', (word, split) => {
    expect(findFunctionWordSplits(word, isWord, 'de')[0]).toEqual(split);
  });

  it.each(['Hassan', 'Salman', 'Reisender', 'wiederhaben', 'angekämpft'])('does not split %s', (word) => {
    expect(findFunctionWordSplits(word, isWord, 'de')).toEqual([]);
  });
});

describe('word-frequency', () => {
  it('ranks frequent words before rare ones, in any case', () => {
    expect(wordRank('Regierung', 'de')).toBeLessThan(wordRank('Hemisphäre', 'de')!);
    expect(wordRank('Rettungsleinem', 'de')).toBeUndefined();
    expect(wordRank('Regierung', 'xx')).toBeUndefined();
  });

  it.each([
    ['Hemisphäre', true],
    ['Morales', true],
    ['Saktionen', false],
  ])('lists %s: %s', (word, listed) => {
    expect(isListedWord(word, 'de')).toBe(listed);
  });
});

describe('derivation', () => {
  const spell = (word: string) => de!.spell!(word) || isListedWord(word, 'de');
  it.each([
    ['Strategin', true],
    ['Bestäuber', true],
    ['Unterbreitung', true],
    ['ungleicheren', true],
    ['auszugraben', true],
    ['Reigerung', false],
    ['werdeen', false],
    ['diesees', false],
  ])('takes %s for a derived word: %s', (word, derived) => {
    expect(isDerivedWord(word, spell, 'de', de!.spell)).toBe(derived);
  });

  it.each([
    ['Urlaubsresorts', true],
    ['Kindermodels', true],
    ['Angriffeneinem', false],
  ])('takes %s for a compound with a listed head: %s', (word, compound) => {
    expect(isListedCompound(word, de!.spell!, 'de')).toBe(compound);
  });
});
