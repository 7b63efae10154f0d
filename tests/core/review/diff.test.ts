// Word diff of an edited sentence against its original: what the reviewer sees struck through and inserted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordDiff, type DiffPart } from '../../../src/core/review/diff.ts';

const join = (parts: DiffPart[], keep: DiffPart['kind']) =>
  parts.filter((part) => part.kind === 'same' || part.kind === keep).map((part) => part.text).join('');

describe('wordDiff', () => {
  it.each([
    ['no change', 'Die Welt.', 'Die Welt.', [['same', 'Die Welt.']]],
    ['both empty', '', '', []],
    [
      'a deleted repeat',
      'die die Welt erschrecken, die Welt erschrecken.',
      'die die Welt erschrecken.',
      [['same', 'die die Welt erschrecken'], ['removed', ', die Welt erschrecken'], ['same', '.']],
    ],
    ['a replaced word', 'Die Welt dreht sich.', 'Die Erde dreht sich.', [['same', 'Die '], ['removed', 'Welt'], ['added', 'Erde'], ['same', ' dreht sich.']]],
    ['an inserted word', 'Er kam.', 'Er kam gestern.', [['same', 'Er kam'], ['added', ' gestern'], ['same', '.']]],
  ])('shows %s', (_name, original, edited, parts) => {
    expect(wordDiff(original, edited)).toEqual(parts.map(([kind, text]) => ({ kind, text })));
  });

  it('gives back the original from the kept and removed parts and the edit from the kept and added ones', () => {
    const words = fc.constantFrom('die', 'Welt', ' ', ', ', '„', '“', 'Straße', '🌍', '\n', 'erschrecken', '.');
    const sentence = fc.array(words, { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(sentence, sentence, (original, edited) => {
        const parts = wordDiff(original, edited);
        expect(join(parts, 'removed')).toBe(original);
        expect(join(parts, 'added')).toBe(edited);
      }),
    );
  });
});
