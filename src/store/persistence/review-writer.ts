// Saves one open review from one tab, remembering the revision it last wrote so another tab's save is never overwritten.
import type { SavedReview } from './record.ts';
import type { ReviewDb, ReviewInput } from './review-db.ts';

export interface ReviewWriter {
  /** Saves the review state against the last known revision; rejects with ConflictError when someone else saved since. */
  save(review: unknown): Promise<SavedReview>;
  /** The revision this writer last read or wrote (0 = not stored yet). */
  readonly revision: number;
}

/**
 * `opened` is the record as loaded (its revision is the starting point) or, for a new review, its fields
 * without revision (the first save creates it and fails if the id exists).
 */
export function createReviewWriter(
  db: Pick<ReviewDb, 'saveReview'>,
  opened: SavedReview | Omit<ReviewInput, 'writerId' | 'review'>,
  writerId: string,
): ReviewWriter {
  let revision = 'revision' in opened ? opened.revision : 0;
  const { id, title, lang, text, sourceText, sentenceCount, wordCount, createdAt } = opened;
  const meta = {
    id,
    title,
    lang,
    text,
    writerId,
    ...(sourceText === undefined ? {} : { sourceText }),
    ...(sentenceCount === undefined ? {} : { sentenceCount }),
    ...(wordCount === undefined ? {} : { wordCount }),
    ...(createdAt === undefined ? {} : { createdAt }),
  };
  return {
    async save(review) {
      const saved = await db.saveReview({ ...meta, review }, { expectedRevision: revision });
      revision = saved.revision;
      return saved;
    },
    get revision() {
      return revision;
    },
  };
}
