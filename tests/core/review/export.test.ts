// Exports: corrected text that keeps every byte outside edited sentences, and annotations as JSON and RFC 4180 CSV.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/core/document/document.ts';
import {
  annotationsToCsv,
  annotationsToJson,
  buildCorrectedText,
  csvField,
} from '../../../src/core/review/export.ts';
import type { Annotation } from '../../../src/core/review/types.ts';
import { annotationOn } from './helpers.ts';

/** A strict RFC 4180 reader, to read back what the writer wrote. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < csv.length) {
    let field = '';
    if (csv[i] === '"') {
      i++;
      for (;;) {
        const quote = csv.indexOf('"', i);
        if (quote < 0) throw new Error('unclosed quote');
        field += csv.slice(i, quote);
        i = quote + 1;
        if (csv[i] === '"') {
          field += '"';
          i++;
        } else break;
      }
    } else {
      const stop = csv.slice(i).search(/[,\r]/u);
      const end = stop < 0 ? csv.length : i + stop;
      field = csv.slice(i, end);
      if (/["\n]/u.test(field)) throw new Error(`unquoted special character in ${JSON.stringify(field)}`);
      i = end;
    }
    row.push(field);
    if (csv[i] === ',') i++;
    else if (csv.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < csv.length) throw new Error(`unexpected ${JSON.stringify(csv[i])} at ${i}`);
  }
  if (row.length) throw new Error('last row without CRLF');
  return rows;
}

const layouts = fc.constantFrom('\n', '\r\n', '\n\n', '\r\n\r\n', ' ', '  \n', '\t\n');
const sentences = fc.constantFrom(
  'Die Welt dreht sich.',
  '„Das ist gut“, sagte sie.',
  'Am 4. Februar 2022 kam er.',
  'Was nun?',
  'Straße, Ärger – 🌍!',
);
const articles = fc
  .array(fc.tuple(sentences, layouts), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.map(([sentence, layout]) => sentence + layout).join(''));

describe('buildCorrectedText', () => {
  it('gives the identical text, CRLF and spacing included, when nothing was edited', () => {
    fc.assert(
      fc.property(articles, (text) => {
        const { sentences: spans } = createDocument(text, 'de');
        expect(buildCorrectedText(text, spans, {})).toBe(text);
      }),
    );
  });

  it('changes only the span of the one edited sentence', () => {
    fc.assert(
      fc.property(articles, fc.nat(), fc.string({ unit: 'grapheme', maxLength: 20 }), (text, pick, replacement) => {
        const { sentences: spans } = createDocument(text, 'de');
        const index = pick % spans.length;
        const { start, end } = spans[index]!;
        const corrected = buildCorrectedText(text, spans, { [index]: replacement });
        expect(corrected).toBe(text.slice(0, start) + replacement + text.slice(end));
      }),
    );
  });

  it.each([
    ['two edits in order', { 0: 'Eins!', 2: 'Drei!' }, 'Eins!\r\nZwei.\r\n\r\nDrei!\r\n'],
    ['an edit to nothing', { 1: '' }, 'Eins.\r\n\r\n\r\nDrei.\r\n'],
    ['an edit of an unknown sentence', { 9: 'X' }, 'Eins.\r\nZwei.\r\n\r\nDrei.\r\n'],
  ])('applies %s', (_name, edits, expected) => {
    const text = 'Eins.\r\nZwei.\r\n\r\nDrei.\r\n';
    expect(buildCorrectedText(text, createDocument(text, 'de').sentences, edits)).toBe(expected);
  });
});

const tricky = 'Er sagte: „Nein, danke“, und "ging"\r\nfort 🌍; Zeile\nzwei.';
const annotations: Annotation[] = [
  annotationOn(tricky, 'und "ging"\r\nfort', {
    id: 'b',
    sentence: 2,
    comment: 'Zeilenumbruch, "Anführung"',
    correction: '„ging“ fort',
    severity: 'minor',
    category: 'Fluency/Punctuation',
  }),
  annotationOn(tricky, '„Nein, danke“', {
    id: 'a',
    sentence: 2,
    origin: { kind: 'check', check: 'unpaired-quote-bracket', flagId: 'q:1:2:0' },
    stale: true,
  }),
  annotationOn('🌍 x', '🌍', { id: 'c', sentence: 0, comment: 'Emoji 👍🏽', replaced: 'xx' }),
];

describe('annotationsToCsv', () => {
  it('writes a header and one row per annotation in reading order, readable back field for field', () => {
    const rows = parseCsv(annotationsToCsv(annotations));
    expect(rows).toEqual([
      ['sentence', 'start', 'end', 'text', 'category', 'severity', 'comment', 'correction', 'origin', 'stale'],
      ['0', '0', '2', '🌍', 'Fluency/Grammar', 'major', 'Emoji 👍🏽', '', 'manual', 'false'],
      ['2', '10', '23', '„Nein, danke“', 'Fluency/Grammar', 'major', '', '', 'check:unpaired-quote-bracket', 'true'],
      ['2', '25', '41', 'und "ging"\r\nfort', 'Fluency/Punctuation', 'minor', 'Zeilenumbruch, "Anführung"', '„ging“ fort', 'manual', 'false'],
    ]);
  });

  it('writes only the header for no annotations', () => {
    expect(annotationsToCsv([])).toBe('sentence,start,end,text,category,severity,comment,correction,origin,stale\r\n');
  });
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\ronly', '"cr\ronly"'],
    ['„deutsch“ 🌍', '„deutsch“ 🌍'],
    ['', ''],
  ])('writes %j as %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('reads back any text it wrote', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 4 }), (fields) => {
        expect(parseCsv(`${fields.map(csvField).join(',')}\r\n`)).toEqual([fields]);
      }),
    );
  });
});

describe('annotationsToJson', () => {
  it('round-trips every field, in reading order', () => {
    const parsed = JSON.parse(annotationsToJson(annotations)) as { format: string; version: number; annotations: Record<string, unknown>[] };
    expect(parsed.format).toBe('revisor-annotations');
    expect(parsed.version).toBe(1);
    expect(parsed.annotations.map((record) => record.text)).toEqual(['🌍', '„Nein, danke“', 'und "ging"\r\nfort']);
    expect(parsed.annotations[2]).toMatchObject({ comment: 'Zeilenumbruch, "Anführung"', correction: '„ging“ fort', origin: 'manual', stale: false });
    expect(parsed.annotations[0]).toMatchObject({ replaced: 'xx', comment: 'Emoji 👍🏽' });
    expect(parsed.annotations[1]).not.toHaveProperty('replaced');
  });
});
