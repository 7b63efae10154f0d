// Opening files for review: format detection, XLIFF/TSV/CSV as units with tags at offsets, Markdown and text, pairs, refusals.
import { describe, expect, it } from 'vitest';
import { partsToText } from '../../../src/core/formats/bilingual.ts';
import { DelimitedParseError } from '../../../src/core/formats/delimited.ts';
import { parseXliff, XliffError } from '../../../src/core/formats/xliff.ts';
import { XmlError } from '../../../src/core/formats/xml.ts';
import { detectFormat, openFile, openPair, openWork, UNIT_SEPARATOR, WorkError, type WorkFile } from '../../../src/core/project/work.ts';
import { BAD_XLIFF, documentsOf, GOOD_XLIFF, normalized, partsOf, sample, xliffFixture } from './helpers.ts';

const TAG_MARKUP = /<\/?(?:bpt|ept|bx|ex|it|ph|x|g|mrk|pc|sc|ec|sm|em)\b/u;

function workError(open: () => unknown): WorkError {
  try {
    open();
  } catch (error) {
    if (error instanceof WorkError) return error;
    throw error;
  }
  throw new Error('no error was thrown');
}

describe('detectFormat', () => {
  it.each<[string, string, ReturnType<typeof detectFormat>]>([
    ['article.xlf', '', 'xliff'],
    ['ARTICLE.XLIFF', '', 'xliff'],
    ['article.sdlxliff', '', 'xliff'],
    ['article.mxliff', '', 'xliff'],
    ['table.tsv', '', 'tsv'],
    ['table.tab', '', 'tsv'],
    ['table.CSV', '', 'csv'],
    ['notes.md', '', 'markdown'],
    ['notes.markdown', '', 'markdown'],
    ['article.txt', '<?xml version="1.0"?><xliff/>', 'text'],
    ['article.text', '', 'text'],
    ['export', '<?xml version="1.0"?>\n<xliff version="1.2"/>', 'xliff'],
    ['export.xml', '\n  <xliff version="2.0"/>', 'xliff'],
    ['.xlf', 'Just text.', 'text'],
    ['', 'Pasted text.', 'text'],
    ['page.html', '<html><body>Text</body></html>', 'text'],
    ['data', 'source\ttarget\nA\tB\n', 'text'],
  ])('%s holding %j is %s', (name, text, family) => {
    expect(detectFormat(name, text)).toBe(family);
  });
});

describe('openFile: XLIFF', () => {
  it('finds the fixtures', () => {
    expect(GOOD_XLIFF.length).toBeGreaterThanOrEqual(3);
    expect(BAD_XLIFF.length).toBeGreaterThanOrEqual(5);
  });

  describe.each(GOOD_XLIFF)('%s', (name) => {
    const original = xliffFixture(name);
    const parsed = parseXliff(original);
    const work = openFile(name, original);
    const { document, sourceDocument } = documentsOf(work);

    it('keeps the file as it was read, with the version the file declares', () => {
      expect(work.file).toEqual({ format: parsed.format, name, original });
      expect(work.bilingual).toEqual(parsed);
      expect(work.target.lang).toBe(parsed.targetLang);
      expect(work.source?.lang).toBe(parsed.sourceLang);
    });

    it('lays both sides out as one unit per segment, joined by blank lines', () => {
      for (const [side, texts] of [
        [work.target, parsed.segments.map((s) => partsToText(s.target ?? []))],
        [work.source!, parsed.segments.map((s) => partsToText(s.source))],
      ] as const) {
        expect(side.layout.kind).toBe('units');
        expect(side.text).toBe(texts.join(UNIT_SEPARATOR));
        const units = side.layout.kind === 'units' ? side.layout.units : [];
        expect(units.map((u) => side.text.slice(u.start, u.end))).toEqual(texts);
      }
      expect(work.target.missing).toEqual(parsed.segments.map((s) => s.target === null));
      expect(work.source!.missing).toEqual(parsed.segments.map(() => false));
    });

    it('makes one paragraph per segment, and no sentence crosses a unit', () => {
      expect(document.paragraphs).toHaveLength(parsed.segments.length);
      expect(sourceDocument!.paragraphs).toHaveLength(parsed.segments.length);
      for (const doc of [document, sourceDocument!]) {
        for (const sentence of doc.sentences) {
          const unit = doc.paragraphs[sentence.paragraph]!;
          expect(sentence.start).toBeGreaterThanOrEqual(unit.start);
          expect(sentence.end).toBeLessThanOrEqual(unit.end);
          expect(doc.text.slice(sentence.start, sentence.end)).not.toContain(UNIT_SEPARATOR);
        }
      }
    });

    it('shows no tag markup in the texts', () => {
      expect(work.target.text).not.toMatch(TAG_MARKUP);
      expect(work.source!.text).not.toMatch(TAG_MARKUP);
    });

    it('keeps every inline tag at its offset in its unit: text and tags give back the segment', () => {
      for (const [side, of] of [
        [work.target, (i: number) => parsed.segments[i]!.target],
        [work.source!, (i: number) => parsed.segments[i]!.source],
      ] as const) {
        const units = side.layout.kind === 'units' ? side.layout.units : [];
        expect(side.tags).toHaveLength(units.length);
        units.forEach((unit, i) => {
          const tags = side.tags![i]!;
          for (const { offset } of tags) expect(offset).toBeGreaterThanOrEqual(0);
          for (const { offset } of tags) expect(offset).toBeLessThanOrEqual(unit.end - unit.start);
          expect(partsOf(side.text.slice(unit.start, unit.end), tags)).toEqual(normalized(of(i) ?? []));
        });
      }
    });
  });

  it('puts memoQ’s bpt/ept and ph at the offsets of the text they stand in', () => {
    const work = openFile('memoq-plain.xlf', xliffFixture('memoq-plain.xlf'));
    const tags = work.target.tags![1]!;
    const units = work.target.layout.kind === 'units' ? work.target.layout.units : [];
    const text = work.target.text.slice(units[1]!.start, units[1]!.end);
    expect(text).toBe('The package includes  measures.');
    expect(tags.map(({ offset, tag }) => [offset, tag.label, tag.xml])).toEqual([
      [4, '{1}', '<bpt id="1">&lt;b&gt;</bpt>'],
      [11, '{/1}', '<ept id="1">&lt;/b&gt;</ept>'],
      [21, '{2/}', '<ph id="2">{0}</ph>'],
    ]);
    expect(text.slice(4, 11)).toBe('package');
  });

  it('puts XLIFF 2.0’s pc, ph, sc/ec and mrk at their offsets', () => {
    const work = openFile('okapi-2.0.xlf', xliffFixture('okapi-2.0.xlf'));
    const units = work.target.layout.kind === 'units' ? work.target.layout.units : [];
    const wrapped = (i: number) => {
      const [open, close] = work.target.tags![i]!;
      return work.target.text.slice(units[i]!.start + open!.offset, units[i]!.start + close!.offset);
    };
    expect(wrapped(0)).toBe('ont progressé');
    expect(wrapped(2)).toBe('Les analystes');
    expect(wrapped(4)).toBe('Reuters');
    expect(work.target.tags![1]!.map(({ offset, tag }) => [offset, tag.kind])).toEqual([[18, 'standalone']]);
  });

  it('keeps a segment without target as an empty unit marked missing, and an empty target as not missing', () => {
    const work = openFile('memoq-plain.xlf', xliffFixture('memoq-plain.xlf'));
    const units = work.target.layout.kind === 'units' ? work.target.layout.units : [];
    expect(units.map((u) => u.end - u.start)).toEqual([63, 31, 31, 0, 0, 10]);
    expect(work.target.missing).toEqual([false, false, false, false, true, false]);
  });

  it('reads XLIFF named neither .xlf nor .xliff by its content', () => {
    const work = openFile('export', xliffFixture('okapi-2.0.xlf'));
    expect(work.file.format).toBe('xliff-2.0');
    expect(work.bilingual?.segments).toHaveLength(5);
  });

  it.each(BAD_XLIFF)('refuses %s with the XML or XLIFF error, nothing else', (name) => {
    let thrown: unknown;
    try {
      openFile(name, xliffFixture(name));
    } catch (error) {
      thrown = error;
    }
    expect(thrown instanceof XmlError || thrown instanceof XliffError).toBe(true);
  });

  it.each([
    ['entity attacks', 'hostile-xxe.xlf', XmlError, 'entity-declaration'],
    ['a truncated file', 'malformed-truncated.xlf', XmlError, 'unclosed-tag'],
    ['crossed tags', 'malformed-mismatch.xlf', XmlError, 'mismatched-tag'],
    ['XLIFF 3.0', 'version-3.xlf', XliffError, 'unsupported-version'],
  ] as const)('names the problem for %s', (_what, name, type, code) => {
    expect(() => openFile(name, xliffFixture(name))).toThrow(type);
    try {
      openFile(name, xliffFixture(name));
    } catch (error) {
      expect((error as { code: string }).code).toBe(code);
    }
  });

  it('refuses an .xlf that is not XLIFF with the XLIFF error', () => {
    expect(() => openFile('a.xlf', '<?xml version="1.0"?><html><body/></html>')).toThrow(XliffError);
    expect(() => openFile('a.xlf', 'Not XML at all.')).toThrow(XmlError);
  });

  it.each([
    ['no units', '<xliff version="1.2"><file source-language="en" target-language="de"><body/></file></xliff>'],
    ['only locked units', '<xliff version="1.2"><file source-language="en" target-language="de"><body><trans-unit id="1" translate="no"><source>ACME</source></trans-unit></body></file></xliff>'],
    ['no files', '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"/>'],
  ])('refuses XLIFF with %s as having no segments', (_what, text) => {
    expect(workError(() => openFile('a.xlf', text)).code).toBe('no-segments');
  });
});

describe('openFile: TSV and CSV', () => {
  it('reads a TSV with a header, quoted tabs and a line break inside a field', () => {
    const text = 'id\tsource\ttarget\nk1\tHello world. Second one.\tHallo Welt. Zweiter Satz.\nk2\t"Quoted\ttab"\t"Mit\nZeilenumbruch"\n';
    const work = openFile('table.tsv', text);
    expect(work.file.format).toBe('tsv');
    expect(work.source?.text).toBe('Hello world. Second one.\n\nQuoted\ttab');
    expect(work.target.text).toBe('Hallo Welt. Zweiter Satz.\n\nMit\nZeilenumbruch');
    expect(work.bilingual?.segments.map((s) => s.id)).toEqual(['k1', 'k2']);
    const { document } = documentsOf(work, 'de');
    expect(document.sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [0, 'Hallo Welt.'],
      [0, 'Zweiter Satz.'],
      [1, 'Mit'],
      [1, 'Zeilenumbruch'],
    ]);
    expect(work.target.tags).toEqual([[], []]);
  });

  it('reads a CSV with language columns, doubled quotes and CRLF', () => {
    const text = 'en,de-DE\r\n"Hello, world.","Hallo, Welt."\r\n"She said ""yes"".","Sie sagte ""ja""."\r\n';
    const work = openFile('table.csv', text);
    expect(work.file.format).toBe('csv');
    expect([work.source?.lang, work.target.lang]).toEqual(['en', 'de-DE']);
    expect(work.source?.text).toBe('Hello, world.\n\nShe said "yes".');
    expect(work.target.text).toBe('Hallo, Welt.\n\nSie sagte "ja".');
  });

  it('reads a headerless semicolon CSV, first column source, second target', () => {
    const work = openFile('table.csv', 'Hello;Hallo\nBye;Tschüss\n');
    expect(work.file.format).toBe('csv');
    expect(work.source?.text).toBe(`Hello${UNIT_SEPARATOR}Bye`);
    expect(work.target.text).toBe(`Hallo${UNIT_SEPARATOR}Tschüss`);
  });

  it('reads a .csv by commas or semicolons only: a tab-separated one is refused, not guessed', () => {
    expect(() => openFile('table.csv', 'source\ttarget\nA, b\tC, d\n')).toThrow(DelimitedParseError);
    expect(openFile('table.tsv', 'source\ttarget\nA, b\tC, d\n').target.text).toBe('C, d');
  });

  it('marks every target missing when there is only a source column', () => {
    const work = openFile('table.tsv', 'source\nEins.\nZwei.\n');
    expect(work.target.text).toBe(UNIT_SEPARATOR);
    expect(work.target.missing).toEqual([true, true]);
  });

  it('refuses broken quoting with the delimited error and its line', () => {
    expect(() => openFile('table.csv', 'source,target\n"open,quote\n')).toThrow(DelimitedParseError);
    expect(() => openFile('table.csv', 'a,b\n"x"y,z\n')).toThrow(/Line 2/u);
  });

  it('refuses a header without rows as having no segments', () => {
    expect(workError(() => openFile('table.tsv', 'source\ttarget\n')).code).toBe('no-segments');
  });
});

describe('openFile: Markdown and text', () => {
  it.each<[string, string, string[]]>([
    ['headings', '# Die *große* Wende\n\nText folgt.\n', ['Die große Wende', 'Text folgt.']],
    ['setext headings', 'Die Wende\n=========\n\nText folgt.\n', ['Die Wende', 'Text folgt.']],
    ['emphasis', 'Das ist **sehr** _wichtig_. Ende.\n', ['Das ist sehr wichtig .', 'Ende.']],
    ['links', 'Siehe [die Studie](https://example.org/a_b "Titel") hier.\n', ['Siehe die Studie hier.']],
    ['lists', '- Erster Punkt.\n- Zweiter Punkt.\n1. Dritter.\n', ['Erster Punkt.', 'Zweiter Punkt.', 'Dritter.']],
    ['quotes and code', '> Er sagte es.\n\n```\nlet x = 1.\n```\nMit `code` hier.\n', ['Er sagte es.', 'Mit hier.']],
  ])('keeps the markup of %s out of the sentences', (_what, text, sentences) => {
    const work = openFile('article.md', text);
    expect(work.file.format).toBe('markdown');
    expect(work.target.layout).toEqual({ kind: 'markdown' });
    expect(work.target.text).toBe(text);
    const { document } = documentsOf(work, 'de');
    // Markup is blanked, not removed, so sentence offsets stay those of the file.
    expect(document.sentences.map((s) => s.text.replace(/\s+/gu, ' '))).toEqual(sentences);
    for (const s of document.sentences) {
      expect(s.text).not.toMatch(/[#*_`>[\]()=]|https?:|^\s*(?:-|\d\.)\s/u);
      expect(s.end - s.start).toBe(s.text.length);
    }
  });

  it('opens plain text with a plain layout and no source', () => {
    const text = 'Titel\nErster Satz. Zweiter Satz.\r\n';
    const work = openFile('article.txt', text);
    expect(work).toEqual({ file: { format: 'text', name: 'article.txt', original: text }, target: { text, layout: { kind: 'plain' }, lang: '' } });
  });

  it.each([
    ['an empty text file', 'article.txt', ''],
    ['a text file of blanks', 'article.txt', ' \n\t\r\n'],
    ['an empty Markdown file', 'article.md', '\n\n'],
    ['pasted nothing', '', '   '],
  ])('refuses %s as empty', (_what, name, text) => {
    expect(workError(() => openFile(name, text)).code).toBe('empty');
  });
});

describe('openPair', () => {
  const en = sample('bilingual/dailymail.co.uk.365204.en.txt');
  const de = sample('bilingual/dailymail.co.uk.365204.de.txt');

  it('opens a source and its translation as two plain sides', () => {
    const work = openPair({ name: 'dailymail.en.txt', text: en }, { name: 'dailymail.de.txt', text: de });
    expect(work.file).toEqual({ format: 'pairs', name: 'dailymail.de.txt', original: de, sourceName: 'dailymail.en.txt', sourceOriginal: en });
    expect(work.target).toEqual({ text: de, layout: { kind: 'plain' }, lang: '' });
    expect(work.source).toEqual({ text: en, layout: { kind: 'plain' }, lang: '' });
    expect(work.bilingual).toBeUndefined();
    const target = documentsOf(work, 'de').document;
    const source = documentsOf(work, 'en').sourceDocument!;
    expect(target.paragraphs.length).toBe(source.paragraphs.length);
    expect(target.sentences.length).toBeGreaterThan(10);
  });

  it('opens the same work again from its kept file', () => {
    const work = openPair({ name: 'en.txt', text: en }, { name: 'de.txt', text: de });
    expect(openWork(work.file)).toEqual(work);
  });

  it.each([
    ['source', '  \n', de],
    ['translation', en, ''],
  ])('refuses an empty %s', (_side, source, target) => {
    expect(workError(() => openPair({ name: 's', text: source }, { name: 't', text: target })).code).toBe('empty');
  });
});

describe('openWork', () => {
  it.each<WorkFile>([
    { format: 'xliff-2.0', name: 'a.xlf', original: xliffFixture('okapi-2.0.xlf') },
    { format: 'xliff-1.2', name: 'a.sdlxliff', original: xliffFixture('trados-seg-source.xlf') },
    { format: 'tsv', name: 'a.tsv', original: 'source\ttarget\nA\tB\n' },
    { format: 'csv', name: 'a.csv', original: 'source,target\nA,B\n' },
    { format: 'markdown', name: 'a.md', original: '# T\n\nText.\n' },
    { format: 'text', name: '', original: 'Text.' },
  ])('opens a kept $format file as openFile opened it', (file) => {
    expect(openWork(file)).toEqual(openFile(file.name, file.original));
  });

  it('opens a kept XLIFF with the version the file declares, whatever the kept name says', () => {
    expect(openWork({ format: 'xliff-1.2', name: 'a.xlf', original: xliffFixture('okapi-2.0.xlf') }).file.format).toBe('xliff-2.0');
  });

  it('refuses an unknown format', () => {
    const error = workError(() => openWork({ format: 'docx', name: 'a.docx', original: 'x' } as unknown as WorkFile));
    expect(error.code).toBe('unknown-format');
    expect(error.message).toContain('docx');
  });
});
