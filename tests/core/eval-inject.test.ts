// The eval's defect injectors: each plants exactly one defect and reports where it is.
import { describe, expect, it } from 'vitest';
import {
  createRandom,
  injectBoilerplate,
  injectGarbledWord,
  injectGluedWord,
  injectMissingSpace,
  injectNearDuplicate,
  injectRepeatedPhrase,
  injectUntranslated,
} from '../eval/inject.ts';

const TEXT = 'Peking hat sich geweigert, Russland zu verurteilen. Die Gespräche in Rom dauerten lange.\nDas Weiße Haus schweigt.';

describe('eval inject', () => {
  it('gives the same injection for the same seed', () => {
    expect(injectGarbledWord(TEXT, createRandom(7))).toEqual(injectGarbledWord(TEXT, createRandom(7)));
  });

  it.each([1, 2, 3, 4, 5])('duplicates a phrase right after itself (seed %i)', (seed) => {
    const result = injectRepeatedPhrase(TEXT, createRandom(seed))!;
    const span = result.text.slice(...result.span);
    const half = (span.length - 1) / 2;
    expect(span.slice(0, half)).toBe(span.slice(half + 1));
    expect(result.text.length).toBe(TEXT.length + half + 1);
  });

  it.each([1, 2, 3])('deletes one space after punctuation (seed %i)', (seed) => {
    const result = injectMissingSpace(TEXT, createRandom(seed))!;
    expect(result.text.length).toBe(TEXT.length - 1);
    expect(result.text.slice(...result.span)).toMatch(/^[.,)]\p{L}$/u);
  });

  it('glues a word to the function word after it', () => {
    const result = injectGluedWord(TEXT, createRandom(3))!;
    expect(result.text.length).toBe(TEXT.length - 1);
    expect(result.text.slice(...result.span)).toMatch(/^\p{L}+(sich|zu|in|die|das)$/iu);
  });

  it.each([1, 2, 3, 4])('garbles one long word (seed %i)', (seed) => {
    const result = injectGarbledWord(TEXT, createRandom(seed))!;
    const garbled = result.text.slice(...result.span);
    expect(TEXT.split(/\s/)).not.toContain(garbled);
    expect(Math.abs(result.text.length - TEXT.length)).toBeLessThanOrEqual(1);
  });

  it.each([1, 2, 3, 4])('plants a near copy of a line and points at the original (seed %i)', (seed) => {
    const text = [
      'Peking hat sich geweigert, seinen engen Verbündeten Russland wegen der Invasion zu verurteilen.',
      'Biden wird am Freitag mit Xi Jinping sprechen, sagte das Weiße Haus am Donnerstag.',
      'Das Treffen beginnt am Abend.',
    ].join('\n');
    const result = injectNearDuplicate(text, createRandom(seed))!;
    const copy = result.text.slice(...result.span);
    const original = result.text.slice(...result.partner!);
    expect(text.split('\n')).toContain(original);
    expect(copy).not.toBe(original);
    expect(copy.split(' ').length).toBe(original.split(' ').length);
  });

  it('appends an English sentence and boilerplate at the spans it reports', () => {
    const english = 'The talks lasted for hours.';
    const untranslated = injectUntranslated(TEXT, createRandom(1), english)!;
    expect(untranslated.text.slice(...untranslated.span)).toBe(english);
    const boilerplate = injectBoilerplate(TEXT, createRandom(1))!;
    expect(['Read more', 'bbabo.Net', 'Teilen Sie diesen Artikel']).toContain(boilerplate.text.slice(...boilerplate.span));
  });
});
