// Annotations as MQM TSV, the WMT human-evaluation layout, and a reader of the same files for round trips.
import type { Annotation, AnnotationSeverity } from '../review/types.ts';

export const mqmTsvColumns = ['system', 'doc', 'doc_id', 'seg_id', 'rater', 'source', 'target', 'category', 'severity'] as const;

/** WMT writes one such row per rater and segment without errors. */
export const NO_ERROR = 'No-error';

export interface MqmTsvRow {
  system: string;
  doc: string;
  docId: string;
  segId: string;
  rater: string;
  /** Clean texts, without the <v>…</v> marker. */
  source: string;
  target: string;
  category: string;
  /** As WMT writes it: "Major", "Minor", "Neutral", "Critical", "No-error". */
  severity: string;
  /** The marked span, in the target (or the source, for omissions), as [start, end) into that clean text. */
  span: { side: 'source' | 'target'; start: number; end: number } | null;
}

export class MqmTsvParseError extends Error {
  readonly line: number;

  constructor(line: number, message: string) {
    super(`Line ${line}: ${message}`);
    this.name = 'MqmTsvParseError';
    this.line = line;
  }
}

// Backslash escapes keep one row per line and one field per tab; WMT's own files have no tabs or breaks in text.
function escapeField(value: string): string {
  return value.replace(/[\\\t\n\r]/gu, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

function unescapeField(value: string): string {
  return value.replace(/\\([\\tnr])/gu, (_match, c: string) => (c === '\\' ? '\\' : c === 't' ? '\t' : c === 'n' ? '\n' : '\r'));
}

function mark(text: string, start: number, end: number): string {
  return `${text.slice(0, start)}<v>${text.slice(start, end)}</v>${text.slice(end)}`;
}

/** The TSV text: a header row, then one row per line (LF), fields escaped with \\t, \\n, \\r and \\\\. */
export function serializeMqmTsv(rows: readonly MqmTsvRow[]): string {
  const lines = rows.map((row) => {
    const source = row.span?.side === 'source' ? mark(row.source, row.span.start, row.span.end) : row.source;
    const target = row.span?.side === 'target' ? mark(row.target, row.span.start, row.span.end) : row.target;
    return [row.system, row.doc, row.docId, row.segId, row.rater, source, target, row.category, row.severity]
      .map(escapeField)
      .join('\t');
  });
  return [mqmTsvColumns.join('\t'), ...lines].map((line) => `${line}\n`).join('');
}

function unmark(text: string, line: number): { clean: string; span: { start: number; end: number } | null } {
  const open = text.indexOf('<v>');
  const close = text.indexOf('</v>');
  if (open < 0 && close < 0) return { clean: text, span: null };
  if (open < 0 || close < open || text.indexOf('<v>', open + 3) >= 0 || text.indexOf('</v>', close + 4) >= 0) {
    throw new MqmTsvParseError(line, 'the error span must be marked by exactly one <v> and one later </v>.');
  }
  const clean = text.slice(0, open) + text.slice(open + 3, close) + text.slice(close + 4);
  return { clean, span: { start: open, end: close - 3 } };
}

/** Rows of an MQM TSV (ours or WMT's: extra columns such as `comments` are ignored); throws MqmTsvParseError. */
export function parseMqmTsv(text: string): MqmTsvRow[] {
  const lines = text.split(/\r?\n/u);
  const header = lines[0]?.split('\t').map((name) => name.trim().toLowerCase()) ?? [];
  const index = mqmTsvColumns.map((column) => header.indexOf(column));
  const missing = mqmTsvColumns.filter((_column, i) => index[i]! < 0);
  if (missing.length > 0) throw new MqmTsvParseError(1, `the header lacks the column(s) ${missing.join(', ')}.`);
  const rows: MqmTsvRow[] = [];
  lines.slice(1).forEach((raw, i) => {
    const line = i + 2;
    if (raw === '') return;
    const fields = raw.split('\t');
    if (fields.length < header.length) {
      throw new MqmTsvParseError(line, `${fields.length} fields where the header has ${header.length}.`);
    }
    const get = (column: number) => unescapeField(fields[index[column]!]!);
    const source = unmark(get(5), line);
    const target = unmark(get(6), line);
    if (source.span && target.span) throw new MqmTsvParseError(line, 'both source and target mark a span.');
    rows.push({
      system: get(0),
      doc: get(1),
      docId: get(2),
      segId: get(3),
      rater: get(4),
      source: source.clean,
      target: target.clean,
      category: get(7),
      severity: get(8),
      span: source.span ? { side: 'source', ...source.span } : target.span ? { side: 'target', ...target.span } : null,
    });
  });
  return rows;
}

const SEVERITY_NAMES: Readonly<Record<AnnotationSeverity, string>> = {
  neutral: 'Neutral',
  minor: 'Minor',
  major: 'Major',
  critical: 'Critical',
};

/** "Major" → 'major'; undefined for "No-error" and anything else. */
export function parseMqmSeverity(raw: string): AnnotationSeverity | undefined {
  const name = raw.trim().toLowerCase();
  return name === 'neutral' || name === 'minor' || name === 'major' || name === 'critical' ? name : undefined;
}

export interface MqmTsvMeta {
  system: string;
  doc: string;
  docId: string;
  rater: string;
}

export interface MqmTsvSegment {
  /** '' for a monolingual review. */
  source: string;
  /** The text annotation offsets index: the sentence's current text (its edit, or the original). */
  target: string;
}

/**
 * One row per annotation, in reading order, with its span marked in the target; `seg_id` is the 1-based sentence
 * number. Sentences without annotations get a No-error row, as WMT writes them, when `includeNoError` (default).
 * An annotation whose span does not fit its sentence's text (stale after an edit) is written without a span.
 */
export function annotationsToMqmRows(
  annotations: readonly Annotation[],
  segments: readonly MqmTsvSegment[],
  meta: MqmTsvMeta,
  includeNoError = true,
): MqmTsvRow[] {
  const bySentence = new Map<number, Annotation[]>();
  for (const annotation of annotations) {
    const list = bySentence.get(annotation.sentence) ?? [];
    list.push(annotation);
    bySentence.set(annotation.sentence, list);
  }
  const rows: MqmTsvRow[] = [];
  segments.forEach((segment, sentence) => {
    const base = { ...meta, segId: String(sentence + 1), source: segment.source, target: segment.target };
    const list = (bySentence.get(sentence) ?? []).sort((a, b) => a.start - b.start || a.end - b.end);
    if (list.length === 0 && includeNoError) rows.push({ ...base, category: NO_ERROR, severity: NO_ERROR, span: null });
    for (const annotation of list) {
      const fits = annotation.start >= 0 && annotation.start <= annotation.end && annotation.end <= segment.target.length;
      rows.push({
        ...base,
        category: annotation.category,
        severity: SEVERITY_NAMES[annotation.severity],
        span: fits ? { side: 'target', start: annotation.start, end: annotation.end } : null,
      });
    }
  });
  return rows;
}
