// The article as the items of a virtual list: its paragraphs, long ones cut into runs of sentences, with estimated heights.
import type { ArticleDocument, Paragraph, Sentence } from '../../../core/index.ts';
import { pairDocuments } from '../../../core/segment/pairing.ts';

/** One item: sentences [from, to) of a paragraph; beside a source, also the source sentences aligned with them. */
export interface ArticleItem {
  paragraph: Paragraph;
  from: number;
  to: number;
  /** Side by side only: indexes of the source sentences of this row (empty: a sentence without counterpart). */
  source?: number[];
}

/**
 * A paragraph longer than this is several items, so a text without line breaks (one paragraph of thousands of
 * sentences) is still rendered a screen at a time.
 */
export const MAX_SENTENCES_PER_ITEM = 20;

/** Up to this many sentences the whole article is rendered: typical articles keep find-in-page, and nothing is measured. */
export const RENDER_ALL_MAX_SENTENCES = 300;

export function articleItems(document: ArticleDocument): ArticleItem[] {
  const items: ArticleItem[] = [];
  for (const paragraph of document.paragraphs) {
    for (let from = paragraph.firstSentence; from < paragraph.endSentence; from += MAX_SENTENCES_PER_ITEM) {
      items.push({ paragraph, from, to: Math.min(from + MAX_SENTENCES_PER_ITEM, paragraph.endSentence) });
    }
  }
  return items;
}

/**
 * Side by side: one row per aligned group (a bilingual file's segment, or 1–1, 1–2, 2–1 sentences of two texts),
 * in target order; a source group without a translation (1–0) is a row of its own with no target sentence.
 */
export function bilingualItems(document: ArticleDocument, source: ArticleDocument): ArticleItem[] {
  const { pairs } = pairDocuments(source, document);
  const items: ArticleItem[] = [];
  let next = 0;
  for (const pair of pairs) {
    const from = pair.target.length > 0 ? Math.min(...pair.target) : next;
    const to = pair.target.length > 0 ? Math.max(...pair.target) + 1 : next;
    // Aligned groups are contiguous and in order; a stray gap still shows its sentences, without a source.
    if (from > next) items.push(...plainRuns(document, next, from));
    const paragraph = document.paragraphs[document.sentences[Math.min(from, document.sentences.length - 1)]?.paragraph ?? 0]!;
    items.push({ paragraph, from: Math.max(from, next), to: Math.max(to, next), source: pair.source });
    next = Math.max(next, to);
  }
  if (next < document.sentences.length) items.push(...plainRuns(document, next, document.sentences.length));
  return items;
}

function plainRuns(document: ArticleDocument, from: number, to: number): ArticleItem[] {
  const items: ArticleItem[] = [];
  for (let i = from; i < to; i++) {
    items.push({ paragraph: document.paragraphs[document.sentences[i]!.paragraph]!, from: i, to: i + 1, source: [] });
  }
  return items;
}

/** The item that holds sentence `sentence`, or -1. */
export function itemOfSentence(items: readonly ArticleItem[], sentence: number): number {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const item = items[mid]!;
    // Rows without target sentences (from === to) sit between others; step over them towards the sentence.
    if (sentence < item.from) high = mid - 1;
    else if (sentence >= item.to) low = mid + 1;
    else return mid;
  }
  return -1;
}

// The article column's metrics (app.css): 1.0625rem text at line height 1.65, about 75 characters a line,
// 0.1875rem above and below each sentence, 1.125rem after a paragraph.
const LINE_PX = 28;
const CHARS_PER_LINE = 75;
const SENTENCE_PADDING_PX = 6;
const PARAGRAPH_GAP_PX = 18;

/** A guess of the item's height in px until it is measured. */
export function estimateItemHeight(item: ArticleItem, sentences: readonly Sentence[]): number {
  let height = item.to === item.paragraph.endSentence ? PARAGRAPH_GAP_PX : 0;
  for (let i = item.from; i < item.to; i++) {
    const length = sentences[i]?.text.length ?? 0;
    height += Math.max(1, Math.ceil(length / CHARS_PER_LINE)) * LINE_PX + SENTENCE_PADDING_PX;
  }
  return height;
}

/** A side-by-side row's guessed height: the taller of its two columns, each about half as wide as the article. */
export function estimateRowHeight(item: ArticleItem, sentences: readonly Sentence[], sourceSentences: readonly Sentence[]): number {
  const lines = (length: number) => Math.max(1, Math.ceil(length / (CHARS_PER_LINE / 2)));
  let target = 0;
  for (let i = item.from; i < item.to; i++) target += lines(sentences[i]?.text.length ?? 0) * LINE_PX + SENTENCE_PADDING_PX;
  const sourceLength = (item.source ?? []).reduce((sum, i) => sum + (sourceSentences[i]?.text.length ?? 0) + 1, 0);
  return Math.max(target, lines(sourceLength) * LINE_PX) + PARAGRAPH_GAP_PX;
}
