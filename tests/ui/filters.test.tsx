// FilterBar: labelled checkbox groups with counts, toggling by mouse and keyboard, clear, the live summary, German.
import axe from 'axe-core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import {
  emptyReviewFilter,
  facetCounts,
  filterAnnotations,
  filterFlags,
  type FilterableAnnotation,
  type FilterableFlag,
  type ReviewFilter,
} from '../../src/core/review/filters.ts';
import type { FlagDecision } from '../../src/core/review/types.ts';
import { createI18n, type UiLanguage } from '../../src/i18n/index.ts';
import { FilterBar } from '../../src/ui/components/Filters/FilterBar.tsx';

const FLAGS: FilterableFlag[] = [
  { id: 'f1', check: 'garbled-word', category: 'Fluency/Spelling', severity: 'major', sentence: 0 },
  { id: 'f2', check: 'missing-space', category: 'Fluency/Punctuation', severity: 'minor', sentence: 1 },
  { id: 'f3', check: 'garbled-word', category: 'Fluency/Spelling', severity: 'critical', sentence: 2 },
  { id: 'f4', check: 'repeated-phrase', category: 'Accuracy/Addition', severity: 'major', sentence: 3 },
];
const DECISIONS: Record<string, FlagDecision> = {
  f2: { status: 'dismissed', check: 'missing-space', at: '2026-01-01T00:00:00Z' },
};
const ANNOTATIONS: FilterableAnnotation[] = [
  { sentence: 2, category: 'Fluency/Grammar', severity: 'neutral', origin: { kind: 'manual' } },
];

/** The bar wired to state, filtering the fixture as the app will. */
function Harness({ uiLanguage = 'en', onChange }: { uiLanguage?: UiLanguage; onChange?: (filter: ReviewFilter) => void }) {
  const [filter, setFilter] = useState<ReviewFilter>(emptyReviewFilter);
  const shown = { flags: filterFlags(FLAGS, DECISIONS, filter).length, annotations: filterAnnotations(ANNOTATIONS, filter).length };
  return (
    <I18nextProvider i18n={createI18n(uiLanguage)}>
      <FilterBar
        facets={facetCounts(FLAGS, DECISIONS, ANNOTATIONS, ['has-open-flags', 'edited', 'reviewed', 'untouched'])}
        value={filter}
        shown={shown}
        onChange={(next) => {
          onChange?.(next);
          setFilter(next);
        }}
      />
    </I18nextProvider>
  );
}

describe('FilterBar', () => {
  it('shows each group as a labelled group of checkboxes with localised names and counts', () => {
    render(<Harness />);
    const region = screen.getByRole('region', { name: 'Filters' });
    const checks = within(region).getByRole('group', { name: 'Check' });
    expect(within(checks).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent?.trim())).toEqual([
      'Garbled word (2)',
      'Missing space (1)',
      'Repeated phrase (1)',
    ]);
    const severities = within(region).getByRole('group', { name: 'Severity' });
    expect(within(severities).getByRole('checkbox', { name: 'Critical (1)' })).not.toBeChecked();
    expect(within(severities).getByRole('checkbox', { name: 'Neutral (1)' })).toBeInTheDocument();
    const categories = within(region).getByRole('group', { name: 'MQM category' });
    expect(within(categories).getByRole('checkbox', { name: 'Fluency / Grammar (1)' })).toBeInTheDocument();
    const statuses = within(region).getByRole('group', { name: 'Flag status' });
    expect(within(statuses).getByRole('checkbox', { name: 'Open (3)' })).toBeInTheDocument();
    expect(within(statuses).getByRole('checkbox', { name: 'Fixed (0)' })).toBeInTheDocument();
    expect(within(region).getByRole('group', { name: 'Sentence status' })).toBeInTheDocument();
  });

  it('says everything is shown and disables "clear" when nothing is filtered', () => {
    render(<Harness />);
    expect(screen.getByRole('status')).toHaveTextContent('No filter: all 4 flags and 1 annotations are shown.');
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
  });

  it('narrows the summary when a check is ticked and widens it when another is', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('checkbox', { name: 'Garbled word (2)' }));
    expect(screen.getByRole('checkbox', { name: 'Garbled word (2)' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 2 of 4 flags and 0 of 1 annotations.');
    await user.click(screen.getByRole('checkbox', { name: 'Missing space (1)' }));
    expect(screen.getByRole('status')).toHaveTextContent('Showing 3 of 4 flags and 0 of 1 annotations.');
  });

  it('combines groups: both restrictions must hold', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await user.click(screen.getByRole('checkbox', { name: 'Garbled word (2)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Major (2)' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...emptyReviewFilter, checks: ['garbled-word'], severities: ['major'] });
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 4 flags');
  });

  it('is operable by keyboard: Tab to a checkbox, Space toggles, and "clear" resets everything', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Open (3)' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: 'Open (3)' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 3 of 4 flags');
    const clear = screen.getByRole('button', { name: 'Clear filters' });
    clear.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('checkbox', { name: 'Open (3)' })).not.toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('No filter');
  });

  it('speaks German when the interface is German', () => {
    render(<Harness uiLanguage="de" />);
    const region = screen.getByRole('region', { name: 'Filter' });
    expect(within(region).getByRole('group', { name: 'Prüfung' })).toBeInTheDocument();
    expect(within(region).getByRole('checkbox', { name: 'Kritisch (1)' })).toBeInTheDocument();
    expect(within(region).getByRole('checkbox', { name: 'Verworfen (1)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Filter zurücksetzen' })).toBeDisabled();
  });
  it('has no serious or critical axe violation (contrast is checked in the browser, not in jsdom)', async () => {
    const { container } = render(<Harness />);
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    expect(result.passes.length).toBeGreaterThan(3);
  });
});
