// Character classes for the segmenter, by UTF-16 code unit, so the scan never builds strings or runs regexes per character.

/** JavaScript's `\s` plus NEL (U+0085), which Unicode counts as white space and the document model as a line break. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** . ! ? … ‼ ⁇ ⁈ ⁉ ！ ？ 。 */
export function isTerminator(c: number): boolean {
  return (
    c === 46 ||
    c === 33 ||
    c === 63 ||
    c === 0x2026 ||
    c === 0x203c ||
    (c >= 0x2047 && c <= 0x2049) ||
    c === 0xff01 ||
    c === 0xff1f ||
    c === 0x3002
  );
}

/** A terminator that ends a sentence whatever precedes it: not the full stop, not the ellipsis. */
export function isStrongTerminator(c: number): boolean {
  return c !== 46 && c !== 0x2026 && isTerminator(c);
}

/** Straight and curly quotes of either direction, guillemets. */
export function isQuote(c: number): boolean {
  return (
    c === 34 ||
    c === 39 ||
    c === 0xab ||
    c === 0xbb ||
    (c >= 0x2018 && c <= 0x201f) ||
    c === 0x2039 ||
    c === 0x203a
  );
}

/** What may close a sentence after its terminator: brackets and any quote except the low openers „ and ‚. */
export function isCloser(c: number): boolean {
  return c === 41 || c === 93 || c === 125 || (isQuote(c) && c !== 0x201e && c !== 0x201a);
}

/** What may open a sentence before its first word: brackets, quotes, inverted marks. */
export function isOpener(c: number): boolean {
  return c === 40 || c === 91 || c === 123 || c === 0xbf || c === 0xa1 || isQuote(c);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const UNKNOWN = 0;
const UPPER = 1;
const LOWER = 2;
const OTHER_LETTER = 3;
const MARK = 4;
const NOT_LETTER = 5;
// Filled lazily: one regex test per distinct non-ASCII code unit, then table look-ups.
const classes = new Uint8Array(65536);

function classify(c: number): number {
  if (c < 128) {
    if (c >= 65 && c <= 90) return UPPER;
    if (c >= 97 && c <= 122) return LOWER;
    return NOT_LETTER;
  }
  let k = classes[c]!;
  if (k === UNKNOWN) {
    const ch = String.fromCharCode(c);
    if (/[\p{Lu}\p{Lt}]/u.test(ch)) k = UPPER;
    else if (/\p{Ll}/u.test(ch)) k = LOWER;
    else if (/\p{L}/u.test(ch)) k = OTHER_LETTER;
    else if (/\p{M}/u.test(ch)) k = MARK;
    else k = NOT_LETTER;
    classes[c] = k;
  }
  return k;
}

export function isUpper(c: number): boolean {
  return classify(c) === UPPER;
}

export function isLower(c: number): boolean {
  return classify(c) === LOWER;
}

/** Letters and combining marks: the characters of a word ("José" with a combining accent stays one word). */
export function isWordChar(c: number): boolean {
  const k = classify(c);
  return k !== NOT_LETTER;
}
