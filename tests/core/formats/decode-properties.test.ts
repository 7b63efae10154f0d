// Properties of decodeBytes on arbitrary bytes: never throws, refuses with the right size, gives back any text it was given in any supported encoding.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/core/formats/decode.ts';

// Characters of news text plus the awkward ones: BOM and NEL inside, astral, combining, RTL, no-break space.
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom('ä', 'ß', '€', '„', '“', '–', '…', '\t', '\n', '\r\n', '\u00a0', '\ufeff', '😀', 'e\u0301', 'שלום', '中文', ' '),
);
const isControl = (c: number) => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// No C0/C1 controls (they make text look binary), no lone surrogates, something visible, and no file signature at the start.
const text = fc
  .array(piece, { maxLength: 30 })
  .map((parts) => parts.join(''))
  .filter(
    (t) =>
      /\S/.test(t) &&
      ![...t].some((c) => isControl(c.charCodeAt(0))) &&
      !LONE_SURROGATE.test(t) &&
      !/^(?:%PDF-|GIF8[79]a)/.test(t),
  );

function utf16(value: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(value.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < value.length; i++) view.setUint16(i * 2, value.charCodeAt(i), littleEndian);
  return bytes;
}

const concat = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((p) => [...p]));

describe('decodeBytes', () => {
  it('never throws on arbitrary bytes, and a refusal reports the input size', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      // Bytes that start like a BOM, a signature or UTF-16 text, so every branch sees garbage.
      fc
        .tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xff, 0xfe, 0, 0], [0x25, 0x50, 0x44, 0x46, 0x2d], [0x41, 0], [0, 0x41], []), fc.uint8Array({ maxLength: 100 }))
        .map(([head, tail]) => concat(new Uint8Array(head), tail)),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        const result = decodeBytes(input);
        if (result.ok) expect(result.text).toMatch(/\S/);
        else expect(result.size).toBe(input.byteLength);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives back the exact text from UTF-8 with or without a BOM, and from UTF-16 with a BOM', () => {
    fc.assert(
      fc.property(text, (value) => {
        const encoded = new TextEncoder().encode(value);
        const withBom = [
          decodeBytes(concat(new Uint8Array([0xef, 0xbb, 0xbf]), encoded)),
          decodeBytes(concat(new Uint8Array([0xff, 0xfe]), utf16(value, true))),
          decodeBytes(concat(new Uint8Array([0xfe, 0xff]), utf16(value, false))),
        ];
        for (const result of withBom) expect(result).toMatchObject({ ok: true, text: value, hadBom: true });
        // Without a BOM a leading U+FEFF is taken for one, the one documented change.
        if (!value.startsWith('\ufeff')) expect(decodeBytes(encoded)).toMatchObject({ ok: true, text: value, encoding: 'utf-8', hadBom: false });
      }),
      { numRuns: 400 },
    );
  });

  it('recognises BOM-less UTF-16 of Latin text in either byte order', () => {
    const latin = fc
      .string({ unit: fc.constantFrom(...'abcXYZ äöüßé .,;:!?«»\n\t1234567890'.split('')), minLength: 2, maxLength: 80 })
      .filter((t) => /\S/.test(t));
    fc.assert(
      fc.property(latin, (value) => {
        expect(decodeBytes(utf16(value, true))).toMatchObject({ ok: true, text: value, encoding: 'utf-16le' });
        expect(decodeBytes(utf16(value, false))).toMatchObject({ ok: true, text: value, encoding: 'utf-16be' });
      }),
      { numRuns: 200 },
    );
  });

  it('reads bytes that are not UTF-8 as Windows-1252', () => {
    const cp1252: Record<string, number> = { '€': 0x80, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
    const char = fc.constantFrom(...'aZ .,\n\täöüÄÖÜßé«»°'.split(''), ...Object.keys(cp1252));
    fc.assert(
      fc.property(fc.string({ unit: char, minLength: 1, maxLength: 60 }).filter((t) => /\S/.test(t)), (value) => {
        const bytes = Uint8Array.from([...value].map((c) => cp1252[c] ?? c.charCodeAt(0)));
        const isUtf8 = (() => {
          try {
            new TextDecoder('utf-8', { fatal: true }).decode(bytes);
            return true;
          } catch {
            return false;
          }
        })();
        fc.pre(!isUtf8);
        expect(decodeBytes(bytes)).toMatchObject({ ok: true, text: value, encoding: 'windows-1252' });
      }),
      { numRuns: 300 },
    );
  });

  it('decodes a view into a larger buffer like a copy of its bytes, and honours maxBytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 120 }), fc.nat(20), fc.nat(20), fc.nat(150), (bytes, before, after, maxBytes) => {
        const buffer = new Uint8Array(before + bytes.length + after).fill(0x41);
        buffer.set(bytes, before);
        const view = buffer.subarray(before, before + bytes.length);
        expect(decodeBytes(view)).toEqual(decodeBytes(bytes.slice()));
        const limited = decodeBytes(view, { maxBytes });
        if (bytes.length > maxBytes) expect(limited).toEqual({ ok: false, error: 'too-large', size: bytes.length });
        else expect(limited).toEqual(decodeBytes(bytes.slice()));
      }),
      { numRuns: 300 },
    );
  });
});
