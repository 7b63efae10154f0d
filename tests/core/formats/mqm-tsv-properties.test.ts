// Properties of MQM TSV: WMT-shaped files read as written, annotations round-trip with their spans, only MqmTsvParseError on any input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotationsToMqmRows, mqmTsvColumns, MqmTsvParseError, parseMqmTsv, serializeMqmTsv } from '../../../src/core/formats/mqm-tsv.ts';
import type { AnnotationSeverity } from '../../../src/core/review/types.ts';
import { annotationAt } from '../review/helpers.ts';

// WMT's fields: no tabs or line breaks, no backslash escapes; '<' and '/' and 'v' around so markers nearly form.
const wmtField = fc
  .array(fc.oneof(fc.constantFrom('Moskau', ' ', '<', '>', '/', 'v', '„', '“', '"', 'ß', '😀', '.'), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 6 })
  .map((parts) => parts.join(''))
  .filter((t) => !/[\t\n\r\\]/.test(t) && !t.includes('<v>') && !t.includes('</v>'));

const wmtRow = fc.record({
  values: fc.array(wmtField, { minLength: 9, maxLength: 9 }),
  extra: fc.array(wmtField, { minLength: 2, maxLength: 2 }),
  span: fc.option(fc.tuple(fc.constantFrom<'source' | 'target'>('source', 'target'), fc.nat(), fc.nat()), { nil: null }),
});

describe('parseMqmTsv on WMT-shaped files', () => {
  it('reads every row as written, whatever the column order, extra columns, line ends and blank lines', () => {
    fc.assert(
      fc.property(
        fc.array(wmtRow, { maxLength: 5 }),
        fc.shuffledSubarray([...mqmTsvColumns, 'comments', 'globalSegId'], { minLength: 11, maxLength: 11 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (rows, header, end, blankLines) => {
          const expected = rows.map(({ values, span }) => {
            const [system, doc, docId, segId, rater, source, target, category, severity] = values as [string, string, string, string, string, string, string, string, string];
            const row = { system, doc, docId, segId, rater, source, target, category, severity, span: null as null | { side: 'source' | 'target'; start: number; end: number } };
            if (span) {
              const text = row[span[0]];
              const [start, stop] = [span[1] % (text.length + 1), span[2] % (text.length + 1)].sort((a, b) => a - b) as [number, number];
              row.span = { side: span[0], start, end: stop };
            }
            return row;
          });
          const lines = rows.map(({ extra }, i) => {
            const row = expected[i]!;
            const marked = (side: 'source' | 'target') =>
              row.span?.side === side ? `${row[side].slice(0, row.span.start)}<v>${row[side].slice(row.span.start, row.span.end)}</v>${row[side].slice(row.span.end)}` : row[side];
            const byColumn: Record<string, string> = {
              system: row.system, doc: row.doc, doc_id: row.docId, seg_id: row.segId, rater: row.rater,
              source: marked('source'), target: marked('target'), category: row.category, severity: row.severity,
              comments: extra[0]!, globalSegId: extra[1]!,
            };
            return header.map((column) => byColumn[column]).join('\t');
          });
          const text = [header.join('\t'), ...lines].join(blankLines ? end + end : end) + end;
          expect(parseMqmTsv(text)).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('annotationsToMqmRows and serializeMqmTsv', () => {
  // Sentence text with the characters the escaping must survive.
  const sentence = fc
    .array(fc.constantFrom('Der', ' ', 'Kreml', '\t', '\n', '\\', '\\t', '<', '>', 'ä', '😀', '.'), { minLength: 1, maxLength: 10 })
    .map((parts) => parts.join(''));
  const annotation = fc.record({ sentence: fc.nat(), a: fc.nat(), b: fc.nat(), severity: fc.constantFrom<AnnotationSeverity>('neutral', 'minor', 'major', 'critical'), stale: fc.boolean() });

  it('gives rows that read back with the annotated span, category and severity; a span that no longer fits is dropped', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(sentence, sentence), { minLength: 1, maxLength: 4 }), fc.array(annotation, { maxLength: 5 }), (pairs, picks) => {
        const segments = pairs.map(([source, target]) => ({ source, target }));
        const annotations = picks.map(({ sentence: s, a, b, severity, stale }, k) => {
          const index = s % segments.length;
          const target = segments[index]!.target;
          // A stale annotation may point past the end of the sentence's current text.
          const limit = stale ? target.length + 5 : target.length;
          const [start, end] = [a % (limit + 1), b % (limit + 1)].sort((x, y) => x - y) as [number, number];
          return { ...annotationAt(target, start, end, { sentence: index, severity, stale }), id: `a${k}` };
        });
        const rows = annotationsToMqmRows(annotations, segments, { system: 'mt', doc: 'd', docId: '1', rater: 'r' });
        const back = parseMqmTsv(serializeMqmTsv(rows));
        expect(back).toEqual(rows);
        for (const row of back) {
          const text = segments[Number(row.segId) - 1]!;
          expect(row.target).toBe(text.target);
          expect(row.source).toBe(text.source);
          if (row.span) expect(row.span.end).toBeLessThanOrEqual(text.target.length);
        }
        expect(back.filter((row) => row.category !== 'No-error')).toHaveLength(annotations.length);
      }),
      { numRuns: 150 },
    );
  });
});

describe('parseMqmTsv on any input', () => {
  const piece = fc.oneof(
    fc.constantFrom(mqmTsvColumns.join('\t'), '\t', '\n', '\r\n', '\r', '<v>', '</v>', '\\', '\\t', '\\n', 'Major', 'No-error', 'system', 'source', ' '),
    fc.string({ maxLength: 4 }),
  );
  const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

  it('throws nothing but MqmTsvParseError, keeps spans inside their text, and what it reads it writes back', () => {
    fc.assert(
      fc.property(text, (input) => {
        let rows;
        try {
          rows = parseMqmTsv(input);
        } catch (error) {
          expect(error).toBeInstanceOf(MqmTsvParseError);
          const { line } = error as MqmTsvParseError;
          expect(line >= 1 && line <= input.split(/\r?\n/).length).toBe(true);
          return;
        }
        for (const row of rows) {
          if (row.span) expect(row.span.start >= 0 && row.span.start <= row.span.end && row.span.end <= row[row.span.side].length).toBe(true);
        }
        expect(parseMqmTsv(serializeMqmTsv(rows))).toEqual(rows);
      }),
      { numRuns: 1000 },
    );
  });
});
