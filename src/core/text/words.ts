// Word tokens with offsets, shared by the checks: letters and digits, joined by inner hyphens and apostrophes.
export interface Token {
  start: number;
  end: number;
  text: string;
}

// "Staats-" keeps no trailing hyphen; "Covid-19", "don't", "Kyjiw’s" stay one token.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;

/** Word tokens of `text` between `from` and `to`, with offsets into `text`. */
export function findWords(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(WORD)) {
    const start = from + match.index;
    tokens.push({ start, end: start + match[0].length, text: match[0] });
  }
  return tokens;
}

/** True when the token has at least one letter (not a pure number). */
export function hasLetter(word: string): boolean {
  return /\p{L}/u.test(word);
}
