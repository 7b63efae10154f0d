// A sentence that repeats another one of the article with small changes, such as a teaser copied from the body.
import { findWords } from '../text/words.ts';
import { defineCheck, type Finding } from './define-check.ts';

/** Sentences shorter than this many words repeat by chance ("Das sagte er am Freitag."). */
const MIN_WORDS = 6;
// Tuned on human reference articles: above both, almost only headline/teaser copies remain; the seed's teaser scores 0.8 / 0.6.
const MIN_WORD_SIMILARITY = 0.6;
const MIN_BIGRAM_SIMILARITY = 0.4;
/** Word pairs in more sentences than this are too common to find duplicates by ("in der"); skipping them keeps it linear. */
const MAX_PAIR_FREQUENCY = 32;

export interface NearDuplicate {
  /** Index of the earlier sentence. */
  first: number;
  /** Index of the later sentence that repeats it. */
  second: number;
  /** Jaccard similarity of the two sentences' word-pair sets. */
  similarity: number;
}

interface Shingles {
  /** Sorted distinct word ids. */
  words: Int32Array;
  /** Sorted distinct word-pair ids. */
  bigrams: Int32Array;
  /** Hash of the whole word sequence, to find exact copies however common their word pairs are. */
  hash: number;
}

function sortedUnique(values: Int32Array): Int32Array {
  const sorted = values.slice().sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  return sorted.subarray(0, n);
}

function jaccard(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) {
      common++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return common / (a.length + b.length - common);
}

// Keys stay 30-bit integers, which V8 hashes without allocating; a rare collision only nudges a similarity.
const mix = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ b) & 0x3fffffff;

/**
 * Pairs of near-duplicate sentences, each later sentence paired with its most similar earlier one.
 * Linear in the text: candidates come from an inverted index of the word pairs that few sentences share,
 * kept in flat arrays because this runs on every analysis of articles with thousands of sentences.
 */
export function findNearDuplicates(texts: readonly string[]): NearDuplicate[] {
  const vocabulary = new Map<string, number>();
  const bigramIds = new Map<number, number>();
  const frequency: number[] = [];
  const shingles = texts.map((text): Shingles | undefined => {
    const tokens = findWords(text);
    if (tokens.length < MIN_WORDS) return undefined;
    const ids = new Int32Array(tokens.length);
    let hash = tokens.length;
    tokens.forEach((t, i) => {
      const word = t.text.toLowerCase();
      let id = vocabulary.get(word);
      if (id === undefined) vocabulary.set(word, (id = vocabulary.size));
      ids[i] = id;
      hash = mix(hash, id);
    });
    const pairs = new Int32Array(ids.length - 1);
    for (let i = 1; i < ids.length; i++) {
      const key = mix(ids[i - 1]!, ids[i]!);
      let id = bigramIds.get(key);
      if (id === undefined) {
        bigramIds.set(key, (id = frequency.length));
        frequency.push(0);
      }
      pairs[i - 1] = id;
    }
    const bigrams = sortedUnique(pairs);
    for (const b of bigrams) frequency[b]!++;
    return { words: sortedUnique(ids), bigrams, hash };
  });

  // Postings as linked lists in flat arrays: head[bigram] is the newest entry, next[] chains to older ones.
  const head = new Int32Array(frequency.length).fill(-1);
  const entrySentence: number[] = [];
  const entryNext: number[] = [];
  const shared = new Int32Array(texts.length);
  const exact = new Map<number, number>();
  const pairs: NearDuplicate[] = [];
  shingles.forEach((own, second) => {
    if (!own) return;
    const touched: number[] = [];
    let rare = 0;
    for (const b of own.bigrams) {
      if (frequency[b]! > MAX_PAIR_FREQUENCY) continue;
      rare++;
      for (let e = head[b]!; e >= 0; e = entryNext[e]!) {
        const first = entrySentence[e]!;
        if (shared[first] === 0) touched.push(first);
        shared[first]!++;
      }
    }
    // A similarity of MIN_BIGRAM_SIMILARITY needs that share of this sentence's pairs in common; all but the
    // common pairs are rare, which bounds the rare pairs in common from below and rules out chance overlaps.
    const needed = Math.max(1, rare - (1 - MIN_BIGRAM_SIMILARITY) * own.bigrams.length);
    const candidates = touched.filter((first) => shared[first]! >= needed);
    for (const first of touched) shared[first] = 0;
    const copy = exact.get(own.hash);
    if (copy !== undefined) candidates.push(copy);
    exact.set(own.hash, second);
    let best: NearDuplicate | undefined;
    for (const first of candidates) {
      const other = shingles[first]!;
      const similarity = jaccard(own.bigrams, other.bigrams);
      if (similarity < MIN_BIGRAM_SIMILARITY || jaccard(own.words, other.words) < MIN_WORD_SIMILARITY) continue;
      if (!best || similarity > best.similarity || (similarity === best.similarity && first > best.first)) {
        best = { first, second, similarity };
      }
    }
    if (best) pairs.push(best);
    for (const b of own.bigrams) {
      if (frequency[b]! > MAX_PAIR_FREQUENCY) continue;
      entrySentence.push(second);
      entryNext.push(head[b]!);
      head[b] = entrySentence.length - 1;
    }
  });
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
    for (const { first, second } of findNearDuplicates(sentences.map((s) => s.text))) {
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
