// Re-anchoring spans after an edit: kept text follows the edit, changed text is marked stale, nothing is lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reanchorSpan } from '../../../src/core/review/anchor.ts';

/** `[quote]` marks the span in `before`; the expectation is the span's text afterwards (or null if stale). */
function anchorOf(marked: string, after: string) {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  const before = marked.replace('[', '').replace(']', '');
  const anchor = reanchorSpan(before, after, { start, end, quote: before.slice(start, end) });
  return { ...anchor, text: after.slice(anchor.start, anchor.end) };
}

describe('reanchorSpan', () => {
  it.each([
    ['text inserted before', 'Die [Welt] dreht sich.', 'Heute: Die Welt dreht sich.', 'Welt', 11],
    ['text deleted before', 'Ganz klar: die [Welt] dreht sich.', 'Die Welt dreht sich.', 'Welt', 4],
    ['text changed after', 'Die [Welt] dreht sich.', 'Die Welt stand still.', 'Welt', 4],
    ['untouched sentence', 'Die [Welt] dreht sich.', 'Die Welt dreht sich.', 'Welt', 4],
    ['a word replaced next to it', 'Die [Welt] dreht sich.', 'Diese Welt dreht sich.', 'Welt', 6],
    ['a word appended to it', 'Die [Welt] dreht sich.', 'Die Weltkugel dreht sich.', 'Welt', 4],
    ['the repeated copy after it removed', 'die [Welt] erschrecken, die Welt erschrecken.', 'die Welt erschrecken.', 'Welt', 4],
    ['emoji before it (surrogate pairs)', 'Die [Welt] 🌍.', '🌍 Die Welt 🌍.', 'Welt', 7],
    ['quotes around it', '„Die [Welt]“', '„Die ganze Welt“', 'Welt', 11],
  ])('keeps the span on its text when %s', (_name, marked, after, text, start) => {
    expect(anchorOf(marked, after)).toEqual({ start, end: start + text.length, stale: false, text });
  });

  it.each([
    ['its word changed', 'Die [Welt] dreht sich.', 'Die Erde dreht sich.', 'Erde'],
    ['its word misspelt differently', 'Die [Wlet] dreht sich.', 'Die Welt dreht sich.', 'Welt'],
    ['part of it deleted', 'Er ist [sehr groß] und stark.', 'Er ist groß und stark.', 'groß'],
    ['all of it deleted', 'Er ist [sehr] groß.', 'Er ist groß.', ''],
    ['the sentence emptied', '[Alles] weg.', '', ''],
    // A diff sees the later copy of a repeat as the deleted one, as the repeated-phrase suggestion does.
    ['it is the repeated copy removed', 'die Welt erschrecken, die [Welt] erschrecken.', 'die Welt erschrecken.', ''],
  ])('marks the span stale when %s, covering what became of it', (_name, marked, after, text) => {
    const anchor = anchorOf(marked, after);
    expect(anchor.stale).toBe(true);
    expect(anchor.text).toBe(text);
    expect(anchor.start).toBeLessThanOrEqual(anchor.end);
    expect(anchor.end).toBeLessThanOrEqual(after.length);
  });

  it('anchors a stale span again when its text comes back', () => {
    const original = 'Er ist sehr groß.';
    const edited = 'Er ist groß.';
    const stale = reanchorSpan(original, edited, { start: 7, end: 11, quote: 'sehr' });
    expect(stale.stale).toBe(true);
    expect(reanchorSpan(edited, original, { ...stale, quote: 'sehr' })).toEqual({ start: 7, end: 11, stale: false });
  });

  it('keeps an empty span at its place', () => {
    expect(reanchorSpan('ab cd', 'xx ab cd', { start: 2, end: 2, quote: '' })).toEqual({ start: 5, end: 5, stale: false });
  });

  const texts = fc
    .array(fc.constantFrom('die', 'Welt', ' ', ', ', 'erschrecken', '„', '“', '🌍', 'ß', '.'), { minLength: 1, maxLength: 10 })
    .map((parts) => parts.join(''));

  it('always gives a span inside the new text that holds its quote unless stale', () => {
    fc.assert(
      fc.property(texts, texts, fc.nat(), fc.nat(), (before, after, a, b) => {
        const start = a % (before.length + 1);
        const end = start + (b % (before.length - start + 1));
        const quote = before.slice(start, end);
        const anchor = reanchorSpan(before, after, { start, end, quote });
        expect(0 <= anchor.start && anchor.start <= anchor.end && anchor.end <= after.length).toBe(true);
        if (!anchor.stale) expect(after.slice(anchor.start, anchor.end)).toBe(quote);
      }),
    );
  });

  // The quote's «» appear nowhere else: with repeated words a diff may rightly see a different copy as the one removed.
  it('never marks a span stale when the edit is outside it', () => {
    fc.assert(
      fc.property(texts, texts, texts, texts, (head, inner, tail, inserted) => {
        const quote = `«${inner}»`;
        const before = `${head}${quote}${tail}`;
        const span = { start: head.length, end: head.length + quote.length, quote };
        for (const after of [`${inserted}${before}`, `${before}${inserted}`, `${head}${inserted}${quote}${tail}`, `${quote}${tail}`, `${head}${quote}`]) {
          const anchor = reanchorSpan(before, after, span);
          expect(anchor.stale).toBe(false);
          expect(after.slice(anchor.start, anchor.end)).toBe(quote);
        }
      }),
    );
  });
});
