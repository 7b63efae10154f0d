// Markdown import: prose ranges without markup, a same-length proseText that joins wrapped lines, sentences from prose only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorrectedText } from '../../../src/core/review/export.ts';
import { parseMarkdown, parsePlainText, segmentMarkdown, type MarkdownBlockKind } from '../../../src/core/formats/markdown.ts';

function prose(text: string): [MarkdownBlockKind, string][] {
  return parseMarkdown(text).blocks.map((block) => [block.kind, text.slice(block.start, block.end)]);
}

describe('markdown', () => {
  it.each<[string, string, [MarkdownBlockKind, string][]]>([
    ['an ATX heading without its hashes', '# Der Titel ##\n', [['heading', 'Der Titel']]],
    ['a setext heading without its underline', 'Der Titel\n=====\n', [['heading', 'Der Titel']]],
    ['list items without their markers', '- Eins.\n* Zwei.\n3. Drei.\n- [x] Vier.\n', [
      ['list-item', 'Eins.'], ['list-item', 'Zwei.'], ['list-item', 'Drei.'], ['list-item', 'Vier.'],
    ]],
    ['a block quote without its markers', '> Er sagte es.\n> Dann ging er.\n', [['blockquote', 'Er sagte es.'], ['blockquote', 'Dann ging er.']]],
    ['emphasis without its markers', 'Das ist **sehr** _wichtig_.\n', [
      ['paragraph', 'Das ist'], ['paragraph', 'sehr'], ['paragraph', 'wichtig'], ['paragraph', '.'],
    ]],
    ['a link without its URL', 'Siehe [die Studie](https://example.org/a_b "Titel") hier.\n', [
      ['paragraph', 'Siehe'], ['paragraph', 'die Studie'], ['paragraph', 'hier.'],
    ]],
    ['nothing from code fences, code spans, images, HTML or front matter',
      '---\ntitle: T\n---\n```\nlet x = 1;\n```\n<div>\nraw\n</div>\n\nText `code` ![Bild](a.png) <br> Ende.\n', [
        ['paragraph', 'Text'], ['paragraph', 'Ende.'],
      ]],
    ['table cells one by one, not the delimiter row', '| A | B |\n|---|:-:|\n| Zelle eins. | Zelle zwei. |\n', [
      ['table-cell', 'A'], ['table-cell', 'B'], ['table-cell', 'Zelle eins.'], ['table-cell', 'Zelle zwei.'],
    ]],
    ['text that only looks like markup', 'Es kostet 2 * 3 Euro, snake_case bleibt.\n', [
      ['paragraph', 'Es kostet 2 * 3 Euro, snake_case bleibt.'],
    ]],
    ['a thematic break as nothing', 'Eins.\n\n***\n\nZwei.\n', [['paragraph', 'Eins.'], ['paragraph', 'Zwei.']]],
  ])('keeps %s', (_name, text, expected) => {
    expect(prose(text)).toEqual(expected);
  });

  it('joins a hard-wrapped paragraph into one prose range, up to the blank line', () => {
    const text = 'Der erste Satz läuft\nüber zwei Zeilen. Der zweite auch\nnoch weiter.\n\nNeuer Absatz.\n';
    expect(prose(text)).toEqual([
      ['paragraph', 'Der erste Satz läuft\nüber zwei Zeilen. Der zweite auch\nnoch weiter.'],
      ['paragraph', 'Neuer Absatz.'],
    ]);
  });

  it.each([
    ['LF', '# Titel\n\nEin *Satz*, der\numbrochen ist.\n> Zitat\n> weiter\n'],
    ['CRLF', '# Titel\r\n\r\nEin *Satz*, der\r\numbrochen ist.\r\n'],
  ])('gives a proseText as long as the text, soft breaks as spaces and markup blanked (%s)', (_name, text) => {
    const { proseText } = parseMarkdown(text);
    expect(proseText).toHaveLength(text.length);
    expect(proseText).not.toMatch(/[#*>]/u);
    // One space per line-break character, so CRLF becomes two.
    expect(proseText).toContain(text.includes('\r') ? 'der  umbrochen' : 'der umbrochen');
    expect(proseText).toMatch(/^ {2}Titel\r?\n/u);
  });

  it('keeps a hard line break (two spaces or a backslash) as a break', () => {
    expect(parseMarkdown('Zeile eins  \nZeile zwei\\\nZeile drei\n').proseText).toBe('Zeile eins  \nZeile zwei \nZeile drei\n');
  });

  it('segments into sentences that hold no markup, span wrapped lines, and index the original text', () => {
    const text = '# Überschrift\n\nDer **erste** Satz läuft\nüber zwei Zeilen. Der [zweite](http://x.y/z) Satz.\n\n- Ein Punkt.\n';
    const doc = parseMarkdown(text);
    const sentences = segmentMarkdown(doc, 'de');
    expect(sentences.map((s) => s.text.replace(/\s+/gu, ' '))).toEqual([
      'Überschrift',
      'Der erste Satz läuft über zwei Zeilen.',
      'Der zweite Satz.',
      'Ein Punkt.',
    ]);
    for (const s of sentences) {
      expect(doc.proseText.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).not.toMatch(/[#*[\]()]|http/u);
    }
  });

  it('keeps the markup in the output when a sentence without inline markup is corrected', () => {
    const text = '## Titel\n\n- Das ist falsh.\n- Das bleibt.\n';
    const doc = parseMarkdown(text);
    const sentences = segmentMarkdown(doc, 'de');
    const index = sentences.findIndex((s) => s.text === 'Das ist falsh.');
    expect(buildCorrectedText(text, sentences, { [index]: 'Das ist falsch.' })).toBe('## Titel\n\n- Das ist falsch.\n- Das bleibt.\n');
  });

  it('never puts a markup or line-break position inside a block, for any input', () => {
    const unit = fc.constantFrom('a', 'B', ' ', '.', '\n', '#', '*', '_', '-', '>', '`', '[', ']', '(', ')', '|', '<', '\\', '1');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        const doc = parseMarkdown(text);
        expect(doc.proseText).toHaveLength(text.length);
        let last = 0;
        for (const block of doc.blocks) {
          expect(block.start).toBeGreaterThanOrEqual(last);
          expect(block.end).toBeGreaterThan(block.start);
          // Inside a block, proseText equals the text except soft breaks shown as spaces.
          expect(doc.proseText.slice(block.start, block.end)).toBe(text.slice(block.start, block.end).replace(/[\r\n]/gu, ' '));
          last = block.end;
        }
      }),
    );
  });

  it('reads plain text as one paragraph per non-blank line', () => {
    const doc = parsePlainText('# Kein Titel\nZweite Zeile.\n');
    expect(doc.blocks.map((b) => doc.text.slice(b.start, b.end))).toEqual(['# Kein Titel', 'Zweite Zeile.']);
    expect(doc.proseText).toBe(doc.text);
  });
});
