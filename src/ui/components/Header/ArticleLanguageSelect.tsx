// The article-language select: shows the detected language; choosing another re-segments the article.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../../store/store.ts';
import {
  selectArticleLang,
  selectHasDocument,
  selectSetArticleLang,
} from '../../../store/slices/document/selectors.ts';
import { ARTICLE_LANGUAGES, isArticleLanguage } from '../../../store/slices/document/state.ts';
import { selectReview } from '../../../store/slices/review/selectors.ts';
import type { ReviewState } from '../../../core/review/types.ts';
import { useArticleLanguageNames } from '../../hooks/useLanguageNames.ts';

export function ArticleLanguageSelect() {
  const { t } = useTranslation();
  const id = useId();
  const lang = useAppStore(selectArticleLang);
  const hasDocument = useAppStore(selectHasDocument);
  const setArticleLang = useAppStore(selectSetArticleLang);
  const names = useArticleLanguageNames();
  const review = useAppStore(selectReview);
  return (
    <div className="field">
      <label htmlFor={id}>{t('header.articleLanguage')}</label>
      <select
        id={id}
        value={lang}
        disabled={!hasDocument}
        onChange={(event) => {
          if (!isArticleLanguage(event.target.value)) return;
          if (hasWork(review) && !window.confirm(t('header.languageChangeConfirm'))) return;
          setArticleLang(event.target.value);
        }}
      >
        {ARTICLE_LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {names[code]}
          </option>
        ))}
      </select>
    </div>
  );
}

function hasWork(review: ReviewState): boolean {
  return (
    review.annotations.length > 0 || Object.keys(review.edits).length > 0 || Object.keys(review.decisions).length > 0
  );
}
