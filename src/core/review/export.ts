// Exports of a review: the corrected text in the original layout, and the annotations as JSON and CSV.
import { quoteField } from '../formats/delimited.ts';
import type { Annotation } from './types.ts';

/**
 * The original text with each edited sentence's span replaced by its edit. Everything outside edited spans (line
 * breaks, CRLF, spacing between sentences) is copied byte for byte, so the result diffs cleanly against the input.
 * `sentences` are the original segmentation's spans, indexed like `edits`; edits of unknown sentences are ignored.
 */
export function buildCorrectedText(
  originalText: string,
  sentences: readonly { start: number; end: number }[],
  edits: Readonly<Record<number, string>>,
): string {
  const edited = Object.keys(edits)
    .map(Number)
    .filter((index) => Number.isInteger(index) && sentences[index] !== undefined)
    .sort((a, b) => sentences[a]!.start - sentences[b]!.start);
  let out = '';
  let cursor = 0;
  for (const index of edited) {
    const { start, end } = sentences[index]!;
    if (start < cursor) continue;
    out += originalText.slice(cursor, start) + edits[index]!;
    cursor = end;
  }
  return out + originalText.slice(cursor);
}

export interface AnnotationRecord {
  /** Sentence index from 0, in the original segmentation. */
  sentence: number;
  /** [start, end) in UTF-16 code units of the sentence's current text. */
  start: number;
  end: number;
  text: string;
  category: string;
  severity: Annotation['severity'];
  comment: string;
  correction: string;
  /** "manual" or "check:<check id>". */
  origin: string;
  stale: boolean;
  /** The text an applied suggestion replaced, when the annotation comes from one. */
  replaced?: string;
  createdAt: string;
  updatedAt: string;
}

function originLabel(annotation: Annotation): string {
  return annotation.origin.kind === 'manual' ? 'manual' : `check:${annotation.origin.check}`;
}

/** Annotations in reading order (sentence, start, end), flattened for export. */
export function annotationsToRecords(annotations: readonly Annotation[]): AnnotationRecord[] {
  return [...annotations]
    .sort((a, b) => a.sentence - b.sentence || a.start - b.start || a.end - b.end)
    .map((annotation) => ({
      sentence: annotation.sentence,
      start: annotation.start,
      end: annotation.end,
      text: annotation.quote,
      category: annotation.category,
      severity: annotation.severity,
      comment: annotation.comment,
      correction: annotation.correction,
      origin: originLabel(annotation),
      stale: annotation.stale,
      ...(annotation.replaced !== undefined ? { replaced: annotation.replaced } : {}),
      createdAt: annotation.createdAt,
      updatedAt: annotation.updatedAt,
    }));
}

export const annotationsJsonFormat = 'revisor-annotations';

export function annotationsToJson(annotations: readonly Annotation[]): string {
  return `${JSON.stringify({ format: annotationsJsonFormat, version: 1, annotations: annotationsToRecords(annotations) }, null, 2)}\n`;
}

export const annotationCsvColumns = [
  'sentence',
  'start',
  'end',
  'text',
  'category',
  'severity',
  'comment',
  'correction',
  'origin',
  'stale',
] as const;

/** RFC 4180: a field with a comma, quote, CR or LF is quoted and its quotes doubled. */
export function csvField(value: string): string {
  return quoteField(value, ',');
}

/** CSV with a header row and CRLF line ends (RFC 4180); line breaks inside a field stay as they are, quoted. */
export function annotationsToCsv(annotations: readonly Annotation[]): string {
  const rows = annotationsToRecords(annotations).map((record) =>
    annotationCsvColumns.map((column) => csvField(String(record[column]))).join(','),
  );
  return [annotationCsvColumns.join(','), ...rows].map((row) => `${row}\r\n`).join('');
}
