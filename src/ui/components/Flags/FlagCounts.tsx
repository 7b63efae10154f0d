// Totals at the top of the flags list: all flags, per severity, and per check with its dismissals, false-alarm rate and a mute switch.
import { useTranslation } from 'react-i18next';
import type { CheckDismissalStats } from '../../../core/review/selectors.ts';
import type { FlagCounts as Counts } from '../../../store/slices/analysis/selectors.ts';
import type { FlagText } from '../../hooks/useFlagText.ts';

const SEVERITY_ORDER = ['critical', 'major', 'minor'] as const;

interface FlagCountsProps {
  counts: Counts;
  /** Per-check decisions; a check with flags only from re-checks of edited sentences is listed too. */
  stats: readonly CheckDismissalStats[];
  text: FlagText;
  formatNumber: (value: number) => string;
  formatPercent: (ratio: number) => string;
  onToggleMute: (check: string, muted: boolean) => void;
}

export function FlagCounts({ counts, stats, text, formatNumber, formatPercent, onToggleMute }: FlagCountsProps) {
  const { t } = useTranslation();
  const statsByCheck = new Map(stats.map((entry) => [entry.check, entry]));
  const checks = [
    ...counts.byCheck,
    ...stats.filter((entry) => !counts.byCheck.some((c) => c.check === entry.check)).map((entry) => ({ check: entry.check, count: 0 })),
  ];
  return (
    <div className="flag-counts">
      <p className="flag-total">{t('flags.total', { number: formatNumber(counts.total) })}</p>
      <ul className="severity-counts" aria-label={t('flags.bySeverity')}>
        {SEVERITY_ORDER.map((severity) => (
          <li key={severity} className={`severity-badge severity-${severity}`}>
            {t('flags.countValue', { name: text.severityName(severity), number: formatNumber(counts.bySeverity[severity]) })}
          </li>
        ))}
      </ul>
      <ul className="check-counts" aria-label={t('flags.byCheck')}>
        {checks.map(({ check, count }) => {
          const entry = statsByCheck.get(check);
          const isMuted = entry?.muted ?? false;
          const name = text.checkName(check);
          return (
            <li key={check} className={isMuted ? 'is-muted' : undefined}>
              <span>{name}</span>
              <span className="check-count">{formatNumber(count)}</span>
              <button
                type="button"
                className="mute-button"
                aria-pressed={isMuted}
                aria-label={t('triage.muteLabel', { check: name })}
                onClick={() => onToggleMute(check, !isMuted)}
              >
                {t('triage.mute')}
              </button>
              {entry && entry.dismissed + entry.accepted > 0 && (
                <span className="check-stats">
                  {t('triage.checkStats', {
                    dismissed: formatNumber(entry.dismissed),
                    rate: formatPercent(entry.falseAlarmRate ?? 0),
                  })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
