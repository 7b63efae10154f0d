// The article column: title, encoding note and the numbered sentences grouped by paragraph, with flags marked inline.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../../store/store.ts';
import { selectArticleView } from '../../../store/slices/document/selectors.ts';
import { selectLoading } from '../../../store/slices/view/selectors.ts';
import {
  findTouchedSentences,
  selectCurrentSentence,
  selectFlagsBySentence,
  selectSelectedFlag,
  selectSelectFlag,
  selectSelection,
} from '../../../store/slices/analysis/selectors.ts';
import { useFlagText } from '../../hooks/useFlagText.ts';
import { useFormatters } from '../../hooks/useFormatters.ts';
import { useEncodingNames } from '../../hooks/useLanguageNames.ts';
import { scrollIntoViewIfPossible } from '../Flags/scroll.ts';
import { ParagraphBlock } from './ParagraphBlock.tsx';

export function ArticleView() {
  const { t } = useTranslation();
  const { document, title, encoding } = useAppStore(useShallow(selectArticleView));
  const isLoading = useAppStore(selectLoading) !== null;
  const flagsBySentence = useAppStore(selectFlagsBySentence);
  const selectedFlag = useAppStore(selectSelectedFlag);
  const currentSentence = useAppStore(selectCurrentSentence);
  const selection = useAppStore(useShallow(selectSelection));
  const selectFlag = useAppStore(selectSelectFlag);
  const { formatNumber } = useFormatters();
  const encodingNames = useEncodingNames();
  const { describe } = useFlagText();
  const bodyRef = useRef<HTMLDivElement>(null);

  const handleSelectFlag = useCallback((flagId: string) => selectFlag(flagId, 'article'), [selectFlag]);

  // Paragraphs the selected flag touches; only they get the selection, so the rest of a long article stays memoised.
  const selectedParagraphs = useMemo(() => {
    if (!document || !selectedFlag) return new Set<number>();
    return new Set(
      findTouchedSentences(document.sentences, selectedFlag.start, selectedFlag.end).map(
        (index) => document.sentences[index]!.paragraph,
      ),
    );
  }, [document, selectedFlag]);

  useEffect(() => {
    // A flag picked in the list brings its sentence into view; one clicked in the article already is.
    if (selection.origin !== 'list' || currentSentence === null) return;
    const item = bodyRef.current?.querySelector(`[data-sentence-index="${currentSentence}"]`);
    if (item) scrollIntoViewIfPossible(item, 'center');
  }, [currentSentence, selection.origin, selection.count]);

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
          const hasSelection = selectedParagraphs.has(paragraph.index);
          return (
            <ParagraphBlock
              key={paragraph.index}
              paragraph={paragraph}
              sentences={document.sentences}
              text={document.text}
              label={t('article.paragraph', { number: formatNumber(paragraph.index + 1) })}
              formatNumber={formatNumber}
              flagsBySentence={flagsBySentence}
              currentSentence={hasSelection ? currentSentence : null}
              selectedFlagId={hasSelection ? (selectedFlag?.id ?? null) : null}
              describeFlags={describe}
              onSelectFlag={handleSelectFlag}
            />
          );
        })}
      </div>
    </article>
  );
}
