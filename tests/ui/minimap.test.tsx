// Minimap: rows and bucketing, row names with status and marks, the text alternative, mouse and keyboard selection.
import axe from 'axe-core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { SentenceStatus } from '../../src/core/review/selectors.ts';
import { createI18n, type UiLanguage } from '../../src/i18n/index.ts';
import { Minimap, type MinimapMark, type MinimapSentence } from '../../src/ui/components/Minimap/Minimap.tsx';
import { buildMinimapRows } from '../../src/ui/components/Minimap/minimap-rows.ts';

const sentencesOf = (count: number, perParagraph = 3): MinimapSentence[] =>
  Array.from({ length: count }, (_, index) => ({ index, paragraph: Math.floor(index / perParagraph), length: 40 + (index % 7) * 30 }));

const SENTENCES = sentencesOf(6);
const MARKS: MinimapMark[] = [
  { sentence: 1, kind: 'flag', severity: 'minor' },
  { sentence: 1, kind: 'flag', severity: 'major' },
  { sentence: 3, kind: 'annotation', severity: 'critical' },
  { sentence: 3, kind: 'flag', severity: 'minor' },
];
const STATUSES: Record<number, SentenceStatus> = { 0: 'reviewed', 1: 'has-open-flags', 2: 'edited', 3: 'has-open-flags' };

interface HarnessProps {
  sentences?: readonly MinimapSentence[];
  marks?: readonly MinimapMark[];
  statuses?: Record<number, SentenceStatus>;
  onSelect?: (sentence: number) => void;
  initial?: number;
  uiLanguage?: UiLanguage;
}

/** The minimap following its own selection, as the article's current sentence will drive it. */
function Harness({ sentences = SENTENCES, marks = MARKS, statuses = STATUSES, onSelect, initial, uiLanguage = 'en' }: HarnessProps) {
  const [current, setCurrent] = useState<number | undefined>(initial);
  return (
    <I18nextProvider i18n={createI18n(uiLanguage)}>
      <Minimap
        sentences={sentences}
        marks={marks}
        statuses={statuses}
        currentSentence={current}
        onSelect={(sentence) => {
          onSelect?.(sentence);
          setCurrent(sentence);
        }}
      />
    </I18nextProvider>
  );
}

describe('Minimap', () => {
  it('is a named listbox with one option per sentence naming its status and marks', () => {
    render(<Harness />);
    const map = screen.getByRole('listbox', { name: 'Document overview' });
    const names = screen.getAllByRole('option').map((option) => option.getAttribute('aria-label'));
    expect(names).toEqual([
      'Sentence 1, Reviewed',
      'Sentence 2, Has open flags, flags: 2, most severe: Major',
      'Sentence 3, Edited',
      'Sentence 4, Has open flags, flags: 1, most severe: Minor, annotations: 1, most severe: Critical',
      'Sentence 5, Untouched',
      'Sentence 6, Untouched',
    ]);
    expect(map).toHaveAccessibleDescription(/Sentences with flags or annotations: 2, 4\./);
  });

  it('shows kind and severity as marker data (shape and size in CSS), not colour alone', () => {
    render(<Harness />);
    const [, second, , fourth] = screen.getAllByRole('option');
    expect(second).toHaveAttribute('data-flag', 'major');
    expect(second).not.toHaveAttribute('data-annotation');
    expect(fourth).toHaveAttribute('data-flag', 'minor');
    expect(fourth).toHaveAttribute('data-annotation', 'critical');
    expect(fourth).toHaveAttribute('data-status', 'has-open-flags');
  });

  it('marks the current sentence as selected', () => {
    render(<Harness initial={2} />);
    expect(screen.getByRole('option', { selected: true })).toHaveAccessibleName('Sentence 3, Edited, current sentence');
  });

  it('selects a sentence when its row is clicked', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    await user.click(screen.getAllByRole('option')[4]!);
    expect(onSelect).toHaveBeenCalledWith(4);
    expect(screen.getByRole('option', { selected: true })).toHaveAccessibleName(/^Sentence 5,/);
  });

  it('moves with the arrow keys, Home and End, and goes to the sentence on Enter', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} initial={1} />);
    const map = screen.getByRole('listbox');
    await user.tab();
    expect(map).toHaveFocus();
    const active = () => document.getElementById(map.getAttribute('aria-activedescendant') ?? '')?.getAttribute('aria-label');
    expect(active()).toMatch(/^Sentence 2,/);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(active()).toMatch(/^Sentence 4,/);
    expect(onSelect).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(3);
    await user.keyboard('{End}');
    expect(active()).toMatch(/^Sentence 6,/);
    await user.keyboard('{ArrowDown}');
    expect(active()).toMatch(/^Sentence 6,/);
    await user.keyboard('{Home}{ArrowUp} ');
    expect(onSelect).toHaveBeenLastCalledWith(0);
  });

  it('buckets 10,000 sentences into at most 200 rows that cover every sentence once', () => {
    const sentences = sentencesOf(10_000);
    const marks: MinimapMark[] = [
      { sentence: 7, kind: 'flag', severity: 'minor' },
      { sentence: 9_999, kind: 'annotation', severity: 'major' },
    ];
    const { container } = render(<Harness sentences={sentences} marks={marks} statuses={{}} />);
    const options = screen.getAllByRole('option');
    expect(options.length).toBeLessThanOrEqual(200);
    expect(container.querySelectorAll('*').length).toBeLessThan(300);
    expect(options[0]).toHaveAccessibleName(/^Sentences 1 to 50, Untouched, flags: 1, most severe: Minor/);
    expect(options.at(-1)).toHaveAccessibleName(/^Sentences 9951 to 10000, Untouched, annotations: 1/);
  });

  it('goes to the first marked sentence of a bucket', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(
      <Harness sentences={sentencesOf(1_000)} marks={[{ sentence: 23, kind: 'flag', severity: 'major' }]} statuses={{}} onSelect={onSelect} />,
    );
    // 1,000 sentences in 200 rows: five a row, so sentences 20–24 share row 4.
    const row = screen.getAllByRole('option')[4]!;
    expect(row).toHaveAccessibleName(/^Sentences 21 to 25,/);
    await user.click(row);
    expect(onSelect).toHaveBeenCalledWith(23);
  });

  it('lists at most 50 marked sentences in its text alternative', () => {
    const marks = Array.from({ length: 60 }, (_, i): MinimapMark => ({ sentence: i * 2, kind: 'flag', severity: 'minor' }));
    render(<Harness sentences={sentencesOf(200)} marks={marks} />);
    expect(screen.getByRole('listbox')).toHaveAccessibleDescription(/: 1, 3, 5, .*, 99 and 10 more\./);
  });

  it('speaks German when the interface is German', () => {
    render(<Harness uiLanguage="de" />);
    expect(screen.getByRole('listbox', { name: 'Dokumentübersicht' })).toBeInTheDocument();
    expect(screen.getAllByRole('option')[1]).toHaveAccessibleName(
      'Satz 2, Mit offenen Markierungen, Markierungen: 2, höchster Schweregrad: Schwer',
    );
  });
  it('has no serious or critical axe violation (contrast is checked in the browser, not in jsdom)', async () => {
    const { container } = render(<Harness initial={1} />);
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    expect(result.passes.length).toBeGreaterThan(3);
  });
});

describe('buildMinimapRows', () => {
  it.each([
    ['one row per sentence when few', 6, 200, 6, 1],
    ['buckets of two when just over the limit', 201, 200, 101, 2],
    ['buckets of fifty for 10,000', 10_000, 200, 200, 50],
    ['no rows for an empty article', 0, 200, 0, 0],
  ])('makes %s', (_name, count, maxRows, rowCount, firstSize) => {
    const { rows, rowOf } = buildMinimapRows(sentencesOf(count), [], {}, maxRows);
    expect(rows.length).toBe(rowCount);
    expect(rows[0]?.size ?? 0).toBe(firstSize);
    expect(rows.reduce((sum, row) => sum + row.size, 0)).toBe(count);
    expect(rowOf.size).toBe(count);
  });

  it.each<[string, SentenceStatus[], SentenceStatus]>([
    ['any open flag wins', ['reviewed', 'has-open-flags', 'edited'], 'has-open-flags'],
    ['reviewed only when all are', ['reviewed', 'reviewed'], 'reviewed'],
    ['edited when some are and none has open flags', ['reviewed', 'edited', 'untouched'], 'edited'],
    ['untouched otherwise', ['reviewed', 'untouched'], 'untouched'],
  ])('merges statuses of a bucket: %s', (_name, statuses, expected) => {
    const { rows } = buildMinimapRows(sentencesOf(statuses.length), [], { ...statuses }, 1);
    expect(rows.map((row) => row.status)).toEqual([expected]);
  });

  it('makes a longer sentence a taller row, capped so one sentence cannot swamp the map', () => {
    const sentences: MinimapSentence[] = [
      { index: 0, paragraph: 0, length: 50 },
      { index: 1, paragraph: 0, length: 150 },
      { index: 2, paragraph: 1, length: 5_000 },
    ];
    const { rows } = buildMinimapRows(sentences, [], {});
    expect(rows[1]!.weight).toBe(3 * rows[0]!.weight);
    expect(rows[2]!.weight).toBeLessThanOrEqual(10 * rows[0]!.weight);
    expect(rows.map((row) => row.paragraphStart)).toEqual([true, false, true]);
  });
});
