// Unpaired quotation marks and brackets: the seed, balanced nestings of any depth, and one mark taken out.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unpairedQuoteBracket } from '../../../src/core/checks/unpaired-quote-bracket.ts';
import { createDocument } from '../../../src/core/document/document.ts';

const seed = readFileSync(new URL('../../../samples/000_98b1f44858d35dbe.txt', import.meta.url), 'utf8');

const detect = (text: string, lang = 'de') =>
  unpairedQuoteBracket.detect({ text, lang, sentences: createDocument(text, lang).sentences });

const PAIRS = [['„', '“'], ['(', ')'], ['[', ']'], ['‚', '‘']] as const;

// A sentence with properly nested marks: each node is words, or a pair around a smaller tree.
const nested: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? fc.constantFrom('die Welt', 'Xi Jinping', 'sagte er', 'am 4. Februar 2022', 'Putins Plan')
    : fc.oneof(
        nested(depth - 1),
        fc.tuple(fc.constantFrom(...PAIRS), nested(depth - 1)).map(([[open, close], inner]) => `${open}${inner}${close}`),
        fc.tuple(nested(depth - 1), nested(depth - 1)).map(([a, b]) => `${a} und ${b}`),
      ),
);

describe('unpaired-quote-bracket', () => {
  it.each([
    ['one closing mark ends a quotation and the one inside it', '„Ich schrie: „Ich hab’s!“\nEr lachte.', []],
    ['a quotation inside one that goes on', '„Ich schrie „Hurra“ und lief weg.\nEr lachte.', ['unclosed']],
    ['English-style quotes in German', 'Sie sei “enttäuscht” über die Änderungen.', []],
  ])('reports %s as %j', (_label, text, messages) => {
    expect(detect(text).map((f) => f.messageId)).toEqual(messages);
  });

  it('finds nothing in the seed article', () => {
    expect(detect(seed)).toEqual([]);
  });

  it('finds nothing in properly nested quotes and brackets', () => {
    fc.assert(
      fc.property(nested(5), (body) => {
        expect(detect(`Er schrieb ${body}.\nEnde.`)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('reports the opening mark whose partner was taken out', () => {
    const withPairs = nested(5).filter((body) => PAIRS.some(([open]) => body.includes(open)));
    fc.assert(
      fc.property(withPairs, fc.nat(), (body, pick) => {
        const closers = new Set<string>(PAIRS.map(([, close]) => close));
        const partners: [number, number][] = [];
        const open: number[] = [];
        [...body].forEach((c, i) => {
          if (PAIRS.some(([o]) => o === c)) open.push(i);
          else if (closers.has(c)) partners.push([open.pop()!, i]);
        });
        const [partner, closer] = partners[pick % partners.length]!;
        // „a „b““ or „a und „b“ without a mark end in „b“, sagte sie: one mark closing two quotations, left alone on purpose.
        const rest = body.slice(0, closer) + body.slice(closer + 1);
        fc.pre(!(body[closer] !== ')' && body[closer] !== ']' && rest.endsWith(body[closer]!)));
        // The attribution shows that a quotation running to the end of the paragraph lost its end.
        const text = `Er schrieb ${body.slice(0, closer)}${body.slice(closer + 1)}, sagte sie.\nEnde.`;
        // In "((x)" either "(" may be the unclosed one; it is one of the same kind.
        expect(detect(text).map((f) => [f.messageId, text[f.start]])).toEqual([['unclosed', body[partner]]]);
      }),
      { numRuns: 300 },
    );
  });
});
