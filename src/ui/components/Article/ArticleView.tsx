// The article column: title, encoding note and the numbered sentences grouped by paragraph, in a virtual list once the article is long.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { ArticleDocument } from '../../../core/index.ts';
import { useAppStore, useAppStoreApi } from '../../../store/store.ts';
import { selectArticleView, selectSourceDocument, selectWork } from '../../../store/slices/document/selectors.ts';
import { selectLoading } from '../../../store/slices/view/selectors.ts';
import { selectSelectFlag, selectSelection } from '../../../store/slices/analysis/selectors.ts';
import { selectActiveSentence, selectEditingSentence } from '../../../store/slices/review/selectors.ts';
import { useFlagText } from '../../hooks/useFlagText.ts';
import { useFormatters } from '../../hooks/useFormatters.ts';
import { useArticleLanguageNames, useEncodingNames } from '../../hooks/useLanguageNames.ts';
import { isArticleLanguage } from '../../../store/slices/document/state.ts';
import { VirtualList, type VirtualListHandle } from '../VirtualList/VirtualList.tsx';
import {
  articleItems,
  bilingualItems,
  estimateItemHeight,
  estimateRowHeight,
  itemOfSentence,
  RENDER_ALL_MAX_SENTENCES,
} from './article-items.ts';
import './bilingual.css';
import { ParagraphBlock } from './ParagraphBlock.tsx';
import type { SentenceHandlers } from './SentenceItem.tsx';

const documentKeys = new WeakMap<ArticleDocument, number>();
let lastDocumentKey = 0;

/** A fresh virtual list for every document: heights measured for one article mean nothing for another. */
function keyOf(document: ArticleDocument): number {
  let key = documentKeys.get(document);
  if (key === undefined) {
    key = ++lastDocumentKey;
    documentKeys.set(document, key);
  }
  return key;
}

const sentenceSelector = (index: number) => `[data-sentence-index="${index}"]`;

export function ArticleView() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const { document, title, encoding } = useAppStore(useShallow(selectArticleView));
  const sourceDocument = useAppStore(selectSourceDocument);
  // A bilingual file's segments: their state and the translators' notes are shown under the source.
  const segments = useAppStore(selectWork)?.bilingual?.segments;
  const languageNames = useArticleLanguageNames();
  const isLoading = useAppStore(selectLoading) !== null;
  const activeSentence = useAppStore(selectActiveSentence);
  const editingSentence = useAppStore(selectEditingSentence);
  const selection = useAppStore(useShallow(selectSelection));
  const selectFlag = useAppStore(selectSelectFlag);
  const { formatNumber } = useFormatters();
  const encodingNames = useEncodingNames();
  const { describe } = useFlagText();
  const bodyRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<VirtualListHandle>(null);
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

  // With a source, one row per aligned group, source on the left; without, the article's paragraphs.
  const items = useMemo(
    () => (document ? (sourceDocument ? bilingualItems(document, sourceDocument) : articleItems(document)) : []),
    [document, sourceDocument],
  );
  const sentences = document?.sentences;
  const sourceSentences = sourceDocument?.sentences;
  const estimateSize = useCallback(
    (index: number) => {
      const item = items[index]!;
      return item.source ? estimateRowHeight(item, sentences ?? [], sourceSentences ?? []) : estimateItemHeight(item, sentences ?? []);
    },
    [items, sentences, sourceSentences],
  );
  // Rows of a source without translation have no sentence of their own: the source's first sentence tells them apart.
  const getItemKey = useCallback(
    (index: number) => `${items[index]!.paragraph.index}:${items[index]!.from}:${items[index]!.source?.[0] ?? ''}`,
    [items],
  );
  // The gap after a paragraph belongs to its last item; the article's last item needs none.
  const itemClassName = useCallback(
    (index: number) => {
      const item = items[index]!;
      return item.to === item.paragraph.endSentence && index < items.length - 1 ? 'article-item ends-paragraph' : 'article-item';
    },
    [items],
  );
  const sourceLang = sourceDocument && sourceDocument.lang !== 'und' ? sourceDocument.lang : undefined;
  const renderItem = useCallback(
    (index: number) => {
      const item = items[index]!;
      const block = (
        <ParagraphBlock
          paragraph={item.paragraph}
          sentences={sentences ?? []}
          from={item.from}
          to={item.to}
          label={t('article.paragraph', { number: formatNumber(item.paragraph.index + 1) })}
          formatNumber={formatNumber}
          describeFlags={describe}
          onSelectFlag={handleSelectFlag}
          handlers={handlers}
        />
      );
      if (!item.source) return block;
      const sourceText = item.source.map((i) => sourceSentences?.[i]?.text ?? '').join(' ');
      const segment = segments?.[item.paragraph.index];
      const isFirstRun = item.from === item.paragraph.firstSentence;
      return (
        <div className="bilingual-row">
          <div className="bilingual-source-cell">
            <p className="bilingual-source" lang={sourceLang} data-source-sentences={item.source.join(' ')}>
              <span className="visually-hidden">{t('article.sourceLabel')} </span>
              {sourceText || <span className="bilingual-missing">{t('article.noSource')}</span>}
            </p>
            {segment && isFirstRun && (segment.state || segment.notes.length > 0) && (
              <div className="bilingual-meta">
                {segment.state && <span className="bilingual-state">{t('article.segmentState', { state: segment.state })}</span>}
                {segment.notes.map((note, i) => (
                  <p key={i} className="bilingual-note">
                    {t('article.segmentNote', { note })}
                  </p>
                ))}
              </div>
            )}
          </div>
          <div className="bilingual-target">
            {item.to > item.from ? block : <p className="bilingual-missing">{t('article.noTranslation')}</p>}
          </div>
        </div>
      );
    },
    [items, sentences, sourceSentences, sourceLang, segments, t, formatNumber, describe, handleSelectFlag, handlers],
  );

  // The current sentence and the open editor stay rendered wherever the reader scrolls: focus and the draft live there.
  const activeItem = activeSentence === null ? -1 : itemOfSentence(items, activeSentence);
  const editingItem = editingSentence === null ? -1 : itemOfSentence(items, editingSentence);
  const pinned = useMemo(() => [activeItem, editingItem].filter((index) => index >= 0), [activeItem, editingItem]);

  useEffect(() => {
    // A sentence reached from the list or the keyboard comes into view; one clicked in the article already is.
    if (wasClicked.current) {
      wasClicked.current = false;
      return;
    }
    if (selection.origin === 'article' || activeSentence === null) return;
    const item = itemOfSentence(items, activeSentence);
    if (item < 0) return;
    listRef.current?.scrollToIndex(item, { align: 'center', target: (element) => element.querySelector(sentenceSelector(activeSentence)) });
  }, [items, activeSentence, selection.origin, selection.count]);

  useEffect(() => {
    // Back from the editor, focus goes to its sentence so the keyboard carries on from there.
    const previous = lastEditing.current;
    lastEditing.current = editingSentence;
    if (previous === null || editingSentence !== null) return;
    bodyRef.current?.querySelector<HTMLElement>(sentenceSelector(previous))?.focus({ preventScroll: true });
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
      {sourceDocument && (
        <div className="bilingual-header" aria-hidden="true">
          <span>{t('article.sourceColumn', { language: languageNames[isArticleLanguage(sourceDocument.lang) ? sourceDocument.lang : 'und'] })}</span>
          <span>{t('article.targetColumn', { language: languageNames[isArticleLanguage(document.lang) ? document.lang : 'und'] })}</span>
        </div>
      )}
      <div
        ref={bodyRef}
        className={document.sentences.length >= 1_000 ? 'article-body has-long-numbers' : 'article-body'}
        lang={document.lang === 'und' ? undefined : document.lang}
      >
        <VirtualList
          key={keyOf(document)}
          ref={listRef}
          count={items.length}
          getItemKey={getItemKey}
          renderItem={renderItem}
          estimateSize={estimateSize}
          renderAll={document.sentences.length <= RENDER_ALL_MAX_SENTENCES}
          pinned={pinned}
          itemClassName={itemClassName}
        />
      </div>
    </article>
  );
}
