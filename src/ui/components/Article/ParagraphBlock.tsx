// One paragraph: its sentences as an ordered list, each with its number in the whole article.
import { memo } from 'react';
import type { Paragraph, Sentence } from '../../../core/index.ts';

interface ParagraphBlockProps {
  paragraph: Paragraph;
  sentences: readonly Sentence[];
  label: string;
  formatNumber: (value: number) => string;
}

export const ParagraphBlock = memo(function ParagraphBlock({
  paragraph,
  sentences,
  label,
  formatNumber,
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
        <li key={sentence.index} className="sentence" data-sentence-index={sentence.index}>
          <span className="sentence-number">{formatNumber(sentence.index + 1)}</span>
          <span className="sentence-text">{sentence.text}</span>
        </li>
      ))}
    </ol>
  );
});
