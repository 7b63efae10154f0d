// The saved review record and the migrations that upgrade records written by older app versions.
import { CorruptRecordError, RecordVersionError } from './errors.ts';

/** Version of the record shape written by this app. Bump it and append a step to MIGRATIONS together. */
export const RECORD_SCHEMA_VERSION = 1;

export interface SavedReview {
  id: string;
  title: string;
  lang: string;
  /** The original article, never changed by the review. */
  text: string;
  sourceText?: string;
  /**
   * The opened file when it was not plain text (Markdown, XLIFF, TSV/CSV, two texts): reopened from this, so the
   * same sentences come back and corrections can be written into the original format. Absent = `text` is plain text.
   */
  work?: { format: string; name: string; original: string; sourceName?: string; sourceOriginal?: string };
  /** The review model's state (ReviewState); only required to be structured-cloneable here. */
  review: unknown;
  schemaVersion: number;
  createdAt: string;
  updatedAt: string;
  /** Incremented on every save; saves name the revision they started from (optimistic concurrency). */
  revision: number;
  /** The tab (writer) that made this revision. */
  writerId: string;
  sentenceCount?: number;
  wordCount?: number;
}

/** What the list of reviews shows; kept in its own store so listing never reads article texts. */
export interface ReviewSummary {
  id: string;
  title: string;
  lang: string;
  createdAt: string;
  updatedAt: string;
  revision: number;
  sentenceCount?: number;
  wordCount?: number;
}

type LooseRecord = Record<string, unknown>;

/** MIGRATIONS[n] upgrades a record of schema version n to n + 1. Never edit a step once released. */
const MIGRATIONS: ReadonlyArray<(record: LooseRecord) => LooseRecord> = [
  // 0 → 1: the prototype stored `article`, `source` and `savedAt`, had no schemaVersion, and no
  // revision, writer or creation time (it predates multi-tab safety).
  (record) => {
    const { article, source, savedAt, ...rest } = record;
    const text = rest.text ?? article;
    const updatedAt = rest.updatedAt ?? savedAt ?? new Date(0).toISOString();
    return {
      ...rest,
      text,
      ...(rest.sourceText === undefined && source !== undefined ? { sourceText: source } : {}),
      title: rest.title ?? (typeof text === 'string' ? firstLine(text) : ''),
      updatedAt,
      createdAt: rest.createdAt ?? updatedAt,
      // Revision 0 means "not stored yet", so an existing legacy record starts at 1.
      revision: rest.revision ?? 1,
      writerId: rest.writerId ?? 'legacy',
      schemaVersion: 1,
    };
  },
];

function firstLine(text: string): string {
  const line = text.trimStart().split('\n', 1)[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

/**
 * Upgrades a stored record of any older schema version to the current shape. Throws
 * RecordVersionError for a newer version and CorruptRecordError when the result is not a review.
 */
export function migrateRecord(stored: unknown): SavedReview {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    throw new CorruptRecordError('The stored review is not an object.');
  }
  let record = stored as LooseRecord;
  const version = record.schemaVersion ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new CorruptRecordError(`The stored review has an invalid schema version: ${JSON.stringify(version)}.`);
  }
  if (version > RECORD_SCHEMA_VERSION) throw new RecordVersionError(version, RECORD_SCHEMA_VERSION);
  for (let step = version; step < RECORD_SCHEMA_VERSION; step += 1) {
    record = MIGRATIONS[step]!(record);
  }
  return validateRecord(record);
}

function validateRecord(record: LooseRecord): SavedReview {
  const problems: string[] = [];
  const expectString = (field: string, optional = false) => {
    const value = record[field];
    if (optional && value === undefined) return;
    if (typeof value !== 'string') problems.push(`${field} is not text`);
  };
  const expectCount = (field: string, optional: boolean) => {
    const value = record[field];
    if (optional && value === undefined) return;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) problems.push(`${field} is not a count`);
  };
  for (const field of ['id', 'title', 'lang', 'text', 'createdAt', 'updatedAt', 'writerId']) expectString(field);
  expectString('sourceText', true);
  const work = record.work;
  if (work !== undefined) {
    const w = work as Record<string, unknown> | null;
    if (typeof w !== 'object' || w === null || typeof w.format !== 'string' || typeof w.name !== 'string' || typeof w.original !== 'string') {
      problems.push('work is not an opened file');
    }
  }
  expectCount('revision', false);
  expectCount('sentenceCount', true);
  expectCount('wordCount', true);
  if (record.id === '') problems.push('id is empty');
  if (record.review === undefined) problems.push('review is missing');
  if (problems.length > 0) {
    const id = typeof record.id === 'string' ? record.id : '?';
    throw new CorruptRecordError(`The stored review ${id} is damaged: ${problems.join(', ')}.`);
  }
  return record as unknown as SavedReview;
}

/** The list entry of a record. */
export function summarizeReview(record: SavedReview): ReviewSummary {
  const { id, title, lang, createdAt, updatedAt, revision, sentenceCount, wordCount } = record;
  return {
    id,
    title,
    lang,
    createdAt,
    updatedAt,
    revision,
    ...(sentenceCount === undefined ? {} : { sentenceCount }),
    ...(wordCount === undefined ? {} : { wordCount }),
  };
}
