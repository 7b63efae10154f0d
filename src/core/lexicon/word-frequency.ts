// Word frequency ranks and name lists: the dictionary says whether a word exists, these say whether it is common.
import { GERMAN_NAMES, GERMAN_WORDS } from './data/german-words.ts';

interface FrequencyData {
  ranks: Map<string, number>;
  names: ReadonlySet<string>;
}

const SOURCES: Partial<Record<string, { words: string; names: string }>> = {
  de: { words: GERMAN_WORDS, names: GERMAN_NAMES },
};

const built = new Map<string, FrequencyData | undefined>();

// Built on first use: splitting the lists costs ~15 ms, which a language that is never analysed should not pay.
function data(lang: string): FrequencyData | undefined {
  if (built.has(lang)) return built.get(lang);
  const source = SOURCES[lang];
  let result: FrequencyData | undefined;
  if (source) {
    const ranks = new Map<string, number>();
    const words = source.words.split(' ');
    for (let i = 0; i < words.length; i++) ranks.set(words[i]!, i + 1);
    result = { ranks, names: new Set(source.names.split(' ')) };
  }
  built.set(lang, result);
  return result;
}

/** True when frequency data exists for `lang`. */
export function hasFrequencies(lang: string): boolean {
  return data(lang) !== undefined;
}

/** The frequency rank of `word` (1 = most frequent, any case), or undefined when it is not among the listed words. */
export function wordRank(word: string, lang: string): number | undefined {
  const ranks = data(lang)?.ranks;
  if (!ranks) return undefined;
  // Most probes are lower case already; toLowerCase on every one is a measurable cost in slip searches.
  return ranks.get(word) ?? ranks.get(word.toLowerCase());
}

/** The rank of `word` written in lower case already: one map lookup, for probing many candidates. */
export function lowerWordRank(word: string, lang: string): number | undefined {
  return data(lang)?.ranks.get(word);
}

/** True when `word` is a listed word or name of `lang` (any case). */
export function isListedWord(word: string, lang: string): boolean {
  const d = data(lang);
  if (!d) return false;
  const lower = word.toLowerCase();
  return d.ranks.has(lower) || d.names.has(lower);
}

/** True when `word` is a listed name of `lang` (any case): "Morales", "Gabriele". */
export function isListedName(word: string, lang: string): boolean {
  return data(lang)?.names.has(word.toLowerCase()) ?? false;
}
