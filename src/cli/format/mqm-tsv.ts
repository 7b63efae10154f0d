// MQM TSV output of `revisor check`: each flag as a WMT-style error row of its sentence, No-error rows for clean sentences.
import { annotationsToMqmRows, serializeMqmTsv, type Annotation, type Flag, type SentenceSpan } from '../../core/index.ts';
import type { MqmTsvMeta, MqmTsvRow } from '../../core/formats/mqm-tsv.ts';

export type { MqmTsvRow } from '../../core/formats/mqm-tsv.ts';

/** The rater column of every row: the rows are the tool's judgement, not a person's. */
export const MQM_RATER = 'revisor';

/** The header row alone, printed once before the rows of all files. */
export const MQM_TSV_HEADER = serializeMqmTsv([]);

/** Index of the sentence a flag belongs to: the last one starting at or before it (a flag in a gap joins the sentence before). */
function sentenceOf(sentences: readonly SentenceSpan[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sentences[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Rows of one checked file. `sources` holds the source text paired with each target sentence ('' for none); without
 * a source every source column is empty. A flag reaching past its sentence is cut at the sentence's end, since a row
 * can mark only text of its own segment.
 */
export function flagsToMqmRows(
  flags: readonly Flag[],
  sentences: readonly SentenceSpan[],
  sources: readonly string[] | undefined,
  meta: Omit<MqmTsvMeta, 'rater'>,
): MqmTsvRow[] {
  if (sentences.length === 0) return [];
  const annotations = flags.map((flag): Annotation => {
    const sentence = sentenceOf(sentences, flag.start);
    const { start: offset, text } = sentences[sentence]!;
    const start = Math.min(Math.max(flag.start - offset, 0), text.length);
    const end = Math.min(Math.max(flag.end - offset, start), text.length);
    return {
      id: flag.id,
      sentence,
      start,
      end,
      quote: text.slice(start, end),
      category: flag.category,
      severity: flag.severity,
      comment: '',
      correction: '',
      origin: { kind: 'check', check: flag.check, flagId: flag.id },
      stale: false,
      createdAt: '',
      updatedAt: '',
    };
  });
  const segments = sentences.map((s, i) => ({ source: sources?.[i] ?? '', target: s.text }));
  return annotationsToMqmRows(annotations, segments, { ...meta, rater: MQM_RATER });
}

/** Rows as TSV lines without the header, so files can be printed one after another under one header. */
export function formatMqmTsvRows(rows: readonly MqmTsvRow[]): string {
  return serializeMqmTsv(rows).slice(MQM_TSV_HEADER.length);
}
