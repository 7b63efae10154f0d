// Errors per MQM category and severity: a stacked bar per category (severities told apart by texture and text, not
// colour alone) and the same numbers as a table.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { mqmSeverities, type MqmCategoryScore } from '../../../core/review/mqm.ts';
import type { AnnotationSeverity } from '../../../core/review/types.ts';
import { useMqmText } from '../Annotate/useMqmText.ts';
import { useScoreFormat } from './useScoreFormat.ts';

interface MqmErrorChartProps {
  /** The score's rows: one per category and severity that occurs, in typology order. */
  rows: readonly MqmCategoryScore[];
}

interface CategoryTotals {
  category: string;
  counts: Record<AnnotationSeverity, number>;
  total: number;
  penalty: number;
}

const noCounts = (): Record<AnnotationSeverity, number> => ({ neutral: 0, minor: 0, major: 0, critical: 0 });

function totalsByCategory(rows: readonly MqmCategoryScore[]): CategoryTotals[] {
  const byCategory = new Map<string, CategoryTotals>();
  for (const row of rows) {
    let totals = byCategory.get(row.category);
    if (!totals) {
      totals = { category: row.category, counts: noCounts(), total: 0, penalty: 0 };
      byCategory.set(row.category, totals);
    }
    totals.counts[row.severity] += row.count;
    totals.total += row.count;
    totals.penalty += row.penalty;
  }
  return [...byCategory.values()];
}

export function MqmErrorChart({ rows }: MqmErrorChartProps) {
  const { t } = useTranslation();
  const mqm = useMqmText();
  const format = useScoreFormat();
  const ids = { heading: useId(), table: useId() };
  const categories = totalsByCategory(rows);
  const longest = Math.max(1, ...categories.map((c) => c.total));
  const all = categories.reduce(
    (sum, c) => {
      for (const severity of mqmSeverities) sum.counts[severity] += c.counts[severity];
      return { counts: sum.counts, total: sum.total + c.total, penalty: sum.penalty + c.penalty };
    },
    { counts: noCounts(), total: 0, penalty: 0 },
  );
  const details = (counts: Record<AnnotationSeverity, number>) =>
    mqmSeverities
      .filter((severity) => counts[severity] > 0)
      .map((severity) => t('mqm:score.severityCount', { count: counts[severity], severity: mqm.severityName(severity) }))
      .join(', ');

  return (
    <div className="mqm-chart">
      <h3 id={ids.heading}>{t('mqm:score.chartHeading')}</h3>
      <ul className="mqm-legend" aria-label={t('mqm:score.legend')}>
        {mqmSeverities.map((severity) => (
          <li key={severity}>
            <span className={`mqm-swatch severity-pattern-${severity}`} aria-hidden="true" />
            {mqm.severityName(severity)}
          </li>
        ))}
      </ul>
      <ul className="mqm-bars" aria-labelledby={ids.heading}>
        {categories.map((c) => {
          const name = mqm.categoryPath(c.category);
          const summary = details(c.counts);
          return (
            <li key={c.category} className="mqm-bar-row">
              <span className="mqm-bar-name" aria-hidden="true">
                {name}
              </span>
              <div
                role="img"
                className="mqm-bar"
                aria-label={t('mqm:score.chartBarLabel', { category: name, details: summary, total: c.total })}
              >
                {mqmSeverities
                  .filter((severity) => c.counts[severity] > 0)
                  .map((severity) => (
                    <span
                      key={severity}
                      className={`mqm-bar-segment severity-pattern-${severity}`}
                      style={{ width: `${(100 * c.counts[severity]) / longest}%` }}
                    />
                  ))}
              </div>
              <span className="mqm-bar-counts" aria-hidden="true">
                {summary}
              </span>
            </li>
          );
        })}
      </ul>
      {/* A narrow side panel cannot show seven columns: the table scrolls sideways, and takes focus so it can by keyboard. */}
      <div className="mqm-table-scroll" role="group" aria-labelledby={ids.table} tabIndex={0}>
        <table className="mqm-table">
          <caption id={ids.table}>{t('mqm:score.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mqm:score.columnCategory')}</th>
              {mqmSeverities.map((severity) => (
                <th key={severity} scope="col">
                  {mqm.severityName(severity)}
                </th>
              ))}
              <th scope="col">{t('mqm:score.columnTotal')}</th>
              <th scope="col">{t('mqm:score.columnPenalty')}</th>
            </tr>
          </thead>
          <tbody>
            {categories.map((c) => (
              <tr key={c.category}>
                <th scope="row">{mqm.categoryPath(c.category)}</th>
                {mqmSeverities.map((severity) => (
                  <td key={severity}>{format(c.counts[severity])}</td>
                ))}
                <td>{format(c.total)}</td>
                <td>{format(c.penalty)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('mqm:score.rowAll')}</th>
              {mqmSeverities.map((severity) => (
                <td key={severity}>{format(all.counts[severity])}</td>
              ))}
              <td>{format(all.total)}</td>
              <td>{format(all.penalty)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
