// Typed storage failures, so the UI can say "Storage full — export now" or "Open in another tab" instead of a stack trace.

export type PersistenceErrorKind = 'quota' | 'conflict' | 'unavailable' | 'record-version' | 'corrupt-record' | 'storage';

/** Base of every error this module rejects with; `kind` is what the UI switches on. */
export class PersistenceError extends Error {
  readonly kind: PersistenceErrorKind;

  constructor(kind: PersistenceErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PersistenceError';
    this.kind = kind;
  }
}

/** The browser refused to store more (QuotaExceededError); the previously saved record is untouched. */
export class QuotaError extends PersistenceError {
  constructor(options?: { cause?: unknown }) {
    super('quota', 'The browser storage is full; the last saved version is kept. Export the review now.', options);
    this.name = 'QuotaError';
  }
}

/** Someone else (another tab, or a delete) changed the review since this writer last read it. */
export class ConflictError extends PersistenceError {
  readonly id: string;
  readonly expectedRevision: number;
  /** The revision found in storage; null when the review no longer exists. */
  readonly actualRevision: number | null;
  /** The writer that made the stored revision, when known. */
  readonly actualWriterId: string | null;

  constructor(id: string, expectedRevision: number, actualRevision: number | null, actualWriterId: string | null) {
    super(
      'conflict',
      actualRevision === null
        ? `Review ${id} was deleted elsewhere; it was not saved again.`
        : `Review ${id} was changed elsewhere (revision ${actualRevision}, expected ${expectedRevision}); not overwritten.`,
    );
    this.name = 'ConflictError';
    this.id = id;
    this.expectedRevision = expectedRevision;
    this.actualRevision = actualRevision;
    this.actualWriterId = actualWriterId;
  }
}

export type UnavailableReason = 'missing' | 'denied' | 'blocked' | 'closed' | 'newer-database';

/** IndexedDB cannot be used: absent, disabled (some private modes), blocked by an old tab, or closed under us. */
export class StorageUnavailableError extends PersistenceError {
  readonly reason: UnavailableReason;

  constructor(reason: UnavailableReason, message: string, options?: { cause?: unknown }) {
    super('unavailable', message, options);
    this.name = 'StorageUnavailableError';
    this.reason = reason;
  }
}

/** A record saved by a newer app version: refused rather than rewritten in a shape we do not know. */
export class RecordVersionError extends PersistenceError {
  readonly found: number;
  readonly supported: number;

  constructor(found: number, supported: number) {
    super(
      'record-version',
      `This review was saved by a newer version of Revisor (format ${found}; this version reads up to ${supported}). Update the app to open it.`,
    );
    this.name = 'RecordVersionError';
    this.found = found;
    this.supported = supported;
  }
}

/** A stored record that is not a review even after migration. */
export class CorruptRecordError extends PersistenceError {
  constructor(message: string) {
    super('corrupt-record', message);
    this.name = 'CorruptRecordError';
  }
}

/** Maps a DOMException (or anything thrown by IndexedDB) to one of the typed errors above. */
export function toPersistenceError(error: unknown): PersistenceError {
  if (error instanceof PersistenceError) return error;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  switch (name) {
    case 'QuotaExceededError':
      return new QuotaError({ cause: error });
    case 'InvalidStateError':
      return new StorageUnavailableError('closed', 'The review database was closed; reload the page.', { cause: error });
    case 'SecurityError':
      return new StorageUnavailableError('denied', 'The browser does not allow storage here (private mode?).', { cause: error });
    case 'VersionError':
      return new StorageUnavailableError(
        'newer-database',
        'The review database was upgraded by a newer version of Revisor in another tab; reload the page.',
        { cause: error },
      );
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return new PersistenceError('storage', `Storage failed: ${message}`, { cause: error });
    }
  }
}
