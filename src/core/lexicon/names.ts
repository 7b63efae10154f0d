// Tokens that are not dictionary words but not errors either: names, abbreviations, brands, URLs, handles, numbers.
import type { Token } from '../text/words.ts';

export interface Range {
  start: number;
  end: number;
}

// URLs, e-mail addresses, bare domains ("bbabo.Net", "example.org"), hashtags and @handles. Top-level domains are
// matched case-sensitively so that "etabliert.Es" stays a glued sentence, not a domain.
const TLD = '(?:com|net|org|de|at|ch|eu|uk|us|ru|cn|fr|es|it|nl|info|io|gov|edu|tv|co|biz|online|news|Com|Net|Org|De|Ru|Info)';
// ASCII classes instead of \p{L}: five times faster on long texts, and addresses are rarely non-ASCII.
const PROTECTED = new RegExp(
  [
    String.raw`\b(?:https?:\/\/|www\.)[^\s<>"„“”]+`,
    String.raw`(?<![\w.%+-])[\w.%+-]+@[\w.-]+\.[a-zA-Z]{2,}`,
    String.raw`(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.${TLD}(?![\w])(?:\/[^\s<>"„“”]*)?`,
    String.raw`[#@][\p{L}\p{N}_]+`,
  ].join('|'),
  'gu',
);

/** Ranges of `text` that hold URLs, e-mail addresses, domains, hashtags and handles, in order. */
export function findProtectedRanges(text: string): Range[] {
  const ranges: Range[] = [];
  // Most texts have no URL, address or handle; skip the scan then (it is a third of the cost of a long article).
  if (!/[.@#]\p{L}|:\/\//u.test(text)) return ranges;
  for (const match of text.matchAll(PROTECTED)) {
    ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

/** True when [start, end) overlaps one of the sorted `ranges`. */
export function overlapsRange(ranges: readonly Range[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo]!.start < end;
}

// Agencies and abbreviations written in lower case (German and English news).
const LOWER_ABBREVIATIONS = new Set(
  (
    'dpa afp ap sid epd kna rtr ddp dapd ots apa sda kyodo xinhua ' +
    'bzw usw etc inkl ca vgl ggf evtl zzgl bspw sog mio mrd tsd abs nr str tel ' +
    'km kg mg ml cm mm qm kw kwh mw gw ps eur usd chf min std sek mbit gbit ' +
    'vs ie eg approx'
  ).split(' '),
);

/** Acronyms and abbreviations: "NATO", "AFP", "NGOs", "GmbH", "AfD", "KfW", "dpa". */
export function isAbbreviation(word: string): boolean {
  if (LOWER_ABBREVIATIONS.has(word.toLowerCase()) && word.length <= 5) return true;
  const letters = word.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (upper === letters.length && letters.length >= 2) return true;
  // "NGOs", "SUVs": a plural s on an acronym.
  if (/^\p{Lu}{2,}s$/u.test(word)) return true;
  // "GmbH", "AfD", "BaFin", "KfW": mostly capitals in a short token.
  return upper >= 2 && letters.length <= 6 && /^\p{Lu}/u.test(word);
}

/** Brand names and other camel case with a capital after a small letter: "iPhone", "WikiLeaks", "McDonald". */
export function hasInnerCapital(word: string): boolean {
  return /\p{Ll}\p{Lu}/u.test(word);
}

/** True when the token holds a digit: numbers, numbers with units ("5km", "20er"), codes ("FFP2", "Covid-19"). */
export function hasDigit(word: string): boolean {
  return /\p{N}/u.test(word);
}

/** First letter upper case, the rest lower case: how names and German nouns are written. */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}[\p{Ll}\p{M}'’]*$/u.test(word);
}

/** How often each capitalised token occurs in the text, counted without a final genitive "s". */
export function countCapitalised(tokens: readonly Token[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) {
    if (!/^\p{Lu}/u.test(token.text)) continue;
    const key = nameKey(token.text);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The key under which `countCapitalised` counts a token: "Druzhinins" and "Druzhinin" count together. */
export function nameKey(word: string): string {
  return word.replace(/(?:['’]s|['’]|s)$/u, '');
}
