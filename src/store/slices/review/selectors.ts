// Named selectors for the review slice; derived lists are memoised on the objects they come from, so components re-render only when those change.
import type { Sentence } from '../../../core/index.ts';
import { canRedo, canUndo, createHistory, type ReviewHistory } from '../../../core/review/history.ts';
import { createReview } from '../../../core/review/review.ts';
import {
  dismissalStats,
  progress,
  sentenceStatus,
  type CheckDismissalStats,
  type ReviewProgress,
  type SentenceStatus,
} from '../../../core/review/selectors.ts';
import type { FlagDecision, ReviewState, SentenceFlag } from '../../../core/review/types.ts';
import type { AppState } from '../../store.ts';
import { selectFlags } from '../analysis/selectors.ts';
import { groupSentenceFlags, namedSentence } from './sentence-flags.ts';
import type { RecheckEntry } from './state.ts';

export interface ReviewFlagEntry {
  flag: SentenceFlag;
  /** A decided flag of the original text of a sentence edited since: listed with its decision, not marked inline. */
  isOutdated: boolean;
}

const EMPTY_HISTORY: ReviewHistory = createHistory(createReview());
const NO_SENTENCES: readonly Sentence[] = [];

/** Remembers the last result; recomputes when any input differs by identity. */
function lastResult<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let last: R;
  return (...args: A) => {
    if (lastArgs && args.length === lastArgs.length && args.every((arg, i) => arg === lastArgs![i])) return last;
    lastArgs = args;
    last = compute(...args);
    return last;
  };
}

export const selectReviewHistory = (s: AppState): ReviewHistory =>
  s.document !== null && s.reviewDocument === s.document ? s.reviewHistory : EMPTY_HISTORY;
export const selectReview = (s: AppState): ReviewState => selectReviewHistory(s).present;
export const selectCanUndo = (s: AppState) => canUndo(selectReviewHistory(s));
export const selectCanRedo = (s: AppState) => canRedo(selectReviewHistory(s));
export const selectEditingSentence = (s: AppState) => s.editingSentence;
export const selectRechecks = (s: AppState) => s.rechecks;
export const selectSentences = (s: AppState): readonly Sentence[] => s.document?.sentences ?? NO_SENTENCES;
export const selectAnnotationCount = (s: AppState) => selectReview(s).annotations.length;
export const selectAnnotations = (s: AppState) => selectReview(s).annotations;
export const selectEdits = (s: AppState) => selectReview(s).edits;

const groupOriginal = lastResult(groupSentenceFlags);

const sameFlag = (a: SentenceFlag, b: SentenceFlag) =>
  a.check === b.check && a.start === b.start && a.end === b.end && namedSentence(a) === namedSentence(b);

const buildReviewFlags = lastResult(
  (
    original: Map<number, SentenceFlag[]>,
    edits: Record<number, string>,
    rechecks: Record<number, RecheckEntry>,
    decisions: Record<string, FlagDecision>,
  ): Map<number, ReviewFlagEntry[]> => {
    // Re-checks that answer for an edited sentence's current text, and what they say about unedited sentences.
    const current = new Map<number, RecheckEntry>();
    const relatedTo = new Map<number, SentenceFlag[]>();
    for (const [key, edit] of Object.entries(edits)) {
      const entry = rechecks[Number(key)];
      if (entry?.status !== 'done' || entry.text !== edit) continue;
      current.set(Number(key), entry);
      for (const flag of entry.related) {
        if (edits[flag.sentence] === undefined) relatedTo.set(flag.sentence, [...(relatedTo.get(flag.sentence) ?? []), flag]);
      }
    }
    // An unedited sentence's flag of an article-level check that names an edited sentence was computed against that
    // sentence's old text; the edited sentence's re-check says what holds now.
    const isSuperseded = (flag: SentenceFlag) => {
      const other = namedSentence(flag);
      return other !== undefined && (current.get(other)?.articleChecks.includes(flag.check) ?? false);
    };

    const map = new Map<number, ReviewFlagEntry[]>();
    const indexes = new Set([...original.keys(), ...relatedTo.keys(), ...Object.keys(edits).map(Number)]);
    for (const index of [...indexes].sort((a, b) => a - b)) {
      const own = original.get(index) ?? [];
      const edit = edits[index];
      if (edit === undefined) {
        const entries: ReviewFlagEntry[] = [];
        const related = relatedTo.get(index) ?? [];
        for (const flag of own) {
          // Still true after the edit: the original flag stays, with its id and so its decision.
          if (!isSuperseded(flag) || related.some((r) => sameFlag(r, flag))) entries.push({ flag, isOutdated: false });
          else if (decisions[flag.id]) entries.push({ flag, isOutdated: true });
        }
        for (const flag of related) {
          if (!entries.some((entry) => sameFlag(entry.flag, flag))) entries.push({ flag, isOutdated: false });
        }
        entries.sort((a, b) => a.flag.start - b.flag.start || a.flag.end - b.flag.end);
        if (entries.length) map.set(index, entries);
        continue;
      }
      // The original flags' offsets no longer fit an edited sentence; only their decisions are worth showing.
      const entries = own.filter((flag) => decisions[flag.id]).map((flag) => ({ flag, isOutdated: true }));
      const recheck = current.get(index);
      if (recheck) entries.push(...recheck.flags.map((flag) => ({ flag, isOutdated: false })));
      if (entries.length) map.set(index, entries);
    }
    return map;
  },
);

/** Flags of each sentence as the reviewer sees them: the original analysis, or the re-check of an edited sentence. */
export const selectReviewFlagsBySentence = (s: AppState): Map<number, ReviewFlagEntry[]> => {
  const review = selectReview(s);
  return buildReviewFlags(groupOriginal(selectFlags(s), selectSentences(s)), review.edits, s.rechecks, review.decisions);
};

const flatten = lastResult((map: Map<number, ReviewFlagEntry[]>) => [...map.values()].flat());

/** All flags in reading order (sentence, then start). */
export const selectReviewFlags = (s: AppState): ReviewFlagEntry[] => flatten(selectReviewFlagsBySentence(s));

const withoutMuted = lastResult((entries: ReviewFlagEntry[], muted: string[]) =>
  muted.length === 0 ? entries : entries.filter((entry) => !muted.includes(entry.flag.check)),
);

/** What the flags list shows: all but the muted checks' flags. */
export const selectListedFlags = (s: AppState): ReviewFlagEntry[] =>
  withoutMuted(selectReviewFlags(s), selectReview(s).settings.mutedChecks);

const openOnly = lastResult((entries: ReviewFlagEntry[], decisions: Record<string, FlagDecision>) =>
  entries.filter((entry) => !entry.isOutdated && !decisions[entry.flag.id]),
);

/** Flags still waiting for a decision, muted checks left out, in reading order: what n/p step through. */
export const selectOpenFlags = (s: AppState): ReviewFlagEntry[] => openOnly(selectListedFlags(s), selectReview(s).decisions);

export const selectFlagDecisions = (s: AppState) => selectReview(s).decisions;

const statuses = lastResult((review: ReviewState, sentenceCount: number, open: ReviewFlagEntry[]): SentenceStatus[] => {
  const openCount = new Map<number, number>();
  for (const { flag } of open) openCount.set(flag.sentence, (openCount.get(flag.sentence) ?? 0) + 1);
  return Array.from({ length: sentenceCount }, (_, i) => sentenceStatus(review, i, openCount.get(i) ?? 0));
});

export const selectSentenceStatuses = (s: AppState): SentenceStatus[] =>
  statuses(selectReview(s), selectSentences(s).length, selectOpenFlags(s));

const progressOf = lastResult(progress);
export const selectReviewProgress = (s: AppState): ReviewProgress => progressOf(selectReview(s), selectSentences(s).length);

const statsOf = lastResult((review: ReviewState, entries: ReviewFlagEntry[]) =>
  dismissalStats(
    review,
    entries.map((entry) => entry.flag),
  ),
);

/** Per-check counts of decisions, with the false-alarm rate and whether the check is muted. */
export const selectDismissalStats = (s: AppState): CheckDismissalStats[] => statsOf(selectReview(s), selectReviewFlags(s));

const flagsById = lastResult(
  (entries: ReviewFlagEntry[]) => new Map(entries.map((entry) => [entry.flag.id, entry] as const)),
);

export function findReviewFlag(s: AppState, flagId: string | null): ReviewFlagEntry | undefined {
  if (flagId === null) return undefined;
  // Looked up by every sentence on screen after every change, so by id rather than a scan of all flags.
  return flagsById(selectReviewFlags(s)).get(flagId);
}

/** The selected flag when it is one of the review's flags. */
export const selectSelectedReviewFlag = (s: AppState): ReviewFlagEntry | null => findReviewFlag(s, s.selectedFlagId) ?? null;

/** The sentence being worked on: the selected flag's, else the one the reviewer moved to. */
export const selectActiveSentence = (s: AppState): number | null => {
  const selected = selectSelectedReviewFlag(s);
  if (selected) return selected.flag.sentence;
  const count = selectSentences(s).length;
  return s.reviewCursor !== null && s.reviewCursor < count ? s.reviewCursor : null;
};

/** The text a sentence shows now: its edit, or the original. */
export function sentenceTextOf(s: AppState, index: number): string {
  return selectReview(s).edits[index] ?? selectSentences(s)[index]?.text ?? '';
}

export const selectUndoReview = (s: AppState) => s.undoReview;
export const selectRedoReview = (s: AppState) => s.redoReview;
export const selectAcceptFlag = (s: AppState) => s.acceptFlag;
export const selectDismissFlag = (s: AppState) => s.dismissFlag;
export const selectReopenFlag = (s: AppState) => s.reopenFlag;
export const selectApplySuggestion = (s: AppState) => s.applySuggestion;
export const selectMuteCheck = (s: AppState) => s.muteCheck;
export const selectEditSentence = (s: AppState) => s.editSentence;
export const selectRevertSentence = (s: AppState) => s.revertSentence;
export const selectSetSentenceReviewed = (s: AppState) => s.setSentenceReviewed;
export const selectStartEditing = (s: AppState) => s.startEditing;
export const selectStopEditing = (s: AppState) => s.stopEditing;
export const selectSetReviewCursor = (s: AppState) => s.setReviewCursor;

const NO_INLINE: ReadonlyMap<number, SentenceFlag[]> = new Map();
let previousInline: ReadonlyMap<number, SentenceFlag[]> = NO_INLINE;

const sameItems = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((item, i) => item === b[i]);

const inlineOf = lastResult(
  (byIndex: Map<number, ReviewFlagEntry[]>, decisions: Record<string, FlagDecision>, muted: string[]) => {
    if (byIndex.size === 0) return NO_INLINE;
    const map = new Map<number, SentenceFlag[]>();
    const previous = previousInline;
    for (const [index, entries] of byIndex) {
      // Dismissed and fixed flags are done with; accepted ones stay marked, they are errors in the text.
      const flags = entries
        .filter(({ flag, isOutdated }) => {
          const status = decisions[flag.id]?.status;
          return !isOutdated && status !== 'dismissed' && status !== 'fixed' && !muted.includes(flag.check);
        })
        .map((entry) => entry.flag);
      // A sentence whose flags did not change keeps the same array, so it need not render again.
      const before = previous.get(index);
      if (flags.length) map.set(index, before && sameItems(before, flags) ? before : flags);
    }
    previousInline = map;
    return map;
  },
);

/** Flags to mark inline, by sentence; offsets into the sentence's current text. */
export const selectInlineFlags = (s: AppState): ReadonlyMap<number, SentenceFlag[]> => {
  const review = selectReview(s);
  return inlineOf(selectReviewFlagsBySentence(s), review.decisions, review.settings.mutedChecks);
};

export const selectReviewed = (s: AppState) => selectReview(s).reviewed;
export const selectIsShortcutHelpOpen = (s: AppState) => s.isShortcutHelpOpen;
export const selectSetShortcutHelpOpen = (s: AppState) => s.setShortcutHelpOpen;
export const selectReviewSettings = (s: AppState) => selectReview(s).settings;
export const selectDispatchReview = (s: AppState) => s.dispatchReview;
/** Words of the open article, which the MQM penalty is per. */
export const selectWordCount = (s: AppState) => s.stats?.words ?? 0;

/** What one sentence of the article shows. */
export interface SentenceView {
  /** The edit, when the sentence has one. */
  edit: string | undefined;
  status: SentenceStatus;
  isReviewed: boolean;
  /** Flags marked inline, offsets into the sentence's current text. */
  flags: readonly SentenceFlag[] | undefined;
  isCurrent: boolean;
  isEditing: boolean;
  /** The selected flag, when it is one of this sentence's. */
  selectedFlagId: string | null;
}

/**
 * A selector of one sentence's view, for one component: it gives back the same object until something in it changes,
 * so the sentence renders again only then. Every sentence on screen runs its selector after every change of the store,
 * hence no allocation and no generic shallow comparison when nothing changed.
 */
export function createSentenceViewSelector(index: number): (s: AppState) => SentenceView {
  let last: SentenceView | null = null;
  return (s) => {
    const review = selectReview(s);
    const edit = review.edits[index];
    const status = selectSentenceStatuses(s)[index] ?? 'untouched';
    const isReviewed = review.reviewed[index] === true;
    const flags = selectInlineFlags(s).get(index);
    const isCurrent = selectActiveSentence(s) === index;
    const isEditing = s.editingSentence === index;
    const selectedFlagId = isCurrent ? s.selectedFlagId : null;
    if (
      !last ||
      last.edit !== edit ||
      last.status !== status ||
      last.isReviewed !== isReviewed ||
      last.flags !== flags ||
      last.isCurrent !== isCurrent ||
      last.isEditing !== isEditing ||
      last.selectedFlagId !== selectedFlagId
    ) {
      last = { edit, status, isReviewed, flags, isCurrent, isEditing, selectedFlagId };
    }
    return last;
  };
}
