// Re-checks one edited sentence of an analysed article: its own checks on its text, and the article-level checks against the other sentences only.
import type { Lexicons } from '../lexicon/lexicon.ts';
import { findWords } from '../text/words.ts';
import { createCheckContext } from './analyzer.ts';
import type { CheckDefinition, Flag } from './define-check.ts';
import { checks as registeredChecks } from './index.ts';
import {
  MAX_PAIR_FREQUENCY,
  MIN_BIGRAM_SIMILARITY,
  MIN_WORD_SIMILARITY,
  MIN_WORDS,
  nearDuplicateSentence,
} from './near-duplicate-sentence.ts';
import { runChecks } from './run-checks.ts';

/** Checks that compare sentences with each other; a sentence alone never triggers them. */
export const ARTICLE_LEVEL_CHECKS: readonly string[] = [nearDuplicateSentence.meta.id];

/** An article-level flag that the edited sentence causes on another sentence; offsets into that sentence's text. */
export interface RelatedFlag {
  sentence: number;
  flag: Flag;
}

export interface RecheckResult {
  /** The edited sentence. */
  sentence: number;
  /** Flags of the edited sentence, offsets into its text: its own checks, then the article-level ones that involve it. */
  flags: Flag[];
  /**
   * Flags the full analysis would put on other sentences because of the edited one (the earlier copy of a
   * near-duplicate pair). Their flags of `articleChecks` that name the edited sentence are out of date.
   */
  related: RelatedFlag[];
  /** Ids of the article-level checks that were recomputed; empty when only the sentence's own checks ran. */
  articleChecks: string[];
}

export interface RecheckInput {
  /** The current text of every sentence of the article: original or edited. */
  texts: readonly string[];
  lang: string;
  /** Index of the edited sentence. */
  sentence: number;
  lexicons?: Lexicons;
}

const SENTENCE_LEVEL_CHECKS: readonly CheckDefinition[] = registeredChecks.filter(
  (check) => !ARTICLE_LEVEL_CHECKS.includes(check.meta.id),
);

/** The sentence-level checks on one sentence's text alone, as a full analysis of that text reports them. */
export function checkSentenceText(text: string, lang: string, lexicons: Lexicons = {}): Flag[] {
  const { ctx } = createCheckContext({ text, lang }, lexicons);
  return runChecks(ctx, SENTENCE_LEVEL_CHECKS).flags;
}

interface Shape {
  /** Distinct word ids, sorted. */
  words: Int32Array;
  /** Distinct word-pair keys, sorted. */
  bigrams: Float64Array;
  /** All word ids in order: two sentences with the same key are exact copies. */
  key: string;
}

/** |a ∩ b| / |a ∪ b| of two sorted arrays of distinct values. */
function jaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let common = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      common++;
      i++;
      j++;
    }
  }
  return common / (a.length + b.length - common);
}

const distinctSorted = <T extends Int32Array | Float64Array>(values: T): T => {
  values.sort();
  let size = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[size - 1]) values[size++] = values[i]!;
  return values.subarray(0, size) as T;
};

/**
 * The near-duplicate test of one article kept up to date as sentences change: per sentence its word and word-pair
 * sets, and which sentences hold each word pair, so one sentence is compared only with those it shares pairs with.
 */
export interface RecheckIndex {
  readonly size: number;
  /** The current text of a sentence. */
  textOf(sentence: number): string;
  /** Records a sentence's new text (an edit, or the original back after an undo). */
  setText(sentence: number, text: string): void;
  /** The article-level flags that involve `sentence`, from the current texts. */
  articleFlags(sentence: number): Pick<RecheckResult, 'flags' | 'related'>;
  /** Sentence-level checks on the sentence's current text plus the article-level flags that involve it. */
  recheck(sentence: number, lang: string, lexicons?: Lexicons): RecheckResult;
}

export function createRecheckIndex(initialTexts: readonly string[]): RecheckIndex {
  const texts = [...initialTexts];
  const shapes: (Shape | undefined)[] = [];
  const postings = new Map<number, number[]>();
  const copies = new Map<string, Set<number>>();
  // Word ids, so word pairs are numbers: strings and sets per sentence cost ten times the memory on 10,000 sentences.
  const vocabulary = new Map<string, number>();
  // Pair keys first * PAIR_BASE + second stay exact integers for up to 2^26 distinct words.
  const PAIR_BASE = 2 ** 26;

  // The same tokens as the full check: findWords, compared ignoring case.
  const shapeOf = (text: string): Shape | undefined => {
    const tokens = findWords(text);
    if (tokens.length < MIN_WORDS) return undefined;
    const ids = new Int32Array(tokens.length);
    tokens.forEach((token, i) => {
      const word = token.text.toLowerCase();
      let id = vocabulary.get(word);
      if (id === undefined) vocabulary.set(word, (id = vocabulary.size));
      ids[i] = id;
    });
    const bigrams = new Float64Array(ids.length - 1);
    for (let i = 1; i < ids.length; i++) bigrams[i - 1] = ids[i - 1]! * PAIR_BASE + ids[i]!;
    return { words: distinctSorted(Int32Array.from(ids)), bigrams: distinctSorted(bigrams), key: ids.join(',') };
  };

  const addToIndex = (s: number, shape: Shape | undefined) => {
    shapes[s] = shape;
    if (!shape) return;
    for (const bigram of shape.bigrams) {
      const list = postings.get(bigram);
      if (list) list.push(s);
      else postings.set(bigram, [s]);
    }
    let same = copies.get(shape.key);
    if (!same) copies.set(shape.key, (same = new Set()));
    same.add(s);
  };

  const removeFromIndex = (s: number) => {
    const shape = shapes[s];
    if (!shape) return;
    for (const bigram of shape.bigrams) {
      const list = postings.get(bigram)!;
      list.splice(list.indexOf(s), 1);
      if (list.length === 0) postings.delete(bigram);
    }
    const same = copies.get(shape.key)!;
    same.delete(s);
    if (same.size === 0) copies.delete(shape.key);
    shapes[s] = undefined;
  };

  texts.forEach((text, s) => addToIndex(s, shapeOf(text)));

  /**
   * Sentences that may repeat `s`: they share a word pair that few sentences have, or are exact copies. Like the
   * full check, pairs in more than MAX_PAIR_FREQUENCY sentences ("in der") propose nothing.
   */
  const candidatesOf = (s: number): Set<number> => {
    const shape = shapes[s];
    const found = new Set<number>();
    if (!shape) return found;
    for (const bigram of shape.bigrams) {
      const list = postings.get(bigram)!;
      if (list.length > MAX_PAIR_FREQUENCY) continue;
      for (const other of list) if (other !== s) found.add(other);
    }
    for (const other of copies.get(shape.key) ?? []) if (other !== s) found.add(other);
    return found;
  };

  /** The bigram similarity of two sentences when they pass both thresholds of the full check, else undefined. */
  const similarity = (a: number, b: number): number | undefined => {
    const x = shapes[a];
    const y = shapes[b];
    if (!x || !y) return undefined;
    const value = jaccard(x.bigrams, y.bigrams);
    if (value < MIN_BIGRAM_SIMILARITY || jaccard(x.words, y.words) < MIN_WORD_SIMILARITY) return undefined;
    return value;
  };

  /** The earlier sentence the full check pairs `s` with: the most similar, the later one on a tie. */
  const bestEarlier = (s: number): number | undefined => {
    let best: { first: number; value: number } | undefined;
    for (const first of candidatesOf(s)) {
      if (first >= s) continue;
      const value = similarity(first, s);
      if (value === undefined) continue;
      if (!best || value > best.value || (value === best.value && first > best.first)) best = { first, value };
    }
    return best?.first;
  };

  /** Later sentences paired with `s` by the full check, in order. */
  const laterCopies = (s: number): number[] =>
    [...candidatesOf(s)].filter((second) => second > s && bestEarlier(second) === s).sort((a, b) => a - b);

  const duplicateFlag = (s: number, other: number): Flag => {
    const length = texts[s]!.length;
    // The full check's suggestion removes the sentence with the break after it, outside the sentence; it is left out.
    return {
      id: `${nearDuplicateSentence.meta.id}:0:${length}:0`,
      check: nearDuplicateSentence.meta.id,
      start: 0,
      end: length,
      category: nearDuplicateSentence.meta.mqm,
      severity: nearDuplicateSentence.meta.severity,
      messageId: 'duplicate',
      data: { other: other + 1 },
      suggestions: [],
    };
  };

  const articleFlags = (sentence: number): Pick<RecheckResult, 'flags' | 'related'> => {
    const later = laterCopies(sentence);
    const earlier = bestEarlier(sentence);
    const flags: Flag[] = [];
    const related: RelatedFlag[] = [];
    // The full check flags only the earlier copy; the reviewer is looking at the edited one, so it is flagged
    // either way, naming the first later copy as the full check would, else the earlier one.
    if (later.length) flags.push(duplicateFlag(sentence, later[0]!));
    else if (earlier !== undefined) flags.push(duplicateFlag(sentence, earlier));
    if (earlier !== undefined) {
      const first = laterCopies(earlier)[0]!;
      related.push({ sentence: earlier, flag: duplicateFlag(earlier, first) });
    }
    return { flags, related };
  };

  return {
    get size() {
      return texts.length;
    },
    textOf: (sentence) => texts[sentence] ?? '',
    setText(sentence, text) {
      if (sentence < 0 || sentence >= texts.length) throw new RangeError(`No sentence ${sentence} in the article`);
      if (texts[sentence] === text) return;
      texts[sentence] = text;
      removeFromIndex(sentence);
      addToIndex(sentence, shapeOf(text));
    },
    articleFlags,
    recheck(sentence, lang, lexicons = {}) {
      if (sentence < 0 || sentence >= texts.length) throw new RangeError(`No sentence ${sentence} in the article`);
      const own = checkSentenceText(texts[sentence]!, lang, lexicons);
      const { flags, related } = articleFlags(sentence);
      return { sentence, flags: [...own, ...flags], related, articleChecks: [...ARTICLE_LEVEL_CHECKS] };
    },
  };
}

/** Re-checks sentence `sentence` of an article given all its current texts; builds the index afresh (callers that recheck often keep one). */
export function recheckSentence({ texts, lang, sentence, lexicons }: RecheckInput): RecheckResult {
  return createRecheckIndex(texts).recheck(sentence, lang, lexicons);
}
