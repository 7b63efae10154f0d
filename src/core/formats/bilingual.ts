// The shared model of a bilingual file (XLIFF, TSV/CSV, aligned pairs): segments with protected inline tags.

/** An inline tag of a CAT tool (a placeholder, a formatting run's start or end); never edited as text. */
export interface InlineTag {
  id: string;
  kind: 'open' | 'close' | 'standalone';
  /** The original markup, kept byte for byte, so it can be written back unchanged. */
  xml: string;
  /** Display text, e.g. '{1}', '{/1}', '{1/}'. */
  label: string;
}

export type SegmentPart = { type: 'text'; text: string } | { type: 'tag'; tag: InlineTag };

export interface BilingualSegment {
  /** Unique within the document (XLIFF: file index, unit id and segment id joined). */
  id: string;
  fileIndex: number;
  unitId: string;
  source: SegmentPart[];
  /** null when the file has no target for this segment yet. */
  target: SegmentPart[] | null;
  state?: string;
  notes: string[];
}

export interface BilingualDocument {
  format: 'xliff-1.2' | 'xliff-2.0' | 'tsv' | 'csv' | 'pairs';
  sourceLang: string;
  targetLang: string;
  files: { name: string }[];
  segments: BilingualSegment[];
}

/** The text of a segment without its tags: what the checks see. */
export function partsToText(parts: SegmentPart[]): string {
  let text = '';
  for (const part of parts) {
    if (part.type === 'text') text += part.text;
  }
  return text;
}
