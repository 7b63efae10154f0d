// The minimap's rows: one per sentence, or runs of consecutive sentences bucketed together so a long article stays a
// few hundred elements; each row carries its size, the status to show and its most severe flag and annotation.
import type { SentenceStatus } from '../../../core/review/selectors.ts';

export interface MinimapSentence {
  index: number;
  paragraph: number;
  /** Characters; sets the row's height. */
  length: number;
}

export interface MinimapMark {
  sentence: number;
  kind: 'flag' | 'annotation';
  severity: string;
}

export interface MinimapRow {
  /** Sentence indexes of the row's first and last sentence. */
  first: number;
  last: number;
  /** Number of sentences in the row. */
  size: number;
  /** Relative height: the row's capped length. */
  weight: number;
  status: SentenceStatus;
  flags: number;
  annotations: number;
  /** Most severe of each kind; undefined when the row has none. */
  flagSeverity?: string;
  annotationSeverity?: string;
  /** The row's first sentence begins a paragraph, so the map shows the article's shape. */
  paragraphStart: boolean;
  /** Sentence to go to: the first with a mark, else the first. */
  target: number;
}

export interface MinimapLayout {
  rows: MinimapRow[];
  /** Row number of each sentence index. */
  rowOf: Map<number, number>;
}

/** Rows at most; beyond that sentences share rows. A few hundred elements keep 10,000 sentences cheap to render. */
export const MAX_ROWS = 200;
// One very long sentence should not squash the rest, nor a heading vanish.
const MIN_WEIGHT = 20;
const MAX_WEIGHT = 400;

const SEVERITY_RANK: Readonly<Record<string, number>> = { neutral: 0, minor: 1, major: 2, critical: 3 };
const rankOf = (severity: string) => SEVERITY_RANK[severity] ?? -1;

export function moreSevere(a: string | undefined, b: string): string {
  return a === undefined || rankOf(b) > rankOf(a) ? b : a;
}

/** A bucket's status: open flags anywhere win; it is reviewed only when all of it is; else edited if any edit. */
function mergeStatus(statuses: readonly SentenceStatus[]): SentenceStatus {
  if (statuses.includes('has-open-flags')) return 'has-open-flags';
  if (statuses.every((status) => status === 'reviewed')) return 'reviewed';
  if (statuses.includes('edited')) return 'edited';
  return 'untouched';
}

export function buildMinimapRows(
  sentences: readonly MinimapSentence[],
  marks: readonly MinimapMark[],
  statuses: Readonly<Record<number, SentenceStatus>>,
  maxRows: number = MAX_ROWS,
): MinimapLayout {
  const bucket = Math.max(1, Math.ceil(sentences.length / Math.max(1, maxRows)));
  const marksOf = new Map<number, MinimapMark[]>();
  for (const mark of marks) {
    const list = marksOf.get(mark.sentence);
    if (list) list.push(mark);
    else marksOf.set(mark.sentence, [mark]);
  }
  const rows: MinimapRow[] = [];
  const rowOf = new Map<number, number>();
  for (let from = 0; from < sentences.length; from += bucket) {
    const group = sentences.slice(from, from + bucket);
    const row: MinimapRow = {
      first: group[0]!.index,
      last: group[group.length - 1]!.index,
      size: group.length,
      weight: 0,
      status: 'untouched',
      flags: 0,
      annotations: 0,
      paragraphStart: from === 0 || sentences[from - 1]!.paragraph !== group[0]!.paragraph,
      target: group[0]!.index,
    };
    let targetFound = false;
    for (const sentence of group) {
      rowOf.set(sentence.index, rows.length);
      row.weight += Math.min(MAX_WEIGHT, Math.max(MIN_WEIGHT, sentence.length));
      for (const mark of marksOf.get(sentence.index) ?? []) {
        if (!targetFound) {
          row.target = sentence.index;
          targetFound = true;
        }
        if (mark.kind === 'flag') {
          row.flags++;
          row.flagSeverity = moreSevere(row.flagSeverity, mark.severity);
        } else {
          row.annotations++;
          row.annotationSeverity = moreSevere(row.annotationSeverity, mark.severity);
        }
      }
    }
    // Weight per sentence, so a bucket of short sentences is not dwarfed by a bucket of long ones by more than their text.
    row.weight /= bucket;
    row.status = mergeStatus(group.map((sentence) => statuses[sentence.index] ?? 'untouched'));
    rows.push(row);
  }
  return { rows, rowOf };
}

/** Sentence indexes (ascending) that have at least one mark, for the text alternative. */
export function markedSentences(marks: readonly MinimapMark[]): number[] {
  return [...new Set(marks.map((mark) => mark.sentence))].sort((a, b) => a - b);
}
