// Document layouts (plain, Markdown prose, a bilingual file's units) and the pairing of two documents by units.
import { describe, expect, it } from 'vitest';
import { createCheckContext, pairDocuments } from '../../src/core/checks/analyzer.ts';
import { createDocument, type ArticleDocument, type Span } from '../../src/core/document/document.ts';

/** Units of `texts` joined by blank lines, as a bilingual file's side is laid out. */
function unitsOf(texts: string[]): { text: string; units: Span[] } {
  let text = '';
  const units: Span[] = [];
  texts.forEach((unit, index) => {
    if (index > 0) text += '\n\n';
    units.push({ start: text.length, end: text.length + unit.length });
    text += unit;
  });
  return { text, units };
}

function unitDocument(texts: string[], lang = 'en'): ArticleDocument {
  const { text, units } = unitsOf(texts);
  return createDocument(text, lang, { kind: 'units', units });
}

/** Every sentence's span holds its text and lies inside its paragraph. */
function expectConsistent(doc: ArticleDocument): void {
  doc.sentences.forEach((sentence, index) => {
    expect(sentence.index).toBe(index);
    const paragraph = doc.paragraphs[sentence.paragraph]!;
    expect(sentence.start).toBeGreaterThanOrEqual(paragraph.start);
    expect(sentence.end).toBeLessThanOrEqual(paragraph.end);
    expect(index).toBeGreaterThanOrEqual(paragraph.firstSentence);
    expect(index).toBeLessThan(paragraph.endSentence);
  });
}

describe('createDocument with units', () => {
  it('makes one paragraph per unit and cuts sentences inside each unit only', () => {
    const doc = unitDocument(['Der Kreml sagte es. Dann ging er.', 'Gespräche', ' werden fortgesetzt.']);
    expect(doc.layout?.kind).toBe('units');
    expect(doc.paragraphs.map((p) => [p.firstSentence, p.endSentence])).toEqual([[0, 2], [2, 3], [3, 4]]);
    expect(doc.sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [0, 'Der Kreml sagte es.'],
      [0, 'Dann ging er.'],
      [1, 'Gespräche'],
      [2, 'werden fortgesetzt.'],
    ]);
    for (const s of doc.sentences) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
    expectConsistent(doc);
  });

  it('never lets a sentence run from one unit into the next, even without final punctuation', () => {
    // In plain layout "Gespräche werden" on one line would be one sentence; the unit border must cut it.
    const text = 'Die Gespräche werden fortgesetzt';
    const doc = createDocument(text, 'de', { kind: 'units', units: [{ start: 0, end: 13 }, { start: 14, end: text.length }] });
    expect(doc.sentences.map((s) => s.text)).toEqual(['Die Gespräche', 'werden fortgesetzt']);
    expect(createDocument(text, 'de').sentences).toHaveLength(1);
  });

  it('keeps empty units as paragraphs without sentences, in their place', () => {
    const doc = unitDocument(['Eins.', '', '', 'Zwei.']);
    expect(doc.paragraphs).toHaveLength(4);
    expect(doc.paragraphs.map((p) => [p.start, p.end, p.firstSentence, p.endSentence])).toEqual([
      [0, 5, 0, 1],
      [7, 7, 1, 1],
      [9, 9, 1, 1],
      [11, 16, 1, 2],
    ]);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 3]);
  });

  it('ignores text between units (the separators)', () => {
    const text = 'Eins. XXX Zwei.';
    const doc = createDocument(text, 'en', { kind: 'units', units: [{ start: 0, end: 5 }, { start: 10, end: 15 }] });
    expect(doc.sentences.map((s) => s.text)).toEqual(['Eins.', 'Zwei.']);
  });

  it('has no sentences and no paragraphs with no units', () => {
    const doc = createDocument('Text.', 'en', { kind: 'units', units: [] });
    expect(doc.sentences).toEqual([]);
    expect(doc.paragraphs).toEqual([]);
  });

  it.each<[string, Span[]]>([
    ['overlapping units', [{ start: 0, end: 6 }, { start: 5, end: 9 }]],
    ['units out of order', [{ start: 7, end: 9 }, { start: 0, end: 5 }]],
    ['a unit ending before it starts', [{ start: 5, end: 2 }]],
    ['a unit past the end of the text', [{ start: 0, end: 99 }]],
    ['a unit before the start of the text', [{ start: -1, end: 3 }]],
  ])('throws a RangeError for %s', (_name, units) => {
    expect(() => createDocument('Eins. Zwei.', 'en', { kind: 'units', units })).toThrow(RangeError);
  });

  it('accepts two empty units at the same offset', () => {
    const doc = createDocument('Eins.', 'en', { kind: 'units', units: [{ start: 5, end: 5 }, { start: 5, end: 5 }] });
    expect(doc.paragraphs).toHaveLength(2);
  });
});

describe('createDocument with markdown', () => {
  const md = [
    '---',
    'title: Nicht Prosa.',
    '---',
    '# Moskau *meldet* Gespräche',
    '',
    'Der **Kreml** sagte am [Montag](https://example.org/a "Titel") etwas',
    'über die Gespräche. Sie werden fortgesetzt.',
    '',
    '- Erster Punkt hier.',
    '- Zweiter `code` Punkt.',
    '',
    '> Ein Zitat.',
    '',
    '```',
    'Code. Kein Satz.',
    '```',
    '',
  ].join('\n');
  const doc = createDocument(md, 'de', { kind: 'markdown' });

  it('cuts sentences from prose only: no heading, list, quote, emphasis, link or code markup in them', () => {
    expect(doc.layout).toEqual({ kind: 'markdown' });
    expect(doc.sentences.map((s) => s.text.replace(/\s+/gu, ' '))).toEqual([
      'Moskau meldet Gespräche',
      'Der Kreml sagte am Montag etwas über die Gespräche.',
      'Sie werden fortgesetzt.',
      'Erster Punkt hier.',
      'Zweiter Punkt.',
      'Ein Zitat.',
    ]);
    for (const s of doc.sentences) {
      expect(s.text).not.toMatch(/[#*`>[\]()]|https?:|^-/u);
      expect(s.text.length).toBe(s.end - s.start);
    }
  });

  it('keeps sentence offsets on the original text: a span starts and ends at the prose it shows', () => {
    for (const s of doc.sentences) {
      const original = md.slice(s.start, s.end);
      expect(original[0]).toBe(s.text[0]);
      expect(original.at(-1)).toBe(s.text.at(-1));
    }
    expect(md.slice(doc.sentences[0]!.start, doc.sentences[0]!.end)).toBe('Moskau *meldet* Gespräche');
  });

  it('makes paragraphs of prose lines, each sentence inside its own', () => {
    expectConsistent(doc);
    expect(doc.paragraphs.map((p) => p.endSentence - p.firstSentence)).toEqual([1, 2, 1, 1, 1]);
  });

  it('sets no layout for plain text, and plain layout cuts at every line', () => {
    const plain = createDocument(md, 'de');
    expect(plain.layout).toBeUndefined();
    expect(plain.sentences.some((s) => s.text.startsWith('#'))).toBe(true);
  });
});

describe('pairDocuments', () => {
  it('pairs unit i of the source with unit i of the target, whatever the sentence counts', () => {
    const source = unitDocument(['The Kremlin said so. Then he left.', 'Talks', 'Will resume.', ''], 'en');
    const target = unitDocument(['Der Kreml sagte es und ging.', 'Gespräche', '', ''], 'de');
    const { pairs, pairing } = pairDocuments(source, target);
    expect(pairing).toEqual({ method: 'units' });
    // Unit 2 has no translation (1–0); unit 3 is empty on both sides and gives no pair.
    expect(pairs).toEqual([
      { source: [0, 1], target: [0] },
      { source: [2], target: [1] },
      { source: [3], target: [] },
    ]);
  });

  it('keeps a target sentence without source as a 0–1 pair', () => {
    const source = unitDocument(['', 'Two.'], 'en');
    const target = unitDocument(['Eins.', 'Zwei.'], 'de');
    expect(pairDocuments(source, target).pairs).toEqual([
      { source: [], target: [0] },
      { source: [0], target: [1] },
    ]);
  });

  it('falls back to sentence pairing when the unit counts differ or one side is not units', () => {
    const source = unitDocument(['One.', 'Two.'], 'en');
    const target = unitDocument(['Eins.', 'Zwei.', 'Drei.'], 'de');
    expect(pairDocuments(source, target).pairing.method).toBe('aligned');
    const plain = createDocument('Eins.\nZwei.', 'de');
    const result = pairDocuments(source, plain);
    expect(result.pairing.method).toBe('one-to-one');
    expect(result.pairs).toEqual([{ source: [0], target: [0] }, { source: [1], target: [1] }]);
  });

  it('keeps the aligner’s groups without a counterpart, and says how many there are', () => {
    const source = createDocument('The first sentence is here.\nA second one follows it.\nAnd a third one ends it.', 'en');
    const target = createDocument('Der erste Satz steht hier.\nUnd ein dritter beendet ihn.', 'de');
    const { pairs, pairing } = pairDocuments(source, target);
    expect(pairing.method).toBe('aligned');
    expect(pairing.note).toMatch(/3 sentences and the translation 2/u);
    const covered = pairs.flatMap((pair) => pair.source);
    expect(covered.sort()).toEqual([0, 1, 2]);
    expect(pairs.flatMap((pair) => pair.target).sort()).toEqual([0, 1]);
  });

  it('feeds the checks only pairs with both sides (createCheckContext)', () => {
    const source = unitsOf(['The Kremlin said so.', 'Untranslated here.']);
    const target = unitsOf(['Der Kreml sagte es.', '']);
    const { ctx, pairing } = createCheckContext({
      text: target.text,
      lang: 'de',
      layout: { kind: 'units', units: target.units },
      sourceText: source.text,
      sourceLang: 'en',
      sourceLayout: { kind: 'units', units: source.units },
    });
    expect(pairing).toEqual({ method: 'units' });
    expect(ctx.source?.pairs).toEqual([{ source: [0], target: [0] }]);
    expect(ctx.paragraphs).toHaveLength(2);
  });
});
