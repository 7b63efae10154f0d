// Bilingual TSV/CSV: header and delimiter detection, RFC 4180 quoting, broken input refused with its line, round trips.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partsToText, type BilingualDocument } from '../../../src/core/formats/bilingual.ts';
import {
  DelimitedParseError,
  parseDelimited,
  serializeDelimited,
  sniffDelimiter,
  type Delimiter,
} from '../../../src/core/formats/delimited.ts';

function pairs(doc: BilingualDocument): [string, string | null][] {
  return doc.segments.map((segment) => [
    partsToText(segment.source),
    segment.target ? partsToText(segment.target) : null,
  ]);
}

function parseError(text: string, delimiter?: Delimiter): DelimitedParseError {
  try {
    parseDelimited(text, delimiter ? { delimiter } : {});
  } catch (error) {
    if (error instanceof DelimitedParseError) return error;
    throw error;
  }
  throw new Error('no error thrown');
}

describe('delimited', () => {
  it.each([
    ['tab', 'Hello, world.\tHallo, Welt.\nBye, now.\tTschüss, jetzt.\n', '\t'],
    ['comma', 'source,target\n"Hello, world.","Hallo, Welt."\nBye.,Tschüss.\n', ','],
    ['semicolon', 'Quelle;Ziel\nHello, world.;Hallo, Welt.\nOne, two.;Eins, zwei.\n', ';'],
  ] as const)('sniffs the %s delimiter', (_name, text, delimiter) => {
    expect(sniffDelimiter(text)).toBe(delimiter);
  });

  it.each([
    ['English header', 'source\ttarget\nA.\tB.\n', [['A.', 'B.']]],
    ['short header', 'src,tgt\nA.,B.\n', [['A.', 'B.']]],
    ['German header', 'Quelle;Ziel\nA.;B.\n', [['A.', 'B.']]],
    ['no header: first two columns', 'A.\tB.\nC.\tD.\n', [['A.', 'B.'], ['C.', 'D.']]],
    ['columns found by name in any order', 'id,target,source\n7,B.,A.\n', [['A.', 'B.']]],
    ['one column: no target', 'Only a source.\nAnother one.\n', [['Only a source.', null], ['Another one.', null]]],
  ] as const)('reads source and target with %s', (_name, text, expected) => {
    expect(pairs(parseDelimited(text))).toEqual(expected);
  });

  it('takes the languages from a header of language tags', () => {
    const doc = parseDelimited('en-US\tde_DE\nHello.\tHallo.\n');
    expect([doc.sourceLang, doc.targetLang, doc.format]).toEqual(['en-US', 'de-DE', 'tsv']);
    expect(pairs(doc)).toEqual([['Hello.', 'Hallo.']]);
  });

  it('keeps ids and notes from their columns', () => {
    const doc = parseDelimited('ID,Source,Target,Comment\nk1,A.,B.,check this\nk2,C.,D.,\n');
    expect(doc.segments.map((s) => [s.id, s.notes])).toEqual([
      ['k1', ['check this']],
      ['k2', []],
    ]);
  });

  it('reads quoted fields with embedded line breaks, delimiters and doubled quotes', () => {
    const text = 'source,target\r\n"He said ""yes"",\r\nthen left.","Er sagte ""ja"",\nund ging."\r\n';
    expect(pairs(parseDelimited(text))).toEqual([['He said "yes",\r\nthen left.', 'Er sagte "ja",\nund ging.']]);
  });

  it('reads an unquoted TSV whose fields start with a quote, as the WMT files are written', () => {
    const text = '"Yes," he said.\t"Ja", sagte er.\nNo.\tNein.\n';
    expect(pairs(parseDelimited(text))).toEqual([
      ['"Yes," he said.', '"Ja", sagte er.'],
      ['No.', 'Nein.'],
    ]);
  });

  it.each([
    ['an unterminated quote', 'source,target\nA.,B.\n"C.,D.\nE.,F.\n', ',', 'unterminated-quote', 3],
    ['text after a closing quote', 'source,target\nA.,B.\n"C." x,D.\n', ',', 'text-after-quote', 3],
    ['a line break inside a quoted field before the error', 'a,b\n"x\ny",z\n"q" r,s\n', ',', 'text-after-quote', 4],
    ['a row without its target', 'source;target\nA.;B.\nC.\n', ';', 'missing-column', 3],
    ['a TSV with a broken quote and ragged rows', 'A.\tB.\n"C.\tD.\tE.\n', '\t', 'unterminated-quote', 2],
    ['no text at all', '\n\n', ',', 'empty', 0],
  ] as const)('refuses %s with its kind and line', (_name, text, delimiter, kind, line) => {
    const error = parseError(text, delimiter);
    expect([error.kind, error.line]).toEqual([kind, line]);
    if (line > 0) expect(error.message).toContain(`Line ${line}`);
  });

  it('writes corrections into the target column and nothing else changes', () => {
    const doc = parseDelimited('source\ttarget\nA.\tB.\nC.\tD.\n');
    const out = serializeDelimited(doc, { 1: 'Fixed, "quoted".' });
    expect(out).toBe('source\ttarget\nA.\tB.\nC.\t"Fixed, ""quoted""."\n');
    expect(pairs(parseDelimited(out))).toEqual([
      ['A.', 'B.'],
      ['C.', 'Fixed, "quoted".'],
    ]);
  });

  it('keeps a row whose only field is a quoted empty string, and skips truly blank lines', () => {
    const doc = parseDelimited('source\n""\n\nB.\n', { delimiter: '\t' });
    expect(doc.segments.map((segment) => partsToText(segment.source))).toEqual(['', 'B.']);
  });

  it('writes CSV with CRLF and RFC 4180 quoting', () => {
    const doc = parseDelimited('source,target\n"a,b",c\n');
    expect(serializeDelimited(doc)).toBe('source,target\r\n"a,b",c\r\n');
  });

  const field = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '\t', '"', '\n', '\r', 'ä', '.', 'x') });
  const segmentArb = fc.record({ source: field, target: fc.option(field, { nil: null }), note: fc.option(field, { nil: null }) });

  it.each(['tsv', 'csv'] as const)('round-trips any %s fields: parse ∘ serialize keeps source, target, ids and notes', (format) => {
    fc.assert(
      fc.property(
        fc.array(segmentArb, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.constantFrom<Delimiter>('\t', ',', ';'),
        (rows, withIds, delimiter) => {
          const hasTarget = rows.some((row) => row.target !== null);
          const doc: BilingualDocument = {
            format,
            sourceLang: 'en',
            targetLang: 'de',
            files: [{ name: '' }],
            segments: rows.map((row, index) => ({
              id: withIds ? `u${index}` : String(index + 1),
              fileIndex: 0,
              unitId: withIds ? `u${index}` : String(index + 1),
              source: [{ type: 'text', text: row.source }],
              // A delimited file cannot tell an empty target from a missing one once the column exists.
              target: hasTarget ? [{ type: 'text', text: row.target ?? '' }] : null,
              notes: row.note ? [row.note] : [],
            })),
          };
          const back = parseDelimited(serializeDelimited(doc, {}, { delimiter }), { delimiter });
          expect(back.segments).toEqual(doc.segments);
          // The languages are kept as column names, which a file without a target column does not have.
          expect([back.sourceLang, back.targetLang]).toEqual(hasTarget ? ['en', 'de'] : ['', '']);
        },
      ),
    );
  });
});
