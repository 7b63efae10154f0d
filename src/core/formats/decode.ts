// Turns the bytes of an opened or piped file into exact text (encoding sniffing, BOM removal) or a reason to refuse it.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeError = 'empty' | 'binary' | 'too-large' | 'undecodable';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName; hadBom: boolean }
  | { ok: false; error: DecodeError; size: number };

export interface DecodeOptions {
  /** Refuse input longer than this many bytes, before any decoding work. */
  maxBytes?: number;
}

/** Bytes looked at to guess BOM-less UTF-16 from where its NUL bytes sit. */
const UTF16_SNIFF_BYTES = 4096;
/** Characters looked at for the control-character ratio; binary shows itself early. */
const CONTROL_SAMPLE_CHARS = 65536;
/** Random bytes read as Windows-1252 give ~13 % controls; real text gives almost none. */
const MAX_CONTROL_RATIO = 0.05;

// Headers of files people drop by mistake. Only signatures no article starts with: "MZ" or "RIFF"
// could begin a line of text, and those formats are caught by their NUL bytes anyway.
const MAGIC_NUMBERS: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x50, 0x4b, 0x03, 0x04], // ZIP, and so DOCX, ODT, EPUB, XLSX
  [0x50, 0x4b, 0x05, 0x06], // empty ZIP
  [0x50, 0x4b, 0x07, 0x08], // spanned ZIP
  [0x47, 0x49, 0x46, 0x38, 0x37, 0x61], // GIF87a
  [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], // GIF89a
  [0xff, 0xd8, 0xff], // JPEG
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE2: old .doc/.xls
  [0x7f, 0x45, 0x4c, 0x46], // ELF
];

// Node 20's own windows-1252 decoder returns C1 controls for 0x80–0x9F (nodejs/node#60888), so the
// CLI would disagree with the browser; this table is the WHATWG mapping, with the five unassigned
// bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) passed through as their C1 code points, as browsers do.
const WINDOWS_1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

/**
 * Decode a text file's bytes. Offsets elsewhere index into the returned text, so the only change
 * made to the content is removing a leading byte order mark. Never throws.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  // ArrayBuffer.isView, not instanceof: a Uint8Array from another realm (jsdom, a worker) fails instanceof.
  if (!ArrayBuffer.isView(bytes)) return { ok: false, error: 'undecodable', size: 0 };
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = view.byteLength;
  if (options.maxBytes !== undefined && size > options.maxBytes) return { ok: false, error: 'too-large', size };
  if (size === 0) return { ok: false, error: 'empty', size };
  try {
    return decodeView(view);
  } catch {
    // Only a missing or broken TextDecoder gets here; the contract is to report, not to throw.
    return { ok: false, error: 'undecodable', size };
  }
}

function decodeView(bytes: Uint8Array): DecodeResult {
  const size = bytes.byteLength;
  const refuse = (error: DecodeError): DecodeResult => ({ ok: false, error, size });

  // UTF-32 BOMs first: FF FE 00 00 would otherwise pass for UTF-16LE.
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return refuse('undecodable');
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    if (bytes.indexOf(0) !== -1) return refuse('binary');
    const text = decodeStrict('utf-8', bytes.subarray(3));
    return text === undefined ? refuse('undecodable') : finish(text, 'utf-8', true, size);
  }
  for (const [bom, encoding] of [
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ] as const) {
    if (!startsWith(bytes, bom)) continue;
    const text = decodeStrict(encoding, bytes.subarray(2));
    return text === undefined ? refuse('undecodable') : finish(text, encoding, true, size);
  }

  if (MAGIC_NUMBERS.some((magic) => startsWith(bytes, magic))) return refuse('binary');

  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const text = decodeStrict(utf16, bytes);
    return text === undefined ? refuse('binary') : finish(text, utf16, false, size);
  }
  if (bytes.indexOf(0) !== -1) return refuse('binary');

  const utf8 = decodeStrict('utf-8', bytes);
  if (utf8 !== undefined) return finish(utf8, 'utf-8', false, size);
  return finish(decodeWindows1252(bytes), 'windows-1252', false, size);
}

function finish(text: string, encoding: TextEncodingName, hadBom: boolean, size: number): DecodeResult {
  if (!/\S/.test(text)) return { ok: false, error: 'empty', size };
  if (controlRatio(text) > MAX_CONTROL_RATIO) return { ok: false, error: 'binary', size };
  return { ok: true, text, encoding, hadBom };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** The text, or undefined when the bytes are not valid in `encoding`. */
function decodeStrict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM: the caller already removed the one leading BOM; a second U+FEFF is content.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // fatal mode throws on malformed input; utf-8 and utf-16 are supported everywhere, so nothing else throws here.
    return undefined;
  }
}

/**
 * BOM-less UTF-16 of Latin-script text has a NUL in every other byte: the high byte of each
 * character below U+0100. Which half holds the NULs gives the byte order.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, UTF16_SNIFF_BYTES) & ~1;
  const pairs = length / 2;
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  if (oddZeros / pairs > 0.6 && evenZeros / pairs < 0.1) return 'utf-16le';
  if (evenZeros / pairs > 0.6 && oddZeros / pairs < 0.1) return 'utf-16be';
  return undefined;
}

function decodeWindows1252(bytes: Uint8Array): string {
  const chunkSize = 8192;
  const codes = new Uint16Array(chunkSize);
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += chunkSize) {
    const end = Math.min(start + chunkSize, bytes.length);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80]! : b;
    }
    // apply takes the typed array as is; spreading it first is twice as slow on a 50 MB file.
    const chunk = end - start === chunkSize ? codes : codes.subarray(0, end - start);
    parts.push(String.fromCharCode.apply(null, chunk as unknown as number[]));
  }
  return parts.join('');
}

/** Share of C0/C1 control characters (other than tab, line and page breaks) at the start of `text`. */
function controlRatio(text: string): number {
  const length = Math.min(text.length, CONTROL_SAMPLE_CHARS);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    const isC0 = c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d;
    if (isC0 || (c >= 0x7f && c <= 0x9f)) controls++;
  }
  return controls / length;
}
