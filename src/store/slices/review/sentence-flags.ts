// Converts the analysis' document-offset flags into sentence flags (offsets into the sentence), which the review reducers take.
import type { Flag, RelatedFlag, Sentence, Suggestion } from '../../../core/index.ts';
import type { SentenceFlag } from '../../../core/review/types.ts';
import { findTouchedSentences } from '../analysis/selectors.ts';

const clamp = (value: number, length: number) => Math.max(0, Math.min(value, length));

/**
 * The flag in terms of the first sentence it touches. Suggestions that reach outside that sentence are dropped:
 * applying them to the sentence alone would change text the reviewer cannot see in it.
 */
export function toSentenceFlag(flag: Flag, sentence: Sentence): SentenceFlag {
  const length = sentence.end - sentence.start;
  const suggestions: Suggestion[] = flag.suggestions
    .filter((s) => s.start >= sentence.start && s.end <= sentence.end)
    .map((s) => ({ start: s.start - sentence.start, end: s.end - sentence.start, replacement: s.replacement }));
  return {
    ...flag,
    sentence: sentence.index,
    start: clamp(flag.start - sentence.start, length),
    end: clamp(flag.end - sentence.start, length),
    suggestions,
  };
}

/** Every flag in its first sentence, grouped by sentence index; order within a sentence is by start, then end. */
export function groupSentenceFlags(flags: readonly Flag[], sentences: readonly Sentence[]): Map<number, SentenceFlag[]> {
  const map = new Map<number, SentenceFlag[]>();
  for (const flag of flags) {
    const index = findTouchedSentences(sentences, flag.start, flag.end)[0];
    if (index === undefined) continue;
    const converted = toSentenceFlag(flag, sentences[index]!);
    const list = map.get(index);
    if (list) list.push(converted);
    else map.set(index, [converted]);
  }
  for (const list of map.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return map;
}

/**
 * Flags of a re-check of one edited sentence: the checks ran on the sentence's text alone, so offsets already are
 * sentence offsets. Ids get the sentence as a prefix, so they never collide with the original analysis' ids.
 */
export function recheckFlags(flags: readonly Flag[], sentence: number): SentenceFlag[] {
  return flags
    .map((flag) => ({ ...flag, id: `s${sentence}~${flag.id}`, sentence, suggestions: flag.suggestions.map((s) => ({ ...s })) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Flags a re-check puts on other sentences: in their sentences, ids prefixed like recheckFlags'. */
export function relatedFlags(related: readonly RelatedFlag[]): SentenceFlag[] {
  return related.map(({ sentence, flag }) => recheckFlags([flag], sentence)[0]!);
}

/** The sentence index (0-based) that a comparing flag names in its data ("repeats sentence 4"), if any. */
export function namedSentence(flag: Pick<Flag, 'data'>): number | undefined {
  const other = flag.data.other;
  return typeof other === 'number' ? other - 1 : undefined;
}
