// One paragraph: its sentences as an ordered list, each with its number in the whole article and its flags marked inline.
import { memo } from 'react';
import type { Flag, Paragraph, Sentence } from '../../../core/index.ts';
import { FlaggedText } from '../Flags/FlaggedText.tsx';

interface ParagraphBlockProps {
  paragraph: Paragraph;
  sentences: readonly Sentence[];
  /** The document text, which flag offsets index into. */
  text: string;
  label: string;
  formatNumber: (value: number) => string;
  flagsBySentence: ReadonlyMap<number, Flag[]>;
  /** Only set for the paragraphs the selection touches, so the others skip re-rendering. */
  currentSentence: number | null;
  selectedFlagId: string | null;
  describeFlags: (flags: readonly Flag[]) => string;
  onSelectFlag: (flagId: string) => void;
}

export const ParagraphBlock = memo(function ParagraphBlock({
  paragraph,
  sentences,
  text,
  label,
  formatNumber,
  flagsBySentence,
  currentSentence,
  selectedFlagId,
  describeFlags,
  onSelectFlag,
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
      {own.map((sentence) => {
        const isCurrent = sentence.index === currentSentence;
        return (
          <li
            key={sentence.index}
            className={isCurrent ? 'sentence is-current' : 'sentence'}
            data-sentence-index={sentence.index}
            aria-current={isCurrent ? 'true' : undefined}
          >
            <span className="sentence-number">{formatNumber(sentence.index + 1)}</span>
            <FlaggedText
              text={text}
              start={sentence.start}
              end={sentence.end}
              flags={flagsBySentence.get(sentence.index)}
              selectedFlagId={selectedFlagId}
              describe={describeFlags}
              onSelectFlag={onSelectFlag}
            />
          </li>
        );
      })}
    </ol>
  );
});
