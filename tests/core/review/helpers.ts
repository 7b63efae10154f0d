// Builders of flags and annotations for the review tests.
import type { Annotation, SentenceFlag } from '../../../src/core/review/types.ts';

export const AT = '2026-01-01T10:00:00.000Z';
export const LATER = '2026-01-01T10:05:00.000Z';

/** A flag on `quote`'s first occurrence in `sentenceText`. */
export function flagOn(sentenceText: string, quote: string, extra: Partial<SentenceFlag> = {}): SentenceFlag {
  const start = sentenceText.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in "${sentenceText}"`);
  return {
    id: `${extra.check ?? 'garbled-word'}:${start}:${start + quote.length}:0`,
    check: 'garbled-word',
    sentence: 0,
    start,
    end: start + quote.length,
    category: 'Fluency/Spelling',
    severity: 'minor',
    messageId: 'found',
    data: {},
    suggestions: [],
    ...extra,
  };
}

/** A manual annotation of [start, end) in `sentenceText`: major Fluency/Grammar in sentence 0 unless `extra` says otherwise. */
export function annotationAt(sentenceText: string, start: number, end: number, extra: Partial<Annotation> = {}): Annotation {
  return {
    id: `a-${start}-${end}`,
    sentence: 0,
    start,
    end,
    quote: sentenceText.slice(start, end),
    category: 'Fluency/Grammar',
    severity: 'major',
    comment: '',
    correction: '',
    origin: { kind: 'manual' },
    stale: false,
    createdAt: AT,
    updatedAt: AT,
    ...extra,
  };
}

/** A manual annotation on the first occurrence of `quote` at or after `from` in `sentenceText`. */
export function annotationOn(
  sentenceText: string,
  quote: string,
  extra: Partial<Annotation> = {},
  from = 0,
): Annotation {
  const start = sentenceText.indexOf(quote, from);
  if (start < 0) throw new Error(`"${quote}" is not in "${sentenceText}"`);
  return annotationAt(sentenceText, start, start + quote.length, { id: `a-${start}-${quote}`, ...extra });
}

/** The text an annotation's span covers now. */
export function spanText(text: string, annotation: Pick<Annotation, 'start' | 'end'>): string {
  return text.slice(annotation.start, annotation.end);
}
