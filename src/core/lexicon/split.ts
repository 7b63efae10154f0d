// Splitting glued words: "Kanzlerwar" → "Kanzler war", "Truppenmit" → "Truppen mit".
import { functionWords, isFunctionWord, verbPrefixes, wordEndings } from './function-words.ts';

type IsWord = (word: string) => boolean;

export type Split = [left: string, right: string];

const MIN_CONTENT = 3;
// Function words that read as "d" + an adjective ending after a verb stem in -en: "reisen|der" is "reisend|er".
const PARTICIPLE_ENDINGS = new Set(['der', 'den', 'dem', 'des', 'de']);

/** The right half as it would be written on its own: function words and other lower-case words stay lower case. */
function rightForm(right: string, isWord: IsWord, lang: string): string | undefined {
  const lower = right.toLowerCase();
  if (isFunctionWord(lower, lang)) return lower;
  if (right !== lower && isWord(right)) return right;
  return isWord(lower) ? lower : undefined;
}

/**
 * Cheap splits only: `word` = word + function word ("Truppenmit") or, in lower case, function word + word
 * ("undzwar"); a few dictionary lookups, safe to run during analysis.
 */
export function findFunctionWordSplits(word: string, isWord: IsWord, lang: string, isNoun?: IsWord): Split[] {
  const splits: Split[] = [];
  const lower = word.toLowerCase();
  const capitalised = word !== lower;
  const prefixes = verbPrefixes(lang);
  const endings = wordEndings(lang);
  for (const fw of functionWords(lang)) {
    if (lower.length - fw.length < MIN_CONTENT) continue;
    if (lower.endsWith(fw) && !endings.has(fw)) {
      const left = word.slice(0, -fw.length);
      if (isGlueLeft(left, fw, capitalised, isWord, isNoun)) splits.push([left, fw]);
    }
    if (!capitalised && !prefixes.has(fw) && lower.startsWith(fw)) {
      const right = word.slice(fw.length);
      const form = rightForm(right, isWord, lang);
      if (form && !isFunctionWord(form, lang)) splits.push([word.slice(0, fw.length), form]);
    }
  }
  // "Truppenmit": prefer the longest known left part ("Truppen mit" over "Truppe nmit").
  return splits.sort((a, b) => b[0].length - a[0].length);
}

/** "reisen", "medienschaffen": the word, or a tail of it, plus "d" is a present participle ("schaffend"). */
export function isParticipleStem(left: string, isWord: IsWord): boolean {
  for (let i = 0; left.length - i >= 5; i++) if (isWord(`${left.slice(i)}d`)) return true;
  return false;
}

function isGlueLeft(left: string, fw: string, capitalised: boolean, isWord: IsWord, isNoun?: IsWord): boolean {
  // "Reisender", "Medienschaffender": a present participle with an adjective ending, not "Reisen der"; but
  // "Staatendie", "Volumendes" are glue.
  if (/en$/.test(left) && PARTICIPLE_ENDINGS.has(fw) && (!capitalised || isParticipleStem(left.toLowerCase(), isWord))) return false;
  if (!capitalised) return isWord(left);
  // Names end like short function words ("Hassan", "Salman", "Tristans", "Reinder"): a capitalised glue needs
  // a longer function word after a noun ("Truppenmit", "Kanzlerwar").
  if (fw.length < 3 || left.length < 4) return false;
  return (isNoun ?? isWord)(left);
}

/** Every split of `word` into two words, function-word splits first; costs up to two lookups per position. */
export function findSplits(word: string, isWord: IsWord, lang: string): Split[] {
  const scored: { split: Split; score: number }[] = [];
  for (let i = 1; i < word.length; i++) {
    const left = word.slice(0, i);
    const rest = word.slice(i);
    const leftIsFunction = isFunctionWord(left, lang);
    const rightIsFunction = isFunctionWord(rest, lang);
    if (!leftIsFunction && left.length < MIN_CONTENT) continue;
    if (!rightIsFunction && rest.length < MIN_CONTENT) continue;
    if (!/\p{L}$/u.test(left) || !/^\p{L}/u.test(rest)) continue;
    if (!isWord(left)) continue;
    const right = rightForm(rest, isWord, lang);
    if (!right) continue;
    // A glued function word is the typical MT merge; then the longer content word.
    const score = (rightIsFunction ? 2000 : leftIsFunction ? 1000 : 0) + Math.min(left.length, rest.length);
    scored.push({ split: [left, right], score });
  }
  return scored.sort((a, b) => b.score - a.score).map(({ split }) => split);
}
