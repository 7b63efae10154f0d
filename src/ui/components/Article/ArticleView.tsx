// The article column: title, encoding note and the numbered sentences grouped by paragraph.
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../../store/store.ts';
import { selectArticleView } from '../../../store/slices/document/selectors.ts';
import { selectLoading } from '../../../store/slices/view/selectors.ts';
import { useFormatters } from '../../hooks/useFormatters.ts';
import { useEncodingNames } from '../../hooks/useLanguageNames.ts';
import { ParagraphBlock } from './ParagraphBlock.tsx';

export function ArticleView() {
  const { t } = useTranslation();
  const { document, title, encoding } = useAppStore(useShallow(selectArticleView));
  const isLoading = useAppStore(selectLoading) !== null;
  const { formatNumber } = useFormatters();
  const encodingNames = useEncodingNames();

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
      <div className="article-body" lang={document.lang === 'und' ? undefined : document.lang}>
        {document.paragraphs.map((paragraph) => (
          <ParagraphBlock
            key={paragraph.index}
            paragraph={paragraph}
            sentences={document.sentences}
            label={t('article.paragraph', { number: formatNumber(paragraph.index + 1) })}
            formatNumber={formatNumber}
          />
        ))}
      </div>
    </article>
  );
}
