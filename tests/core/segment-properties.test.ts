// Properties of segment() on arbitrary input: lossless, exact offsets, trimmed sentences, line breaks end sentences.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment, type SentenceSpan } from '../../src/core/segment/segment.ts';

// The segmenter's white space: JavaScript's \s plus NEL, which it also treats as a line break.
const BLANK = /^[\s\u0085]*$/;
const EDGE_BLANK = /^[\s\u0085]|[\s\u0085]$/;
const LINE_BREAK = /[\n\v\f\r\u0085\u2028\u2029]/;

/** Every invariant the rest of the app relies on; returns a description of the first broken one, or ''. */
function violation(text: string, spans: SentenceSpan[]): string {
  let previousEnd = 0;
  for (const s of spans) {
    if (s.start < previousEnd) return `overlap or disorder at ${s.start}`;
    if (s.end <= s.start) return `empty sentence at ${s.start}`;
    if (text.slice(s.start, s.end) !== s.text) return `text differs from slice at ${s.start}`;
    if (EDGE_BLANK.test(s.text)) return `untrimmed sentence at ${s.start}`;
    if (LINE_BREAK.test(s.text)) return `line break inside sentence at ${s.start}`;
    if (!BLANK.test(text.slice(previousEnd, s.start))) return `lost text before ${s.start}`;
    previousEnd = s.end;
  }
  if (!BLANK.test(text.slice(previousEnd))) return `lost text after ${previousEnd}`;
  return '';
}

// Characters that exercise the rules: terminators, quotes, brackets, digits, cases, blanks, line breaks, surrogates.
const tricky = fc.constantFrom(
  ...'.!?…;:,()[]„“”"\'»«‚‘’-–—/@ \t\n\r\u2028\u0085\u00a0zBDrMio3019aAJ'.split(''),
  '\r\n',
  '...',
  'z. B.',
  'Dr.',
  'usw.',
  ' 4. ',
  'www.',
  'p.m.',
  'U.S.',
  'AP)',
  'Mio.',
  'e\u0301',
  '😀',
  '\ud800',
  '\udc00',
  ' Die ',
  ' The ',
);
const trickyText = fc.array(tricky, { maxLength: 80 }).map((parts) => parts.join(''));

const texts = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: 'binary-ascii', maxLength: 200 }),
  trickyText,
);

describe('segment', () => {
  it.each(['de', 'en', 'fr', 'ja', 'und'])('is lossless and exact on arbitrary input in %s', (lang) => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(violation(text, segment(text, lang))).toBe('');
      }),
      { numRuns: 400 },
    );
  });

  it('never throws, whatever the language tag', () => {
    fc.assert(
      fc.property(trickyText, fc.string({ maxLength: 12 }), (text, lang) => {
        expect(violation(text, segment(text, lang))).toBe('');
      }),
      { numRuns: 300 },
    );
  });

  it('splits each line on its own: a line gives the same sentences alone as inside the text', () => {
    fc.assert(
      fc.property(fc.array(trickyText.filter((t) => !LINE_BREAK.test(t)), { maxLength: 5 }), (lines) => {
        const text = lines.join('\n');
        const alone = lines.flatMap((line) => segment(line, 'de').map((s) => s.text));
        expect(segment(text, 'de').map((s) => s.text)).toEqual(alone);
      }),
      { numRuns: 200 },
    );
  });

  it('stays lossless on long lines that the fallback cuts into chunks', () => {
    fc.assert(
      fc.property(fc.array(trickyText, { minLength: 200, maxLength: 400 }), (parts) => {
        const text = parts.join(' ').replace(/[\n\r\u2028\u2029\u0085]/g, ' ');
        expect(violation(text, segment(text, 'fr'))).toBe('');
      }),
      { numRuns: 30 },
    );
  });
});
