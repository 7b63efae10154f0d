// The dictionary interface the checks see; loading (hunspell in Node or in the worker) is injected from outside.
// Function-typed members (not methods): callers may pass them around unbound, e.g. `words.filter(lexicon.isWord)`.
export interface Lexicon {
  /** BCP 47 primary language tag, e.g. "de". */
  lang: string;
  /** True when `word` is a word of the language (as spelled, or in its sentence-initial/lower-case form). */
  isWord: (word: string) => boolean;
  /** Exact dictionary lookup without compound analysis or normalisation; cheaper than isWord for probing many variants. */
  spell?: (word: string) => boolean;
  /** Spelling suggestions; slow (tens of ms to seconds for hunspell): call on demand only. */
  suggest?: (word: string) => string[];
}

/** The lexicons available to an analysis, by language. */
export type Lexicons = Partial<Record<string, Lexicon>>;
