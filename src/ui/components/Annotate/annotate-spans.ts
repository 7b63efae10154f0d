// Pure helpers of manual annotation: word-wise caret and selection moves, overlap segments of a sentence, grouping by sentence.
import type { Annotation, AnnotationSeverity } from '../../../core/review/types.ts';
import { findWords, type Token } from '../../../core/text/words.ts';
import type { AnnotationFormValues } from './AnnotationForm.tsx';

/** [start, end) in UTF-16 code units of a sentence's current text; start = end is an insertion point. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A selection with a direction: the anchor stays, the focus moves. */
export interface SpanSelection {
  anchor: number;
  focus: number;
}

export type SelectionMove = 'left' | 'right' | 'home' | 'end';

export interface MoveOptions {
  /** Shift: move the focus and keep the anchor. */
  extend: boolean;
  /** Alt: one character instead of one word, for punctuation and quotes that word steps skip. */
  byCharacter?: boolean;
}

export function spanOfSelection({ anchor, focus }: SpanSelection): TextSpan {
  return { start: Math.min(anchor, focus), end: Math.max(anchor, focus) };
}

const clamp = (value: number, length: number) => Math.max(0, Math.min(value, length));

function nextStart(words: readonly Token[], position: number, length: number): number {
  return words.find((word) => word.start > position)?.start ?? length;
}

function previousStart(words: readonly Token[], position: number): number {
  return words.findLast((word) => word.start < position)?.start ?? 0;
}

function nextEnd(words: readonly Token[], position: number, length: number): number {
  return words.find((word) => word.end > position)?.end ?? length;
}

function previousEnd(words: readonly Token[], position: number): number {
  return words.findLast((word) => word.end < position)?.end ?? 0;
}

/**
 * One keyboard step. A caret rests on word starts; a selection grows to word ends on the right of its anchor and to
 * word starts on its left, so word steps select whole words without the spaces or quotes around them
 * ("„Hallo  Welt“": two steps give "Hallo  Welt"). Shrinking never crosses the anchor.
 */
export function moveSelection(text: string, selection: SpanSelection, move: SelectionMove, options: MoveOptions): SpanSelection {
  const length = text.length;
  const anchor = clamp(selection.anchor, length);
  const focus = clamp(selection.focus, length);
  let target: number;
  if (move === 'home') target = 0;
  else if (move === 'end') target = length;
  else if (options.byCharacter) target = clamp(focus + (move === 'right' ? 1 : -1), length);
  else {
    const words = findWords(text);
    if (!options.extend) target = move === 'right' ? nextStart(words, focus, length) : previousStart(words, focus);
    else if (move === 'right') target = focus < anchor ? Math.min(nextStart(words, focus, length), anchor) : nextEnd(words, focus, length);
    else target = focus > anchor ? Math.max(previousEnd(words, focus), anchor) : previousStart(words, focus);
  }
  return options.extend ? { anchor, focus: target } : { anchor: target, focus: target };
}

/** The selection a span stands for; `anchorHint` says which end stayed put last time (the other one moves). */
export function selectionOfSpan(span: TextSpan, anchorHint: number | null): SpanSelection {
  return anchorHint === span.end && span.start !== span.end
    ? { anchor: span.end, focus: span.start }
    : { anchor: span.start, focus: span.end };
}

export interface AnnotationSegment {
  start: number;
  end: number;
  /** Annotations covering the whole segment; an empty segment (start = end) holds insertion-point annotations. */
  annotations: Annotation[];
  isSelected: boolean;
}

/**
 * The text [0, length) cut at every annotation and selection boundary (and at `extraBoundaries`, e.g. the caret),
 * so overlapping annotations become runs that each know every annotation covering them.
 */
export function splitAnnotationSegments(
  length: number,
  annotations: readonly Annotation[],
  selection: TextSpan | null,
  extraBoundaries: readonly number[] = [],
): AnnotationSegment[] {
  const clipped = annotations.map((annotation) => ({
    annotation,
    from: clamp(Math.min(annotation.start, annotation.end), length),
    to: clamp(Math.max(annotation.start, annotation.end), length),
  }));
  const selected = selection && { from: clamp(selection.start, length), to: clamp(selection.end, length) };
  const boundaries = new Set<number>([0, length, ...extraBoundaries.map((b) => clamp(b, length))]);
  for (const { from, to } of clipped) boundaries.add(from).add(to);
  if (selected) boundaries.add(selected.from).add(selected.to);
  const points = [...boundaries].sort((a, b) => a - b);
  const segments: AnnotationSegment[] = [];
  for (let i = 0; i < points.length; i++) {
    const at = points[i]!;
    const insertions = clipped.filter(({ from, to }) => from === at && to === at).map(({ annotation }) => annotation);
    if (insertions.length) segments.push({ start: at, end: at, annotations: insertions, isSelected: false });
    const next = points[i + 1];
    if (next === undefined) break;
    segments.push({
      start: at,
      end: next,
      annotations: clipped.filter(({ from, to }) => from < to && from <= at && to >= next).map(({ annotation }) => annotation),
      isSelected: selected !== null && selected.from <= at && selected.to >= next && selected.from < selected.to,
    });
  }
  return segments;
}

const SEVERITY_RANK: Record<AnnotationSeverity, number> = { neutral: 0, minor: 1, major: 2, critical: 3 };

export function topAnnotationSeverity(annotations: readonly Annotation[]): AnnotationSeverity {
  let top: AnnotationSeverity = 'neutral';
  for (const annotation of annotations) if (SEVERITY_RANK[annotation.severity] > SEVERITY_RANK[top]) top = annotation.severity;
  return top;
}

export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.sentence - b.sentence || a.start - b.start || a.end - b.end || a.createdAt.localeCompare(b.createdAt);
}

/** Annotations by sentence, sentences ascending, each in reading order. */
export function groupAnnotationsBySentence(annotations: readonly Annotation[]): [number, Annotation[]][] {
  const groups = new Map<number, Annotation[]>();
  for (const annotation of [...annotations].sort(compareAnnotations)) {
    const list = groups.get(annotation.sentence);
    if (list) list.push(annotation);
    else groups.set(annotation.sentence, [annotation]);
  }
  return [...groups];
}

/** DOM id of a sentence's span picker, so a page-wide shortcut can put the focus there. */
export function spanPickerDomId(sentence: number): string {
  return `span-picker-${sentence}`;
}

/** What the form gives plus the span it is about: everything a new manual annotation needs besides its sentence. */
export interface AnnotationDraft extends AnnotationFormValues, TextSpan {}
