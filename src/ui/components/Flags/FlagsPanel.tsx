// The flags section of the side panel: progress while the checks run, an error if they fail, then counts and the list to triage.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../../store/store.ts';
import {
  selectAnalysisError,
  selectAnalysisStatus,
  selectCheckFailures,
  selectFlagCounts,
} from '../../../store/slices/analysis/selectors.ts';
import { selectDismissalStats, selectListedFlags, selectMuteCheck } from '../../../store/slices/review/selectors.ts';
import { useFlagText } from '../../hooks/useFlagText.ts';
import { useFormatters } from '../../hooks/useFormatters.ts';
import { AnalysisProgress } from './AnalysisProgress.tsx';
import { FlagCounts } from './FlagCounts.tsx';
import { FlagList } from './FlagList.tsx';
import './flags.css';

export function FlagsPanel() {
  const { t } = useTranslation();
  const status = useAppStore(selectAnalysisStatus);
  const error = useAppStore(selectAnalysisError);
  const checkFailures = useAppStore(selectCheckFailures);
  const entries = useAppStore(selectListedFlags);
  const counts = useAppStore(selectFlagCounts);
  const stats = useAppStore(selectDismissalStats);
  const muteCheck = useAppStore(selectMuteCheck);
  const text = useFlagText();
  const { formatNumber, formatPercent } = useFormatters();

  if (status === 'idle') return <p className="panel-placeholder">{t('info.flagsPending')}</p>;
  if (status === 'running') return <AnalysisProgress />;
  if (status === 'failed') {
    return (
      <p role="alert" className="flags-error">
        {t('analysis.failed', { message: error ?? '' })}
      </p>
    );
  }
  return (
    <>
      {checkFailures.map((failure) => (
        <p key={failure.check} className="flags-error">
          {t('analysis.checkFailed', { check: text.checkName(failure.check), message: failure.message })}
        </p>
      ))}
      <FlagCounts
        counts={counts}
        stats={stats}
        text={text}
        formatNumber={formatNumber}
        formatPercent={formatPercent}
        onToggleMute={muteCheck}
      />
      {entries.length === 0 ? (
        <p className="panel-placeholder">{counts.total > 0 ? t('triage.allMuted') : t('flags.none')}</p>
      ) : (
        <FlagList entries={entries} text={text} formatNumber={formatNumber} />
      )}
    </>
  );
}
