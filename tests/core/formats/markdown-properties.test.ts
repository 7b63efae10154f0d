// Properties of parseMarkdown: random documents give exactly their prose words (no markup, code or URLs) in blocks of the right kind, offsets exact, any input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, parsePlainText, segmentMarkdown, type MarkdownBlockKind } from '../../../src/core/formats/markdown.ts';
import { checkMarkdown } from '../../fuzz/importers.ts';

/** A piece of a Markdown document: its source, and the prose words in it with the kind of block they belong to. */
interface Piece {
  source: string;
  words: { word: string; offset: number; kind: MarkdownBlockKind }[];
}

const word = fc.constantFrom('Moskau', 'Peking', 'sagte', 'der', 'Kreml', 'über', 'Gespräche', 'Ölpreis', 'am', 'Montag', 'ist', 'gut');

type Inline = { decoration: 'plain' | 'strong' | 'em' | 'underscore' | 'strike' | 'link' | 'html' | 'code' | 'image'; word: string };
const inline = fc.record({
  decoration: fc.constantFrom<Inline['decoration']>('plain', 'plain', 'plain', 'strong', 'em', 'underscore', 'strike', 'link', 'html', 'code', 'image'),
  word,
});

/** Builds a piece from parts; prose words get their offset inside the piece. */
class Builder {
  source = '';
  words: Piece['words'] = [];

  markup(text: string): this {
    this.source += text;
    return this;
  }

  prose(text: string, kind: MarkdownBlockKind): this {
    this.words.push({ word: text, offset: this.source.length, kind });
    this.source += text;
    return this;
  }

  inline(items: Inline[], kind: MarkdownBlockKind): this {
    items.forEach((item, i) => {
      if (i > 0) this.markup(' ');
      const wrap = (before: string, after: string) => this.markup(before).prose(item.word, kind).markup(after);
      switch (item.decoration) {
        case 'plain':
          return this.prose(item.word, kind);
        case 'strong':
          return wrap('**', '**');
        case 'em':
          return wrap('*', '*');
        case 'underscore':
          return wrap('_', '_');
        case 'strike':
          return wrap('~~', '~~');
        case 'link':
          return wrap('[', '](https://example.org/path?q=1 "Titel")');
        case 'html':
          return wrap('<b>', '</b>');
        case 'code':
          return this.markup(`\`${item.word}\``);
        case 'image':
          return this.markup(`![${item.word}](bild.png)`);
      }
    });
    return this;
  }
}

const lineItems = fc.array(inline, { minLength: 1, maxLength: 5 });

const block: fc.Arbitrary<(nl: string) => Piece> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 6 }), lineItems, fc.boolean()).map(([level, items, closing]) => () => {
    const b = new Builder().markup(`${'#'.repeat(level)} `).inline(items, 'heading');
    return b.markup(closing ? ` ${'#'.repeat(level)}` : '');
  }),
  fc.tuple(fc.array(lineItems, { minLength: 1, maxLength: 3 }), fc.constantFrom('', '  ', '\\')).map(([lines, hard]) => (nl: string) => {
    const b = new Builder();
    lines.forEach((items, i) => {
      if (i > 0) b.markup(`${hard}${nl}`);
      b.inline(items, 'paragraph');
    });
    return b.markup('.');
  }),
  fc.tuple(fc.array(lineItems, { minLength: 1, maxLength: 3 }), fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '- [x] ')).map(([items, marker]) => (nl: string) => {
    const b = new Builder();
    items.forEach((line, i) => b.markup(i > 0 ? nl : '').markup(marker).inline(line, 'list-item'));
    return b;
  }),
  lineItems.map((items) => () => new Builder().markup('> ').inline(items, 'blockquote')),
  fc.array(fc.tuple(word, word), { minLength: 1, maxLength: 3 }).map((rows) => (nl: string) => {
    const b = new Builder().markup('| ').prose('Quelle', 'table-cell').markup(' | ').prose('Ziel', 'table-cell').markup(` |${nl}|---|:--:|`);
    for (const [a, c] of rows) b.markup(`${nl}| `).prose(a, 'table-cell').markup(' | ').prose(c, 'table-cell').markup(' |');
    return b;
  }),
  // Blocks without prose: code, HTML, a rule, a link definition, an image line.
  word.map((w) => (nl: string) => new Builder().markup(`\`\`\`js${nl}const ${w} = 1;${nl}\`\`\``)),
  word.map((w) => (nl: string) => new Builder().markup(`~~~${nl}${w}${nl}~~~`)),
  word.map((w) => (nl: string) => new Builder().markup(`<div class="x">${nl}${w} ${w}${nl}</div>`)),
  word.map((w) => () => new Builder().markup(`    ${w} code`)),
  fc.constant(() => new Builder().markup('---')),
  word.map((w) => () => new Builder().markup(`[${w}]: https://example.org/${w}`)),
  word.map((w) => () => new Builder().markup(`![${w}](bild.png)`)),
);

const documentArb = fc
  .tuple(fc.array(block, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.constantFrom('', '\n', '\n\n'))
  .map(([blocks, nl, frontMatter, end]) => {
    let source = frontMatter ? `---${nl}title: Moskau${nl}---${nl}` : '';
    const words: Piece['words'] = [];
    blocks.forEach((make, i) => {
      if (i > 0) source += nl + nl;
      const piece = make(nl);
      for (const w of piece.words) words.push({ ...w, offset: w.offset + source.length });
      source += piece.source;
    });
    return { text: source + end.replaceAll('\n', nl), words };
  });

describe('parseMarkdown on random documents', () => {
  it('keeps exactly the prose words, at their offsets, in blocks of their kind; no markup, code or URL in proseText', () => {
    fc.assert(
      fc.property(documentArb, ({ text, words }) => {
        const doc = parseMarkdown(text);
        checkMarkdown(doc, 'markdown');
        expect(doc.proseText.match(/\p{L}+/gu) ?? []).toEqual(words.map((w) => w.word));
        expect(doc.proseText).not.toMatch(/[#*_`[\]()<>|~\\]|https|example/u);
        for (const w of words) {
          expect(doc.proseText.slice(w.offset, w.offset + w.word.length)).toBe(w.word);
          const inside = doc.blocks.find((b) => b.start <= w.offset && w.offset < b.end);
          expect(inside?.kind, `${w.word} at ${w.offset}`).toBe(w.kind);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives sentences that are spans of the original text and hold only prose', () => {
    fc.assert(
      fc.property(documentArb, fc.constantFrom('de', 'en'), ({ text }, lang) => {
        const doc = parseMarkdown(text);
        for (const s of segmentMarkdown(doc, lang)) {
          expect(s.end <= text.length && s.start < s.end).toBe(true);
          expect(s.text).toBe(doc.proseText.slice(s.start, s.end));
          expect(s.text).not.toMatch(/[#*_`[\]()<>|~]/u);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('parseMarkdown and HTML', () => {
  it.each([
    ['an inline tag', '<b>Moskau</b> sagte am Montag.', ['Moskau', 'sagte am Montag.']],
    ['a link tag', '<a href="https://example.org">Moskau</a> sagte es.', ['Moskau', 'sagte es.']],
    ['a block-level tag', '<div class="x">Moskau sagte es.</div>', []],
    ['a complete tag alone on its line', '<span class="x">\nMoskau sagte es.\n\nDanach.', ['Danach.']],
  ])('checks the prose of a paragraph that starts with %s only when CommonMark reads it as one', (_name, text, expected) => {
    const doc = parseMarkdown(text);
    expect(doc.blocks.map((b) => text.slice(b.start, b.end))).toEqual(expected);
  });
});

describe('parseMarkdown and front matter', () => {
  it.each([
    ['front matter', '---\ntitle: Moskau\n---\nDer Kreml sagte es.\n', ['Der Kreml sagte es.']],
    ['a rule, then prose and another rule', '---\n\nDer Kreml sagte es.\n\n---\n\nEnde.\n', ['Der Kreml sagte es.', 'Ende.']],
  ])('reads an opening --- as %s', (_name, text, expected) => {
    const doc = parseMarkdown(text);
    expect(doc.blocks.map((b) => text.slice(b.start, b.end))).toEqual(expected);
  });
});

describe('parseMarkdown and parsePlainText on any input', () => {
  const piece = fc.oneof(
    fc.constantFrom(
      '#', '## ', '**', '*', '_', '~~', '`', '```', '~~~', '[', ']', '](', ')', '![', '<', '>', '> ', '- ', '1. ', '|', '|---|', '---', '===', '    ', '\t',
      '\\', '\n', '\r\n', '\r', ' ', 'Moskau', '.', '<div>', '</b>', '<!--', '-->', '\u0085', '\u2028', '\ud800', '\u00a0', 'a_b', '2 * 3',
    ),
    fc.string({ maxLength: 3 }),
  );
  const text = fc.array(piece, { maxLength: 50 }).map((parts) => parts.join(''));

  it('never throws, keeps proseText as long as the text, blocks trimmed and in order, sentences inside prose', () => {
    fc.assert(
      fc.property(text, (input) => {
        checkMarkdown(parseMarkdown(input), 'markdown');
        checkMarkdown(parsePlainText(input), 'plain text');
      }),
      { numRuns: 1000 },
    );
  });
});
