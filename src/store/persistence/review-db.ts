// IndexedDB repository of reviews: versioned schema, atomic saves with optimistic concurrency, typed errors.
import { ConflictError, StorageUnavailableError, toPersistenceError } from './errors.ts';
import type { PersistenceError } from './errors.ts';
import { migrateRecord, RECORD_SCHEMA_VERSION, summarizeReview } from './record.ts';
import type { ReviewSummary, SavedReview } from './record.ts';

export const DB_NAME = 'revisor';
export const DB_VERSION = 2;
const REVIEWS = 'reviews';
const SUMMARIES = 'summaries';

/** UPGRADES[n] upgrades the database from version n to n + 1, inside the versionchange transaction. */
const UPGRADES: ReadonlyArray<(db: IDBDatabase, tx: IDBTransaction) => void> = [
  // 0 → 1: whole reviews by id.
  (db) => {
    db.createObjectStore(REVIEWS, { keyPath: 'id' });
  },
  // 1 → 2: summaries beside the reviews, so that the list of reviews never reads article texts.
  (db, tx) => {
    db.createObjectStore(SUMMARIES, { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
    const summaries = tx.objectStore(SUMMARIES);
    tx.objectStore(REVIEWS).openCursor().onsuccess = (event) => {
      const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
      if (!cursor) return;
      try {
        summaries.put(summarizeReview(migrateRecord(cursor.value)));
      } catch {
        // A damaged or newer record gets no summary; loadReview reports it by id, and the upgrade must not fail for it.
      }
      cursor.continue();
    };
  },
];

/** The fields a caller provides; the repository sets schemaVersion, revision and the times. */
export type ReviewInput = Omit<SavedReview, 'schemaVersion' | 'revision' | 'createdAt' | 'updatedAt'> &
  Partial<Pick<SavedReview, 'createdAt'>>;

export interface SaveOptions {
  /** The revision this writer last read or wrote; 0 for a review that must not exist yet. */
  expectedRevision: number;
}

export interface ReviewDb {
  /** Writes the review and its summary in one transaction; rejects with ConflictError when the stored revision differs. */
  saveReview(input: ReviewInput, options: SaveOptions): Promise<SavedReview>;
  /** The review upgraded to the current shape, or null when there is none. */
  loadReview(id: string): Promise<SavedReview | null>;
  /** Summaries of all reviews, most recently updated first. */
  listReviews(): Promise<ReviewSummary[]>;
  /** Removes the review; with expectedRevision, only if nobody saved it since. */
  deleteReview(id: string, options?: Partial<SaveOptions>): Promise<void>;
  close(): void;
}

export interface OpenOptions {
  /** Clock for createdAt/updatedAt; tests pin it. */
  now?: () => Date;
  /** A newer app version in another tab needs to upgrade the database: this connection has been closed. */
  onVersionChange?: () => void;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(toPersistenceError(req.error));
  });
}

/** Opens (creating or upgrading) the review database. Rejects with StorageUnavailableError when IndexedDB cannot be used. */
export async function openReviewDb(factory?: IDBFactory, options: OpenOptions = {}): Promise<ReviewDb> {
  const idb = factory ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB);
  if (!idb) throw new StorageUnavailableError('missing', 'This browser has no IndexedDB; reviews cannot be saved.');
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    let open: IDBOpenDBRequest;
    try {
      open = idb.open(DB_NAME, DB_VERSION);
    } catch (error) {
      reject(toPersistenceError(error));
      return;
    }
    let settled = false;
    open.onupgradeneeded = (event) => {
      const tx = open.transaction!;
      for (let version = event.oldVersion; version < DB_VERSION; version += 1) UPGRADES[version]!(open.result, tx);
    };
    open.onsuccess = () => {
      // Blocked earlier and already reported: do not keep a connection nobody will use.
      if (settled) open.result.close();
      else resolve(open.result);
      settled = true;
    };
    open.onerror = () => {
      settled = true;
      reject(toPersistenceError(open.error));
    };
    open.onblocked = () => {
      settled = true;
      reject(
        new StorageUnavailableError('blocked', 'Another Revisor tab uses an older version of the review database; close it and reload.'),
      );
    };
  });
  db.onversionchange = () => {
    db.close();
    options.onVersionChange?.();
  };
  return createRepository(db, options.now ?? (() => new Date()));
}

function createRepository(db: IDBDatabase, now: () => Date): ReviewDb {
  const transaction = (stores: string[], mode: IDBTransactionMode): IDBTransaction => {
    try {
      return db.transaction(stores, mode);
    } catch (error) {
      throw toPersistenceError(error);
    }
  };

  /**
   * Runs `body` in one read-write transaction over both stores. A failure set by the body (or thrown by a
   * request) aborts the whole transaction, so a partial write never reaches the disk.
   */
  const readWrite = <T>(body: (tx: IDBTransaction, fail: (error: unknown) => void, done: (value: T) => void) => void) =>
    new Promise<T>((resolve, reject) => {
      const tx = transaction([REVIEWS, SUMMARIES], 'readwrite');
      let failure: PersistenceError | undefined;
      let result: { value: T } | undefined;
      const fail = (error: unknown) => {
        failure ??= toPersistenceError(error);
        try {
          tx.abort();
        } catch {
          // Already finished or aborting: the abort handler reports `failure`.
        }
      };
      tx.oncomplete = () => {
        if (failure !== undefined || !result) reject(failure ?? new Error('Transaction completed without a result.'));
        else resolve(result.value);
      };
      tx.onabort = () => reject(failure ?? toPersistenceError(tx.error));
      try {
        body(tx, fail, (value) => {
          result = { value };
        });
      } catch (error) {
        fail(error);
      }
    });

  return {
    saveReview(input, { expectedRevision }) {
      return readWrite<SavedReview>((tx, fail, done) => {
        const reviews = tx.objectStore(REVIEWS);
        const write = (stored: { revision: number; createdAt: string } | null) => {
          const time = now().toISOString();
          const record: SavedReview = {
            ...input,
            schemaVersion: RECORD_SCHEMA_VERSION,
            createdAt: stored?.createdAt ?? input.createdAt ?? time,
            updatedAt: time,
            revision: (stored?.revision ?? 0) + 1,
          };
          reviews.put(record);
          tx.objectStore(SUMMARIES).put(summarizeReview(record));
          done(record);
        };
        // The whole record holds the article: reading and migrating it before every autosave cost ~70 ms on a
        // 1.5 MB article. Its summary, written in the same transactions, says whether the revision is the expected
        // one; only when it is not (a conflict, or a record without summary) is the record itself read.
        const readRecord = () => {
          const get = reviews.get(input.id);
          get.onsuccess = () => {
            try {
              const stored = get.result === undefined ? null : migrateRecord(get.result);
              const actual = stored?.revision ?? 0;
              if (actual !== expectedRevision) {
                fail(new ConflictError(input.id, expectedRevision, stored ? actual : null, stored?.writerId ?? null));
                return;
              }
              write(stored);
            } catch (error) {
              fail(error);
            }
          };
        };
        const summary = tx.objectStore(SUMMARIES).get(input.id) as IDBRequest<ReviewSummary | undefined>;
        summary.onsuccess = () => {
          const known = summary.result;
          if (known?.revision !== expectedRevision) {
            readRecord();
            return;
          }
          try {
            write(known);
          } catch (error) {
            fail(error);
          }
        };
      });
    },

    async loadReview(id) {
      const stored = await request(transaction([REVIEWS], 'readonly').objectStore(REVIEWS).get(id) as IDBRequest<unknown>);
      return stored === undefined ? null : migrateRecord(stored);
    },

    async listReviews() {
      const summaries = await request(
        transaction([SUMMARIES], 'readonly').objectStore(SUMMARIES).getAll() as IDBRequest<ReviewSummary[]>,
      );
      const time = (summary: ReviewSummary) => Date.parse(summary.updatedAt) || 0;
      return summaries.sort((a, b) => time(b) - time(a) || a.id.localeCompare(b.id));
    },

    deleteReview(id, options = {}) {
      return readWrite<void>((tx, fail, done) => {
        const reviews = tx.objectStore(REVIEWS);
        const remove = () => {
          reviews.delete(id);
          tx.objectStore(SUMMARIES).delete(id);
          done(undefined);
        };
        const { expectedRevision } = options;
        if (expectedRevision === undefined) {
          remove();
          return;
        }
        const get = reviews.get(id);
        get.onsuccess = () => {
          const raw = get.result as unknown;
          const stored = raw === undefined ? null : (raw as Partial<SavedReview>);
          const actual = stored ? (stored.revision ?? 1) : null;
          if (actual !== null && actual !== expectedRevision) {
            fail(new ConflictError(id, expectedRevision, actual, stored?.writerId ?? null));
            return;
          }
          try {
            remove();
          } catch (error) {
            fail(error);
          }
        };
      });
    },

    close() {
      db.close();
    },
  };
}
