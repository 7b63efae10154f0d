// Totals at the top of the flags list: all flags, then per severity and per check.
import { useTranslation } from 'react-i18next';
import type { FlagCounts as Counts } from '../../../store/slices/analysis/selectors.ts';
import type { FlagText } from '../../hooks/useFlagText.ts';

const SEVERITY_ORDER = ['critical', 'major', 'minor'] as const;

interface FlagCountsProps {
  counts: Counts;
  text: FlagText;
  formatNumber: (value: number) => string;
}

export function FlagCounts({ counts, text, formatNumber }: FlagCountsProps) {
  const { t } = useTranslation();
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
        {counts.byCheck.map(({ check, count }) => (
          <li key={check}>
            <span>{text.checkName(check)}</span>
            <span className="check-count">{formatNumber(count)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
