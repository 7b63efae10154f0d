// Properties of XLIFF reading and writing on random documents: segments read as written, byte-exact write-back, edits and notes round-trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partsToText, type BilingualDocument, type SegmentPart } from '../../../src/core/formats/bilingual.ts';
import { parseXliff, serializeXliff, XliffError } from '../../../src/core/formats/xliff.ts';
import { escapeXmlText, XmlError } from '../../../src/core/formats/xml.ts';

type Inline =
  | { kind: 'text'; text: string; cdata: boolean }
  | { kind: 'placeholder' }
  | { kind: 'paired'; text: string }
  | { kind: 'open' }
  | { kind: 'close' }
  | { kind: 'comment' };

interface GenSegment {
  source: Inline[];
  target: Inline[] | null;
  state: string | undefined;
}

interface GenUnit {
  translate: boolean;
  /** 1.2 only: segments marked by `<mrk mtype="seg">` in `<seg-source>` (Trados); otherwise one segment per unit. */
  marked: boolean;
  segments: GenSegment[];
  notes: string[];
  grouped: boolean;
  segmentIds: boolean;
}

interface GenDoc {
  version: '1.2' | '2.0';
  prefix: '' | 'x';
  newline: '\n' | '\r\n' | '';
  files: GenUnit[][];
  head: string;
}

const isXmlWritable = (text: string) =>
  [...text].every((c) => {
    const code = c.codePointAt(0)!;
    return code === 9 || code === 10 || code === 13 || (code >= 0x20 && code !== 0xfffe && code !== 0xffff && !(code >= 0xd800 && code <= 0xdfff));
  });

const chunk = fc.oneof(
  fc.constantFrom('<', '>', '&', '"', "'", ']]>', '\r\n', '\r', '\t', '\n', ' ', '&amp;', '<x id="1"/>', 'Moskau', 'ä', '😀', '„', '“'),
  fc.string({ unit: 'grapheme', maxLength: 5 }).filter(isXmlWritable),
);
const text = fc.array(chunk, { maxLength: 5 }).map((c) => c.join(''));

const inline: fc.Arbitrary<Inline> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('text' as const), text, cdata: fc.boolean() }) },
  fc.constant({ kind: 'placeholder' as const }),
  fc.record({ kind: fc.constant('paired' as const), text }),
  fc.constant({ kind: 'open' as const }),
  fc.constant({ kind: 'close' as const }),
  fc.constant({ kind: 'comment' as const }),
);
const content = fc.array(inline, { maxLength: 4 });
const state = fc.option(fc.constantFrom('translated', 'needs-review-translation', 'final', 'initial', 'a&b "c"'), { nil: undefined });
const segmentArb: fc.Arbitrary<GenSegment> = fc.record({ source: content, target: fc.option(content, { nil: null }), state });
const unitArb: fc.Arbitrary<GenUnit> = fc.record({
  translate: fc.constantFrom(true, true, true, false),
  marked: fc.boolean(),
  segments: fc.array(segmentArb, { minLength: 1, maxLength: 3 }),
  notes: fc.array(text.filter((t) => t.trim() !== ''), { maxLength: 2 }),
  grouped: fc.boolean(),
  segmentIds: fc.boolean(),
});
const docArb: fc.Arbitrary<GenDoc> = fc.record({
  version: fc.constantFrom<'1.2' | '2.0'>('1.2', '2.0'),
  prefix: fc.constantFrom<'' | 'x'>('', '', 'x'),
  newline: fc.constantFrom<'\n' | '\r\n' | ''>('\n', '\r\n', ''),
  files: fc.array(fc.array(unitArb, { maxLength: 4 }), { minLength: 1, maxLength: 2 }),
  head: fc.constantFrom('<?xml version="1.0" encoding="UTF-8"?>', '\ufeff<?xml version="1.0"?>', '', '<!-- exported -->'),
});

/** The unit as the generator means it: 1.2 units without marks hold exactly one segment. */
function segmentsOf(unit: GenUnit, version: GenDoc['version']): GenSegment[] {
  return version === '1.2' && !unit.marked ? unit.segments.slice(0, 1) : unit.segments;
}

function textOfInline(parts: Inline[]): string {
  return parts.map((p) => (p.kind === 'text' || p.kind === 'paired' ? p.text : '')).join('');
}

/** Writes a random document and returns it with the units' exact text, to check that untouched units stay as they were. */
function writeDoc(doc: GenDoc): { xml: string; unitTexts: string[] } {
  const q = (name: string) => (doc.prefix ? `${doc.prefix}:${name}` : name);
  const nl = doc.newline;
  const indent = (depth: number) => (nl ? nl + '  '.repeat(depth) : '');
  let tagId = 0;
  const writeInline = (parts: Inline[]): string =>
    parts
      .map((part) => {
        const id = ++tagId;
        switch (part.kind) {
          case 'text':
            return part.cdata && !part.text.includes(']]>') && !part.text.includes('\r') ? `<![CDATA[${part.text}]]>` : escapeXmlText(part.text);
          case 'placeholder':
            return doc.version === '1.2' ? `<${q('x')} id="${id}"/>` : `<${q('ph')} id="${id}"/>`;
          case 'paired':
            return doc.version === '1.2' ? `<${q('g')} id="${id}">${escapeXmlText(part.text)}</${q('g')}>` : `<${q('pc')} id="${id}">${escapeXmlText(part.text)}</${q('pc')}>`;
          case 'open':
            return doc.version === '1.2' ? `<${q('bx')} id="${id}"/>` : `<${q('sc')} id="${id}"/>`;
          case 'close':
            return doc.version === '1.2' ? `<${q('ex')} id="${id}" rid="${id - 1}"/>` : `<${q('ec')} startRef="${id - 1}"/>`;
          case 'comment':
            return '<!-- c -->';
        }
      })
      .join('');
  const attr = (name: string, value: string | undefined) => (value === undefined ? '' : ` ${name}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`);
  const unitTexts: string[] = [];
  const writeUnit = (unit: GenUnit, index: number, depth: number): string => {
    const id = `u${index}`;
    const translate = unit.translate ? '' : ' translate="no"';
    const d = indent(depth + 1);
    let body = '';
    if (doc.version === '2.0') {
      if (unit.notes.length) body += `${d}<${q('notes')}>${unit.notes.map((n) => `<${q('note')}>${escapeXmlText(n)}</${q('note')}>`).join('')}</${q('notes')}>`;
      unit.segments.forEach((s, k) => {
        const target = s.target ? `<${q('target')}>${writeInline(s.target)}</${q('target')}>` : '';
        body += `${d}<${q('segment')}${unit.segmentIds ? ` id="s${k + 1}"` : ''}${attr('state', s.state)}><${q('source')}>${writeInline(s.source)}</${q('source')}>${target}</${q('segment')}>`;
      });
    } else if (!unit.marked) {
      const s = unit.segments[0]!;
      body += `${d}<${q('source')}>${writeInline(s.source)}</${q('source')}>`;
      if (s.target) body += `${d}<${q('target')}${attr('state', s.state)}>${writeInline(s.target)}</${q('target')}>`;
      for (const note of unit.notes) body += `${d}<${q('note')}>${escapeXmlText(note)}</${q('note')}>`;
    } else {
      const mrk = (k: number, parts: Inline[]) => `<${q('mrk')} mtype="seg" mid="${k + 1}">${writeInline(parts)}</${q('mrk')}>`;
      body += `${d}<${q('source')}>${unit.segments.map((s) => writeInline(s.source)).join(' ')}</${q('source')}>`;
      body += `${d}<${q('seg-source')}>${unit.segments.map((s, k) => mrk(k, s.source)).join(' ')}</${q('seg-source')}>`;
      if (unit.segments.some((s) => s.target)) {
        const marks = unit.segments.flatMap((s, k) => (s.target ? [mrk(k, s.target)] : [])).join(' ');
        body += `${d}<${q('target')}${attr('state', unit.segments[0]!.state)}>${marks}</${q('target')}>`;
      }
      for (const note of unit.notes) body += `${d}<${q('note')}>${escapeXmlText(note)}</${q('note')}>`;
    }
    const name = doc.version === '1.2' ? 'trans-unit' : 'unit';
    const xml = `<${q(name)} id="${id}"${translate}>${body}${indent(depth)}</${q(name)}>`;
    unitTexts[index] = xml;
    return indent(depth) + xml;
  };
  let unitIndex = 0;
  const files = doc.files.map((units, f) => {
    const depth = doc.version === '1.2' ? 3 : 2;
    const written = units.map((unit) => {
      const text = writeUnit(unit, unitIndex++, unit.grouped ? depth + 1 : depth);
      return unit.grouped ? `${indent(depth)}<${q('group')}>${text}${indent(depth)}</${q('group')}>` : text;
    });
    if (doc.version === '2.0') return `${indent(1)}<${q('file')} id="f${f}">${written.join('')}${indent(1)}</${q('file')}>`;
    return (
      `${indent(1)}<${q('file')} original="f${f}" source-language="en" target-language="de" datatype="plaintext">` +
      `${indent(2)}<${q('body')}>${written.join('')}${indent(2)}</${q('body')}>${indent(1)}</${q('file')}>`
    );
  });
  const namespace = doc.version === '1.2' ? 'urn:oasis:names:tc:xliff:document:1.2' : 'urn:oasis:names:tc:xliff:document:2.0';
  const xmlns = doc.prefix ? `xmlns:${doc.prefix}="${namespace}"` : `xmlns="${namespace}"`;
  const langs = doc.version === '2.0' ? ' srcLang="en" trgLang="de"' : '';
  const xml = `${doc.head}${nl}<${q('xliff')} ${xmlns} version="${doc.version}"${langs}>${files.join('')}${nl}</${q('xliff')}>${nl}`;
  return { xml, unitTexts };
}

interface Expected {
  id: string;
  unit: number;
  source: string;
  target: string | null;
  state: string | undefined;
  notes: string[];
  marked: boolean;
}

function expectedSegments(doc: GenDoc): Expected[] {
  const out: Expected[] = [];
  let unitIndex = 0;
  doc.files.forEach((units, f) => {
    for (const unit of units) {
      const index = unitIndex++;
      if (!unit.translate) continue;
      const marked = doc.version === '1.2' && unit.marked;
      const hasTarget = unit.segments.some((s) => s.target);
      segmentsOf(unit, doc.version).forEach((s, k) => {
        const id =
          doc.version === '2.0' ? `${f}:u${index}:${unit.segmentIds ? `s${k + 1}` : k + 1}` : marked ? `${f}:u${index}:${k + 1}` : `${f}:u${index}`;
        // A marked unit's state is its one target's: shared by every segment of the unit.
        const segmentState = marked ? (hasTarget ? unit.segments[0]!.state : undefined) : doc.version === '1.2' && !s.target ? undefined : s.state;
        out.push({
          id,
          unit: index,
          source: textOfInline(s.source),
          target: s.target ? textOfInline(s.target) : null,
          state: segmentState,
          notes: unit.notes,
          marked,
        });
      });
    }
  });
  return out;
}

const texts = (parts: SegmentPart[] | null) => (parts ? partsToText(parts) : null);
const summary = (doc: BilingualDocument) =>
  doc.segments.map((s) => ({ id: s.id, source: partsToText(s.source), target: texts(s.target), state: s.state, notes: s.notes }));

describe('parseXliff on random documents', () => {
  it('reads every segment as written: ids, source and target text, state, notes; locked units left out', () => {
    fc.assert(
      fc.property(docArb, (gen) => {
        const { xml } = writeDoc(gen);
        const doc = parseXliff(xml);
        expect(doc.format).toBe(gen.version === '1.2' ? 'xliff-1.2' : 'xliff-2.0');
        expect(summary(doc)).toEqual(expectedSegments(gen).map(({ id, source, target, state, notes }) => ({ id, source, target, state, notes })));
      }),
      { numRuns: 120 },
    );
  });

  it('writes back unchanged segments byte for byte', () => {
    fc.assert(
      fc.property(docArb, (gen) => {
        const { xml } = writeDoc(gen);
        expect(serializeXliff(parseXliff(xml), xml)).toBe(xml);
      }),
      { numRuns: 120 },
    );
  });
});

describe('serializeXliff on random documents', () => {
  const edit = fc.record({
    pick: fc.nat(),
    target: fc.oneof(text.map((t): SegmentPart[] => [{ type: 'text', text: t }]), fc.constant('source' as const)),
    state: fc.option(fc.constantFrom('reviewed', 'signed-off', 'x<y'), { nil: undefined }),
  });

  it('writes corrected targets and states that read back, and leaves every other unit as it was', () => {
    fc.assert(
      fc.property(docArb, fc.array(edit, { maxLength: 4 }), (gen, edits) => {
        const { xml, unitTexts } = writeDoc(gen);
        const doc = parseXliff(xml);
        const expected = expectedSegments(gen);
        fc.pre(doc.segments.length > 0);
        const changed = new Map<number, { target: SegmentPart[]; state: string | undefined }>();
        for (const e of edits) {
          const index = e.pick % doc.segments.length;
          const seg = doc.segments[index]!;
          // A marked unit shares one state among its segments, so states change only elsewhere.
          changed.set(index, { target: e.target === 'source' ? seg.source : e.target, state: expected[index]!.marked ? undefined : e.state });
        }
        const edited: BilingualDocument = {
          ...doc,
          segments: doc.segments.map((s, i) => (changed.has(i) ? { ...s, target: changed.get(i)!.target, state: changed.get(i)!.state ?? s.state } : s)),
        };
        let output: string;
        try {
          output = serializeXliff(edited, xml);
        } catch (error) {
          // A source copied as target may carry tags whose partners are elsewhere; the writer refuses it, typed.
          expect(error).toBeInstanceOf(XliffError);
          expect((error as XliffError).code).toBe('invalid-target');
          return;
        }
        const back = parseXliff(output);
        expect(back.segments.map((s) => s.id)).toEqual(doc.segments.map((s) => s.id));
        back.segments.forEach((s, i) => {
          const change = changed.get(i);
          expect(partsToText(s.source)).toBe(expected[i]!.source);
          if (change) {
            expect(texts(s.target)).toBe(partsToText(change.target));
            if (change.state !== undefined) expect(s.state).toBe(change.state);
          } else if (expected[i]!.target !== null || !expected[i]!.marked) {
            // A marked segment without target may get an empty one when a sibling's target is created.
            expect(texts(s.target)).toBe(expected[i]!.target);
          }
        });
        const touched = new Set([...changed.keys()].map((i) => expected[i]!.unit));
        unitTexts.forEach((unitText, unit) => {
          if (!touched.has(unit)) expect(output).toContain(unitText);
        });
      }),
      { numRuns: 120 },
    );
  });

  it('adds notes that read back, replaces them on a second export and removes them without a trace', () => {
    const notes = fc.array(fc.tuple(fc.nat(), fc.array(text.filter((t) => t.trim() !== ''), { minLength: 1, maxLength: 2 })), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(docArb, notes, (gen, picks) => {
        const { xml } = writeDoc(gen);
        const doc = parseXliff(xml);
        fc.pre(doc.segments.length > 0);
        const notesByIndex: Record<number, string[]> = {};
        for (const [pick, list] of picks) notesByIndex[pick % doc.segments.length] = list;
        const output = serializeXliff(doc, xml, { notesByIndex });
        const back = parseXliff(output);
        const expected = expectedSegments(gen);
        back.segments.forEach((s, i) => {
          // Notes belong to the unit: every segment of a unit shows all notes added to any of them.
          const added = doc.segments.flatMap((_, j) => (expected[j]!.unit === expected[i]!.unit ? (notesByIndex[j] ?? []) : []));
          expect(s.notes).toEqual([...expected[i]!.notes, ...added]);
        });
        expect(serializeXliff(back, output, { notesByIndex })).toBe(output);
        expect(serializeXliff(back, output)).toBe(output);
        expect(serializeXliff(back, output, { notesByIndex: {} })).toBe(xml);
      }),
      { numRuns: 100 },
    );
  });

  const damage = fc.constantFrom(
    '<', '>', '</', '/>', '&', '&e;', '<!DOCTYPE x [<!ENTITY e "v">]>', '<target>', '</target>', '<source>', '</source>', '<mrk mtype="seg" mid="1">',
    '</mrk>', '<segment>', '</segment>', 'xmlns="urn:oasis:names:tc:xliff:document:2.0"', 'version="2.0"', 'translate="no"', '<g id="9">', '</g>',
    '<![CDATA[', ']]>', '"', '\u0000', '<seg-source>', '<notes>', '</notes>', '<note>',
  );

  it('refuses damaged documents only with XmlError or XliffError, and writes back the ones it reads unchanged', () => {
    fc.assert(
      fc.property(docArb, fc.array(fc.tuple(fc.nat(), fc.nat(12), damage), { minLength: 1, maxLength: 3 }), (gen, damages) => {
        let { xml } = writeDoc(gen);
        for (const [at, remove, insert] of damages) {
          const i = at % (xml.length + 1);
          xml = xml.slice(0, i) + insert + xml.slice(i + remove);
        }
        let doc: BilingualDocument;
        try {
          doc = parseXliff(xml);
        } catch (error) {
          expect(error instanceof XmlError || error instanceof XliffError).toBe(true);
          return;
        }
        expect(serializeXliff(doc, xml)).toBe(xml);
      }),
      { numRuns: 300 },
    );
  });
});
