// Facts about the open article: title, origin, encoding, detected language and counts, numbers in the UI locale.
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../../store/store.ts';
import { selectArticleInfo } from '../../../store/slices/document/selectors.ts';
import { isArticleLanguage, type ArticleSource } from '../../../store/slices/document/state.ts';
import { useFormatters } from '../../hooks/useFormatters.ts';
import { useArticleLanguageNames, useEncodingNames } from '../../hooks/useLanguageNames.ts';

export function ArticleInfo() {
  const { t } = useTranslation();
  const { title, source, encoding, detectedLang, stats } = useAppStore(useShallow(selectArticleInfo));
  const { formatNumber, formatPercent } = useFormatters();
  const languageNames = useArticleLanguageNames();
  const encodingNames = useEncodingNames();
  if (!stats) return null;

  const sourceNames: Record<ArticleSource, string> = {
    file: t('info.sourceFile'),
    paste: t('info.sourcePaste'),
    sample: t('info.sourceSample'),
  };
  const detected =
    !detectedLang || detectedLang.lang === 'und'
      ? t('info.notDetected')
      : t('info.detectedValue', {
          language: isArticleLanguage(detectedLang.lang) ? languageNames[detectedLang.lang] : detectedLang.lang,
          confidence: formatPercent(detectedLang.confidence),
        });

  return (
    <dl className="facts">
      <div className="fact fact-wide">
        <dt>{t('info.title')}</dt>
        <dd className="fact-title">{title}</dd>
      </div>
      {source && (
        <div className="fact">
          <dt>{t('info.source')}</dt>
          <dd>{sourceNames[source]}</dd>
        </div>
      )}
      {encoding && (
        <div className="fact">
          <dt>{t('info.encoding')}</dt>
          <dd>{encodingNames[encoding]}</dd>
        </div>
      )}
      <div className="fact fact-wide">
        <dt>{t('info.detected')}</dt>
        <dd>{detected}</dd>
      </div>
      <div className="fact fact-count">
        <dt>{t('info.paragraphs')}</dt>
        <dd>{formatNumber(stats.paragraphs)}</dd>
      </div>
      <div className="fact fact-count">
        <dt>{t('info.sentences')}</dt>
        <dd>{formatNumber(stats.sentences)}</dd>
      </div>
      <div className="fact fact-count">
        <dt>{t('info.words')}</dt>
        <dd>{formatNumber(stats.words)}</dd>
      </div>
    </dl>
  );
}
