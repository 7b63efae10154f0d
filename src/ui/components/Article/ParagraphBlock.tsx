// Sentences of one paragraph (all of it, or a run of a long one) as an ordered list; each sentence reads its own state from the store.
import { memo, useMemo } from 'react';
import type { Flag, Paragraph, Sentence } from '../../../core/index.ts';
import { createSentenceViewSelector } from '../../../store/slices/review/selectors.ts';
import { useAppStore } from '../../../store/store.ts';
import { SentenceItem, type SentenceHandlers } from './SentenceItem.tsx';

interface SharedProps {
  formatNumber: (value: number) => string;
  describeFlags: (flags: readonly Flag[]) => string;
  onSelectFlag: (flagId: string) => void;
  handlers: SentenceHandlers;
}

interface ParagraphBlockProps extends SharedProps {
  paragraph: Paragraph;
  sentences: readonly Sentence[];
  /** The sentences shown: [from, to), within the paragraph. */
  from: number;
  to: number;
  label: string;
}

/** Stable props only, so a paragraph renders again only when the article, the language or the run changes. */
export const ParagraphBlock = memo(function ParagraphBlock({
  paragraph,
  sentences,
  from,
  to,
  label,
  ...shared
}: ParagraphBlockProps) {
  if (to <= from) return null;
  // A paragraph cut into several runs is several lists: each item tells its place in the whole paragraph.
  const isCut = from > paragraph.firstSentence || to < paragraph.endSentence;
  const setSize = paragraph.endSentence - paragraph.firstSentence;
  return (
    <ol className="paragraph" start={from + 1} aria-label={label} data-paragraph-index={paragraph.index}>
      {sentences.slice(from, to).map((sentence) => (
        <ConnectedSentence
          key={sentence.index}
          sentence={sentence}
          posInSet={isCut ? sentence.index - paragraph.firstSentence + 1 : undefined}
          setSize={isCut ? setSize : undefined}
          {...shared}
        />
      ))}
    </ol>
  );
});

interface ConnectedSentenceProps extends SharedProps {
  sentence: Sentence;
  posInSet: number | undefined;
  setSize: number | undefined;
}

const ConnectedSentence = memo(function ConnectedSentence({
  sentence,
  posInSet,
  setSize,
  formatNumber,
  describeFlags,
  onSelectFlag,
  handlers,
}: ConnectedSentenceProps) {
  const selectView = useMemo(() => createSentenceViewSelector(sentence.index), [sentence.index]);
  const view = useAppStore(selectView);
  return (
    <SentenceItem
      sentence={sentence}
      {...view}
      number={formatNumber(sentence.index + 1)}
      posInSet={posInSet}
      setSize={setSize}
      describeFlags={describeFlags}
      onSelectFlag={onSelectFlag}
      handlers={handlers}
    />
  );
});
