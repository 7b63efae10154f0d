// Loads the hunspell lexicon of a language from its dictionary-<lang> package; Node only (the worker fetches its own files).
import { createHunspellLexicon } from './hunspell.ts';
import type { Lexicon } from './lexicon.ts';

interface DictionaryModule {
  default: { aff: Uint8Array; dic: Uint8Array };
}

const loaded = new Map<string, Promise<Lexicon | undefined>>();
/** The lexicons loaded so far, by language. */
const ready = new Map<string, Lexicon>();

// The core compiles without Node types, so `process` is looked up on globalThis.
function isNode(): boolean {
  const proc = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return typeof proc?.versions?.node === 'string';
}

async function importLexicon(lang: string): Promise<Lexicon | undefined> {
  if (!isNode() || !/^[a-z]{2,3}$/.test(lang)) return undefined;
  let dictionary: DictionaryModule;
  try {
    // A computed specifier that Vite leaves alone: the browser build must not bundle a megabyte of dictionary.
    dictionary = (await import(/* @vite-ignore */ `dictionary-${lang}`)) as DictionaryModule;
  } catch {
    return undefined;
  }
  return createHunspellLexicon(lang, dictionary.default.aff, dictionary.default.dic);
}

/** The lexicon of `lang` (primary tag, e.g. "de"), loaded once; undefined when no dictionary is installed or not in Node. */
export function loadLexicon(lang: string): Promise<Lexicon | undefined> {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? lang;
  let lexicon = loaded.get(primary);
  if (!lexicon) {
    lexicon = importLexicon(primary).then((result) => {
      if (result) ready.set(primary, result);
      return result;
    });
    loaded.set(primary, lexicon);
  }
  return lexicon;
}

/** The lexicons loadLexicon has loaded so far, by primary language tag. */
export function loadedLexicons(): ReadonlyMap<string, Lexicon> {
  return ready;
}
