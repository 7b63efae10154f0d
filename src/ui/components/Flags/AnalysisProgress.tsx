// The progress bar shown while the worker loads the dictionary and checks the article.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../../store/store.ts';
import { selectAnalysisProgress } from '../../../store/slices/analysis/selectors.ts';

export function AnalysisProgress() {
  const { t } = useTranslation();
  const progress = useAppStore(selectAnalysisProgress);
  let label = t('analysis.starting');
  // Fetching and compiling a dictionary reports no progress of its own, so the bar stays indeterminate until checking starts.
  let value: number | undefined;
  if (progress?.phase === 'loading-dictionary') {
    label = t('analysis.loadingDictionary');
  } else if (progress?.phase === 'analyzing') {
    label = t('analysis.analyzing');
    value = progress.total > 0 ? progress.done / progress.total : 0;
  }
  return (
    <div className="analysis-progress" role="status">
      <p className="analysis-progress-label">{label}</p>
      <progress aria-label={t('analysis.progressLabel')} aria-valuetext={label} max={1} value={value} />
    </div>
  );
}
