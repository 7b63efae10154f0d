// Public entry of the persistence layer: the review database, record migrations, autosave and the tab guard.
export {
  ConflictError,
  CorruptRecordError,
  PersistenceError,
  QuotaError,
  RecordVersionError,
  StorageUnavailableError,
  toPersistenceError,
} from './errors.ts';
export type { PersistenceErrorKind, UnavailableReason } from './errors.ts';
export { migrateRecord, RECORD_SCHEMA_VERSION, summarizeReview } from './record.ts';
export type { ReviewSummary, SavedReview } from './record.ts';
export { DB_NAME, DB_VERSION, openReviewDb } from './review-db.ts';
export type { OpenOptions, ReviewDb, ReviewInput, SaveOptions } from './review-db.ts';
export { createReviewWriter } from './review-writer.ts';
export type { ReviewWriter } from './review-writer.ts';
export { createAutosaver, flushOnPageHide } from './autosave.ts';
export type { Autosaver, AutosaverOptions, AutosaveStatus } from './autosave.ts';
export { createTabGuard, GUARD_CHANNEL_NAME, openBroadcastGuardChannel } from './tab-guard.ts';
export type { ClaimMode, ClaimOptions, ConflictChoice, GuardChannel, GuardMessage, ReviewClaim, TabGuard, TabGuardOptions } from './tab-guard.ts';
