// One paragraph: its sentences as an ordered list, each with its number in the whole article, its status and its flags marked inline.
import { memo } from 'react';
import type { Flag, Paragraph, Sentence } from '../../../core/index.ts';
import type { SentenceStatus } from '../../../core/review/selectors.ts';
import { SentenceItem, type SentenceHandlers } from './SentenceItem.tsx';

interface ParagraphBlockProps {
  paragraph: Paragraph;
  sentences: readonly Sentence[];
  label: string;
  formatNumber: (value: number) => string;
  /** Flags to mark inline, by sentence; offsets into each sentence's current text. */
  flagsBySentence: ReadonlyMap<number, Flag[]>;
  edits: Readonly<Record<number, string>>;
  reviewed: Readonly<Record<number, true>>;
  statuses: readonly SentenceStatus[];
  /** Only set for the paragraphs the current sentence or the editor is in, so the others skip re-rendering. */
  currentSentence: number | null;
  editingSentence: number | null;
  selectedFlagId: string | null;
  describeFlags: (flags: readonly Flag[]) => string;
  onSelectFlag: (flagId: string) => void;
  handlers: SentenceHandlers;
}

export const ParagraphBlock = memo(function ParagraphBlock({
  paragraph,
  sentences,
  label,
  formatNumber,
  flagsBySentence,
  edits,
  reviewed,
  statuses,
  currentSentence,
  editingSentence,
  selectedFlagId,
  describeFlags,
  onSelectFlag,
  handlers,
}: ParagraphBlockProps) {
  const own = sentences.slice(paragraph.firstSentence, paragraph.endSentence);
  if (own.length === 0) return null;
  return (
    <ol
      className="paragraph"
      start={paragraph.firstSentence + 1}
      aria-label={label}
      data-paragraph-index={paragraph.index}
    >
      {own.map((sentence) => (
        <SentenceItem
          key={sentence.index}
          sentence={sentence}
          edit={edits[sentence.index]}
          status={statuses[sentence.index] ?? 'untouched'}
          isReviewed={reviewed[sentence.index] === true}
          flags={flagsBySentence.get(sentence.index)}
          isCurrent={sentence.index === currentSentence}
          isEditing={sentence.index === editingSentence}
          selectedFlagId={selectedFlagId}
          number={formatNumber(sentence.index + 1)}
          describeFlags={describeFlags}
          onSelectFlag={onSelectFlag}
          handlers={handlers}
        />
      ))}
    </ol>
  );
});
