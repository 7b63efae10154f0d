// Record migrations: a review saved by an older app version opens in the current shape; newer or damaged ones are refused.
import { describe, expect, it } from 'vitest';
import {
  CorruptRecordError,
  migrateRecord,
  RECORD_SCHEMA_VERSION,
  RecordVersionError,
} from '../../src/store/persistence/index.ts';
import type { SavedReview } from '../../src/store/persistence/index.ts';

const REVIEW = { edits: { 2: 'Korrigiert.' }, annotations: [], decisions: {}, reviewed: { 2: true }, settings: { passThreshold: 90 } };

const CURRENT: SavedReview = {
  id: 'r1',
  title: 'Haushalt',
  lang: 'de',
  text: 'Der Rat tagte.',
  review: REVIEW,
  schemaVersion: RECORD_SCHEMA_VERSION,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-02T00:00:00.000Z',
  revision: 4,
  writerId: 'tab-a',
};

describe('migrateRecord', () => {
  it('upgrades a prototype (v0) record: renamed fields, no revision, writer or creation time', () => {
    const legacy = {
      id: 'old',
      lang: 'de',
      article: '  Titelzeile des Artikels\nZweite Zeile.',
      source: 'Title line\nSecond line.',
      savedAt: '2024-06-01T09:30:00.000Z',
      review: REVIEW,
    };

    expect(migrateRecord(legacy)).toEqual({
      id: 'old',
      lang: 'de',
      title: 'Titelzeile des Artikels',
      text: legacy.article,
      sourceText: legacy.source,
      review: REVIEW,
      createdAt: legacy.savedAt,
      updatedAt: legacy.savedAt,
      revision: 1,
      writerId: 'legacy',
      schemaVersion: 1,
    });
  });

  it('keeps a v0 record title and fields that already had their new names', () => {
    const migrated = migrateRecord({ id: 'x', lang: 'en', title: 'Mine', text: 'T', updatedAt: CURRENT.updatedAt, review: {} });
    expect(migrated).toMatchObject({ title: 'Mine', text: 'T', updatedAt: CURRENT.updatedAt, revision: 1 });
  });

  it('returns a current record unchanged', () => {
    expect(migrateRecord(structuredClone(CURRENT))).toEqual(CURRENT);
  });

  it('refuses a record from a newer app version instead of guessing', () => {
    const future = { ...CURRENT, schemaVersion: RECORD_SCHEMA_VERSION + 1, newField: 1 };
    expect(() => migrateRecord(future)).toThrow(RecordVersionError);
    expect(() => migrateRecord(future)).toThrow(/newer version of Revisor/);
  });

  it.each([
    { case: 'not an object', record: 'text' },
    { case: 'null', record: null },
    { case: 'an array', record: [CURRENT] },
    { case: 'a negative version', record: { ...CURRENT, schemaVersion: -1 } },
    { case: 'a version that is not a number', record: { ...CURRENT, schemaVersion: '1' } },
    { case: 'no review', record: { ...CURRENT, review: undefined } },
    { case: 'an empty id', record: { ...CURRENT, id: '' } },
    { case: 'a text that is not text', record: { ...CURRENT, text: 42 } },
    { case: 'a fractional revision', record: { ...CURRENT, revision: 1.5 } },
    { case: 'a negative word count', record: { ...CURRENT, wordCount: -3 } },
  ])('reports a damaged record when it has $case', ({ record }) => {
    expect(() => migrateRecord(record)).toThrow(CorruptRecordError);
  });
});
