// The views of the text that several checks need, computed once per analysis: word tokens and paragraphs.
import { findParagraphs, type Sentence, type Span } from '../document/document.ts';
import { createWordIndex, type Token, type WordIndex } from '../text/words.ts';
import type { CheckContext } from './define-check.ts';

// Contexts built by hand (tests, other callers) lack the shared views; they get them here, once per context object.
const wordIndexes = new WeakMap<CheckContext, WordIndex>();
const paragraphLists = new WeakMap<CheckContext, readonly Span[]>();

/** The word index of `ctx.text`: tokens of the whole text and of any range, tokenised once per analysis. */
export function wordsOf(ctx: CheckContext): WordIndex {
  if (ctx.words) return ctx.words;
  let index = wordIndexes.get(ctx);
  if (!index) wordIndexes.set(ctx, (index = createWordIndex(ctx.text)));
  return index;
}

/** The word tokens of one sentence: the same as `findWords(ctx.text, sentence.start, sentence.end)`. */
export function sentenceWords(ctx: CheckContext, sentence: Sentence): Token[] {
  return wordsOf(ctx).between(sentence.start, sentence.end);
}

/** The lower-case word ids of all sentences in one flat array: sentence s has ids[start[s], start[s + 1]). */
export interface SentenceWordIds {
  ids: Int32Array;
  start: Int32Array;
}

const sentenceIdLists = new WeakMap<CheckContext, SentenceWordIds>();

/**
 * The lower-case word ids (WordIndex.lowerIds) of every sentence's tokens, built once per context: flat arrays
 * instead of a typed-array view per sentence, which costs more to create than the loops that read it.
 */
export function sentenceWordIds(ctx: CheckContext): SentenceWordIds {
  let result = sentenceIdLists.get(ctx);
  if (result) return result;
  const index = wordsOf(ctx);
  const lowerIds = index.lowerIds;
  const start = new Int32Array(ctx.sentences.length + 1);
  let ids = new Int32Array(lowerIds.length);
  let size = 0;
  ctx.sentences.forEach((sentence, s) => {
    start[s] = size;
    const range = index.range(sentence.start, sentence.end);
    const count = range ? range.end - range.first : index.between(sentence.start, sentence.end).length;
    if (size + count > ids.length) {
      const grown = new Int32Array(2 * (size + count));
      grown.set(ids);
      ids = grown;
    }
    if (range) for (let k = range.first; k < range.end; k++) ids[size++] = lowerIds[k]!;
    // A sentence boundary inside a word: the sentence has tokens of its own.
    else for (const token of index.between(sentence.start, sentence.end)) ids[size++] = index.idOf(token.text.toLowerCase());
  });
  start[ctx.sentences.length] = size;
  result = { ids, start };
  sentenceIdLists.set(ctx, result);
  return result;
}

/** The paragraphs of `ctx.text`: the same as `findParagraphs(ctx.text)`. */
export function paragraphsOf(ctx: CheckContext): readonly Span[] {
  if (ctx.paragraphs) return ctx.paragraphs;
  let list = paragraphLists.get(ctx);
  if (!list) paragraphLists.set(ctx, (list = findParagraphs(ctx.text)));
  return list;
}
