// The flags section of the side panel: progress while the checks run, an error if they fail, then counts and the list to triage.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyReviewFilter, facetCounts, filterAnnotations, filterFlags, type ReviewFilter } from '../../../core/review/filters.ts';
import { useAppStore } from '../../../store/store.ts';
import {
  selectAnalysisError,
  selectAnalysisStatus,
  selectCheckFailures,
  selectFlagCounts,
} from '../../../store/slices/analysis/selectors.ts';
import {
  selectAnnotations,
  selectDismissalStats,
  selectFlagDecisions,
  selectListedFlags,
  selectMuteCheck,
  selectSentenceStatuses,
} from '../../../store/slices/review/selectors.ts';
import { FilterBar } from '../Filters/FilterBar.tsx';
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
  const decisions = useAppStore(selectFlagDecisions);
  const annotations = useAppStore(selectAnnotations);
  const sentenceStatuses = useAppStore(selectSentenceStatuses);
  const [filter, setFilter] = useState<ReviewFilter>(emptyReviewFilter);
  const statusOf = (sentence: number) => sentenceStatuses[sentence] ?? 'untouched';
  const flags = useMemo(() => entries.map((entry) => entry.flag), [entries]);
  const facets = useMemo(
    () => facetCounts(flags, decisions, annotations, sentenceStatuses),
    [flags, decisions, annotations, sentenceStatuses],
  );
  const shownIds = new Set(filterFlags(flags, decisions, filter, statusOf).map((flag) => flag.id));
  const shownEntries = entries.filter((entry) => shownIds.has(entry.flag.id));
  const shownAnnotations = filterAnnotations(annotations, filter, statusOf).length;
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
      {entries.length > 0 && (
        // Collapsed by default: the list, not the filters, is what a reviewer works through.
        <details className="filters-details">
          <summary>{t('workspace:filters.label')}</summary>
          <FilterBar
            facets={facets}
            value={filter}
            onChange={setFilter}
            shown={{ flags: shownEntries.length, annotations: shownAnnotations }}
          />
        </details>
      )}
      {entries.length === 0 ? (
        <p className="panel-placeholder">{counts.total > 0 ? t('triage.allMuted') : t('flags.none')}</p>
      ) : (
        <FlagList entries={shownEntries} text={text} formatNumber={formatNumber} />
      )}
    </>
  );
}
