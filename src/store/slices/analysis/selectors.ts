// Named selectors for the analysis slice; derived lists are memoised on the arrays they come from, so components re-render only when those change.
import type { Flag, Sentence, Severity } from '../../../core/index.ts';
import type { AppState } from '../../store.ts';
import type { AnalysisStatus } from './state.ts';

const NO_FLAGS: Flag[] = [];
const NO_SENTENCE_FLAGS: ReadonlyMap<number, Flag[]> = new Map();

export interface FlagCounts {
  total: number;
  bySeverity: Record<Severity, number>;
  /** Check ids with their counts, most frequent first. */
  byCheck: { check: string; count: number }[];
}

/** Flags of the open document; none while it differs from the one analysed (a new article, another language). */
export const selectFlags = (s: AppState): Flag[] =>
  s.analysisTarget !== null && s.analysisTarget === s.document ? s.flags : NO_FLAGS;

export const selectAnalysisStatus = (s: AppState): AnalysisStatus =>
  s.analysisTarget !== null && s.analysisTarget === s.document ? s.analysisStatus : 'idle';
export const selectAnalysisProgress = (s: AppState) => s.analysisProgress;
export const selectAnalysisError = (s: AppState) => s.analysisError;
export const selectCheckFailures = (s: AppState) => s.checkFailures;
export const selectAnalysisMillis = (s: AppState) => s.analysisMillis;
export const selectSelectedFlagId = (s: AppState) => s.selectedFlagId;

/** Pick with useShallow: what a scroll-into-view effect needs. */
export const selectSelection = (s: AppState) => ({
  flagId: s.selectedFlagId,
  origin: s.selectionOrigin,
  count: s.selectionCount,
});

export const selectSelectFlag = (s: AppState) => s.selectFlag;
export const selectSetSuggestions = (s: AppState) => s.setSuggestions;

export const selectSuggestions = (s: AppState) => s.suggestions;

const flagIndexes = new WeakMap<Flag[], Map<string, Flag>>();

export const selectSelectedFlag = (s: AppState): Flag | null => {
  const flags = selectFlags(s);
  if (s.selectedFlagId === null) return null;
  let index = flagIndexes.get(flags);
  if (!index) {
    index = new Map(flags.map((flag) => [flag.id, flag]));
    flagIndexes.set(flags, index);
  }
  return index.get(s.selectedFlagId) ?? null;
};

/**
 * Indexes of the sentences a [start, end) range touches. A range that touches none (empty, or only the space
 * between sentences) is given to the sentence it sits in or follows, so every flag can be shown somewhere.
 */
export function findTouchedSentences(sentences: readonly Sentence[], start: number, end: number): number[] {
  // Sentences are sorted and disjoint: binary-search the first one that ends after `start`.
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sentences[mid]!.end <= start) low = mid + 1;
    else high = mid;
  }
  const touched: number[] = [];
  for (let i = low; i < sentences.length && sentences[i]!.start < Math.max(end, start + 1); i++) touched.push(i);
  if (touched.length === 0 && sentences.length > 0) touched.push(Math.max(0, low - 1));
  return touched;
}

const sentenceFlagMaps = new WeakMap<Flag[], WeakMap<readonly Sentence[], Map<number, Flag[]>>>();

/** Flags by the index of every sentence they touch; a flag across a sentence boundary is in both. */
export const selectFlagsBySentence = (s: AppState): ReadonlyMap<number, Flag[]> => {
  const flags = selectFlags(s);
  const sentences = s.document?.sentences;
  if (!sentences || flags.length === 0) return NO_SENTENCE_FLAGS;
  let bySentences = sentenceFlagMaps.get(flags);
  if (!bySentences) {
    bySentences = new WeakMap();
    sentenceFlagMaps.set(flags, bySentences);
  }
  let map = bySentences.get(sentences);
  if (!map) {
    map = new Map();
    for (const flag of flags) {
      for (const index of findTouchedSentences(sentences, flag.start, flag.end)) {
        const list = map.get(index);
        if (list) list.push(flag);
        else map.set(index, [flag]);
      }
    }
    bySentences.set(sentences, map);
  }
  return map;
};

/** The sentence the selected flag starts in: the one marked current and scrolled to. */
export const selectCurrentSentence = (s: AppState): number | null => {
  const flag = selectSelectedFlag(s);
  const sentences = s.document?.sentences;
  if (!flag || !sentences) return null;
  return findTouchedSentences(sentences, flag.start, flag.end)[0] ?? null;
};

const countCache = new WeakMap<Flag[], FlagCounts>();

export const selectFlagCounts = (s: AppState): FlagCounts => {
  const flags = selectFlags(s);
  let counts = countCache.get(flags);
  if (!counts) {
    const bySeverity: Record<Severity, number> = { critical: 0, major: 0, minor: 0 };
    const byCheck = new Map<string, number>();
    for (const flag of flags) {
      bySeverity[flag.severity]++;
      byCheck.set(flag.check, (byCheck.get(flag.check) ?? 0) + 1);
    }
    counts = {
      total: flags.length,
      bySeverity,
      byCheck: [...byCheck]
        .map(([check, count]) => ({ check, count }))
        .sort((a, b) => b.count - a.count || a.check.localeCompare(b.check)),
    };
    countCache.set(flags, counts);
  }
  return counts;
};
