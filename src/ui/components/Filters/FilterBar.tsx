// Filter controls for the review: checkbox groups by flag status, severity, check, MQM category and sentence status,
// each value with its count, a clear button and a live summary of what is shown.
import { useTranslation } from 'react-i18next';
import {
  isFilterEmpty,
  toggleFilterValue,
  type FacetCount,
  type FacetField,
  type Facets,
  type ReviewFilter,
} from '../../../core/review/filters.ts';
import { useFlagText } from '../../hooks/useFlagText.ts';
import { useMqmText } from '../Annotate/useMqmText.ts';
import { useSeverityName } from './useSeverityName.ts';
import './filters.css';

export interface FilterBarProps {
  /** From facetCounts over the whole review (not the filtered part). */
  facets: Facets;
  value: ReviewFilter;
  onChange: (filter: ReviewFilter) => void;
  /** How many flags and annotations the current filter lets through, for the summary. */
  shown: { flags: number; annotations: number };
}

interface Group {
  field: FacetField;
  legend: string;
  name: (value: string) => string;
  /** The number shown next to a value: what that field counts. */
  count: (facet: FacetCount) => number;
}

// Order of the groups: triage first (what still needs work), then what kind of problem, then where.
const FIELDS: readonly FacetField[] = ['statuses', 'severities', 'checks', 'categories', 'sentenceStatuses'];

/** Values the facets list, plus selected values no longer present (count 0), so a selection can always be undone. */
function optionsOf(facets: readonly FacetCount[], selected: readonly string[]): FacetCount[] {
  const listed = new Set(facets.map((facet) => facet.value));
  const missing = selected.filter((value) => !listed.has(value)).map((value) => ({ value, flags: 0, annotations: 0, sentences: 0 }));
  return [...facets, ...missing];
}

export function FilterBar({ facets, value, onChange, shown }: FilterBarProps) {
  const { t } = useTranslation();
  const flagText = useFlagText();
  const mqm = useMqmText();

  const statusNames: Record<string, string> = {
    open: t('workspace:filters.status.open'),
    accepted: t('workspace:filters.status.accepted'),
    dismissed: t('workspace:filters.status.dismissed'),
    fixed: t('workspace:filters.status.fixed'),
  };
  const sentenceStatusNames: Record<string, string> = {
    untouched: t('workspace:filters.sentenceStatus.untouched'),
    reviewed: t('workspace:filters.sentenceStatus.reviewed'),
    edited: t('workspace:filters.sentenceStatus.edited'),
    'has-open-flags': t('workspace:filters.sentenceStatus.hasOpenFlags'),
  };
  const severityName = useSeverityName();
  const itemCount = (facet: FacetCount) => facet.flags + facet.annotations;

  const groups: Record<FacetField, Group> = {
    statuses: { field: 'statuses', legend: t('workspace:filters.statuses'), name: (v) => statusNames[v] ?? v, count: (f) => f.flags },
    severities: { field: 'severities', legend: t('workspace:filters.severities'), name: severityName, count: itemCount },
    checks: { field: 'checks', legend: t('workspace:filters.checks'), name: flagText.checkName, count: itemCount },
    categories: { field: 'categories', legend: t('workspace:filters.categories'), name: mqm.categoryPath, count: itemCount },
    sentenceStatuses: {
      field: 'sentenceStatuses',
      legend: t('workspace:filters.sentenceStatuses'),
      name: (v) => sentenceStatusNames[v] ?? v,
      count: (f) => f.sentences,
    },
  };

  const isEmpty = isFilterEmpty(value);
  const totals = { totalFlags: facets.totalFlags, totalAnnotations: facets.totalAnnotations };
  const summary = isEmpty
    ? t('workspace:filters.summaryAll', totals)
    : t('workspace:filters.summary', { ...totals, shownFlags: shown.flags, shownAnnotations: shown.annotations });

  return (
    <section className="filter-bar" aria-label={t('workspace:filters.label')}>
      <div className="filter-groups">
        {FIELDS.map((field) => {
          const group = groups[field];
          const selected: readonly string[] = value[field];
          const options = optionsOf(facets[field], selected);
          if (options.length === 0) return null;
          return (
            <fieldset key={field} className="filter-group">
              <legend>{group.legend}</legend>
              <ul>
                {options.map((facet) => {
                  const count = group.count(facet);
                  return (
                    <li key={facet.value}>
                      <label data-empty={count === 0 || undefined}>
                        <input
                          type="checkbox"
                          checked={selected.includes(facet.value)}
                          onChange={() => onChange(toggleFilterValue(value, field, facet.value))}
                        />{' '}
                        {group.name(facet.value)} <span className="filter-count">{t('workspace:filters.count', { count })}</span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          );
        })}
      </div>
      <div className="filter-footer">
        <p role="status" className="filter-summary">
          {summary}
        </p>
        <button
          type="button"
          className="filter-clear"
          disabled={isEmpty}
          onClick={() => onChange({ checks: [], categories: [], severities: [], statuses: [], sentenceStatuses: [] })}
        >
          {t('workspace:filters.clear')}
        </button>
      </div>
    </section>
  );
}
