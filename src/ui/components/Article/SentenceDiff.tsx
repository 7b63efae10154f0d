// An edited sentence as a word diff against its original: deletions struck through, insertions marked, the re-check's flags inline.
import type { Flag } from '../../../core/index.ts';
import type { DiffPart } from '../../../core/review/diff.ts';
import { FlaggedText } from '../Flags/FlaggedText.tsx';

interface SentenceDiffProps {
  parts: readonly DiffPart[];
  /** The edited text, which the flags' offsets index into. */
  text: string;
  flags: readonly Flag[];
  selectedFlagId: string | null;
  describe: (flags: readonly Flag[]) => string;
  onSelectFlag: (flagId: string) => void;
}

/** Flags that touch [start, end); FlaggedText would pin the others to the end of the run. */
function flagsWithin(flags: readonly Flag[], start: number, end: number): Flag[] {
  return flags.filter((flag) =>
    flag.start === flag.end ? flag.start >= start && flag.start < end : flag.start < end && flag.end > start,
  );
}

/** Each part with its [start, end) in the edited text; removed parts take no room there. */
function placeParts(parts: readonly DiffPart[]): { part: DiffPart; start: number; end: number }[] {
  const placed = [];
  let offset = 0;
  for (const part of parts) {
    const start = offset;
    if (part.kind !== 'removed') offset += part.text.length;
    placed.push({ part, start, end: offset });
  }
  return placed;
}

export function SentenceDiff({ parts, text, flags, selectedFlagId, describe, onSelectFlag }: SentenceDiffProps) {
  return (
    <span className="sentence-text sentence-diff">
      {placeParts(parts).map(({ part, start, end }, index) => {
        if (part.kind === 'removed') {
          return (
            <del key={index} className="diff-removed">
              {part.text}
            </del>
          );
        }
        const content = (
          <FlaggedText
            text={text}
            start={start}
            end={end}
            flags={flagsWithin(flags, start, end)}
            selectedFlagId={selectedFlagId}
            describe={describe}
            onSelectFlag={onSelectFlag}
          />
        );
        return part.kind === 'added' ? (
          <ins key={index} className="diff-added">
            {content}
          </ins>
        ) : (
          <span key={index}>{content}</span>
        );
      })}
    </span>
  );
}
