// Word tokens with offsets, shared by the checks: letters and digits, joined by inner hyphens and apostrophes.
export interface Token {
  start: number;
  end: number;
  text: string;
}

// The tokens are those of /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu: "Staats-" keeps no trailing hyphen;
// "Covid-19", "don't", "Kyjiw’s" stay one token. A scanner over char codes finds them without match objects or
// copies of the text, because every analysis tokenises whole articles.
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER = /\p{L}/u;

// Per BMP code unit: 0 not yet classified, 1 word character, 2 other. Filled on first sight of each character.
const classes = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  classes[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
}

function isWordUnit(code: number): boolean {
  let kind = classes[code]!;
  if (kind === 0) {
    // Surrogates alone are no word characters; pairs are classified by code point in wordCharLength.
    kind = code >= 0xd800 && code <= 0xdfff ? 2 : WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    classes[code] = kind;
  }
  return kind === 1;
}

/** Length in code units (1 or 2) of the word character at `i`, or 0 when there is none before `to`. */
function wordCharLength(text: string, i: number, to: number): number {
  if (i >= to) return 0;
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return isWordUnit(code) ? 1 : 0;
  if (i + 1 >= to) return 0;
  const low = text.charCodeAt(i + 1);
  if (low < 0xdc00 || low > 0xdfff) return 0;
  return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
}

// ' ’ - ‐
const isJoiner = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2010;

/** End of the token that starts at `start` (a word character) when the text ends at `end`. */
function tokenEnd(text: string, start: number, end: number): number {
  let i = start;
  let n = wordCharLength(text, i, end);
  for (;;) {
    while (n > 0) {
      i += n;
      n = wordCharLength(text, i, end);
    }
    if (i < end && isJoiner(text.charCodeAt(i))) {
      n = wordCharLength(text, i + 1, end);
      if (n > 0) {
        i++;
        continue;
      }
    }
    return i;
  }
}

/** Where the first token at or after `i` starts; `end` when there is none before it. */
function tokenStart(text: string, i: number, end: number): number {
  while (i < end && wordCharLength(text, i, end) === 0) i++;
  return i;
}

/** Word tokens of `text` between `from` and `to`, with offsets into `text`. */
export function findWords(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const end = Math.min(to, text.length);
  for (let start = tokenStart(text, Math.max(0, from), end); start < end; ) {
    const stop = tokenEnd(text, start, end);
    tokens.push({ start, end: stop, text: text.slice(start, stop) });
    start = tokenStart(text, stop, end);
  }
  return tokens;
}

/** True when the token has at least one letter (not a pure number). */
export function hasLetter(word: string): boolean {
  return hasLetterBetween(word, 0, word.length);
}

/** True when text[from, to) has at least one letter; `hasLetter` without cutting the word out of the text. */
export function hasLetterBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
    if (code >= 128) return LETTER.test(text.slice(from, to));
  }
  return false;
}

/** Token indexes [first, end) into `WordIndex.tokens`. */
export interface TokenRange {
  first: number;
  end: number;
}

/** The word tokens of one text, found once and looked up by range: what every check of one analysis shares. */
export interface WordIndex {
  /** All tokens of the text, in order; built on first use (the offsets below are cheaper when they suffice). */
  readonly tokens: readonly Token[];
  /** Start and end offset of token k; the same tokens as `tokens`, without an object per token. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** The tokens of [from, to): the same as `findWords(text, from, to)`. */
  between(from: number, to: number): Token[];
  /**
   * Where the tokens of [from, to) sit in `tokens`, or undefined when a boundary of the range cuts a token of the
   * whole text (then the range has tokens of its own: use `between`).
   */
  range(from: number, to: number): TokenRange | undefined;
  /** Per token, the id of its lower-case form: tokens with equal ids are the same word ignoring case. */
  readonly lowerIds: Int32Array;
  /** The id of a lower-case word; a word the text does not have gets a new id. */
  idOf(lowerCaseWord: string): number;
  /** The lower-case word of an id. */
  wordOf(id: number): string;
}

// Offsets in typed arrays rather than an object per token: a megabyte of text has 150,000 tokens, and objects
// that live through the analysis cost the garbage collector more than the checks cost themselves.
class LazyWordIndex implements WordIndex {
  #text: string;
  #starts: Int32Array | undefined;
  #ends: Int32Array | undefined;
  #tokens: Token[] | undefined;
  #lowerIds: Int32Array | undefined;
  #ids = new Map<string, number>();
  #words: string[] = [];

  constructor(text: string) {
    this.#text = text;
  }

  #scan(): void {
    const text = this.#text;
    const length = text.length;
    // Tokens are separated by at least one character, so there are at most this many.
    const starts = new Int32Array((length >> 1) + 1);
    const ends = new Int32Array((length >> 1) + 1);
    let count = 0;
    for (let start = tokenStart(text, 0, length); start < length; ) {
      const stop = tokenEnd(text, start, length);
      starts[count] = start;
      ends[count++] = stop;
      start = tokenStart(text, stop, length);
    }
    this.#starts = starts.slice(0, count);
    this.#ends = ends.slice(0, count);
  }

  get starts(): Int32Array {
    if (!this.#starts) this.#scan();
    return this.#starts!;
  }

  get ends(): Int32Array {
    if (!this.#ends) this.#scan();
    return this.#ends!;
  }

  get tokens(): Token[] {
    this.#tokens ??= this.#materialise(0, this.starts.length);
    return this.#tokens;
  }

  #materialise(first: number, end: number): Token[] {
    const starts = this.starts;
    const ends = this.ends;
    const tokens: Token[] = [];
    for (let k = first; k < end; k++) tokens.push({ start: starts[k]!, end: ends[k]!, text: this.#text.slice(starts[k], ends[k]) });
    return tokens;
  }

  get lowerIds(): Int32Array {
    if (!this.#lowerIds) {
      const starts = this.starts;
      const ends = this.ends;
      const ids = new Int32Array(starts.length);
      // Looked up by the token as written first: an article has thousands of "die" and only a few spellings of it.
      const byText = new Map<string, number>();
      for (let k = 0; k < starts.length; k++) {
        const text = this.#text.slice(starts[k], ends[k]);
        let id = byText.get(text);
        if (id === undefined) byText.set(text, (id = this.idOf(text.toLowerCase())));
        ids[k] = id;
      }
      this.#lowerIds = ids;
    }
    return this.#lowerIds;
  }

  idOf(lowerCaseWord: string): number {
    let id = this.#ids.get(lowerCaseWord);
    if (id === undefined) {
      id = this.#words.length;
      this.#ids.set(lowerCaseWord, id);
      this.#words.push(lowerCaseWord);
    }
    return id;
  }

  wordOf(id: number): string {
    return this.#words[id]!;
  }

  range(from: number, to: number): TokenRange | undefined {
    const starts = this.starts;
    const ends = this.ends;
    // Binary search for the first token starting at or after `from`.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < starts.length && ends[end]! <= to) end++;
    // A token of the whole text that a range boundary cuts is not a token of the range.
    if (lo > 0 && ends[lo - 1]! > from) return undefined;
    if (end < starts.length && starts[end]! < to) return undefined;
    return { first: lo, end };
  }

  between(from: number, to: number): Token[] {
    const range = this.range(from, to);
    if (!range) return findWords(this.#text, from, to);
    return this.#tokens ? this.#tokens.slice(range.first, range.end) : this.#materialise(range.first, range.end);
  }
}

/** A word index of `text` that tokenises on first use, so analyses whose checks need no words pay nothing. */
export function createWordIndex(text: string): WordIndex {
  return new LazyWordIndex(text);
}

/**
 * Number of word tokens with at least one letter: the word count MQM scores are normalised by, the same in the app,
 * the CLI and the analyzer. `index` is a word index of `text` when the caller already has one.
 */
export function countWords(text: string, index?: WordIndex): number {
  let words = 0;
  if (index) {
    const { starts, ends } = index;
    for (let k = 0; k < starts.length; k++) if (hasLetterBetween(text, starts[k]!, ends[k]!)) words++;
    return words;
  }
  // Without an index, the same tokens are walked without keeping their offsets: opening a 1.5 MB article counted
  // its words through two 3 MB offset arrays.
  const length = text.length;
  for (let start = tokenStart(text, 0, length); start < length; ) {
    const stop = tokenEnd(text, start, length);
    if (hasLetterBetween(text, start, stop)) words++;
    start = tokenStart(text, stop, length);
  }
  return words;
}
