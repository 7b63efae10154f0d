// Rule-based sentence boundaries inside one line of German or English prose: one pass over candidate punctuation,
// each judged by a few characters of context on either side, so the cost stays linear whatever the input.
import { TOP_LEVEL_DOMAINS, type AbbreviationKind, type LanguageLists } from './abbreviations.ts';
import {
  isCloser,
  isDigit,
  isLower,
  isOpener,
  isQuote,
  isSpace,
  isStrongTerminator,
  isTerminator,
  isUpper,
  isWordChar,
} from './chars.ts';

/** Receives [start, end) of a piece of the line; the caller trims it and drops it when blank. */
export type EmitPiece = (start: number, end: number) => void;

// Context look-ups stop after this many code units, so a pathological token costs a constant per candidate.
const MAX_WORD = 40;
const MAX_TOKEN = 200;
const MAX_PARTS = 4;

type Next = 'upper' | 'lower' | 'digit' | 'other';

/** Rule-based splitting of the lines of one text, line after line, in order. */
export class RuleSplitter {
  private readonly text: string;
  private readonly rules: LineRules;
  private readonly candidate: RegExp;
  private nextCandidate = -1;

  constructor(text: string, lists: LanguageLists) {
    this.text = text;
    this.rules = new LineRules(text, lists);
    // Every character that can end a sentence or a glued caption (isTerminator, ")" and "]"); the regex engine
    // skips the plain letters between them far faster than a loop over char codes.
    this.candidate = /[.!?\u2026\u203c\u2047-\u2049\uff01\uff1f\u3002)\]]/g;
  }

  /**
   * The first candidate at or after `from`. Queries never go backwards, so a candidate found beyond the current line
   * is kept for the next one, and the regex crosses each character once for the whole text.
   */
  private candidateFrom(from: number): number {
    if (this.nextCandidate >= from) return this.nextCandidate;
    this.candidate.lastIndex = from;
    const match = this.candidate.exec(this.text);
    this.nextCandidate = match ? match.index : this.text.length;
    return this.nextCandidate;
  }

  /** Split the line text[from, to) at sentence boundaries; `emit` gets consecutive pieces that cover it. */
  splitLine(from: number, to: number, emit: EmitPiece): void {
    const { text, rules } = this;
    rules.setLine(from, to);
    let start = from;
    let i = this.candidateFrom(from);
    while (i < to) {
      const c = text.charCodeAt(i);
      if (isTerminator(c)) {
        let t = i + 1;
        while (t < to && isTerminator(text.charCodeAt(t))) t++;
        let j = t;
        while (j < to && isCloser(text.charCodeAt(j))) j++;
        if (j < to && rules.endsAt(start, i, t, j)) {
          emit(start, j);
          start = j;
        }
        i = this.candidateFrom(j);
      } else {
        // A caption or credit glued to the next sentence: "(… Photo via AP)Moskau und Peking …";
        // but "(Gesundheits-)Ministerin" is one word.
        if (i + 1 < to && isUpper(text.charCodeAt(i + 1)) && !isHyphen(text.charCodeAt(i - 1))) {
          emit(start, i + 1);
          start = i + 1;
        }
        i = this.candidateFrom(i + 1);
      }
    }
    emit(start, to);
  }
}

/** - ‐ ‑ ‒ – — */
function isHyphen(c: number): boolean {
  return c === 45 || (c >= 0x2010 && c <= 0x2014);
}

class LineRules {
  private readonly text: string;
  private readonly lists: LanguageLists;
  private from = 0;
  private to = 0;

  constructor(text: string, lists: LanguageLists) {
    this.text = text;
    this.lists = lists;
  }

  /** Look-arounds stay inside the line text[from, to). */
  setLine(from: number, to: number): void {
    this.from = from;
    this.to = to;
  }

  private at(i: number): number {
    return this.text.charCodeAt(i);
  }

  /**
   * Whether a sentence ends after the cluster text[i, j): terminators text[i, t), then closing quotes and brackets.
   * `start` is where the current sentence began.
   */
  endsAt(start: number, i: number, t: number, j: number): boolean {
    if (!this.hasTextBefore(start, i)) return false;
    let isStrong = false;
    let dots = 0;
    let hasEllipsis = false;
    for (let k = i; k < t; k++) {
      const c = this.at(k);
      if (c === 46) dots++;
      else if (c === 0x2026) hasEllipsis = true;
      else if (isStrongTerminator(c)) isStrong = true;
    }
    const isEllipsis = !isStrong && (dots > 1 || hasEllipsis);
    if (!isSpace(this.at(j))) return this.endsGlued(i, j, isStrong, isEllipsis);

    let k = j;
    while (k < this.to && isSpace(this.at(k))) k++;
    if (k >= this.to) return false; // trailing blanks: the end of the line closes the sentence anyway
    const first = this.at(k);
    // ". , " or ". )" continue the sentence: the punctuation belongs to it.
    if (first === 44 || first === 59 || first === 58 || first === 41 || first === 93 || first === 125) return false;
    let w = k;
    while (w < this.to && w - k < 4 && isOpener(this.at(w))) w++;
    const next = this.classifyNext(w);
    if (next === 'lower') return false;
    // "AUGUSTA, Ga. -- Die Behörden …": a dateline belongs to the first sentence.
    if (isHyphen(first) && this.isDateline(start, i)) return false;

    if (isStrong) {
      if (next === 'upper' && this.lists.speechVerbs.size > 0 && this.hasQuote(t, j) && this.attributionFollows(w)) {
        return false;
      }
      return true;
    }
    if (isEllipsis) {
      const before = i > this.from ? this.at(i - 1) : 0;
      if (before === 91 || before === 40) return false; // "[…]" marks an omission inside a quotation
      if (next === 'upper') return this.lists.capitalStartsAfterEllipsis || this.isStarter(w);
      return next === 'other';
    }
    return this.endsAfterFullStop(i, w, next);
  }

  /** A single full stop followed by white space and `next` (not lowercase) at `w`. */
  private endsAfterFullStop(i: number, w: number, next: Next): boolean {
    const before = i > this.from ? this.at(i - 1) : 0;
    if (isDigit(before)) return this.endsAfterNumber(i, w, next);
    if (!isWordChar(before) || i === this.from) return true;

    const word = this.wordBefore(i);
    const beforeWord = this.charBefore(word.start);
    // "3D." and "COVID19." are words, not ordinals; "don't." and "Thunberg's." are words, not "t." or "s.".
    if (isDigit(beforeWord) || beforeWord === 39 || beforeWord === 0x2019) return true;
    const kind = this.abbreviationKind(i, word.start);
    if (kind !== undefined) {
      switch (kind) {
        case 'title':
          return false;
        case 'end':
          return next === 'upper' && this.isStarter(w);
        case 'list':
          return next !== 'digit';
        case 'number':
          if (next === 'digit') return false;
          break;
      }
    } else if (word.end - word.start === 1 && isLower(before)) {
      return false; // "z. B.", "d. h.", "S. 5 f.": a lone lowercase letter is part of an abbreviation
    } else if (word.end - word.start === 1 || this.isRomanNumeral(word.start, word.end)) {
      // Initials and regnal numbers: "J. R. R. Tolkien", "George W. Bush", "Ludwig XIV. König"; "Plan B. The …" ends.
      return next === 'upper' && this.isStarter(w);
    }
    return true;
  }

  /** A full stop right after a digit: an ordinal in German ("am 4. Februar", "im 19. Jahrhundert") or a number. */
  private endsAfterNumber(i: number, w: number, next: Next): boolean {
    let d = i - 1;
    while (d > this.from && i - d < 12 && isDigit(this.at(d - 1))) d--;
    const length = i - d;
    const before = this.charBefore(d);
    if (isWordChar(before) || before === 45 || before === 47) return true; // "COVID-19." "1/2." are words
    // "3.000." "2,5." "2:1." are quantities or scores, never ordinals.
    const isFormatted = (before === 46 || before === 44 || before === 58) && isDigit(this.charBefore(d - 1));
    if (!isFormatted && this.isLineStart(d)) return false; // list item or heading: "1. Einleitung", "2. Bundesliga: …"
    if (next === 'digit') return isFormatted || length > 2; // "am 4. 5. 2022" is a date
    if (next !== 'upper') return true;
    if (!this.lists.hasOrdinalDots || isFormatted) return true;
    const nextWord = this.lowerWordAt(w);
    if (this.lists.months.has(nextWord)) return false;
    if (this.lists.sentenceStarters.has(nextWord)) return true;
    if (length >= 4) return true; // a year: "seit 2015. Bundeskanzlerin …"
    return this.lists.cardinalContext.has(this.lowerWordBefore(d));
  }

  /** No white space after the cluster: "etabliert.Doch" splits, "bbabo.Net", "z.B.", "3.000", "a.b?c=d" do not. */
  private endsGlued(i: number, j: number, isStrong: boolean, isEllipsis: boolean): boolean {
    const c = this.at(j);
    if (!isUpper(c)) return false;
    const last = this.at(j - 1);
    if (last === 41 || last === 93) return true; // caption glued after its own full stop: "(… via AP.)Moskau"
    if (j + 1 >= this.to || !isLower(this.at(j + 1))) return false; // "U.S.A", "ASP.NET"
    if (this.tokenLooksLikeAddress(i, j)) return false;
    if (isStrong) return true;
    if (isEllipsis) return this.lists.capitalStartsAfterEllipsis || this.isStarter(j);
    const before = i > this.from ? this.at(i - 1) : 0;
    if (isDigit(before)) {
      let d = i - 1;
      while (d > this.from && i - d < 12 && isDigit(this.at(d - 1))) d--;
      return !this.isLineStart(d); // "1.Build a strong community" is a list item
    }
    if (!isWordChar(before)) return true;
    const word = this.wordBefore(i);
    if (word.end - word.start < 2 || this.charBefore(word.start) === 46) return false; // "z.B", "www.spiegel.De"
    if (this.abbreviationKind(i, word.start) !== undefined) return false; // "Dr.Müller"
    return !TOP_LEVEL_DOMAINS.has(this.lowerWordAt(j)); // "bbabo.Net"
  }

  private classifyNext(w: number): Next {
    if (w >= this.to) return 'other';
    const c = this.at(w);
    if (isDigit(c)) return 'digit';
    if (isUpper(c)) return 'upper';
    if (isLower(c)) return 'lower';
    return 'other';
  }

  /** Whether the sentence so far holds anything but white space before i: "… und dann" at line start ends nothing. */
  private hasTextBefore(start: number, i: number): boolean {
    let k = i - 1;
    while (k >= start && isSpace(this.at(k))) k--;
    return k >= start;
  }

  /** The sentence so far is a dateline: a capitalised place name ("WASHINGTON", "VIRGINIA BEACH, VA"). */
  private isDateline(start: number, i: number): boolean {
    if (i - start > MAX_WORD) return false;
    let letters = 0;
    for (let k = start; k < i; k++) {
      const c = this.at(k);
      if (c === 44) break;
      if (isLower(c)) return false;
      if (isUpper(c)) letters++;
    }
    return letters >= 2;
  }

  private isLineStart(d: number): boolean {
    let k = d - 1;
    while (k >= this.from && k > d - MAX_WORD && (isSpace(this.at(k)) || isOpener(this.at(k)))) k--;
    return k < this.from;
  }

  private charBefore(i: number): number {
    return i > this.from ? this.at(i - 1) : 0;
  }

  private hasQuote(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (isQuote(this.at(k))) return true;
    return false;
  }

  /** The letters (and marks) that end right before position i. */
  private wordBefore(i: number): { start: number; end: number } {
    let s = i;
    while (s > this.from && i - s < MAX_WORD && isWordChar(this.at(s - 1))) s--;
    return { start: s, end: i };
  }

  private lowerWordAt(w: number): string {
    let e = w;
    while (e < this.to && e - w < MAX_WORD && isWordChar(this.at(e))) e++;
    return this.text.slice(w, e).toLowerCase();
  }

  /** The word before the blanks before position d ("stieg auf 15." gives "auf"). */
  private lowerWordBefore(d: number): string {
    let k = d;
    while (k > this.from && d - k < MAX_WORD && isSpace(this.at(k - 1))) k--;
    const word = this.wordBefore(k);
    return this.text.slice(word.start, word.end).toLowerCase();
  }

  private isStarter(w: number): boolean {
    return this.lists.sentenceStarters.has(this.lowerWordAt(w));
  }

  /**
   * The kind of the abbreviation whose full stop is at i, trying the longest chain of short dotted parts first:
   * "v. Chr." and "z.B." are looked up as "v.chr" and "z.b", "Dr. A." falls back to "a" (an initial, not listed).
   */
  private abbreviationKind(i: number, wordStart: number): AbbreviationKind | undefined {
    const parts: string[] = [this.text.slice(wordStart, i)];
    let s = wordStart;
    while (parts.length < MAX_PARTS) {
      let e: number;
      if (this.charBefore(s) === 46) e = s - 1;
      else if (isSpace(this.charBefore(s)) && this.charBefore(s - 1) === 46 && parts[0]!.length <= 4) e = s - 2;
      else break;
      const word = this.wordBefore(e);
      if (word.start === e || word.end - word.start > 4 || isDigit(this.charBefore(word.start))) break;
      parts.unshift(this.text.slice(word.start, e));
      s = word.start;
    }
    const { abbreviations } = this.lists;
    for (let n = parts.length; n >= 1; n--) {
      const key = parts.slice(parts.length - n).join('.');
      if (n === 1 && key.length < 2) return undefined;
      const entry = abbreviations.get(key.toLowerCase());
      if (entry && (!entry.isCapitalized || isUpper(key.charCodeAt(0)))) return entry.kind;
    }
    const word = parts[parts.length - 1]!;
    for (const suffix of this.lists.abbreviationSuffixes) {
      if (word.length > suffix.length + 2 && word.endsWith(suffix)) return 'end';
    }
    return undefined;
  }

  private isRomanNumeral(start: number, end: number): boolean {
    if (end - start > 6) return false;
    for (let k = start; k < end; k++) {
      const c = this.at(k);
      // I V X L C D M
      if (c !== 73 && c !== 86 && c !== 88 && c !== 76 && c !== 67 && c !== 68 && c !== 77) return false;
    }
    return true;
  }

  /** '"Stop!" Smith shouted.' or '"Why?" Mr. Lee asked.': a speech verb within the next four words. */
  private attributionFollows(w: number): boolean {
    let k = w;
    for (let n = 0; n < 4 && k < this.to; n++) {
      const e0 = k;
      while (k < this.to && k - e0 < MAX_WORD && isWordChar(this.at(k))) k++;
      if (k === e0) return false;
      if (this.lists.speechVerbs.has(this.text.slice(e0, k).toLowerCase())) return true;
      if (k < this.to && this.at(k) === 46) k++;
      if (k >= this.to || !isSpace(this.at(k))) return false;
      while (k < this.to && isSpace(this.at(k))) k++;
    }
    return false;
  }

  /** URLs and e-mail addresses: the white-space-delimited token holds "@", "/" or "www". */
  private tokenLooksLikeAddress(i: number, j: number): boolean {
    let s = i;
    while (s > this.from && i - s < MAX_TOKEN && !isSpace(this.at(s - 1))) s--;
    let e = j;
    while (e < this.to && e - j < MAX_TOKEN && !isSpace(this.at(e))) e++;
    for (let k = s; k < e; k++) {
      const c = this.at(k);
      if (c === 64 || c === 47) return true;
      if ((c === 119 || c === 87) && k + 3 < e && this.text.slice(k, k + 4).toLowerCase() === 'www.') return true;
    }
    return false;
  }
}
