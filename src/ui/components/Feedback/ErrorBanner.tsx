// The dismissible message shown when an article could not be opened; worded from data so it follows the UI language.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../../store/store.ts';
import { selectHasDocument } from '../../../store/slices/document/selectors.ts';
import { selectDismissError, selectError } from '../../../store/slices/view/selectors.ts';
import type { OpenError } from '../../../store/slices/view/state.ts';
import { useFormatters, type Formatters } from '../../hooks/useFormatters.ts';
import type { TFunction } from 'i18next';

function describe(error: OpenError, t: TFunction, { formatBytes }: Formatters): string {
  const { name } = error;
  switch (error.kind) {
    case 'empty':
      return t('errors.empty', { name });
    case 'binary':
      return t('errors.binary', { name });
    case 'too-large':
      return t('errors.tooLarge', { name, size: formatBytes(error.size ?? 0), limit: formatBytes(error.limit ?? 0) });
    case 'undecodable':
      return t('errors.undecodable', { name });
    case 'read-failed':
      return t('errors.readFailed', { name });
    case 'sample-failed':
      return t('errors.sampleFailed', { name });
    case 'unsafe-xml':
      return t('errors.unsafeXml', { name, line: error.line ?? '?' });
    case 'malformed':
      return error.line === undefined ? t('errors.malformed', { name }) : t('errors.malformedAt', { name, line: error.line });
    case 'unsupported-version':
      return t('errors.unsupportedVersion', { name });
    case 'no-segments':
      return t('errors.noSegments', { name });
    case 'invalid-project':
      return t('errors.invalidProject', { name });
    case 'source-needs-text':
      return t('errors.sourceNeedsText', { name });
  }
}

export function ErrorBanner() {
  const { t } = useTranslation();
  const error = useAppStore(selectError);
  const hasDocument = useAppStore(selectHasDocument);
  const dismissError = useAppStore(selectDismissError);
  const formatters = useFormatters();
  if (!error) return null;
  return (
    <div role="alert" className="alert">
      <span className="alert-icon" aria-hidden="true">
        ⚠
      </span>
      <div className="alert-body">
        <p className="alert-title">{t('errors.heading')}</p>
        <p>{describe(error, t, formatters)}</p>
        {error.detail && <p className="alert-detail">{t('errors.detail', { detail: error.detail })}</p>}
        {hasDocument && <p className="alert-note">{t('errors.unchanged')}</p>}
      </div>
      <button type="button" className="button button-quiet" onClick={dismissError}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
