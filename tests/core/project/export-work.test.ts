// Exports of a reviewed work: the corrected file in its own format (tags, states, notes), MQM TSV, unified diff, HTML report.
import { applyPatch } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partsToText, type BilingualDocument, type InlineTag, type SegmentPart } from '../../../src/core/formats/bilingual.ts';
import { parseDelimited } from '../../../src/core/formats/delimited.ts';
import { HTML_REPORT_CSP } from '../../../src/core/formats/html-report.ts';
import { parseMqmTsv } from '../../../src/core/formats/mqm-tsv.ts';
import { parseXliff } from '../../../src/core/formats/xliff.ts';
import {
  annotationNote,
  baseNameOf,
  correctedText,
  correctedUnitTexts,
  exportCorrectedFile,
  exportHtmlReport,
  exportMqmTsv,
  exportUnifiedDiff,
  placeTags,
  sourceTextsBySentence,
  type ExportContext,
} from '../../../src/core/project/export-work.ts';
import { openFile, openPair, type TagAt, type Work } from '../../../src/core/project/work.ts';
import type { Annotation } from '../../../src/core/review/types.ts';
import { annotationOn } from '../review/helpers.ts';
import { contextOf, GOOD_XLIFF, normalized, sample, show, xliffFixture } from './helpers.ts';

const open = (tag: string): InlineTag => ({ id: tag, kind: 'open', xml: `<g id="${tag}">`, label: `{${tag}}` });
const close = (tag: string): InlineTag => ({ id: tag, kind: 'close', xml: '</g>', label: `{/${tag}}` });
const solo = (tag: string): InlineTag => ({ id: tag, kind: 'standalone', xml: `<x id="${tag}"/>`, label: `{${tag}/}` });

/** Tags of a text written with {1}…{/1} and {2/} labels, as a unit's text and tags. */
function tagged(text: string): { text: string; tags: TagAt[] } {
  const tags: TagAt[] = [];
  let plain = '';
  for (const piece of text.split(/(\{\/?[\w]+\/?\})/u)) {
    const match = /^\{(\/)?(\w+)(\/)?\}$/u.exec(piece);
    if (!match) {
      plain += piece;
      continue;
    }
    const [, slash, id, selfClosing] = match;
    tags.push({ offset: plain.length, tag: slash ? close(id!) : selfClosing ? solo(id!) : open(id!) });
  }
  return { text: plain, tags };
}

/** placeTags of `before` (with tag labels) edited to `after` (plain), shown with labels. */
function place(before: string, after: string): string {
  const { text, tags } = tagged(before);
  return show(placeTags(text, after, tags));
}

/** The sentence indexes of each unit of a context's document. */
function unitSentences(ctx: ExportContext): number[][] {
  return ctx.document.paragraphs.map((p) => Array.from({ length: p.endSentence - p.firstSentence }, (_, i) => p.firstSentence + i));
}

/** The index of the sentence whose text is `text`. */
function sentenceIndex(ctx: ExportContext, text: string): number {
  const index = ctx.document.sentences.findIndex((s) => s.text === text);
  if (index < 0) throw new Error(`no sentence "${text}"`);
  return index;
}

function segmentsById(doc: BilingualDocument) {
  return new Map(doc.segments.map((s) => [s.id, { ...s, source: normalized(s.source), target: normalized(s.target) }]));
}

const work = (name: string): Work => openFile(name, xliffFixture(name));

describe('placeTags', () => {
  it.each<[string, string, string, string]>([
    ['keeps tags where they were when nothing changed', '{1}Das{/1} Paket{2/}.', 'Das Paket.', '{1}Das{/1} Paket{2/}.'],
    ['moves a tagged run behind text inserted before it', 'Das {1}Paket{/1} kommt.', 'Das neue Paket kommt.', 'Das neue {1}Paket{/1} kommt.'],
    ['keeps text inserted after a run outside it', 'Das {1}Paket{/1} kommt.', 'Das Paket kommt heute.', 'Das {1}Paket{/1} kommt heute.'],
    ['keeps text inserted inside a run inside it', 'Das {1}große Paket{/1} kommt.', 'Das große, schwere Paket kommt.', 'Das {1}große, schwere Paket{/1} kommt.'],
    ['wraps the replacement of a run’s whole text', 'Das {1}Paket{/1} kommt.', 'Das Buch kommt.', 'Das {1}Buch{/1} kommt.'],
    ['keeps a changed ending inside the run', 'Die {1}Talks{/1} enden.', 'Die Talked enden.', 'Die {1}Talked{/1} enden.'],
    ['keeps a changed ending at the end of the text inside the run', 'Quelle: {1}Reuterz{/1}', 'Quelle: Reuters', 'Quelle: {1}Reuters{/1}'],
    ['keeps a longer ending inside the run', 'Das {1}Paket{/1} kommt.', 'Das Pakete kommt.', 'Das {1}Pakete{/1} kommt.'],
    ['keeps a longer beginning inside the run', 'Das {1}paket{/1} kommt.', 'Das Postpaket kommt.', 'Das {1}Postpaket{/1} kommt.'],
    ['takes only the word part of an insertion into the run', 'Das {1}Paket{/1} kommt.', 'Das Paketchen heute kommt.', 'Das {1}Paketchen{/1} heute kommt.'],
    ['leaves the words in front of a longer beginning outside', 'Das {1}paket{/1} kommt.', 'Das neue Postpaket kommt.', 'Das neue {1}Postpaket{/1} kommt.'],
    ['keeps a changed beginning inside the run', 'Das {1}Packet{/1} kommt.', 'Das Paket kommt.', 'Das {1}Paket{/1} kommt.'],
    ['keeps a placeholder behind a word whose ending changed', 'Le pétrole a chuté{2/} fortement.', 'Le pétrole chutait fortement.', 'Le pétrole chutait{2/} fortement.'],
    ['keeps a placeholder between two words', 'Die Preise stiegen auf {2/}1.200 $.', 'Die Preise stiegen um 10 % auf 1.200 $.', 'Die Preise stiegen um 10 % auf {2/}1.200 $.'],
    ['keeps a run whose text was deleted as an empty pair', 'Das {1}alte {/1}Paket.', 'Das Paket.', 'Das {1}{/1}Paket.'],
    ['keeps every tag, in order, when everything was deleted', '{1}Das{/1} {2/}Paket.', '', '{1}{/1}{2/}'],
    ['keeps nested runs nested', '{1}Der {2}große{/2} Tag{/1}.', 'Der große Tag kam.', '{1}Der {2}große{/2} Tag{/1} kam.'],
    ['keeps nested runs nested when the inner text is replaced', '{1}Der {2}große{/2} Tag{/1}.', 'Der kleine Tag.', '{1}Der {2}kleine{/2} Tag{/1}.'],
    ['keeps tags at the very start and end', '{1}Ganz{/1}', 'Ganz neu', '{1}Ganz{/1} neu'],
  ])('%s', (_what, before, after, expected) => {
    expect(place(before, after)).toBe(expected);
  });

  it('gives back the text alone when there are no tags', () => {
    expect(placeTags('Alt.', 'Neu.', [])).toEqual([{ type: 'text', text: 'Neu.' }]);
    expect(placeTags('Alt.', '', [])).toEqual([{ type: 'text', text: '' }]);
  });

  const taggedText = fc
    .array(fc.oneof(fc.constantFrom('Das ', 'Paket', ' kommt', '.', 'ü', ' '), fc.constantFrom('{1}', '{/1}', '{2/}')), { maxLength: 12 })
    .map((pieces) => {
      // Well-formed pairs: each {1} closed before the next opens, a dangling one closed at the end.
      let isOpen = false;
      let out = '';
      let pair = 0;
      for (const piece of pieces) {
        if (piece === '{1}') {
          if (isOpen) continue;
          pair++;
          out += `{${pair}}`;
          isOpen = true;
        } else if (piece === '{/1}') {
          if (!isOpen) continue;
          out += `{/${pair}}`;
          isOpen = false;
        } else if (piece === '{2/}') out += `{p${out.length}/}`;
        else out += piece;
      }
      return isOpen ? `${out}{/${pair}}` : out;
    });

  it('keeps the new text exactly, every tag once and in order, each pair opened before it is closed', () => {
    fc.assert(
      fc.property(taggedText, fc.string({ maxLength: 20 }), fc.nat(), (before, insert, at) => {
        const { text, tags } = tagged(before);
        const cut = text.length ? at % (text.length + 1) : 0;
        const after = text.slice(0, cut) + insert + text.slice(cut + (at % 3));
        const parts = placeTags(text, after, tags);
        expect(partsToText(parts)).toBe(after);
        expect(parts.flatMap((p) => (p.type === 'tag' ? [p.tag] : []))).toEqual(tags.map((t) => t.tag));
      }),
    );
  });

  it('keeps the text of a run that an edit elsewhere did not touch', () => {
    fc.assert(
      fc.property(fc.constantFrom('Eins zwei', 'Paket', 'x'), fc.stringMatching(/^[a-z ]{0,8}$/u), (inner, suffix) => {
        const { text, tags } = tagged(`Das {1}${inner}{/1}. `);
        const parts = placeTags(text, `Das ${inner}. ${suffix}Ende`, tags);
        expect(show(parts).startsWith(`Das {1}${inner}{/1}.`)).toBe(true);
      }),
    );
  });
});

describe('exportCorrectedFile: XLIFF', () => {
  it.each(GOOD_XLIFF)('gives back %s byte for byte when nothing was corrected', (name) => {
    const ctx = contextOf(work(name));
    const out = exportCorrectedFile(ctx);
    expect(out.text).toBe(xliffFixture(name));
    expect(out.mime).toBe('application/xliff+xml');
    expect(out.name).toBe(name.replace(/\.xlf$/u, '.corrected.xlf'));
  });

  const EDITED_STATE: Record<string, string> = { 'memoq-plain.xlf': 'translated', 'okapi-2.0.xlf': 'translated', 'trados-seg-source.xlf': 'Translated' };

  // Every sentence of every fixture, edited alone with XML special characters, changes its own segment's target only.
  const cases = GOOD_XLIFF.flatMap((name) => {
    const ctx = contextOf(work(name));
    return ctx.document.sentences.map((sentence) => [name, sentence.index, sentence.text] as const);
  });
  it.each(cases)('%s: an edit of sentence %i (%s) changes only its segment', (name, index) => {
    const ctx = contextOf(work(name));
    const sentence = ctx.document.sentences[index]!;
    const edit = `Neu <&> „${sentence.text}“ ]]>`;
    ctx.review.edits = { [index]: edit };
    const before = parseXliff(xliffFixture(name));
    const after = parseXliff(exportCorrectedFile(ctx).text);
    const unit = sentence.paragraph;
    const beforeById = segmentsById(before);
    const afterById = segmentsById(after);
    expect([...afterById.keys()]).toEqual([...beforeById.keys()]);
    before.segments.forEach((segment, i) => {
      if (i !== unit) expect(afterById.get(segment.id)).toEqual(beforeById.get(segment.id));
    });
    const edited = after.segments[unit]!;
    const original = before.segments[unit]!;
    const paragraph = ctx.document.paragraphs[unit]!;
    const expectedText =
      ctx.document.text.slice(paragraph.start, sentence.start) + edit + ctx.document.text.slice(sentence.end, paragraph.end);
    expect(partsToText(edited.target!)).toBe(expectedText);
    // The same tags, in the same order, and (the file parsed) balanced.
    const tagsOf = (parts: SegmentPart[] | null) => (parts ?? []).flatMap((p) => (p.type === 'tag' ? [p.tag.xml] : []));
    expect(tagsOf(edited.target)).toEqual(tagsOf(original.target));
    expect(edited.source).toEqual(original.source);
    expect(edited.notes).toEqual(original.notes);
    expect(edited.state).toBe(EDITED_STATE[name]);
  });

  it.each<[string, string, string, string]>([
    ['memoq-plain.xlf', 'The package includes  measures.', 'The new package includes  many measures.', 'The new {1}package{/1} includes {2/} many measures.'],
    ['okapi-2.0.xlf', 'Les marchés ont progressé vendredi.', 'Les marchés ont reculé vendredi.', 'Les marchés {1}ont reculé{/1} vendredi.'],
    ['okapi-2.0.xlf', 'Les marchés ont progressé vendredi.', 'Les marchés progressaient vendredi.', 'Les marchés {1}progressaient{/1} vendredi.'],
    ['okapi-2.0.xlf', 'Le pétrole a chuté fortement.', 'Le pétrole chutait fortement.', 'Le pétrole chutait{2/} fortement.'],
    ['okapi-2.0.xlf', 'Les analystes attendent «\u00a0plus\u00a0» & moins.', 'Des analystes attendent «\u00a0plus\u00a0» & moins.', '{3}Des analystes{/3} attendent «\u00a0plus\u00a0» & moins.'],
    ['okapi-2.0.xlf', 'Les analystes attendent «\u00a0plus\u00a0» & moins.', 'Les économistes attendent plus.', '{3}Les économistes{/3} attendent plus.'],
    ['okapi-2.0.xlf', 'Légende : Reuters', 'Légende : Reuters/AFP', 'Légende : {m1}Reuters{/m1}/AFP'],
    ['trados-seg-source.xlf', 'Die Preise stiegen um 2,5\u00a0% auf 1.200 $ & mehr.', 'Die Preise stiegen um 2,5\u00a0% auf 1200 $ und mehr.', 'Die Preise stiegen um 2,5\u00a0% auf {pt2/}1200 $ und mehr.'],
  ])('%s: keeps the tags of “%s” in place after “%s”', (name, sentence, edit, expected) => {
    const ctx = contextOf(work(name));
    const index = sentenceIndex(ctx, sentence);
    ctx.review.edits = { [index]: edit };
    const unit = ctx.document.sentences[index]!.paragraph;
    expect(show(parseXliff(exportCorrectedFile(ctx).text).segments[unit]!.target)).toBe(expected);
  });

  it('keeps g runs of XLIFF 1.2 around their text, and x placeholders in place', () => {
    const xliff =
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="de" target-language="en"><body>\n' +
      '<trans-unit id="1"><source>s</source><target>The situation remains <g id="7" ctype="italic">tense</g>.<x id="8"/></target></trans-unit>\n' +
      '</body></file></xliff>';
    const ctx = contextOf(openFile('g.xlf', xliff));
    ctx.review.edits = { 0: 'The situation remains very tense.' };
    const out = exportCorrectedFile(ctx).text;
    expect(out).toContain('<target state="translated">The situation remains very <g id="7" ctype="italic">tense</g>.<x id="8"/></target>');
    ctx.review.edits = { 0: 'The situation stays tight.' };
    expect(show(parseXliff(exportCorrectedFile(ctx).text).segments[0]!.target)).toBe('The situation stays {7}tight{/7}.{8/}');
  });

  it('corrects and annotates only the segment edited when two units share an id', () => {
    const unit = (source: string, target: string) => `<trans-unit id="1"><source>${source}</source><target>${target}</target></trans-unit>\n`;
    const first = unit('One.', 'Eins.');
    const xliff =
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="de"><body>\n' +
      first +
      unit('Two.', 'Zwie.') +
      '</body></file></xliff>';
    const ctx = contextOf(openFile('dup.xlf', xliff), {
      edits: { 1: 'Zwei.' },
      annotations: [annotationOn('Zwie.', 'Zwie', { sentence: 1, category: 'Fluency/Spelling', severity: 'minor' })],
    });
    const out = exportCorrectedFile(ctx).text;
    // The first unit, byte for byte; the second corrected, with the note.
    expect(out).toContain(first);
    expect(parseXliff(out).segments.map((segment) => show(segment.target))).toEqual(['Eins.', 'Zwei.']);
    expect(out.split('<note').length - 1).toBe(1);
    expect(out.indexOf('<note')).toBeGreaterThan(out.indexOf('Zwei.'));
  });

  it.each<[string, string, string, string]>([
    // fixture, sentence, state after an edit, state once every sentence of the unit is reviewed
    ['memoq-plain.xlf', 'Moscow (AP) – The government announced new sanctions on Monday.', 'translated', 'signed-off'],
    ['okapi-2.0.xlf', 'Le pétrole a chuté fortement.', 'translated', 'reviewed'],
    ['trados-seg-source.xlf', 'Gespräche', 'Translated', 'ApprovedTranslation'],
  ])('%s: sets the state of an edited segment, and of a reviewed one', (name, sentence, edited, reviewed) => {
    const ctx = contextOf(work(name));
    const index = sentenceIndex(ctx, sentence);
    const unit = ctx.document.sentences[index]!.paragraph;
    const original = parseXliff(xliffFixture(name)).segments[unit]!;
    const stateOf = () => parseXliff(exportCorrectedFile(ctx).text).segments[unit]!;

    ctx.review.edits = { [index]: `${sentence} ` };
    expect(stateOf().state).toBe(edited);
    ctx.review.reviewed = Object.fromEntries(unitSentences(ctx)[unit]!.map((i) => [i, true]));
    expect(stateOf().state).toBe(reviewed);
    ctx.review.edits = {};
    expect(stateOf()).toEqual({ ...original, state: reviewed });
  });

  it('leaves the state alone while only some sentences of a unit are reviewed', () => {
    const xliff =
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="de"><body>' +
      '<trans-unit id="1"><source>A. B.</source><target state="needs-review-translation">Eins. Zwei.</target></trans-unit></body></file></xliff>';
    const xctx = contextOf(openFile('a.xlf', xliff));
    xctx.review.reviewed = { 0: true };
    expect(exportCorrectedFile(xctx).text).toBe(xliff);
    xctx.review.reviewed = { 0: true, 1: true };
    expect(parseXliff(exportCorrectedFile(xctx).text).segments[0]!.state).toBe('signed-off');
  });

  describe('annotations as notes', () => {
    const hostile = (ctx: ExportContext, sentence: string, quote: string, extra: Partial<Annotation> = {}): Annotation =>
      annotationOn(sentence, quote, {
        id: `a-${quote}`,
        sentence: sentenceIndex(ctx, sentence),
        comment: '</note><script>alert("&")</script>',
        correction: 'a < b & c > d',
        ...extra,
      });

    it.each<[string, string, string]>([
      ['memoq-plain.xlf', 'The package includes  measures.', 'package'],
      ['okapi-2.0.xlf', 'Les analystes attendent «\u00a0plus\u00a0» & moins.', '&'],
      ['okapi-2.0.xlf', 'Le pétrole a chuté fortement.', 'chuté'],
      ['trados-seg-source.xlf', 'Gespräche', 'Gespräche'],
    ])('%s: writes an annotation of “%s” as a note of its unit, escaped', (name, sentence, quote) => {
      const ctx = contextOf(work(name));
      const annotation = hostile(ctx, sentence, quote);
      ctx.review.annotations = [annotation];
      const text = exportCorrectedFile(ctx).text;
      expect(text).not.toContain('<script');
      expect(text).toContain('&lt;/note&gt;&lt;script&gt;');
      const before = parseXliff(xliffFixture(name));
      const after = parseXliff(text);
      const unit = ctx.document.sentences[annotation.sentence]!.paragraph;
      const unitId = before.segments[unit]!.unitId;
      after.segments.forEach((segment, i) => {
        const old = before.segments[i]!;
        const sameUnit = segment.fileIndex === before.segments[unit]!.fileIndex && segment.unitId === unitId;
        expect(segment.notes).toEqual(sameUnit ? [...old.notes, annotationNote(annotation)] : old.notes);
        expect(normalized(segment.target)).toEqual(normalized(old.target));
        expect(segment.state).toBe(old.state);
      });
    });

    it('writes the notes of all segments of a unit in reading order', () => {
      const ctx = contextOf(work('okapi-2.0.xlf'));
      const second = hostile(ctx, 'Le pétrole a chuté fortement.', 'fortement', { comment: 'zweites' });
      const first = hostile(ctx, 'Les marchés ont progressé vendredi.', 'vendredi', { comment: 'erstes' });
      ctx.review.annotations = [second, first];
      const notes = parseXliff(exportCorrectedFile(ctx).text).segments[0]!.notes;
      expect(notes).toEqual(['Headline, keep it short.', annotationNote(first), annotationNote(second)]);
    });

    it('replaces its own notes of an earlier export instead of piling them up', () => {
      const ctx = contextOf(work('memoq-plain.xlf'));
      ctx.review.annotations = [hostile(ctx, 'The package includes  measures.', 'package')];
      const once = exportCorrectedFile(ctx).text;
      const again = contextOf(openFile('memoq-plain.xlf', once), { annotations: ctx.review.annotations });
      expect(exportCorrectedFile(again).text).toBe(once);
    });

    it('says what an annotation is in its note', () => {
      const annotation = annotationOn('Der Kreml sagte.', 'Kreml', { category: 'Accuracy/Mistranslation', severity: 'minor', comment: 'Name', correction: 'Kremlin', stale: true });
      expect(annotationNote(annotation)).toBe('MQM Accuracy/Mistranslation (minor): “Kreml” — Name → “Kremlin” [text changed since]');
      expect(annotationNote({ ...annotation, comment: '', correction: '', stale: false })).toBe('MQM Accuracy/Mistranslation (minor): “Kreml”');
    });
  });
});

describe('exportCorrectedFile: TSV and CSV', () => {
  it.each<[string, string]>([
    ['a.tsv', 'source\ttarget\nHello world. Second one.\tHallo Welt. Zweiter Satz.\n"Quoted\ttab"\t"Mit\nZeilenumbruch"\n'],
    ['b.csv', 'id,en,de\r\nk1,"Hello, world.","Hallo, Welt."\r\nk2,"She said ""yes"".","Sie sagte ""ja""."\r\n'],
    ['c.csv', 'Hello;Hallo\nBye;Tschüss\n'],
    ['d.tsv', 'Quelle\tZiel\tKommentar\n„Ja“, sagte er.\t"Yes," he said.\tdirect speech\n'],
    ['e.csv', 'source,target\nOnly source,\n,Only target\n'],
  ])('gives back %s with the same rows when nothing was corrected', (name, text) => {
    const ctx = contextOf(openFile(name, text));
    const out = exportCorrectedFile(ctx);
    const format = ctx.work.file.format;
    expect(parseDelimited(out.text, { delimiter: format === 'tsv' ? '\t' : undefined })).toEqual(ctx.work.bilingual);
    expect(out.name).toBe(name.replace(/\.(\w+)$/u, '.corrected.$1'));
    expect(out.mime).toBe(format === 'tsv' ? 'text/tab-separated-values' : 'text/csv');
    expect(out.text.includes('\r\n')).toBe(text.includes('\r\n'));
  });

  it('changes only the corrected row’s target, keeping the rest of its cell', () => {
    const text = 'id;source;target\nk1;Hello. Bye.;Hallo. Tschüss.\nk2;Two;Zwei\n';
    const ctx = contextOf(openFile('s.csv', text));
    ctx.review.edits = { [sentenceIndex(ctx, 'Tschüss.')]: 'Auf Wiedersehen; "bis bald".' };
    const out = parseDelimited(exportCorrectedFile(ctx).text);
    const before = ctx.work.bilingual!;
    expect(out.segments[0]).toEqual({ ...before.segments[0], target: [{ type: 'text', text: 'Hallo. Auf Wiedersehen; "bis bald".' }] });
    expect(out.segments[1]).toEqual(before.segments[1]);
  });
});

describe('exportCorrectedFile: Markdown and text', () => {
  const md = [
    '# Moskau *meldet* Gespräche',
    '',
    'Der **Kreml** sagte am [Montag](https://example.org/a "Titel") etwas. Sie werden fortgesetzt.',
    '',
    '- Erster Punkt hier.',
    '',
    '```',
    'Code. Kein Satz.',
    '```',
    '',
  ].join('\r\n');

  it('gives back an unedited Markdown file byte for byte', () => {
    const out = exportCorrectedFile(contextOf(openFile('artikel.md', md)));
    expect(out).toEqual({ name: 'artikel.corrected.md', text: md, mime: 'text/markdown' });
  });

  it('changes only the span of an edited sentence', () => {
    const ctx = contextOf(openFile('artikel.md', md));
    const index = sentenceIndex(ctx, 'Sie werden fortgesetzt.');
    const { start, end } = ctx.document.sentences[index]!;
    ctx.review.edits = { [index]: 'Sie gehen weiter.' };
    expect(exportCorrectedFile(ctx).text).toBe(`${md.slice(0, start)}Sie gehen weiter.${md.slice(end)}`);
  });

  it('keeps the inline markup of an edited sentence: emphasis, links and their URLs', () => {
    const ctx = contextOf(openFile('artikel.md', md));
    const sentence = ctx.document.sentences.find((s) => s.text.startsWith('Der'))!;
    ctx.review.edits = { [sentence.index]: sentence.text.replace('etwas', 'Folgendes') };
    const heading = ctx.document.sentences[0]!;
    ctx.review.edits[heading.index] = heading.text.replace('Gespräche', 'neue Gespräche');
    expect(exportCorrectedFile(ctx).text).toBe(
      md.replace('etwas', 'Folgendes').replace('*meldet* Gespräche', '*meldet* neue Gespräche'),
    );
  });

  it('writes the edit as it is when it dropped the blanks that stood for markup, rather than half the markup', () => {
    const ctx = contextOf(openFile('artikel.md', md));
    const sentence = ctx.document.sentences.find((s) => s.text.startsWith('Der'))!;
    const collapsed = sentence.text.replace(/\s+/gu, ' ');
    ctx.review.edits = { [sentence.index]: collapsed };
    expect(exportCorrectedFile(ctx).text).toBe(`${md.slice(0, sentence.start)}${collapsed}${md.slice(sentence.end)}`);
  });

  it('gives back plain text with only the edited sentence replaced, CRLF and all', () => {
    const text = 'Titel\r\nErster Satz. Zweiter Satz.\r\n\r\nDritter.';
    const ctx = contextOf(openFile('artikel.txt', text));
    ctx.review.edits = { [sentenceIndex(ctx, 'Zweiter Satz.')]: 'Der zweite.' };
    expect(exportCorrectedFile(ctx)).toEqual({
      name: 'artikel.corrected.txt',
      text: 'Titel\r\nErster Satz. Der zweite.\r\n\r\nDritter.',
      mime: 'text/plain',
    });
    expect(correctedText(ctx)).toBe('Titel\r\nErster Satz. Der zweite.\r\n\r\nDritter.');
  });

  it('names a pasted text by its title', () => {
    const ctx = contextOf(openFile('', 'Ein Satz.'), {}, 'Mein Artikel');
    expect(exportCorrectedFile(ctx).name).toBe('Mein Artikel.corrected.txt');
  });
});

describe('correctedUnitTexts', () => {
  it('gives each unit’s text with its edited sentences replaced, empty units as they are', () => {
    const ctx = contextOf(openFile('t.tsv', 'source\ttarget\nA. B.\tEins. Zwei.\nC\t\nD\tVier\n'));
    ctx.review.edits = { 1: 'Deux.', 2: 'Quatre' };
    expect(correctedUnitTexts(ctx.document, ctx.review.edits)).toEqual(['Eins. Deux.', '', 'Quatre']);
  });
});

describe('baseNameOf', () => {
  it.each([
    ['artikel.txt', 'artikel'],
    ['archiv.tar.gz', 'archiv.tar'],
    ['', 'review'],
    ['   ', 'review'],
    ['.hidden', '.hidden'],
    ['a/b\\c:d*e?.xlf', 'a_b_c_d_e_'],
    ['Zeile\nzwei.md', 'Zeile_zwei'],
  ])('%j → %j', (name, base) => {
    expect(baseNameOf(name)).toBe(base);
  });
});

describe('exportMqmTsv', () => {
  it('writes a row per annotation and a No-error row per clean sentence, read back by parseMqmTsv', () => {
    const ctx = contextOf(openFile('artikel.txt', 'Der Kreml sagte es.\nDie Welt erschrecken, die Welt erschrecken.\nEnde.'));
    const repeated = 'Die Welt erschrecken, die Welt erschrecken.';
    ctx.review.edits = { 2: 'Das Ende.' };
    ctx.review.annotations = [
      annotationOn(repeated, 'die Welt erschrecken', { sentence: 1, category: 'Fluency/Grammar', severity: 'major' }),
      annotationOn(repeated, 'Welt', { sentence: 1, category: 'Style/Awkward', severity: 'minor' }),
      annotationOn('Das Ende.', 'Das', { sentence: 2, category: 'Accuracy/Addition', severity: 'critical' }),
    ];
    const out = exportMqmTsv(ctx, { system: 'deepl', rater: 'anna' });
    expect(out.name).toBe('artikel.mqm.tsv');
    expect(out.mime).toBe('text/tab-separated-values');
    const rows = parseMqmTsv(out.text);
    expect(rows.map((r) => [r.segId, r.category, r.severity, r.span && r.target.slice(r.span.start, r.span.end)])).toEqual([
      ['1', 'No-error', 'No-error', null],
      ['2', 'Style/Awkward', 'Minor', 'Welt'],
      ['2', 'Fluency/Grammar', 'Major', 'die Welt erschrecken'],
      ['3', 'Accuracy/Addition', 'Critical', 'Das'],
    ]);
    expect(rows.every((r) => r.system === 'deepl' && r.rater === 'anna' && r.doc === 'artikel' && r.source === '')).toBe(true);
    expect(rows[3]!.target).toBe('Das Ende.');
  });

  it('carries the source of each segment of a bilingual file', () => {
    const ctx = contextOf(work('okapi-2.0.xlf'));
    const sentence = 'Le pétrole a chuté fortement.';
    ctx.review.annotations = [annotationOn(sentence, 'chuté', { sentence: sentenceIndex(ctx, sentence) })];
    const rows = parseMqmTsv(exportMqmTsv(ctx).text);
    expect(rows.map((r) => [r.source, r.target, r.category])).toEqual([
      ['Markets rallied on Friday.', 'Les marchés ont progressé vendredi.', 'No-error'],
      ['Oil fell sharply.', 'Le pétrole a chuté fortement.', 'Fluency/Grammar'],
      ['Analysts expect "more" & less.', 'Les analystes attendent «\u00a0plus\u00a0» & moins.', 'No-error'],
      ['Caption: Reuters', 'Légende : Reuters', 'No-error'],
    ]);
  });

  it('carries the aligned source sentences of two texts opened as a pair', () => {
    const en = sample('bilingual/dailymail.co.uk.365204.en.txt');
    const de = sample('bilingual/dailymail.co.uk.365204.de.txt');
    const ctx = contextOf(openPair({ name: 'en.txt', text: en }, { name: 'de.txt', text: de }));
    const rows = parseMqmTsv(exportMqmTsv(ctx).text);
    expect(rows).toHaveLength(ctx.document.sentences.length);
    expect(rows[0]!.source).toBe(en.split('\n')[0]);
    expect(rows[0]!.target).toBe(de.split('\n')[0]);
    const withSource = rows.filter((r) => r.source !== '').length;
    expect(withSource / rows.length).toBeGreaterThan(0.9);
    expect(sourceTextsBySentence(ctx)).toEqual(rows.map((r) => r.source));
  });

  it('joins the sentences of a unit’s source for each of its target sentences', () => {
    const ctx = contextOf(openFile('t.tsv', 'source\ttarget\nOne. Two.\tEins, zwei.\nThree.\tDrei. Vier.\nFive.\t\n'));
    expect(sourceTextsBySentence(ctx)).toEqual(['One. Two.', 'Three.', 'Three.']);
    expect(sourceTextsBySentence({ ...ctx, sourceDocument: null })).toEqual(['', '', '']);
  });
});

describe('exportUnifiedDiff', () => {
  const text = 'Titel\nErster Satz. Zweiter Satz.\n\nDritter Absatz.\nVierter.\n';

  it('applies back to the original to give the corrected text', () => {
    const ctx = contextOf(openFile('artikel.txt', text));
    ctx.review.edits = { [sentenceIndex(ctx, 'Zweiter Satz.')]: 'Der zweite.', [sentenceIndex(ctx, 'Vierter.')]: 'Vier.' };
    const diff = exportUnifiedDiff(ctx);
    expect(diff.name).toBe('artikel.diff');
    expect(diff.text).toContain('--- a/artikel.txt');
    expect(diff.text).toContain('+++ b/artikel.txt');
    expect(applyPatch(text, diff.text)).toBe(correctedText(ctx));
    expect(correctedText(ctx)).toBe('Titel\nErster Satz. Der zweite.\n\nDritter Absatz.\nVier.\n');
  });

  it('applies back for a bilingual file’s target side', () => {
    const ctx = contextOf(work('okapi-2.0.xlf'));
    ctx.review.edits = { 0: 'Les marchés ont reculé.' };
    const diff = exportUnifiedDiff(ctx);
    expect(applyPatch(ctx.document.text, diff.text)).toBe(correctedText(ctx));
  });

  it('is empty when nothing was corrected', () => {
    expect(exportUnifiedDiff(contextOf(openFile('artikel.txt', text))).text).toBe('');
  });
});

describe('exportHtmlReport', () => {
  const script = '<script>alert(1)</script>';

  it('shows script in article text, title, comments and corrections only escaped, with the CSP', () => {
    const text = `Der Kreml ${script} sagte es.\nZweiter Satz.\nDritter <SCRIPT src=x></SCRIPT> Satz.`;
    const ctx = contextOf(openFile('artikel.txt', text), {}, `Titel ${script}`);
    const first = ctx.document.sentences[0]!.text;
    ctx.review.edits = { 1: `Korrigiert ${script}.` };
    ctx.review.annotations = [
      annotationOn(first, '<script>', { sentence: 0, comment: `Kommentar ${script}`, correction: `Korrektur ${script}` }),
    ];
    const out = exportHtmlReport(ctx, { reportTitle: `Bericht ${script}` });
    expect(out.name).toBe('artikel.report.html');
    expect(out.mime).toBe('text/html');
    expect(out.text.toLowerCase()).not.toContain('<script');
    expect(out.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out.text).toContain('&lt;SCRIPT src=x&gt;');
    expect(out.text).toContain(`<meta http-equiv="Content-Security-Policy" content="${HTML_REPORT_CSP}">`);
    expect(out.text).toContain('Kommentar &lt;script&gt;');
    expect(out.text).toContain('Korrektur &lt;script&gt;');
    expect(out.text).toContain('Korrigiert &lt;script&gt;');
  });

  it('shows the source of an annotated sentence of a bilingual file, escaped', () => {
    const ctx = contextOf(openFile('t.tsv', `source\ttarget\nSource ${script}.\tZiel hier.\n`));
    ctx.review.annotations = [annotationOn('Ziel hier.', 'hier', { sentence: 0 })];
    const html = exportHtmlReport(ctx).text;
    expect(html.toLowerCase()).not.toContain('<script');
    expect(html).toContain('Source &lt;script&gt;alert(1)&lt;/script&gt;.');
  });
});
