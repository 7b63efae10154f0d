// Re-anchoring annotation spans after a sentence's text changed: follow the diff, check the quote, else mark stale.
import { diffChars, diffWordsWithSpace, type ChangeObject } from 'diff';
import type { Annotation } from './types.ts';

/**
 * Maps offsets of the old text to the new text: kept text moves with the edit, removed text collapses to where it
 * was. At a boundary where text was inserted, `before` gives the offset in front of the insertion, `after` behind it.
 */
export interface OffsetMap {
  before(offset: number): number;
  after(offset: number): number;
}

export function createOffsetMap(changes: readonly ChangeObject<string>[]): OffsetMap {
  // Runs of old [start, end) → new start; `insertedBefore` is the length of text added right in front of the run.
  const runs: { oldStart: number; oldEnd: number; newStart: number; kept: boolean; insertedBefore: number }[] = [];
  let oldPos = 0;
  let newPos = 0;
  let inserted = 0;
  for (const change of changes) {
    const length = change.value.length;
    if (change.added) {
      newPos += length;
      inserted += length;
      continue;
    }
    runs.push({ oldStart: oldPos, oldEnd: oldPos + length, newStart: newPos, kept: !change.removed, insertedBefore: inserted });
    oldPos += length;
    if (!change.removed) newPos += length;
    inserted = 0;
  }
  const endAfter = newPos;
  const endBefore = newPos - inserted;
  const find = (offset: number) => runs.find((run) => offset >= run.oldStart && offset < run.oldEnd);
  const map = (offset: number) => {
    const run = find(offset);
    if (!run) return endAfter;
    return run.kept ? run.newStart + (offset - run.oldStart) : run.newStart;
  };
  return {
    after: map,
    before(offset) {
      const run = find(offset);
      if (!run) return endBefore;
      return offset === run.oldStart ? run.newStart - run.insertedBefore : map(offset);
    },
  };
}

export interface Anchor {
  start: number;
  end: number;
  stale: boolean;
}

function findNear(text: string, quote: string, from: number, to: number, near: number): number {
  let best = -1;
  for (let at = text.indexOf(quote, Math.max(0, from)); at >= 0 && at <= to; at = text.indexOf(quote, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}

/**
 * Where a span of `oldText` lies in `newText`. Its quote found where a character diff or a word diff maps the span
 * (the two disagree on repeated words, "die Welt, die Welt") anchors it; failing that, the quote found touching the
 * mapped span (an undone deletion brings it back just there). Otherwise the span covers whatever the old span became
 * and is stale. A span is never lost: at worst it shrinks to an empty one where its text was.
 */
export function reanchorSpan(
  oldText: string,
  newText: string,
  span: { start: number; end: number; quote: string },
): Anchor {
  return createAnchorer(oldText, newText)(span);
}

/** reanchorSpan for many spans of one edit: the diffs are computed once. */
export function createAnchorer(oldText: string, newText: string): (span: { start: number; end: number; quote: string }) => Anchor {
  const maps = [createOffsetMap(diffChars(oldText, newText)), createOffsetMap(diffWordsWithSpace(oldText, newText))];
  return ({ start: oldStart, end: oldEnd, quote }) => {
    for (const map of maps) {
      for (const start of [map.after(oldStart), map.before(oldStart)]) {
        if (newText.startsWith(quote, start)) return { start, end: start + quote.length, stale: false };
      }
    }
    // Text inserted at either edge of the span counts as part of what the span became.
    const start = maps[0]!.before(oldStart);
    const end = Math.max(start, maps[0]!.after(oldEnd));
    if (quote.length > 0) {
      const found = findNear(newText, quote, start - quote.length, end, start);
      if (found >= 0) return { start: found, end: found + quote.length, stale: false };
    }
    return { start, end, stale: true };
  };
}

/** The annotations of `sentence` moved from its old to its new text; others are returned as they are. */
export function reanchorAnnotations(
  annotations: Annotation[],
  sentence: number,
  oldText: string,
  newText: string,
  at: string,
): Annotation[] {
  if (!annotations.some((annotation) => annotation.sentence === sentence)) return annotations;
  const anchor = createAnchorer(oldText, newText);
  return annotations.map((annotation) => {
    if (annotation.sentence !== sentence) return annotation;
    const anchored = anchor(annotation);
    if (anchored.start === annotation.start && anchored.end === annotation.end && anchored.stale === annotation.stale) return annotation;
    return { ...annotation, ...anchored, updatedAt: at };
  });
}
