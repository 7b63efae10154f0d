// A file opened for review, in any supported format: the target text the review works on, the source beside it, and what is needed to write corrections back.
import { type BilingualDocument, type InlineTag, type SegmentPart } from '../formats/bilingual.ts';
import { parseDelimited, sniffDelimiter, type Delimiter } from '../formats/delimited.ts';
import { parseXliff } from '../formats/xliff.ts';
import type { DocumentLayout, Span } from '../document/document.ts';

export type WorkFormat = 'text' | 'markdown' | 'xliff-1.2' | 'xliff-2.0' | 'tsv' | 'csv' | 'pairs';

export const WORK_FORMATS: readonly WorkFormat[] = ['text', 'markdown', 'xliff-1.2', 'xliff-2.0', 'tsv', 'csv', 'pairs'];

/** What is kept of an opened file (in the saved review and the project JSON): enough to open it again identically. */
export interface WorkFile {
  format: WorkFormat;
  /** The file name as opened ('' for pasted text). */
  name: string;
  /** The decoded text of the file: the target article, or the whole bilingual file. */
  original: string;
  /** Two plain texts ('pairs'): the source article's name and text. */
  sourceName?: string;
  sourceOriginal?: string;
}

/** An inline tag of a unit, at an offset into the unit's text (tags are not part of the text the review sees). */
export interface TagAt {
  offset: number;
  tag: InlineTag;
}

export interface WorkSide {
  /** What is segmented: the article, or a bilingual file's segments joined by blank lines. */
  text: string;
  layout: DocumentLayout;
  /** The language the file declares; '' when it does not say (the app detects it). */
  lang: string;
  /** Units only: each unit's inline tags. */
  tags?: TagAt[][];
  /** Units only: units whose side had no text at all in the file (a target not translated yet). */
  missing?: boolean[];
}

/** The primary subtag of the language a side declares ("de-DE" → "de"); '' when the file does not say. */
export function declaredLanguage(side: WorkSide): string {
  return side.lang.split(/[-_]/u)[0]!.toLowerCase();
}

export interface Work {
  file: WorkFile;
  target: WorkSide;
  source?: WorkSide;
  /** The parsed bilingual file (XLIFF, TSV/CSV); corrections are written back through it. */
  bilingual?: BilingualDocument;
}

export type WorkErrorCode = 'unknown-format' | 'no-segments' | 'empty';

/** A file that is readable but not something to review; parse errors of the formats keep their own types. */
export class WorkError extends Error {
  readonly code: WorkErrorCode;

  constructor(code: WorkErrorCode, message: string) {
    super(message);
    this.name = 'WorkError';
    this.code = code;
  }
}

/** Between the units of a bilingual file in the review's text; units never contain it at their edges. */
export const UNIT_SEPARATOR = '\n\n';

const EXTENSIONS: Readonly<Record<string, 'xliff' | 'tsv' | 'csv' | 'markdown' | 'text'>> = {
  xlf: 'xliff',
  xliff: 'xliff',
  sdlxliff: 'xliff',
  mxliff: 'xliff',
  tsv: 'tsv',
  tab: 'tsv',
  csv: 'csv',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
};

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The format family of a file, by its extension, else by its first characters (XML → XLIFF). */
export function detectFormat(name: string, text: string): 'xliff' | 'tsv' | 'csv' | 'markdown' | 'text' {
  const known = EXTENSIONS[extensionOf(name)];
  if (known) return known;
  const head = text.slice(0, 512).trimStart();
  if (head.startsWith('<?xml') || head.startsWith('<xliff')) return 'xliff';
  return 'text';
}

function buildUnits(segments: readonly (SegmentPart[] | null)[], lang: string): WorkSide {
  let text = '';
  const units: Span[] = [];
  const tags: TagAt[][] = [];
  const missing: boolean[] = [];
  segments.forEach((parts, index) => {
    if (index > 0) text += UNIT_SEPARATOR;
    const start = text.length;
    const unitTags: TagAt[] = [];
    let unitText = '';
    for (const part of parts ?? []) {
      if (part.type === 'text') unitText += part.text;
      else unitTags.push({ offset: unitText.length, tag: part.tag });
    }
    text += unitText;
    units.push({ start, end: text.length });
    tags.push(unitTags);
    missing.push(parts === null);
  });
  return { text, layout: { kind: 'units', units }, lang, tags, missing };
}

function fromBilingual(file: WorkFile, bilingual: BilingualDocument): Work {
  if (bilingual.segments.length === 0) throw new WorkError('no-segments', 'The file holds no segments to review.');
  return {
    file: { ...file, format: bilingual.format === 'pairs' ? file.format : bilingual.format },
    target: buildUnits(
      bilingual.segments.map((segment) => segment.target),
      bilingual.targetLang,
    ),
    source: buildUnits(
      bilingual.segments.map((segment) => segment.source),
      bilingual.sourceLang,
    ),
    bilingual,
  };
}

function requireText(text: string): void {
  if (text.trim() === '') throw new WorkError('empty', 'The file holds no text.');
}

/** Plain text as a work, whatever it holds (even nothing): the app's pasted text and reviews saved as text. */
export function textWork(name: string, text: string): Work {
  return { file: { format: 'text', name, original: text }, target: { text, layout: { kind: 'plain' }, lang: '' } };
}

/**
 * A .tsv is tab-separated; a .csv uses commas or semicolons, whichever splits its rows consistently. (The sniffer
 * skips a delimiter whose reading fails, so a CSV with a broken quote must not fall back to tabs: the reader then
 * reports the broken line instead of a misleading one.)
 */
function delimiterOf(file: WorkFile): Delimiter {
  if (file.format === 'tsv') return '\t';
  const sniffed = sniffDelimiter(file.original);
  return sniffed === '\t' ? ',' : sniffed;
}

/**
 * Opens a kept or freshly read file. Throws the format's own typed error for a broken file (XmlError, XliffError,
 * DelimitedParseError) and WorkError for one with nothing to review.
 */
export function openWork(file: WorkFile): Work {
  switch (file.format) {
    case 'xliff-1.2':
    case 'xliff-2.0':
      return fromBilingual(file, parseXliff(file.original));
    case 'tsv':
    case 'csv':
      return fromBilingual(file, parseDelimited(file.original, { delimiter: delimiterOf(file) }));
    case 'markdown':
      requireText(file.original);
      return { file, target: { text: file.original, layout: { kind: 'markdown' }, lang: '' } };
    case 'text':
      requireText(file.original);
      return textWork(file.name, file.original);
    case 'pairs':
      return {
        file,
        target: { text: file.original, layout: { kind: 'plain' }, lang: '' },
        source: { text: file.sourceOriginal ?? '', layout: { kind: 'plain' }, lang: '' },
      };
    default:
      throw new WorkError('unknown-format', `Unknown format: ${String((file as { format: unknown }).format)}`);
  }
}

/** Opens one file by its name and decoded text. */
export function openFile(name: string, text: string): Work {
  const family = detectFormat(name, text);
  // The XLIFF version is the file's; parseXliff tells it, so any of the two names starts the XLIFF reader.
  const format: WorkFormat = family === 'xliff' ? 'xliff-1.2' : family;
  return openWork({ format, name, original: text });
}

/** A source article and its translation as two plain texts, aligned sentence by sentence. */
export function openPair(source: { name: string; text: string }, target: { name: string; text: string }): Work {
  if (source.text.trim() === '' || target.text.trim() === '') {
    throw new WorkError('empty', 'Both the source and the translation need some text.');
  }
  return openWork({
    format: 'pairs',
    name: target.name,
    original: target.text,
    sourceName: source.name,
    sourceOriginal: source.text,
  });
}
