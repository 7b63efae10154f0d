// The article column: title, encoding note and the numbered sentences grouped by paragraph, with flags inline, statuses, edits and their diffs.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore, useAppStoreApi } from '../../../store/store.ts';
import { selectArticleView } from '../../../store/slices/document/selectors.ts';
import { selectLoading } from '../../../store/slices/view/selectors.ts';
import { selectSelectFlag, selectSelection } from '../../../store/slices/analysis/selectors.ts';
import {
  selectActiveSentence,
  selectEdits,
  selectEditingSentence,
  selectInlineFlags,
  selectReviewed,
  selectSentenceStatuses,
} from '../../../store/slices/review/selectors.ts';
import { useFlagText } from '../../hooks/useFlagText.ts';
import { useFormatters } from '../../hooks/useFormatters.ts';
import { useEncodingNames } from '../../hooks/useLanguageNames.ts';
import { scrollIntoViewIfPossible } from '../Flags/scroll.ts';
import { ParagraphBlock } from './ParagraphBlock.tsx';
import type { SentenceHandlers } from './SentenceItem.tsx';

export function ArticleView() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const { document, title, encoding } = useAppStore(useShallow(selectArticleView));
  const isLoading = useAppStore(selectLoading) !== null;
  const flagsBySentence = useAppStore(selectInlineFlags);
  const edits = useAppStore(selectEdits);
  const reviewed = useAppStore(selectReviewed);
  const statuses = useAppStore(selectSentenceStatuses);
  const activeSentence = useAppStore(selectActiveSentence);
  const editingSentence = useAppStore(selectEditingSentence);
  const selection = useAppStore(useShallow(selectSelection));
  const selectFlag = useAppStore(selectSelectFlag);
  const { formatNumber } = useFormatters();
  const encodingNames = useEncodingNames();
  const { describe } = useFlagText();
  const bodyRef = useRef<HTMLDivElement>(null);
  const wasClicked = useRef(false);
  const lastEditing = useRef<number | null>(null);

  const handleSelectFlag = useCallback((flagId: string) => selectFlag(flagId, 'article'), [selectFlag]);

  const handlers = useMemo<SentenceHandlers>(
    () => ({
      onActivate: (index) => {
        const state = store.getState();
        if (selectActiveSentence(state) === index) return;
        wasClicked.current = true;
        state.selectFlag(null);
        state.setReviewCursor(index);
      },
      onStartEdit: (index) => store.getState().startEditing(index),
      onSave: (index, text) => {
        store.getState().editSentence(index, text);
        store.getState().stopEditing();
      },
      onCancelEdit: () => store.getState().stopEditing(),
      onRevert: (index) => store.getState().revertSentence(index),
      onSetReviewed: (index, value) => store.getState().setSentenceReviewed(index, value),
    }),
    [store],
  );

  const activeParagraph = activeSentence === null ? null : (document?.sentences[activeSentence]?.paragraph ?? null);
  const editingParagraph = editingSentence === null ? null : (document?.sentences[editingSentence]?.paragraph ?? null);

  useEffect(() => {
    // A sentence reached from the list or the keyboard comes into view; one clicked in the article already is.
    if (wasClicked.current) {
      wasClicked.current = false;
      return;
    }
    if (selection.origin === 'article' || activeSentence === null) return;
    const item = bodyRef.current?.querySelector(`[data-sentence-index="${activeSentence}"]`);
    if (item) scrollIntoViewIfPossible(item, 'center');
  }, [activeSentence, selection.origin, selection.count]);

  useEffect(() => {
    // Back from the editor, focus goes to its sentence so the keyboard carries on from there.
    const previous = lastEditing.current;
    lastEditing.current = editingSentence;
    if (previous === null || editingSentence !== null) return;
    bodyRef.current?.querySelector<HTMLElement>(`[data-sentence-index="${previous}"]`)?.focus({ preventScroll: true });
  }, [editingSentence]);

  if (!document) {
    return <p className="article-empty">{isLoading ? t('article.loading') : t('article.empty')}</p>;
  }

  return (
    <article className="article" aria-labelledby="article-title">
      <div className="article-header">
        <h2 id="article-title" className="article-title">
          {title}
        </h2>
        {encoding && encoding !== 'utf-8' && (
          <p className="article-note">{t('article.decodedAs', { encoding: encodingNames[encoding] })}</p>
        )}
      </div>
      <div ref={bodyRef} className="article-body" lang={document.lang === 'und' ? undefined : document.lang}>
        {document.paragraphs.map((paragraph) => {
          const isActive = paragraph.index === activeParagraph;
          return (
            <ParagraphBlock
              key={paragraph.index}
              paragraph={paragraph}
              sentences={document.sentences}
              label={t('article.paragraph', { number: formatNumber(paragraph.index + 1) })}
              formatNumber={formatNumber}
              flagsBySentence={flagsBySentence}
              edits={edits}
              reviewed={reviewed}
              statuses={statuses}
              currentSentence={isActive ? activeSentence : null}
              editingSentence={paragraph.index === editingParagraph ? editingSentence : null}
              selectedFlagId={isActive ? selection.flagId : null}
              describeFlags={describe}
              onSelectFlag={handleSelectFlag}
              handlers={handlers}
            />
          );
        })}
      </div>
    </article>
  );
}
