// A Lexicon backed by hunspell-asm (WASM): one shared module, one hunspell instance per language, cached answers.
import type { Hunspell, HunspellFactory } from 'hunspell-asm';
import { isCompoundWord } from './compound.ts';
import { newsWords } from './news-words.ts';
import { findSplits } from './split.ts';
import type { Lexicon } from './lexicon.ts';
import { shareMemo } from './memo.ts';

// Compiling the WASM takes 40–100 ms; every language shares the one module.
let factoryPromise: Promise<HunspellFactory> | undefined;
let mounted = 0;

function loadFactory(): Promise<HunspellFactory> {
  factoryPromise ??= import('hunspell-asm').then(({ loadModule }) => loadModule());
  return factoryPromise;
}

// Languages whose compounds are written as one word and that hunspell's own compounding only partly covers.
const COMPOUNDING = new Set(['de']);

const APOSTROPHES = /[’‘`´]/g;
const ALL_UPPER = /^[\p{Lu}\p{M}'’-]+$/u;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** Wraps a hunspell instance into a Lexicon; exported for tests and for the worker, which mounts its own buffers. */
export function wrapHunspell(lang: string, hunspell: Hunspell): Lexicon {
  for (const word of newsWords(lang)) hunspell.addWord(word);

  const spelled = new Map<string, boolean>();
  const spell = (word: string): boolean => {
    let known = spelled.get(word);
    if (known === undefined) {
      known = hunspell.spell(word);
      spelled.set(word, known);
    }
    return known;
  };

  const words = new Map<string, boolean>();
  const compounding = COMPOUNDING.has(lang);

  const isWord = (raw: string): boolean => {
    const cached = words.get(raw);
    if (cached !== undefined) return cached;
    const known = judge(raw);
    words.set(raw, known);
    return known;
  };

  const judge = (raw: string): boolean => {
    // "Staats-" (hyphenated coordination) and "Klaus'" (genitive) are words without their trailing mark.
    const word = raw.replace(APOSTROPHES, "'").replace(/^['-]+|['-]+$/g, '');
    if (!word) return false;
    if (spell(word)) return true;
    if (ALL_UPPER.test(word) && word.length > 1 && (spell(capitalise(word)) || spell(word.toLowerCase()))) return true;
    // "geht's", "Kyjiw's": a clitic or possessive s on a word.
    const clitic = /^(.+)'s$/i.exec(word);
    if (clitic && isWord(clitic[1]!)) return true;
    if (word.includes('-')) {
      const parts = word.split('-').filter(Boolean);
      if (parts.length > 1 && parts.every((part) => /\p{N}/u.test(part) || isWord(part))) return true;
    }
    if (compounding && !word.includes('-') && !word.includes("'")) return isCompoundWord(word, spell, lang);
    return false;
  };

  const suggestions = new Map<string, string[]>();
  const suggest = (word: string): string[] => {
    const cached = suggestions.get(word);
    if (cached) return cached;
    const splits = findSplits(word, isWord, lang).map((split) => split.join(' '));
    const seen = new Set<string>();
    const result: string[] = [];
    for (const candidate of [...splits, ...hunspell.suggest(word)]) {
      if (candidate === word || seen.has(candidate)) continue;
      seen.add(candidate);
      result.push(candidate);
    }
    suggestions.set(word, result);
    return result;
  };

  const lexicon: Lexicon = { lang, isWord, spell, suggest };
  shareMemo(lexicon, 'hunspell.spell', spelled);
  shareMemo(lexicon, 'hunspell.words', words);
  return lexicon;
}

/** Builds a Lexicon from hunspell .aff and .dic data (dictionary-<lang> packages, or fetched files in the worker). */
export async function createHunspellLexicon(lang: string, aff: Uint8Array, dic: Uint8Array): Promise<Lexicon> {
  const factory = await loadFactory();
  const id = `${lang}-${mounted++}`;
  const affPath = factory.mountBuffer(aff, `${id}.aff`);
  const dicPath = factory.mountBuffer(dic, `${id}.dic`);
  const hunspell = factory.create(affPath, dicPath);
  // hunspell has read both files into its own memory; the virtual files are no longer needed.
  factory.unmount(affPath);
  factory.unmount(dicPath);
  return wrapHunspell(lang, hunspell);
}
