// Words one typing slip away from a token (a letter doubled, swapped, dropped or added): cheap signs of a garbled word.

type Known = (word: string) => boolean;

// Letters most often lost in a garbled word; trying all 30 would cost ~30 lookups per position.
const COMMON_LETTERS = 'enirstahudlcgmoäöü';

export interface EditOptions {
  /** Also try inserting a letter (recovers a dropped one); about 15 lookups per position. */
  insertions?: boolean;
  /** Stop after this many words; default 3. */
  limit?: number;
}

/** Known words one edit away from `word`, most likely slip first: extra letter, swapped pair, dropped letter. */
export function findOneEditWords(word: string, isKnown: Known, options: EditOptions = {}): string[] {
  const limit = options.limit ?? 3;
  const found: string[] = [];
  const tried = new Set<string>([word]);
  const test = (candidate: string): boolean => {
    if (tried.has(candidate)) return false;
    tried.add(candidate);
    if (isKnown(candidate)) found.push(candidate);
    return found.length >= limit;
  };
  const capitalised = /^\p{Lu}/u.test(word);
  // An edit at the first letter would change the case pattern; keep it out for capitalised words.
  const from = capitalised ? 1 : 0;
  for (let i = from; i < word.length; i++) {
    if (test(word.slice(0, i) + word.slice(i + 1))) return found;
  }
  for (let i = from; i < word.length - 1; i++) {
    if (test(word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2))) return found;
  }
  if (options.insertions) {
    for (let i = Math.max(from, 1); i <= word.length; i++) {
      const letters = new Set(COMMON_LETTERS + (word[i - 1] ?? '').toLowerCase());
      for (const letter of letters) {
        if (test(word.slice(0, i) + letter + word.slice(i))) return found;
      }
    }
  }
  return found;
}

export interface Edit {
  /** The edited word. */
  word: string;
  /** Length of the prefix the edit left unchanged. */
  at: number;
}

const ALPHABET: Record<string, string> = {
  de: 'abcdefghijklmnopqrstuvwxyzäöüß',
};

/**
 * Every word one slip away from `word` (extra letter, swapped pair, dropped letter), most likely slip first;
 * for lists that are cheap to probe (a Set), unlike hunspell. `from` keeps the first letters unchanged (a capital).
 */
export function oneEditCandidates(word: string, lang: string, from = /^\p{Lu}/u.test(word) ? 1 : 0): Edit[] {
  const edits: Edit[] = [];
  for (let i = from; i < word.length; i++) edits.push({ word: word.slice(0, i) + word.slice(i + 1), at: i });
  for (let i = from; i < word.length - 1; i++) {
    if (word[i] !== word[i + 1]) edits.push({ word: word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2), at: i });
  }
  const letters = ALPHABET[lang] ?? COMMON_LETTERS;
  for (let i = Math.max(from, 1); i <= word.length; i++) {
    for (const letter of letters) edits.push({ word: word.slice(0, i) + letter + word.slice(i), at: i });
  }
  return edits;
}
