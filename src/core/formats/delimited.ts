// Bilingual TSV/CSV in and out: source and target columns, RFC 4180 quoting, header and delimiter detection.
import type { BilingualDocument, BilingualSegment } from './bilingual.ts';
import { partsToText } from './bilingual.ts';

export type Delimiter = '\t' | ',' | ';';

export type DelimitedErrorKind =
  /** A quoted field runs to the end of the file. */
  | 'unterminated-quote'
  /** Text follows a closing quote before the next delimiter: `"a"b,c`. */
  | 'text-after-quote'
  /** A row has too few fields to hold the source (or target) column. */
  | 'missing-column'
  /** No row holds any text. */
  | 'empty';

/** Why a delimited file was refused, with the 1-based line the problem starts on (0 when it has none). */
export class DelimitedParseError extends Error {
  readonly kind: DelimitedErrorKind;
  readonly line: number;

  constructor(kind: DelimitedErrorKind, line: number, message: string) {
    super(message);
    this.name = 'DelimitedParseError';
    this.kind = kind;
    this.line = line;
  }
}

export interface DelimitedRecord {
  fields: string[];
  /** 1-based line the record starts on. */
  line: number;
}

export interface ParseDelimitedOptions {
  /** Sniffed from the first rows when absent. */
  delimiter?: Delimiter;
  /** Used when the header does not name the languages. */
  sourceLang?: string;
  targetLang?: string;
}

export interface SerializeDelimitedOptions {
  /** Defaults to tab for 'tsv' documents and comma otherwise. */
  delimiter?: Delimiter;
  /** Line end between records; CRLF is RFC 4180's, LF what most TSV tools write. Defaults to CRLF for CSV, LF for TSV. */
  lineEnd?: '\n' | '\r\n';
}

const DELIMITERS: readonly Delimiter[] = ['\t', ';', ','];
const SNIFF_RECORDS = 50;

/**
 * Records of delimited text, RFC 4180 style: a field that starts with a quote runs to the next lone quote, and
 * doubled quotes inside it stand for one. Quotes inside an unquoted field are kept as text, as spreadsheets do.
 * Line ends are CRLF, LF or CR; inside quotes they are kept as they are. Blank lines give no record.
 */
export function readDelimitedRecords(text: string, delimiter: Delimiter, limit = Infinity): DelimitedRecord[] {
  const records: DelimitedRecord[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n && records.length < limit) {
    const recordLine = line;
    const recordStart = i;
    const fields: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        const quoteLine = line;
        i++;
        for (;;) {
          const quote = text.indexOf('"', i);
          if (quote < 0) {
            throw new DelimitedParseError(
              'unterminated-quote',
              quoteLine,
              `Line ${quoteLine}: a quoted field is never closed.`,
            );
          }
          line += countLineBreaks(text, i, quote);
          field += text.slice(i, quote);
          i = quote + 1;
          if (text[i] === '"') {
            field += '"';
            i++;
          } else break;
        }
        if (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
          throw new DelimitedParseError(
            'text-after-quote',
            line,
            `Line ${line}: text follows the closing quote of a field; quotes inside a quoted field must be doubled.`,
          );
        }
      } else {
        let end = i;
        while (end < n && text[end] !== delimiter && text[end] !== '\n' && text[end] !== '\r') end++;
        field = text.slice(i, end);
        i = end;
      }
      fields.push(field);
      if (i < n && text[i] === delimiter) {
        i++;
        continue;
      }
      break;
    }
    // Blank means nothing stood on the line; a quoted empty field ("") is a record with one empty field.
    const isBlank = i === recordStart;
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    line++;
    if (!isBlank) records.push({ fields, line: recordLine });
  }
  return records;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

/**
 * The delimiter whose first records split most consistently into two or more fields; ties go to tab, then
 * semicolon, then comma, since prose is full of commas and nearly free of tabs.
 */
export function sniffDelimiter(text: string): Delimiter {
  let best: Delimiter = '\t';
  let bestScore = -1;
  for (const delimiter of DELIMITERS) {
    let records: DelimitedRecord[];
    try {
      records = readDelimitedRecords(text, delimiter, SNIFF_RECORDS);
    } catch {
      continue;
    }
    if (records.length === 0) continue;
    const counts = new Map<number, number>();
    for (const { fields } of records) counts.set(fields.length, (counts.get(fields.length) ?? 0) + 1);
    let modeWidth = 1;
    let modeCount = 0;
    for (const [width, count] of counts) {
      if (count > modeCount || (count === modeCount && width > modeWidth)) [modeWidth, modeCount] = [width, count];
    }
    if (modeWidth < 2) continue;
    const score = modeCount / records.length;
    if (score > bestScore) [best, bestScore] = [delimiter, score];
  }
  return best;
}

// Header names people give the columns, compared lower-cased and trimmed.
const SOURCE_NAMES = new Set(['source', 'src', 'source text', 'source segment', 'original', 'quelle', 'quelltext', 'ausgangstext', 'source_text']);
const TARGET_NAMES = new Set([
  'target', 'tgt', 'target text', 'target segment', 'translation', 'mt', 'hypothesis', 'ziel', 'zieltext',
  'übersetzung', 'uebersetzung', 'target_text',
]);
const ID_NAMES = new Set(['id', 'key', 'segment id', 'seg_id', 'segment', 'nr', 'no', 'number']);
const NOTE_NAMES = new Set(['note', 'notes', 'comment', 'comments', 'kommentar', 'anmerkung', 'bemerkung']);
// "en", "de-DE", "pt_BR": CAT tools often name the columns by their language.
const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/iu;

interface Columns {
  source: number;
  target: number;
  id: number;
  notes: number;
  sourceLang?: string;
  targetLang?: string;
}

function findColumns(header: readonly string[]): Columns | undefined {
  const names = header.map((cell) => cell.trim().toLowerCase());
  const source = names.findIndex((name) => SOURCE_NAMES.has(name));
  const target = names.findIndex((name) => TARGET_NAMES.has(name));
  const id = names.findIndex((name) => ID_NAMES.has(name));
  const notes = names.findIndex((name) => NOTE_NAMES.has(name));
  if (source >= 0) return { source, target, id, notes };
  // Two language tags as column names: "en-US<TAB>de-DE" ("id" and "no" are tags too, so known names go first).
  const tags = header
    .map((cell, index) => ({ index, cell: cell.trim() }))
    .filter(({ cell }) => isColumnTag(cell));
  if (tags.length === 2 && tags[0]!.cell.toLowerCase() !== tags[1]!.cell.toLowerCase()) {
    return {
      source: tags[0]!.index,
      target: tags[1]!.index,
      id,
      notes,
      sourceLang: tags[0]!.cell.replace('_', '-'),
      targetLang: tags[1]!.cell.replace('_', '-'),
    };
  }
  return undefined;
}

function isColumnTag(lang: string): boolean {
  const name = lang.toLowerCase();
  return LANGUAGE_TAG.test(lang) && !ID_NAMES.has(name) && !NOTE_NAMES.has(name) && !SOURCE_NAMES.has(name) && !TARGET_NAMES.has(name);
}

function describeDelimiter(delimiter: Delimiter): string {
  return delimiter === '\t' ? 'tab' : delimiter === ',' ? 'comma' : 'semicolon';
}

/**
 * Many TSV writers (the WMT MQM files among them) never quote, so `"Ja", sagte er.` is a field, not broken quoting.
 * A tab file that fails the strict reading is read line by line instead, but only when every line then has the same
 * number of fields: otherwise the strict error stands, rather than guessing.
 */
function readRecordsOrLiteralTsv(text: string, delimiter: Delimiter): DelimitedRecord[] {
  try {
    return readDelimitedRecords(text, delimiter);
  } catch (error) {
    if (delimiter !== '\t' || !(error instanceof DelimitedParseError)) throw error;
    const records: DelimitedRecord[] = [];
    text.split(/\r\n|\n|\r/u).forEach((line, index) => {
      if (line !== '') records.push({ fields: line.split('\t'), line: index + 1 });
    });
    const width = records[0]?.fields.length ?? 0;
    if (width < 2 || records.some(({ fields }) => fields.length !== width)) throw error;
    return records;
  }
}

/**
 * A bilingual document from TSV or CSV. With a header row, the columns are found by name (source/src/Quelle…,
 * target/tgt/Ziel/translation…, optional id and notes) or by two language tags ("en", "de-DE"); without one, the
 * first column is the source and the second the target (absent second column: no target). Segment ids are the
 * id column's values or the 1-based data row number. A BOM must already be removed (see decode.ts).
 * Throws DelimitedParseError with the line number on broken quoting or rows too short for their columns.
 */
export function parseDelimited(text: string, options: ParseDelimitedOptions = {}): BilingualDocument {
  const delimiter = options.delimiter ?? sniffDelimiter(text);
  const records = readRecordsOrLiteralTsv(text, delimiter);
  if (records.every(({ fields }) => fields.every((field) => field.trim() === ''))) {
    throw new DelimitedParseError('empty', 0, 'The file holds no text.');
  }
  const found = findColumns(records[0]!.fields);
  const columns: Columns = found ?? { source: 0, target: records.some((r) => r.fields.length > 1) ? 1 : -1, id: -1, notes: -1 };
  const rows = found ? records.slice(1) : records;
  const segments: BilingualSegment[] = rows.map((record, index) => {
    const { fields, line } = record;
    const need = Math.max(columns.source, columns.target);
    if (fields.length <= need) {
      throw new DelimitedParseError(
        'missing-column',
        line,
        `Line ${line}: ${fields.length} field(s) where ${need + 1} were expected; is the ${describeDelimiter(delimiter)} the right delimiter?`,
      );
    }
    const id = columns.id >= 0 && fields[columns.id] ? fields[columns.id]! : String(index + 1);
    const note = columns.notes >= 0 ? (fields[columns.notes] ?? '') : '';
    return {
      id,
      fileIndex: 0,
      unitId: id,
      source: [{ type: 'text', text: fields[columns.source]! }],
      target: columns.target >= 0 ? [{ type: 'text', text: fields[columns.target]! }] : null,
      notes: note ? [note] : [],
    };
  });
  return {
    format: delimiter === '\t' ? 'tsv' : 'csv',
    sourceLang: columns.sourceLang ?? options.sourceLang ?? '',
    targetLang: columns.targetLang ?? options.targetLang ?? '',
    files: [{ name: '' }],
    segments,
  };
}

/** A field quoted RFC 4180 style when it holds the delimiter, a quote or a line break, or has edge blanks a reader could trim. */
export function quoteField(value: string, delimiter: Delimiter): string {
  const needsQuotes = value.includes(delimiter) || /["\r\n]/u.test(value) || /^\s|\s$/u.test(value);
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The document as delimited text with a header row: `id` (only when some id is not its row number), `source` and
 * `target` (named by their language tags when both are known; no target column when no segment has a target), and
 * `notes` (joined by line breaks) when any segment has one. `corrections` replace targets by
 * segment index (like a review's edits). Tags have no place in TSV/CSV, so only the parts' text is written.
 */
export function serializeDelimited(
  doc: BilingualDocument,
  corrections: Readonly<Record<number, string>> = {},
  options: SerializeDelimitedOptions = {},
): string {
  const delimiter = options.delimiter ?? (doc.format === 'tsv' ? '\t' : ',');
  const lineEnd = options.lineEnd ?? (delimiter === '\t' ? '\n' : '\r\n');
  const hasIds = doc.segments.some((segment, index) => segment.id !== String(index + 1));
  const hasNotes = doc.segments.some((segment) => segment.notes.length > 0);
  const hasTarget = doc.segments.some((segment, index) => segment.target !== null || corrections[index] !== undefined);
  // Language tags as column names keep the languages in the file; "source"/"target" when they are unknown or equal.
  const byLanguage =
    hasTarget &&
    isColumnTag(doc.sourceLang) && isColumnTag(doc.targetLang) && doc.sourceLang.toLowerCase() !== doc.targetLang.toLowerCase();
  const header = [
    ...(hasIds ? ['id'] : []),
    byLanguage ? doc.sourceLang : 'source',
    ...(hasTarget ? [byLanguage ? doc.targetLang : 'target'] : []),
    ...(hasNotes ? ['notes'] : []),
  ];
  const rows = doc.segments.map((segment, index) => {
    const target = corrections[index] ?? (segment.target ? partsToText(segment.target) : '');
    return [
      ...(hasIds ? [segment.id] : []),
      partsToText(segment.source),
      ...(hasTarget ? [target] : []),
      ...(hasNotes ? [segment.notes.join('\n')] : []),
    ];
  });
  // A lone empty field would be a blank line, which readers skip; quoted, it stays a row. Readers sniff the
  // delimiter, so a field holding any delimiter is quoted: unquoted commas made a one-column TSV read back as CSV.
  const writeField = (field: string) =>
    DELIMITERS.some((other) => field.includes(other)) ? `"${field.replaceAll('"', '""')}"` : quoteField(field, delimiter);
  const writeRow = (row: string[]) => (row.length === 1 && row[0] === '' ? '""' : row.map(writeField).join(delimiter));
  return [header, ...rows].map((row) => writeRow(row) + lineEnd).join('');
}
