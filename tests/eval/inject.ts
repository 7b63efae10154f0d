// Defect injectors for the eval: pure functions that plant one known defect in clean text and say where it is.
import { findWords, type Token } from '../../src/core/text/words.ts';

export interface Injection {
  text: string;
  /** [start, end) of the defect in the new text. */
  span: [number, number];
  /**
   * For a defect made of two places (a sentence and its near copy): [start, end) of the other place, the original.
   * A flag there finds the defect only when it names the injected copy as its counterpart.
   */
  partner?: [number, number];
}

export type Random = () => number;

/** A small seeded generator (mulberry32), so every eval run injects the same defects. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], random: Random): T | undefined {
  return items.length ? items[Math.floor(random() * items.length)] : undefined;
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

const PLAIN_GAP = /^ $/;

/** Duplicate a 2–4-word phrase right after itself: "die Welt erschrecken die Welt erschrecken". */
export function injectRepeatedPhrase(text: string, random: Random): Injection | undefined {
  const words = findWords(text);
  const candidates: [Token, Token][] = [];
  for (let i = 0; i < words.length; i++) {
    const n = 2 + Math.floor(random() * 3);
    const last = words[i + n - 1];
    if (!last) break;
    const gaps = words.slice(i, i + n - 1).every((w, k) => PLAIN_GAP.test(text.slice(w.end, words[i + k + 1]!.start)));
    if (gaps && !/\d/.test(text.slice(words[i]!.start, last.end))) candidates.push([words[i]!, last]);
  }
  const chosen = pick(candidates, random);
  if (!chosen) return undefined;
  const [first, last] = chosen;
  const phrase = text.slice(first.start, last.end);
  return { text: splice(text, last.end, last.end, ` ${phrase}`), span: [first.start, last.end + 1 + phrase.length] };
}

/** Delete the space after a sentence-final period, a comma or a closing bracket: "etabliert.Doch". */
export function injectMissingSpace(text: string, random: Random): Injection | undefined {
  // Not after digits ("4. Februar", "3, 4") or one- and two-letter abbreviations ("z. B."): those may be written closed.
  const candidates = [...text.matchAll(/(?<=\p{L}{3})[.,)] (?=[\p{L}„(])/gu)].map((m) => m.index);
  const at = pick(candidates, random);
  if (at === undefined) return undefined;
  return { text: splice(text, at + 1, at + 2, ''), span: [at, at + 2] };
}

const FUNCTION_WORDS = new Set(
  'der die das den dem des ein eine einen einem einer und mit von zu im in auf für ist sich nicht bei nach aus'.split(' '),
);

/** Delete the space between a word and the German function word after it: "Truppenmit". */
export function injectGluedWord(text: string, random: Random): Injection | undefined {
  const words = findWords(text);
  const candidates: number[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [word, next] = [words[i]!, words[i + 1]!];
    if (/^\p{L}{3,}$/u.test(word.text) && FUNCTION_WORDS.has(next.text) && PLAIN_GAP.test(text.slice(word.end, next.start))) {
      candidates.push(i);
    }
  }
  const i = pick(candidates, random);
  if (i === undefined) return undefined;
  const [word, next] = [words[i]!, words[i + 1]!];
  return { text: splice(text, word.end, next.start, ''), span: [word.start, next.end - 1] };
}

/** Swap, drop or double a letter inside a word of six or more letters: "Rettungsleine" → "Rettunsgleine". */
export function injectGarbledWord(text: string, random: Random): Injection | undefined {
  const words = findWords(text).filter((w) => /^\p{Lu}?\p{Ll}{5,}$/u.test(w.text));
  const word = pick(words, random);
  if (!word) return undefined;
  const letters = [...word.text];
  const at = 1 + Math.floor(random() * (letters.length - 2));
  const operation = Math.floor(random() * 3);
  if (operation === 0 && letters[at] !== letters[at + 1]) {
    [letters[at], letters[at + 1]] = [letters[at + 1]!, letters[at]!];
  } else if (operation === 1) {
    letters.splice(at, 1);
  } else {
    letters.splice(at, 0, letters[at]!);
  }
  const garbled = letters.join('');
  if (garbled === word.text) return undefined;
  return { text: splice(text, word.start, word.end, garbled), span: [word.start, word.start + garbled.length] };
}

interface Line {
  start: number;
  end: number;
}

function linesOf(text: string): Line[] {
  return [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Repeat a line of the article elsewhere with one or two words changed: the near-duplicate teaser. */
export function injectNearDuplicate(text: string, random: Random): Injection | undefined {
  const lines = linesOf(text);
  const long = lines.filter((l) => findWords(text, l.start, l.end).length >= 8 && l.end - l.start < 400);
  const line = pick(long, random);
  if (!line || lines.length < 2) return undefined;
  let copy = text.slice(line.start, line.end);
  const edits = 1 + Math.floor(random() * 2);
  for (let k = 0; k < edits; k++) {
    const words = findWords(copy).filter((w) => w.text.length > 3);
    const word = pick(words, random);
    const replacement = pick(findWords(text).filter((w) => w.text.length > 3), random);
    if (!word || !replacement) return undefined;
    copy = splice(copy, word.start, word.end, replacement.text);
  }
  const others = lines.filter((l) => l !== line);
  const before = pick(others, random)!;
  const shift = before.start < line.start ? copy.length + 1 : 0;
  return {
    text: splice(text, before.start, before.start, `${copy}\n`),
    span: [before.start, before.start + copy.length],
    partner: [line.start + shift, line.end + shift],
  };
}

/** Append an English sentence to a line of the article: an untranslated sentence. */
export function injectUntranslated(text: string, random: Random, english: string): Injection | undefined {
  const line = pick(linesOf(text), random);
  if (!line) return undefined;
  return {
    text: splice(text, line.end, line.end, ` ${english}`),
    span: [line.end + 1, line.end + 1 + english.length],
  };
}

export const BOILERPLATE_LINES = ['Read more', 'bbabo.Net', 'Teilen Sie diesen Artikel'] as const;

/** Add a line of site furniture ("Read more", a domain, a share prompt) after a random line. */
export function injectBoilerplate(text: string, random: Random): Injection | undefined {
  const line = pick(linesOf(text), random);
  const furniture = pick(BOILERPLATE_LINES, random);
  if (!line || !furniture) return undefined;
  return {
    text: splice(text, line.end, line.end, `\n${furniture}`),
    span: [line.end + 1, line.end + 1 + furniture.length],
  };
}
