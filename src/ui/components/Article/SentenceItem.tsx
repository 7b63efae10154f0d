// One sentence of the article: number and status, its text with flags inline (or its diff once edited), the editor, and its actions when current.
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flag, Sentence } from '../../../core/index.ts';
import { wordDiff } from '../../../core/review/diff.ts';
import type { SentenceStatus } from '../../../core/review/selectors.ts';
import { FlaggedText } from '../Flags/FlaggedText.tsx';
import { SentenceDiff } from './SentenceDiff.tsx';
import { SentenceEditor } from './SentenceEditor.tsx';

export interface SentenceHandlers {
  onActivate: (sentence: number) => void;
  onStartEdit: (sentence: number) => void;
  onSave: (sentence: number, text: string) => void;
  onCancelEdit: () => void;
  onRevert: (sentence: number) => void;
  onSetReviewed: (sentence: number, reviewed: boolean) => void;
}

interface SentenceItemProps {
  sentence: Sentence;
  /** The edit, when the sentence has one. */
  edit: string | undefined;
  status: SentenceStatus;
  isReviewed: boolean;
  flags: readonly Flag[] | undefined;
  isCurrent: boolean;
  isEditing: boolean;
  selectedFlagId: string | null;
  number: string;
  /** Place in the paragraph and its length, for a paragraph shown as several lists. */
  posInSet?: number;
  setSize?: number;
  describeFlags: (flags: readonly Flag[]) => string;
  onSelectFlag: (flagId: string) => void;
  handlers: SentenceHandlers;
}

function useStatusLabel(status: SentenceStatus): string {
  const { t } = useTranslation();
  switch (status) {
    case 'untouched':
      return t('sentenceStatus.untouched');
    case 'reviewed':
      return t('sentenceStatus.reviewed');
    case 'edited':
      return t('sentenceStatus.edited');
    case 'has-open-flags':
      return t('sentenceStatus.hasOpenFlags');
  }
}

export const SentenceItem = memo(function SentenceItem({
  sentence,
  edit,
  status,
  isReviewed,
  flags,
  isCurrent,
  isEditing,
  selectedFlagId,
  number,
  posInSet,
  setSize,
  describeFlags,
  onSelectFlag,
  handlers,
}: SentenceItemProps) {
  const { t } = useTranslation();
  const statusLabel = useStatusLabel(status);
  const parts = useMemo(() => (edit === undefined ? null : wordDiff(sentence.text, edit)), [edit, sentence.text]);
  const text = edit ?? sentence.text;
  const classes = ['sentence', `status-${status}`, isCurrent && 'is-current', edit !== undefined && 'is-edited'];

  return (
    <li
      className={classes.filter(Boolean).join(' ')}
      data-sentence-index={sentence.index}
      aria-current={isCurrent ? 'true' : undefined}
      aria-posinset={posInSet}
      aria-setsize={setSize}
      tabIndex={isCurrent ? -1 : undefined}
      onClick={() => handlers.onActivate(sentence.index)}
    >
      <span className="sentence-number">
        {/* The glyph comes from CSS, so the sentence's text content stays its number and words. */}
        <span className={`sentence-status status-${status}`} role="img" aria-label={statusLabel} title={statusLabel} />
        {number}
      </span>
      <div className="sentence-body">
        {isEditing ? (
          <SentenceEditor
            initialText={text}
            number={number}
            onSave={(value) => handlers.onSave(sentence.index, value)}
            onCancel={handlers.onCancelEdit}
          />
        ) : parts ? (
          <SentenceDiff
            parts={parts}
            text={text}
            flags={flags ?? []}
            selectedFlagId={selectedFlagId}
            describe={describeFlags}
            onSelectFlag={onSelectFlag}
          />
        ) : (
          <FlaggedText
            text={text}
            start={0}
            end={text.length}
            flags={flags}
            selectedFlagId={selectedFlagId}
            describe={describeFlags}
            onSelectFlag={onSelectFlag}
          />
        )}
        {!isEditing && (edit !== undefined || isCurrent) && (
          <span className="sentence-actions">
            {edit !== undefined && <span className="edited-label">{t('editor.editedLabel')}</span>}
            {isCurrent && (
              <>
                <button type="button" onClick={() => handlers.onStartEdit(sentence.index)}>
                  {t('editor.edit')}
                </button>
                <button
                  type="button"
                  aria-pressed={isReviewed}
                  onClick={() => handlers.onSetReviewed(sentence.index, !isReviewed)}
                >
                  {t('sentenceStatus.markReviewed')}
                </button>
              </>
            )}
            {edit !== undefined && (
              <button type="button" onClick={() => handlers.onRevert(sentence.index)}>
                {t('editor.revert')}
              </button>
            )}
          </span>
        )}
      </div>
    </li>
  );
});
