// Tests for XLIFF 1.2/2.0 reading and writing on CAT-tool-shaped fixtures: segments, tags, states, notes, round trips, hostile files.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partsToText, type BilingualDocument, type BilingualSegment, type SegmentPart } from '../../../src/core/formats/bilingual.ts';
import { parseXliff, serializeXliff, XliffError, type XliffErrorCode } from '../../../src/core/formats/xliff.ts';
import { XmlError, type XmlErrorCode } from '../../../src/core/formats/xml.ts';

/** XML 1.0 cannot carry C0 controls other than tab, LF, CR, nor U+FFFE/U+FFFF. */
function isXmlWritable(text: string): boolean {
  return [...text].every((c) => {
    const code = c.codePointAt(0) ?? 0;
    return code === 9 || code === 10 || code === 13 || (code >= 0x20 && code !== 0xfffe && code !== 0xffff);
  });
}

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/xliff/${name}`, import.meta.url), 'utf8');
const GOOD_FIXTURES = ['trados-seg-source.xlf', 'memoq-plain.xlf', 'okapi-2.0.xlf'];

/** The position of the segment with this id: where notesByIndex addresses it. */
function indexOf(doc: BilingualDocument, id: string): number {
  const index = doc.segments.findIndex((s) => s.id === id);
  if (index < 0) throw new Error(`no segment ${id}`);
  return index;
}

function segment(doc: BilingualDocument, id: string): BilingualSegment {
  const found = doc.segments.find((s) => s.id === id);
  if (!found) throw new Error(`no segment ${id}`);
  return found;
}

const labels = (parts: SegmentPart[] | null) => (parts ?? []).flatMap((p) => (p.type === 'tag' ? [p.tag.label] : []));
const tagXml = (parts: SegmentPart[] | null) => (parts ?? []).flatMap((p) => (p.type === 'tag' ? [p.tag.xml] : []));

/** The same doc with one segment's target (and optionally state) replaced. */
function withTarget(doc: BilingualDocument, id: string, target: SegmentPart[], state?: string): BilingualDocument {
  return {
    ...doc,
    segments: doc.segments.map((s) => (s.id === id ? { ...s, target, state: state ?? s.state } : s)),
  };
}

/** Replaces the text of a target while keeping its tags where they were. */
function retext(parts: SegmentPart[], texts: string[]): SegmentPart[] {
  let next = 0;
  const out: SegmentPart[] = parts.map((p) => (p.type === 'text' ? { type: 'text', text: texts[next++] ?? '' } : p));
  if (next === 0) out.push({ type: 'text', text: texts[0] ?? '' });
  return out;
}

describe('parseXliff', () => {
  it.each<[string, BilingualDocument['format'], string, string, string[], number]>([
    ['trados-seg-source.xlf', 'xliff-1.2', 'en-US', 'de-DE', ['C:\\Projects\\Moskau\\article.docx', 'C:\\Projects\\Moskau\\caption.docx'], 5],
    ['memoq-plain.xlf', 'xliff-1.2', 'de', 'en', ['news/moskau.txt', 'news/moskau-caption.txt'], 6],
    ['okapi-2.0.xlf', 'xliff-2.0', 'en', 'fr', ['article.html', 'f2'], 5],
  ])('reads the header of %s', (name, format, sourceLang, targetLang, files, count) => {
    const doc = parseXliff(fixture(name));
    expect({ format: doc.format, sourceLang: doc.sourceLang, targetLang: doc.targetLang, files: doc.files.map((f) => f.name) }).toEqual({
      format,
      sourceLang,
      targetLang,
      files,
    });
    expect(doc.segments).toHaveLength(count);
    expect(new Set(doc.segments.map((s) => s.id)).size).toBe(count);
  });

  it.each<[string, string, string, string | null, string | undefined, string[], string[]]>([
    // file, segment id, source text, target text, state, target tag labels, notes
    ['trados-seg-source.xlf', '0:a1f3e0c2-0001:1', 'The Kremlin said on Monday.', 'Der Kreml sagte am Montag.', 'Translated', [], []],
    ['trados-seg-source.xlf', '0:a1f3e0c2-0001:2', 'Talks', 'Gespräche', 'Draft', [], []],
    ['trados-seg-source.xlf', '0:a1f3e0c2-0002:4', 'Prices rose by 2.5\u00a0% to $1,200 & more.', 'Die Preise stiegen um 2,5\u00a0% auf 1.200 $ & mehr.', 'Translated', ['{pt2/}'], ['Check the currency format.']],
    ['trados-seg-source.xlf', '1:b7-0001:1', 'Photo: AP', null, undefined, [], []],
    ['memoq-plain.xlf', '0:1', 'Moskau (AP) – Die Regierung hat am Montag neue Sanktionen angekündigt.', 'Moscow (AP) – The government announced new sanctions on Monday.', 'translated', [], ['Agency name stays in the dateline.']],
    ['memoq-plain.xlf', '0:2', 'Das Paket umfasst  Maßnahmen.', 'The package includes  measures.', 'needs-review-translation', ['{1}', '{/1}', '{2/}'], []],
    ['memoq-plain.xlf', '0:3', '„Wir sind bereit“, sagte er & ging.', '"We are ready," he said & left.', 'final', [], []],
    ['memoq-plain.xlf', '0:4', 'Weitere Details folgen.', '', undefined, [], []],
    ['memoq-plain.xlf', '0:5', 'Die Lage bleibt angespannt.', null, undefined, [], []],
    ['memoq-plain.xlf', '1:1', 'Foto: dpa', 'Photo: dpa', 'translated', [], []],
    ['okapi-2.0.xlf', '0:tu1:s1', 'Markets rallied on Friday.', 'Les marchés ont progressé vendredi.', 'translated', ['{1}', '{/1}'], ['Headline, keep it short.']],
    ['okapi-2.0.xlf', '0:tu1:s2', 'Oil fell sharply.', 'Le pétrole a chuté fortement.', 'initial', ['{2/}'], ['Headline, keep it short.']],
    ['okapi-2.0.xlf', '0:tu2:1', 'Analysts expect "more" & less.', 'Les analystes attendent «\u00a0plus\u00a0» & moins.', 'reviewed', ['{3}', '{/3}'], []],
    ['okapi-2.0.xlf', '0:tu3:s1', 'No translation yet.', null, undefined, [], []],
    ['okapi-2.0.xlf', '1:tu1:s1', 'Caption: Reuters', 'Légende : Reuters', 'final', ['{m1}', '{/m1}'], []],
  ])('reads %s segment %s', (name, id, source, target, state, targetLabels, notes) => {
    const s = segment(parseXliff(fixture(name)), id);
    expect({
      source: partsToText(s.source),
      target: s.target && partsToText(s.target),
      state: s.state,
      labels: labels(s.target),
      notes: s.notes,
    }).toEqual({ source, target, state, labels: targetLabels, notes });
  });

  it('keeps inline codes as tags with their exact markup, never as text', () => {
    const memoq = segment(parseXliff(fixture('memoq-plain.xlf')), '0:2');
    expect(tagXml(memoq.source)).toEqual(['<bpt id="1">&lt;b&gt;</bpt>', '<ept id="1">&lt;/b&gt;</ept>', '<ph id="2">{0}</ph>']);
    const okapi = segment(parseXliff(fixture('okapi-2.0.xlf')), '0:tu2:1');
    expect(okapi.source.filter((p) => p.type === 'tag').map((p) => p.type === 'tag' && [p.tag.kind, p.tag.id, p.tag.xml])).toEqual([
      ['open', '3', '<sc id="3" type="fmt" subType="xlf:b"/>'],
      ['close', '3', '<ec startRef="3"/>'],
    ]);
    const trados = segment(parseXliff(fixture('trados-seg-source.xlf')), '1:b7-0001:1');
    expect(trados.source.filter((p) => p.type === 'tag').map((p) => p.type === 'tag' && [p.tag.kind, p.tag.id])).toEqual([
      ['open', '3'],
      ['close', '3'],
    ]);
  });

  it('skips units marked translate="no"', () => {
    expect(parseXliff(fixture('trados-seg-source.xlf')).segments.map((s) => s.unitId)).not.toContain('a1f3e0c2-0003');
  });

  it.each<[string, 'XmlError' | 'XliffError', XmlErrorCode | XliffErrorCode]>([
    ['hostile-xxe.xlf', 'XmlError', 'entity-declaration'],
    ['hostile-billion-laughs.xlf', 'XmlError', 'entity-declaration'],
    ['hostile-parameter-entity.xlf', 'XmlError', 'entity-declaration'],
    ['version-3.xlf', 'XliffError', 'unsupported-version'],
    ['malformed-mismatch.xlf', 'XmlError', 'mismatched-tag'],
    ['malformed-truncated.xlf', 'XmlError', 'unclosed-tag'],
  ])('refuses %s with a typed error', (name, type, code) => {
    let caught: unknown;
    try {
      parseXliff(fixture(name));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(type === 'XmlError' ? XmlError : XliffError);
    expect((caught as XmlError | XliffError).code).toBe(code);
    expect((caught as Error).message).not.toMatch(/root:|lollol/);
  });

  it.each<[string, string, XliffErrorCode]>([
    ['a root that is not <xliff>', '<html><body/></html>', 'not-xliff'],
    ['an unknown namespace without version', '<xliff xmlns="urn:example:other"/>', 'unsupported-version'],
    ['a trans-unit without source', '<xliff version="1.2"><file><body><trans-unit id="1"><target>x</target></trans-unit></body></file></xliff>', 'invalid-structure'],
  ])('refuses %s', (_name, text, code) => {
    expect(() => parseXliff(text)).toThrow(expect.objectContaining({ name: 'XliffError', code }) as Error);
  });
});

describe('serializeXliff', () => {
  it.each(GOOD_FIXTURES)('gives back %s byte for byte when nothing changed', (name) => {
    const text = fixture(name);
    expect(serializeXliff(parseXliff(text), text)).toBe(text);
  });

  it.each<[string, string, string[]]>([
    ['trados-seg-source.xlf', '0:a1f3e0c2-0002:4', ['Die Preise stiegen um 2,5 % auf ', '1200 $ <&> mehr.']],
    ['memoq-plain.xlf', '0:2', ['Das ', 'Paket', ' enthält ', ' "Maßnahmen" ]]> & mehr.']],
    ['memoq-plain.xlf', '0:3', ['«Wir sind bereit», sagte er & ging.']],
    ['okapi-2.0.xlf', '0:tu1:s1', ['Les marchés ', 'ont grimpé', ' vendredi.']],
    ['okapi-2.0.xlf', '0:tu2:1', ['Les analystes', ' attendent <plus>.']],
  ])('writes a corrected target into %s segment %s and touches nothing else', (name, id, texts) => {
    const text = fixture(name);
    const doc = parseXliff(text);
    const before = segment(doc, id);
    const corrected = retext(before.target ?? [], texts);
    const output = serializeXliff(withTarget(doc, id, corrected), text);
    const reread = parseXliff(output);
    const after = segment(reread, id);
    expect(after.target && partsToText(after.target)).toBe(texts.join(''));
    expect(tagXml(after.target)).toEqual(tagXml(before.target));
    expect(reread.segments.filter((s) => s.id !== id)).toEqual(doc.segments.filter((s) => s.id !== id));
    // Only the target's inner text differs: the common prefix and suffix cover everything else.
    let prefix = 0;
    while (text[prefix] === output[prefix]) prefix++;
    let suffix = 0;
    while (suffix < text.length - prefix && text[text.length - 1 - suffix] === output[output.length - 1 - suffix]) suffix++;
    const changed = text.slice(prefix, text.length - suffix);
    expect(changed).not.toMatch(/<\/?(target|source|trans-unit|segment|unit|mrk)\b/);
  });

  it.each<[string, string, string, RegExp]>([
    ['memoq-plain.xlf', '0:2', 'translated', /<target state="translated">The <bpt/],
    ['trados-seg-source.xlf', '0:a1f3e0c2-0001:2', 'ApprovedSignOff', /<sdl:seg id="2" conf="ApprovedSignOff"\/>/],
    ['okapi-2.0.xlf', '0:tu1:s2', 'reviewed', /<segment id="s2" state="reviewed">/],
    ['okapi-2.0.xlf', '1:tu1:s1', 'translated', /<segment id="s1" state="translated">\s*<source>Caption/],
  ])('writes a changed state into %s segment %s', (name, id, state, pattern) => {
    const text = fixture(name);
    const doc = parseXliff(text);
    const output = serializeXliff(withTarget(doc, id, segment(doc, id).target ?? [], state), text);
    expect(output).toMatch(pattern);
    expect(segment(parseXliff(output), id).state).toBe(state);
    expect(output.length - text.length).toBe(state.length - (segment(doc, id).state ?? '').length);
  });

  it.each<[string, string]>([
    ['memoq-plain.xlf', '0:5'],
    ['memoq-plain.xlf', '0:4'],
    ['trados-seg-source.xlf', '1:b7-0001:1'],
    ['okapi-2.0.xlf', '0:tu3:s1'],
  ])('adds a target where %s segment %s had none or an empty one', (name, id) => {
    const text = fixture(name);
    const doc = parseXliff(text);
    const source = segment(doc, id).source;
    const target = retext(source, source.filter((p) => p.type === 'text').map((p, i) => (p.type === 'text' ? `Übersetzt ${i} <&>` : '')));
    const reread = parseXliff(serializeXliff(withTarget(doc, id, target, 'translated'), text));
    const after = segment(reread, id);
    expect(after.target && partsToText(after.target)).toBe(partsToText(target));
    expect(tagXml(after.target)).toEqual(tagXml(source));
    expect(after.state).toBe('translated');
    expect(reread.segments.filter((s) => s.id !== id)).toEqual(doc.segments.filter((s) => s.id !== id));
  });

  it.each<[string, string, RegExp]>([
    ['memoq-plain.xlf', '0:1', /<note from="translator">Agency name stays in the dateline.<\/note>\r\n {8}<note from="revisor">Mistranslation &lt;major&gt;<\/note>\r\n {8}<note from="revisor">Second &amp; last<\/note>\r\n {6}<\/trans-unit>/],
    ['trados-seg-source.xlf', '0:a1f3e0c2-0001:2', /<\/target>\n {8}<note from="revisor">Mistranslation &lt;major&gt;<\/note>\n {8}<note from="revisor">Second &amp; last<\/note>\n {8}<sdl:seg-defs>/],
    ['okapi-2.0.xlf', '0:tu1:s2', /<note category="context">Headline, keep it short.<\/note>\n {4}<note category="revisor">Mistranslation &lt;major&gt;<\/note>\n {4}<note category="revisor">Second &amp; last<\/note>\n {3}<\/notes>/],
    ['okapi-2.0.xlf', '0:tu2:1', /<unit id="tu2">\n {4}<notes>\n {6}<note category="revisor">Mistranslation &lt;major&gt;<\/note>\n {6}<note category="revisor">Second &amp; last<\/note>\n {4}<\/notes>\n {4}<segment state="reviewed">/],
  ])('adds annotations as notes to %s segment %s', (name, id, pattern) => {
    const text = fixture(name);
    const doc = parseXliff(text);
    const notes = ['Mistranslation <major>', 'Second & last'];
    const output = serializeXliff(doc, text, { notesByIndex: { [indexOf(doc, id)]: notes } });
    expect(output).toMatch(pattern);
    const before = segment(doc, id).notes;
    expect(segment(parseXliff(output), id).notes).toEqual([...before, ...notes]);
  });

  it('refuses a target whose paired tag lost its end, and names the problem', () => {
    const text = fixture('okapi-2.0.xlf');
    const doc = parseXliff(text);
    const target = (segment(doc, '0:tu1:s1').target ?? []).filter((p) => !(p.type === 'tag' && p.tag.kind === 'close'));
    expect(() => serializeXliff(withTarget(doc, '0:tu1:s1', target), text)).toThrow(
      expect.objectContaining({ name: 'XliffError', code: 'invalid-target' }) as Error,
    );
  });

  it.each(GOOD_FIXTURES)('round-trips arbitrary target text in every segment of %s, tags intact', (name) => {
    const text = fixture(name);
    const doc = parseXliff(text);
    const chunk = fc.oneof(
      fc.constantFrom('<', '>', '&', '"', "'", ']]>', '\r\n', '\t', '&amp;', '<x id="1"/>', ' '),
      fc.string({ unit: 'grapheme', maxLength: 6 }).filter(isXmlWritable),
    );
    const piece = fc.array(chunk, { maxLength: 6 }).map((c) => c.join(''));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 8, maxLength: 8 }), (texts) => {
        const changed: BilingualDocument = {
          ...doc,
          segments: doc.segments.map((s, i) => ({ ...s, target: retext(s.target ?? s.source, [texts[i % 8] ?? '', ...texts.slice(0, 3)]) })),
        };
        const reread = parseXliff(serializeXliff(changed, text));
        expect(reread.segments.map((s) => s.target && partsToText(s.target))).toEqual(changed.segments.map((s) => s.target && partsToText(s.target)));
        expect(reread.segments.map((s) => tagXml(s.target))).toEqual(changed.segments.map((s) => tagXml(s.target)));
        expect(reread.segments.map((s) => partsToText(s.source))).toEqual(doc.segments.map((s) => partsToText(s.source)));
      }),
      { numRuns: 60 },
    );
  });
});

describe('serializeXliff notes on a second export', () => {
  it.each<[string, string]>([
    ['memoq-plain.xlf', '0:1'],
    ['trados-seg-source.xlf', '0:a1f3e0c2-0002:4'],
    ['okapi-2.0.xlf', '0:tu1:s1'],
    ['okapi-2.0.xlf', '0:tu2:1'],
  ])('replaces its own earlier notes in %s segment %s and keeps the translator notes', (name, id) => {
    const text = fixture(name);
    const translatorNotes = segment(parseXliff(text), id).notes;
    const index = indexOf(parseXliff(text), id);
    const first = serializeXliff(parseXliff(text), text, { notesByIndex: { [index]: ['old finding'] } });
    const second = serializeXliff(parseXliff(first), first, { notesByIndex: { [index]: ['new finding'] } });
    expect(segment(parseXliff(second), id).notes).toEqual([...translatorNotes, 'new finding']);
    const cleared = serializeXliff(parseXliff(second), second, { notesByIndex: {} });
    expect(cleared).toBe(text);
  });
});

describe('serializeXliff on less common shapes', () => {
  it('keeps a prefixed XLIFF namespace, a BOM and an external DTD reference when writing a target', () => {
    const text =
      '\ufeff<?xml version="1.0"?>\n<!DOCTYPE xliff PUBLIC "-//XLIFF//DTD XLIFF//EN" "http://www.oasis-open.org/committees/xliff/documents/xliff.dtd">\n' +
      '<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:1.2" version="1.1"><x:file original="a" source-language="en" target-language="de" datatype="plaintext"><x:body>\n' +
      '  <x:trans-unit id="u1"><x:source>Hello</x:source></x:trans-unit>\n</x:body></x:file></x:xliff>\n';
    const doc = parseXliff(text);
    expect(serializeXliff(doc, text)).toBe(text);
    const output = serializeXliff(withTarget(doc, '0:u1', [{ type: 'text', text: 'Hallo' }]), text);
    expect(output).toBe(text.replace('</x:source>', '</x:source><x:target>Hallo</x:target>'));
  });
});
