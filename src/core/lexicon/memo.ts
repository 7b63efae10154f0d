// Answers that depend only on a lexicon ("is this a word", "what is this unknown word"), kept for the lexicon's life.
// Most of the cost of checking a text goes into them, so a thread that starts with another one's answers starts warm:
// `revisor check --jobs` hands the main thread's to each worker it starts.
import type { Lexicon } from './lexicon.ts';

/** Every memo of one lexicon, by name: plain Maps, so a snapshot can be posted to another thread as it is. */
export type MemoSnapshot = Map<string, Map<string, unknown>>;

const memos = new WeakMap<Lexicon, MemoSnapshot>();

function memosOf(lexicon: Lexicon): MemoSnapshot {
  let own = memos.get(lexicon);
  if (!own) {
    own = new Map();
    memos.set(lexicon, own);
  }
  return own;
}

/** The memo `name` of `lexicon`, created empty on first use. */
export function memoOf<T>(lexicon: Lexicon, name: string): Map<string, T> {
  const own = memosOf(lexicon);
  let memo = own.get(name);
  if (!memo) {
    memo = new Map();
    own.set(name, memo);
  }
  return memo as Map<string, T>;
}

/** Registers a memo that its owner created before the lexicon existed (the hunspell wrapper's). */
export function shareMemo(lexicon: Lexicon, name: string, memo: Map<string, unknown>): void {
  memosOf(lexicon).set(name, memo);
}

/** The lexicon's memos as they are now (live Maps: post or copy them before changing the lexicon's answers). */
export function snapshotMemos(lexicon: Lexicon): MemoSnapshot {
  return memos.get(lexicon) ?? new Map<string, Map<string, unknown>>();
}

/** Adds a snapshot's answers to the lexicon's memos; answers it has already are kept. */
export function restoreMemos(lexicon: Lexicon, snapshot: MemoSnapshot): void {
  for (const [name, entries] of snapshot) {
    const memo = memoOf<unknown>(lexicon, name);
    for (const [key, value] of entries) if (!memo.has(key)) memo.set(key, value);
  }
}
