// Tests for decodeBytes: encodings the reviewer's files arrive in, and the inputs that must be refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, type DecodeResult } from '../../src/core/index.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const BOM_UTF8 = [0xef, 0xbb, 0xbf];

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 * i + (order === 'le' ? 0 : 1)] = unit & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = unit >> 8;
  }
  return out;
}

/** Deterministic noise, so a failing case can be replayed. */
function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const ARTICLE = 'Peking hat sich „geweigert“ – 5 € für Grüße.\r\nZweite Zeile…\n';

describe('decodeBytes', () => {
  it.each<{ name: string; input: Uint8Array; expected: DecodeResult }>([
    {
      name: 'UTF-8 without BOM',
      input: utf8(ARTICLE),
      expected: { ok: true, text: ARTICLE, encoding: 'utf-8', hadBom: false },
    },
    {
      name: 'UTF-8 with BOM (removed)',
      input: bytes(BOM_UTF8, utf8(ARTICLE)),
      expected: { ok: true, text: ARTICLE, encoding: 'utf-8', hadBom: true },
    },
    {
      name: 'UTF-8 with a second BOM kept as content',
      input: bytes(BOM_UTF8, BOM_UTF8, utf8('Text')),
      expected: { ok: true, text: '\uFEFFText', encoding: 'utf-8', hadBom: true },
    },
    {
      name: 'UTF-16LE with BOM',
      input: bytes([0xff, 0xfe], utf16(`${ARTICLE}😀`, 'le')),
      expected: { ok: true, text: `${ARTICLE}😀`, encoding: 'utf-16le', hadBom: true },
    },
    {
      name: 'UTF-16BE with BOM',
      input: bytes([0xfe, 0xff], utf16(ARTICLE, 'be')),
      expected: { ok: true, text: ARTICLE, encoding: 'utf-16be', hadBom: true },
    },
    {
      name: 'UTF-16LE without BOM, told by its NUL bytes',
      input: utf16(ARTICLE, 'le'),
      expected: { ok: true, text: ARTICLE, encoding: 'utf-16le', hadBom: false },
    },
    {
      name: 'UTF-16BE without BOM, told by its NUL bytes',
      input: utf16(ARTICLE, 'be'),
      expected: { ok: true, text: ARTICLE, encoding: 'utf-16be', hadBom: false },
    },
    {
      name: 'Windows-1252 when the bytes are not UTF-8',
      // "Gr\xFC\xDFe \x84Text\x93 5 \x80\x85"
      input: bytes(utf8('Gr'), [0xfc, 0xdf], utf8('e '), [0x84], utf8('Text'), [0x93], utf8(' 5 '), [0x80, 0x85]),
      expected: { ok: true, text: 'Grüße „Text“ 5 €…', encoding: 'windows-1252', hadBom: false },
    },
    {
      name: 'text that starts like a Windows executable header ("MZ")',
      input: utf8('MZ-Ausgabe vom Montag'),
      expected: { ok: true, text: 'MZ-Ausgabe vom Montag', encoding: 'utf-8', hadBom: false },
    },
    {
      name: 'text with a form feed and a tab',
      input: utf8('Seite 1\fSeite 2\tEnde'),
      expected: { ok: true, text: 'Seite 1\fSeite 2\tEnde', encoding: 'utf-8', hadBom: false },
    },
  ])('decodes $name exactly', ({ input, expected }) => {
    expect(decodeBytes(input)).toEqual(expected);
  });

  it.each<{ name: string; input: Uint8Array; error: string }>([
    { name: 'no bytes', input: new Uint8Array(0), error: 'empty' },
    { name: 'only whitespace', input: utf8(' \n\t\r\n  '), error: 'empty' },
    { name: 'only a BOM and a line break', input: bytes(BOM_UTF8, [0x0a]), error: 'empty' },
    { name: 'a PNG image', input: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], noise(64, 1)), error: 'binary' },
    { name: 'a PDF', input: utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >>\nendobj\n'), error: 'binary' },
    { name: 'a ZIP (docx)', input: bytes([0x50, 0x4b, 0x03, 0x04], utf8('word/document.xml')), error: 'binary' },
    { name: 'UTF-8 text with a NUL byte', input: bytes(utf8('Hallo'), [0], utf8(' Welt, wie geht es dir heute?')), error: 'binary' },
    { name: 'random bytes', input: noise(4096, 7), error: 'binary' },
    { name: 'random bytes without NULs', input: noise(4096, 11).map((b) => b || 1), error: 'binary' },
    { name: 'control characters in ASCII', input: utf8('a\x01b\x02c\x03d\x1be\x7ff'), error: 'binary' },
    { name: 'UTF-16LE with a lone surrogate', input: bytes([0xff, 0xfe], utf16('ab\uD800c', 'le')), error: 'undecodable' },
    { name: 'UTF-16 with an odd byte count', input: bytes([0xfe, 0xff], utf16('abc', 'be'), [0x41]), error: 'undecodable' },
    { name: 'UTF-32LE', input: bytes([0xff, 0xfe, 0, 0], [0x41, 0, 0, 0]), error: 'undecodable' },
    { name: 'UTF-8 BOM then invalid UTF-8', input: bytes(BOM_UTF8, utf8('Gr'), [0xfc], utf8('ße')), error: 'undecodable' },
  ])('refuses $name as $error', ({ input, error }) => {
    expect(decodeBytes(input)).toEqual({ ok: false, error, size: input.byteLength });
  });

  it('maps every byte 0x80–0x9F like a correct Windows-1252 decoder (byte 0x80 is €, 0x84 „, 0x93 “)', () => {
    // Node's one-shot decode is wrong here (nodejs/node#60888); its streaming path goes through ICU and is right.
    const oracle = new TextDecoder('windows-1252');
    for (let b = 0x80; b <= 0x9f; b++) {
      const input = bytes(utf8('Der Preis '), [b], utf8(' gilt ab heute f'), [0xfc], utf8('r alle Kunden.'));
      const expected = oracle.decode(input, { stream: true }) + oracle.decode();
      expect(decodeBytes(input), `byte 0x${b.toString(16)}`).toMatchObject({ ok: true, text: expected });
    }
    expect(decodeBytes(bytes([0x80, 0x84, 0x93, 0xe4]))).toMatchObject({ text: '€„“ä' });
  });

  it('refuses input over maxBytes before decoding it, and accepts input of exactly maxBytes', () => {
    const input = utf8('0123456789');
    expect(decodeBytes(input, { maxBytes: 9 })).toEqual({ ok: false, error: 'too-large', size: 10 });
    expect(decodeBytes(input, { maxBytes: 10 })).toMatchObject({ ok: true, text: '0123456789' });
    // Binary content over the limit is reported as too large: the size is checked first.
    expect(decodeBytes(noise(100, 3), { maxBytes: 50 })).toMatchObject({ error: 'too-large', size: 100 });
  });

  it('decodes only the window of a view into a larger buffer', () => {
    const buffer = utf8('xxxHalloyyy');
    expect(decodeBytes(buffer.subarray(3, 8))).toMatchObject({ ok: true, text: 'Hallo' });
  });

  it('reports instead of throwing when given something that is not a byte array', () => {
    expect(decodeBytes('Hallo' as unknown as Uint8Array)).toEqual({ ok: false, error: 'undecodable', size: 0 });
    expect(decodeBytes(null as unknown as Uint8Array)).toMatchObject({ ok: false });
  });

  it('round-trips any text with content through UTF-8 and UTF-16 with BOM', () => {
    // Text made of controls is refused as binary by design, and a leading U+FEFF in UTF-8 is read as a BOM.
    const hasNoControls = (s: string) => ![...s].some((c) => /\p{Cc}/u.test(c) && !'\t\n\v\f\r'.includes(c));
    const text = fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => /\S/.test(s) && hasNoControls(s) && !s.startsWith('\uFEFF'));
    fc.assert(
      fc.property(text, (s) => {
        expect(decodeBytes(utf8(s))).toEqual({ ok: true, text: s, encoding: 'utf-8', hadBom: false });
        expect(decodeBytes(bytes([0xff, 0xfe], utf16(s, 'le')))).toMatchObject({ ok: true, text: s });
        expect(decodeBytes(bytes([0xfe, 0xff], utf16(s, 'be')))).toMatchObject({ ok: true, text: s });
      }),
    );
  });
});
