// A sentence that repeats another one of the article with small changes, such as a teaser copied from the body.
import { findWords } from '../text/words.ts';
import { sentenceWordIds, type SentenceWordIds } from './context-text.ts';
import { defineCheck, type Finding } from './define-check.ts';

/** Sentences shorter than this many words repeat by chance ("Das sagte er am Freitag."). */
export const MIN_WORDS = 6;
// Tuned on human reference articles: above both, almost only headline/teaser copies remain; the seed's teaser scores 0.8 / 0.6.
export const MIN_WORD_SIMILARITY = 0.6;
export const MIN_BIGRAM_SIMILARITY = 0.4;
/** Word pairs in more sentences than this are too common to find duplicates by ("in der"); skipping them keeps it linear. */
export const MAX_PAIR_FREQUENCY = 32;

export interface NearDuplicate {
  /** Index of the earlier sentence. */
  first: number;
  /** Index of the later sentence that repeats it. */
  second: number;
  /** Jaccard similarity of the two sentences' word-pair sets. */
  similarity: number;
}

// Keys stay 30-bit integers, which V8 hashes without allocating; the hash only proposes exact copies, which the
// similarity test then confirms.
const mix = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ b) & 0x3fffffff;

/** Dense ids for word pairs, exact (no collisions), in an open-addressing table sized for `capacity` pairs. */
class PairIds {
  readonly #first: Int32Array;
  readonly #second: Int32Array;
  readonly #ids: Int32Array;
  readonly #mask: number;
  size = 0;

  constructor(capacity: number) {
    let slots = 16;
    while (slots < 2 * capacity) slots *= 2;
    this.#first = new Int32Array(slots);
    this.#second = new Int32Array(slots);
    this.#ids = new Int32Array(slots).fill(-1);
    this.#mask = slots - 1;
  }

  idOf(a: number, b: number): number {
    for (let slot = mix(a, b) & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const id = this.#ids[slot]!;
      if (id < 0) {
        this.#first[slot] = a;
        this.#second[slot] = b;
        this.#ids[slot] = this.size;
        return this.size++;
      }
      if (this.#first[slot] === a && this.#second[slot] === b) return id;
    }
  }
}

/**
 * Pairs of near-duplicate sentences, each later sentence paired with its most similar earlier one.
 * Linear in the text: candidates come from an inverted index of the word pairs that few sentences share,
 * kept in flat arrays because this runs on every analysis of articles with thousands of sentences.
 */
export function findNearDuplicates(texts: readonly string[]): NearDuplicate[] {
  const vocabulary = new Map<string, number>();
  const ids: number[] = [];
  const start = new Int32Array(texts.length + 1);
  texts.forEach((text, s) => {
    start[s] = ids.length;
    for (const token of findWords(text)) {
      const word = token.text.toLowerCase();
      let id = vocabulary.get(word);
      if (id === undefined) vocabulary.set(word, (id = vocabulary.size));
      ids.push(id);
    }
  });
  start[texts.length] = ids.length;
  return findNearDuplicateIds({ ids: Int32Array.from(ids), start });
}

/**
 * Distinct values of each sentence, all in one flat array: sentence s owns values[start[s], start[s + 1]).
 * Set operations mark one sentence's values with a stamp per value, so nothing is ever sorted.
 */
class DistinctSets {
  readonly values: Int32Array;
  readonly start: Int32Array;
  /** Per value, the last sentence that marked it (or -1). */
  readonly #mark: Int32Array;
  #size = 0;

  constructor(sentences: number, capacity: number, valueRange: number) {
    this.values = new Int32Array(capacity);
    this.start = new Int32Array(sentences + 1);
    this.#mark = new Int32Array(valueRange).fill(-1);
  }

  /** Start the set of sentence `s` (sentences are added in order; skipped ones stay empty). */
  open(s: number): void {
    this.start.fill(this.#size, s, s + 2);
  }

  /** Add `value` to sentence `s`'s set; false when it was there already. */
  add(s: number, value: number): boolean {
    if (this.#mark[value] === s) return false;
    this.#mark[value] = s;
    this.values[this.#size++] = value;
    this.start[s + 1] = this.#size;
    return true;
  }

  size(s: number): number {
    return this.start[s + 1]! - this.start[s]!;
  }

  /** Mark sentence `s`'s values with `stamp`, for `jaccard` against it. */
  markWith(s: number, stamp: number): void {
    for (let k = this.start[s]!; k < this.start[s + 1]!; k++) this.#mark[this.values[k]!] = stamp;
  }

  /** Jaccard similarity of sentence `s`'s set with the set last marked with `stamp` (of `markedSize` values). */
  jaccard(s: number, stamp: number, markedSize: number): number {
    let common = 0;
    for (let k = this.start[s]!; k < this.start[s + 1]!; k++) if (this.#mark[this.values[k]!] === stamp) common++;
    return common / (this.size(s) + markedSize - common);
  }
}

/**
 * findNearDuplicates over sentences given as their words' ids (equal ids for words equal ignoring case), all in
 * one flat array: the analysis has them from the word index all checks share. Flat typed arrays throughout, because this runs on
 * every analysis of articles with thousands of sentences.
 */
export function findNearDuplicateIds({ ids, start }: SentenceWordIds): NearDuplicate[] {
  const n = start.length - 1;
  const capacity = start[n]!;
  let wordRange = 0;
  for (let k = 0; k < capacity; k++) if (ids[k]! >= wordRange) wordRange = ids[k]! + 1;
  const bigramIds = new PairIds(capacity);
  const words = new DistinctSets(n, capacity, wordRange);
  const bigrams = new DistinctSets(n, capacity, capacity);
  const frequency = new Int32Array(capacity);
  const isLongEnough = new Uint8Array(n);
  const hashes = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    words.open(s);
    bigrams.open(s);
    const from = start[s]!;
    const to = start[s + 1]!;
    if (to - from < MIN_WORDS) continue;
    isLongEnough[s] = 1;
    let hash = to - from;
    for (let i = from; i < to; i++) {
      hash = mix(hash, ids[i]!);
      words.add(s, ids[i]!);
    }
    hashes[s] = hash;
    for (let i = from + 1; i < to; i++) {
      const id = bigramIds.idOf(ids[i - 1]!, ids[i]!);
      if (bigrams.add(s, id)) frequency[id]!++;
    }
  }

  // Postings as linked lists in flat arrays: head[bigram] is the newest entry, next[] chains to older ones.
  const head = new Int32Array(bigramIds.size).fill(-1);
  const entrySentence = new Int32Array(bigrams.start[n]!);
  const entryNext = new Int32Array(bigrams.start[n]!);
  let entries = 0;
  const shared = new Int32Array(n);
  const touched = new Int32Array(n);
  const candidates = new Int32Array(n + 1);
  const exact = new Map<number, number>();
  const pairs: NearDuplicate[] = [];
  for (let second = 0; second < n; second++) {
    if (!isLongEnough[second]) continue;
    const from = bigrams.start[second]!;
    const to = bigrams.start[second + 1]!;
    let touchedCount = 0;
    let rare = 0;
    for (let k = from; k < to; k++) {
      const b = bigrams.values[k]!;
      if (frequency[b]! > MAX_PAIR_FREQUENCY) continue;
      rare++;
      for (let e = head[b]!; e >= 0; e = entryNext[e]!) {
        const first = entrySentence[e]!;
        if (shared[first] === 0) touched[touchedCount++] = first;
        shared[first]!++;
      }
    }
    // A similarity of MIN_BIGRAM_SIMILARITY needs that share of this sentence's pairs in common; all but the
    // common pairs are rare, which bounds the rare pairs in common from below and rules out chance overlaps.
    const needed = Math.max(1, rare - (1 - MIN_BIGRAM_SIMILARITY) * (to - from));
    let candidateCount = 0;
    for (let t = 0; t < touchedCount; t++) {
      const first = touched[t]!;
      if (shared[first]! >= needed) candidates[candidateCount++] = first;
      shared[first] = 0;
    }
    const copy = exact.get(hashes[second]!);
    if (copy !== undefined) candidates[candidateCount++] = copy;
    exact.set(hashes[second]!, second);
    let best: NearDuplicate | undefined;
    if (candidateCount > 0) {
      // Stamps above any sentence index, so they never meet a mark left by the build.
      const stamp = n + second;
      bigrams.markWith(second, stamp);
      words.markWith(second, stamp);
      for (let c = 0; c < candidateCount; c++) {
        const first = candidates[c]!;
        const similarity = bigrams.jaccard(first, stamp, to - from);
        if (similarity < MIN_BIGRAM_SIMILARITY || words.jaccard(first, stamp, words.size(second)) < MIN_WORD_SIMILARITY) continue;
        if (!best || similarity > best.similarity || (similarity === best.similarity && first > best.first)) {
          best = { first, second, similarity };
        }
      }
    }
    if (best) pairs.push(best);
    for (let k = from; k < to; k++) {
      const b = bigrams.values[k]!;
      if (frequency[b]! > MAX_PAIR_FREQUENCY) continue;
      entrySentence[entries] = second;
      entryNext[entries] = head[b]!;
      head[b] = entries++;
    }
  }
  return pairs;
}

export const nearDuplicateSentence = defineCheck({
  meta: {
    id: 'near-duplicate-sentence',
    mqm: 'Accuracy/Addition',
    severity: 'minor',
    langs: ['*'],
    messages: ['duplicate'],
  },
  detect(ctx) {
    const { sentences, text } = ctx;
    const findings: Finding[] = [];
    const flagged = new Set<number>();
    // The earlier copy is the one flagged: in aggregated articles it is the teaser or headline repeated by the body.
    for (const { first, second } of findNearDuplicateIds(sentenceWordIds(ctx))) {
      if (flagged.has(first)) continue;
      flagged.add(first);
      const sentence = sentences[first]!;
      const next = sentences[first + 1];
      // Removing the copy takes the space or line break after it along, so the next sentence moves up.
      const removeEnd = next ? next.start : text.length;
      findings.push({
        start: sentence.start,
        end: sentence.end,
        messageId: 'duplicate',
        data: { other: second + 1 },
        suggestions: [{ start: sentence.start, end: removeEnd, replacement: '' }],
      });
    }
    return findings.sort((a, b) => a.start - b.start);
  },
  cases: {
    valid: [
      'Das sagte er am Freitag.\nDas sagte er am Freitag.',
      'Biden wird am Freitag mit Xi Jinping über den Krieg sprechen.\nXi Jinping wird am Montag mit Putin über Handel und Energie verhandeln.',
      'Auf der linken Seite entspricht der Input dem Output 0, der hinunter geht.\nDie Studie wurde im Fachblatt Science veröffentlicht und von vielen gelobt.',
      'Die Polizei nahm am Abend drei Verdächtige in Berlin fest.\nDie Staatsanwaltschaft erhob am Montag Anklage gegen zwei von ihnen.',
    ],
    invalid: [
      {
        text:
          'Peking hat sich geweigert, seinen engen Verbündeten Russland wegen der Invasion zu verurteilen, während es Washington und die Osterweiterung der NATO für die Verschärfung der Spannungen verantwortlich macht\n' +
          'Biden wird am Freitag mit Xi Jinping sprechen, sagte das Weiße Haus.\n' +
          'Peking hat sich geweigert, seinen engen Verbündeten Russland wegen seiner Invasion in der Ukraine zu verurteilen, während es die Vereinigten Staaten und die Osterweiterung der NATO für die Verschärfung der Spannungen verantwortlich macht.',
        findings: [{ messageId: 'duplicate', range: [0, 206], data: { other: 3 } }],
      },
      {
        text: 'Brexit kann jetzt noch viel giftiger werden\nDer Premierminister sprach in London.\nBrexit kann jetzt noch viel giftiger werden.',
        findings: [{ messageId: 'duplicate', range: [0, 43], data: { other: 3 }, suggestions: [''] }],
      },
    ],
  },
});
