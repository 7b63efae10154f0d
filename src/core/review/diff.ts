// Word-level diff of a sentence against its original, for showing deletions struck through and insertions marked.
import { diffWordsWithSpace } from 'diff';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Parts in reading order; joining the same and removed parts gives `original`, the same and added parts `edited`. */
export function wordDiff(original: string, edited: string): DiffPart[] {
  if (original === edited) return original ? [{ kind: 'same', text: original }] : [];
  return diffWordsWithSpace(original, edited).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}
