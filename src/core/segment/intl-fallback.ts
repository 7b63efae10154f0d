// Sentence boundaries for languages without rules, from Intl.Segmenter fed bounded chunks: its cost grows
// super-linearly with input length (about 1 s on 109 KB, minutes on 2 MB), so no call ever sees more than a few KB.
import { isSpace, isTerminator } from './chars.ts';
import type { EmitPiece } from './rules.ts';

/** Chunks are cut at the first sentence-like boundary after this many code units… */
const CHUNK_TARGET = 2048;
/** …and at the latest here, whatever the text. */
const CHUNK_MAX = 4096;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
    } catch {
      // A malformed language tag must not stop the review: segment with the default locale.
      segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Split the line text[from, to) with Intl.Segmenter; `emit` gets consecutive pieces that cover it. */
export function splitLineByIntl(text: string, from: number, to: number, lang: string, emit: EmitPiece): void {
  const segmenter = segmenterFor(lang);
  let pos = from;
  while (pos < to) {
    const end = to - pos > CHUNK_MAX ? chunkEnd(text, pos, to) : to;
    const chunk = text.slice(pos, end);
    for (const piece of segmenter.segment(chunk)) {
      emit(pos + piece.index, pos + piece.index + piece.segment.length);
    }
    pos = end;
  }
}

/** Where to end the chunk starting at pos: after sentence punctuation and a blank, else at a blank, else anywhere. */
function chunkEnd(text: string, pos: number, to: number): number {
  const limit = Math.min(to, pos + CHUNK_MAX);
  for (let k = pos + CHUNK_TARGET; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (isSpace(c) && isTerminator(text.charCodeAt(k - 1))) return k;
    // CJK full stops need no blank after them.
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) return k + 1;
  }
  for (let k = limit - 1; k > pos; k--) if (isSpace(text.charCodeAt(k))) return k;
  // Never cut a surrogate pair in two.
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit + 1 : limit;
}
