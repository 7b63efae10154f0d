// One annotation in words: category, severity, the quoted span, comment, correction and a stale warning; phrasing content only, so it fits in a button.
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../core/review/types.ts';
import { useMqmText } from './useMqmText.ts';

interface AnnotationDetailsProps {
  annotation: Annotation;
}

export function AnnotationDetails({ annotation }: AnnotationDetailsProps) {
  const { t } = useTranslation();
  const mqm = useMqmText();
  return (
    <span className="annotation-details">
      <span className="annotation-heading">
        <span className="annotation-category">{mqm.categoryPath(annotation.category)}</span>
        <span className={`annotation-severity-badge severity-${annotation.severity}`}>
          {mqm.severityName(annotation.severity)}
        </span>
        {annotation.stale && <span className="annotation-stale-badge">{t('workspace:annotate.stale')}</span>}
      </span>
      <span className="annotation-line annotation-quote-text">
        {annotation.quote === '' ? (
          <em>{t('workspace:annotate.insertionPoint')}</em>
        ) : (
          <q>{annotation.quote}</q>
        )}
      </span>
      {annotation.replaced !== undefined && annotation.replaced !== '' && (
        <span className="annotation-line">{t('workspace:annotate.replaced', { text: annotation.replaced })}</span>
      )}
      {annotation.comment !== '' && (
        <span className="annotation-line">{t('workspace:annotate.comment', { comment: annotation.comment })}</span>
      )}
      {annotation.correction !== '' && (
        <span className="annotation-line">{t('workspace:annotate.correction', { correction: annotation.correction })}</span>
      )}
      {annotation.stale && <span className="annotation-line annotation-stale-note">{t('workspace:annotate.staleNote')}</span>}
    </span>
  );
}
