// Pure read-outs of a review: sentence status, current text, open flags, per-check dismissals, progress.
import type { ReviewState } from './types.ts';

export type SentenceStatus = 'untouched' | 'reviewed' | 'edited' | 'has-open-flags';

/**
 * One status per sentence, the first that holds of: has-open-flags (something still needs a decision, even on a
 * sentence marked reviewed), reviewed (the reviewer said it is done, edited or not), edited, untouched.
 */
export function sentenceStatus(review: ReviewState, sentenceIndex: number, openFlagCount: number): SentenceStatus {
  if (openFlagCount > 0) return 'has-open-flags';
  if (review.reviewed[sentenceIndex]) return 'reviewed';
  if (review.edits[sentenceIndex] !== undefined) return 'edited';
  return 'untouched';
}

export function currentSentenceText(review: ReviewState, index: number, originalText: string): string {
  return review.edits[index] ?? originalText;
}

export function isSentenceEdited(review: ReviewState, index: number): boolean {
  return review.edits[index] !== undefined;
}

/** Flags still waiting for a decision, muted checks left out; same order as given. */
export function openFlags<F extends { id: string; check: string }>(flags: readonly F[], review: ReviewState): F[] {
  const muted = new Set(review.settings.mutedChecks);
  return flags.filter((flag) => !review.decisions[flag.id] && !muted.has(flag.check));
}

export interface CheckDismissalStats {
  check: string;
  /** Distinct flags of the check: the current ones and any decided before an edit made them disappear. */
  flags: number;
  dismissed: number;
  /** Accepted or fixed by a suggestion. */
  accepted: number;
  /** dismissed / (dismissed + accepted); null before any decision. */
  falseAlarmRate: number | null;
  muted: boolean;
}

/** Per-check counts, checks with most dismissals first, then by id. */
export function dismissalStats(review: ReviewState, flags: readonly { id: string; check: string }[]): CheckDismissalStats[] {
  const ids = new Map<string, Set<string>>();
  const add = (check: string, id: string) => {
    let set = ids.get(check);
    if (!set) ids.set(check, (set = new Set()));
    set.add(id);
  };
  for (const flag of flags) add(flag.check, flag.id);
  for (const [id, decision] of Object.entries(review.decisions)) add(decision.check, id);
  const muted = new Set(review.settings.mutedChecks);
  const stats: CheckDismissalStats[] = [];
  for (const [check, set] of ids) {
    let dismissed = 0;
    let accepted = 0;
    for (const id of set) {
      const status = review.decisions[id]?.status;
      if (status === 'dismissed') dismissed++;
      else if (status === 'accepted' || status === 'fixed') accepted++;
    }
    const decided = dismissed + accepted;
    stats.push({ check, flags: set.size, dismissed, accepted, falseAlarmRate: decided ? dismissed / decided : null, muted: muted.has(check) });
  }
  return stats.sort((a, b) => b.dismissed - a.dismissed || a.check.localeCompare(b.check));
}

export interface ReviewProgress {
  reviewed: number;
  total: number;
  /** reviewed / total, 0 for an empty article. */
  ratio: number;
}

export function progress(review: ReviewState, sentenceCount: number): ReviewProgress {
  let reviewed = 0;
  for (const key of Object.keys(review.reviewed)) {
    const index = Number(key);
    if (Number.isInteger(index) && index >= 0 && index < sentenceCount) reviewed++;
  }
  return { reviewed, total: sentenceCount, ratio: sentenceCount > 0 ? reviewed / sentenceCount : 0 };
}
