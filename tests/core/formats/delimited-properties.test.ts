// Properties of TSV/CSV reading and writing: random records read back with their lines, own output re-read without being told the delimiter, only typed errors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partsToText, type BilingualDocument } from '../../../src/core/formats/bilingual.ts';
import {
  DelimitedParseError,
  parseDelimited,
  readDelimitedRecords,
  serializeDelimited,
  type Delimiter,
} from '../../../src/core/formats/delimited.ts';

const delimiter = fc.constantFrom<Delimiter>('\t', ',', ';');
const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
// Field text that exercises the quoting: all three delimiters, quotes, every line end, edge blanks, non-ASCII.
const field = fc
  .array(fc.oneof(fc.constantFrom('a', 'Moskau', ' ', ',', ';', '\t', '"', '""', '\n', '\r\n', '\r', 'ä', '„', '😀', '#', "'"), fc.string({ maxLength: 3 })), {
    maxLength: 6,
  })
  .map((parts) => parts.join(''));

/** A field as a spreadsheet writes it: quoted when needed (or at random), quotes doubled. */
function writeField(value: string, sep: Delimiter, forceQuotes: boolean): string {
  const needs = value.includes(sep) || /["\r\n]/.test(value) || value === '';
  return needs || forceQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

const lineBreaks = (value: string) => (value.match(/\r\n|\r|\n/g) ?? []).length;

describe('readDelimitedRecords', () => {
  it('reads any records back, each with the line it starts on, whatever the quoting and line ends', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
        delimiter,
        lineEnd,
        fc.boolean(),
        fc.boolean(),
        (rows, sep, end, forceQuotes, finalBreak) => {
          const text = rows.map((row) => row.map((value) => writeField(value, sep, forceQuotes)).join(sep)).join(end) + (finalBreak && rows.length ? end : '');
          let line = 1;
          const expected = rows.map((fields) => {
            const record = { fields, line };
            line += 1 + fields.reduce((sum, value) => sum + lineBreaks(value), 0);
            return record;
          });
          expect(readDelimitedRecords(text, sep)).toEqual(expected);
        },
      ),
      { numRuns: 250 },
    );
  });
});

const segmentArb = fc.record({ source: field, target: fc.option(field, { nil: null }), note: fc.option(field, { nil: null }), id: fc.option(field, { nil: null }) });

function documentOf(rows: { source: string; target: string | null; note: string | null; id: string | null }[], langs: [string, string]): BilingualDocument {
  const hasTarget = rows.some((row) => row.target !== null);
  const hasIds = rows.some((row) => row.id !== null);
  return {
    format: 'csv',
    sourceLang: langs[0],
    targetLang: langs[1],
    files: [{ name: '' }],
    segments: rows.map((row, index) => {
      // An empty id cell reads back as the row number, so ids are never empty.
      const id = hasIds && row.id ? row.id : String(index + 1);
      return {
        id,
        fileIndex: 0,
        unitId: id,
        source: [{ type: 'text', text: row.source }],
        target: hasTarget ? [{ type: 'text', text: row.target ?? '' }] : null,
        notes: row.note ? [row.note] : [],
      };
    }),
  };
}

describe('serializeDelimited', () => {
  it('writes files that read back the same without being told the delimiter, one-column files included', () => {
    fc.assert(
      fc.property(
        fc.array(segmentArb, { minLength: 1, maxLength: 6 }),
        delimiter,
        fc.constantFrom<[string, string]>(['en', 'de'], ['', ''], ['de-DE', 'en_US']),
        (rows, sep, langs) => {
          const doc = documentOf(rows, langs);
          const back = parseDelimited(serializeDelimited(doc, {}, { delimiter: sep }));
          expect(back.segments).toEqual(doc.segments);
        },
      ),
      { numRuns: 250 },
    );
  });

  it('reads a one-column TSV whose sentences hold commas and semicolons as one column', () => {
    const doc = documentOf(
      [
        { source: 'Moskau, Peking und Washington.', target: null, note: null, id: null },
        { source: 'Erstens; zweitens.', target: null, note: null, id: null },
        { source: 'Ja, sagte er, ja.', target: null, note: null, id: null },
      ],
      ['', ''],
    );
    const back = parseDelimited(serializeDelimited({ ...doc, format: 'tsv' }));
    expect(back.segments.map((s) => partsToText(s.source))).toEqual(['Moskau, Peking und Washington.', 'Erstens; zweitens.', 'Ja, sagte er, ja.']);
    expect(back.segments.every((s) => s.target === null)).toBe(true);
  });

  it('applies corrections by segment index and changes nothing else', () => {
    fc.assert(
      fc.property(fc.array(segmentArb, { minLength: 1, maxLength: 5 }), fc.dictionary(fc.nat(6).map(String), field), delimiter, (rows, fixes, sep) => {
        const doc = documentOf(rows, ['en', 'de']);
        const corrections: Record<number, string> = {};
        for (const [index, value] of Object.entries(fixes)) if (Number(index) < rows.length) corrections[Number(index)] = value;
        const back = parseDelimited(serializeDelimited(doc, corrections, { delimiter: sep }), { delimiter: sep });
        // A target column is written when some segment has a target or a correction.
        const hasTargets = doc.segments[0]!.target !== null || Object.keys(corrections).length > 0;
        back.segments.forEach((s, i) => {
          expect(partsToText(s.source)).toBe(rows[i]!.source);
          const before = doc.segments[i]!.target;
          expect(s.target && partsToText(s.target)).toBe(hasTargets ? (corrections[i] ?? (before ? partsToText(before) : '')) : null);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseDelimited', () => {
  const piece = fc.oneof(
    fc.constantFrom('\t', ',', ';', '"', '""', '\n', '\r\n', '\r', ' ', 'source', 'target', 'id', 'notes', 'en', 'de-DE', 'Quelle', 'a', 'Satz.', '\u0000', '\ufeff'),
    fc.string({ maxLength: 4 }),
  );
  const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

  it('throws nothing but DelimitedParseError, with a line inside the file, and what it reads it writes back', () => {
    fc.assert(
      fc.property(text, fc.option(delimiter, { nil: undefined }), (input, sep) => {
        let doc: BilingualDocument;
        try {
          doc = parseDelimited(input, sep ? { delimiter: sep } : {});
        } catch (error) {
          expect(error).toBeInstanceOf(DelimitedParseError);
          const { line } = error as DelimitedParseError;
          expect(line >= 0 && line <= lineBreaks(input) + 1).toBe(true);
          return;
        }
        for (const out of ['\t', ',', ';'] as const) {
          expect(parseDelimited(serializeDelimited(doc, {}, { delimiter: out })).segments).toEqual(doc.segments);
        }
      }),
      { numRuns: 600 },
    );
  });
});
