// Progress while a large article is read and segmented, so the page never looks frozen.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../../store/store.ts';
import { selectLoading } from '../../../store/slices/view/selectors.ts';
import { useFormatters } from '../../hooks/useFormatters.ts';

export function LoadingIndicator() {
  const { t } = useTranslation();
  const loading = useAppStore(selectLoading);
  const { formatPercent } = useFormatters();
  if (!loading) return null;
  const { phase, name, loaded, total } = loading;
  const isDeterminate = phase === 'reading' && total > 0;
  return (
    <div role="status" className="loading">
      <p className="loading-label">
        {phase === 'reading' ? t('loading.reading', { name }) : t('loading.segmenting', { name })}
      </p>
      <div className="loading-bar">
        {/* Without value the bar is indeterminate: segmenting reports no progress of its own. */}
        <progress aria-label={t('loading.progress')} max={isDeterminate ? total : undefined} value={isDeterminate ? loaded : undefined} />
        {isDeterminate && <span className="loading-percent">{formatPercent(loaded / total)}</span>}
      </div>
    </div>
  );
}
