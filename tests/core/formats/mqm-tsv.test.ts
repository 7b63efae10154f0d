// MQM TSV: the WMT column layout, <v>…</v> span markers, escaping, and reading back what was written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MqmTsvParseError,
  NO_ERROR,
  annotationsToMqmRows,
  parseMqmSeverity,
  parseMqmTsv,
  serializeMqmTsv,
  type MqmTsvRow,
} from '../../../src/core/formats/mqm-tsv.ts';
import { annotationOn } from '../review/helpers.ts';

const meta = { system: 'Online-A.1574', doc: 'independent.281139', docId: '12', rater: 'rater4' };

describe('mqm-tsv', () => {
  it('writes the WMT header and marks the span with <v>…</v> in the target', () => {
    const target = 'Sie bekommen das Geld.';
    const rows = annotationsToMqmRows(
      [annotationOn(target, 'bekommen', { category: 'Accuracy/Mistranslation', severity: 'major' })],
      [{ source: 'They get the money.', target }],
      meta,
    );
    expect(serializeMqmTsv(rows)).toBe(
      'system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity\n' +
        'Online-A.1574\tindependent.281139\t12\t1\trater4\tThey get the money.\tSie <v>bekommen</v> das Geld.\tAccuracy/Mistranslation\tMajor\n',
    );
  });

  it('writes a No-error row for a sentence without annotations, unless told not to', () => {
    const segments = [{ source: '', target: 'Gut.' }, { source: '', target: 'Schlecht.' }];
    const annotations = [annotationOn('Schlecht.', 'Schlecht', { sentence: 1, category: 'Fluency/Spelling', severity: 'minor' })];
    const rows = annotationsToMqmRows(annotations, segments, meta);
    expect(rows.map((row) => [row.segId, row.category, row.severity])).toEqual([
      ['1', NO_ERROR, NO_ERROR],
      ['2', 'Fluency/Spelling', 'Minor'],
    ]);
    expect(annotationsToMqmRows(annotations, segments, meta, false)).toHaveLength(1);
  });

  it('writes a stale annotation whose span no longer fits without a span', () => {
    const annotation = { ...annotationOn('Ein langer Satz.', 'Satz'), stale: true };
    const [row] = annotationsToMqmRows([annotation], [{ source: '', target: 'Kurz.' }], meta);
    expect(row!.span).toBeNull();
  });

  it('reads a WMT file with extra columns and a span in the source', () => {
    const text =
      'system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity\tcomments\n' +
      'hyp.A\td\t1\t3\tr1\tHe <v>really</v> left.\tEr ging.\tAccuracy/Omission\tMinor\tmissing word\n';
    const [row] = parseMqmTsv(text);
    expect(row).toMatchObject({ source: 'He really left.', target: 'Er ging.', span: { side: 'source', start: 3, end: 9 } });
    expect(parseMqmSeverity(row!.severity)).toBe('minor');
  });

  it.each([
    ['a missing column', 'system\tdoc\n', 1],
    ['two opening markers', `${'system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity'}\ns\td\t1\t1\tr\tA\t<v>a<v>b</v>\tOther\tMinor\n`, 2],
    ['a short row', `${'system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity'}\ns\td\t1\n`, 2],
  ])('refuses %s with its line', (_name, text, line) => {
    expect(() => parseMqmTsv(text)).toThrow(MqmTsvParseError);
    try {
      parseMqmTsv(text);
    } catch (error) {
      expect((error as MqmTsvParseError).line).toBe(line);
    }
  });

  const textArb = fc.string({ unit: fc.constantFrom('a', 'ß', ' ', '\t', '\n', '\r', '\\', 't', 'n', '"', '.') });
  const rowArb: fc.Arbitrary<MqmTsvRow> = fc
    .record({
      system: textArb,
      doc: textArb,
      docId: textArb,
      segId: textArb,
      rater: textArb,
      source: textArb,
      target: textArb,
      category: textArb,
      severity: textArb,
      side: fc.constantFrom('source', 'target', null),
      a: fc.nat(),
      b: fc.nat(),
    })
    .map(({ side, a, b, ...row }) => {
      if (side === null) return { ...row, span: null };
      const length = row[side].length;
      const [start, end] = [a % (length + 1), b % (length + 1)].sort((x, y) => x - y) as [number, number];
      return { ...row, span: { side, start, end } };
    });

  it('round-trips any rows: parse ∘ serialize is the identity, tabs, breaks and backslashes included', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 5 }), (rows) => {
        expect(parseMqmTsv(serializeMqmTsv(rows))).toEqual(rows);
      }),
    );
  });
});
