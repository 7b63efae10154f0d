// MqmScorePanel: the figures scoreMqm computes, the verdict and threshold, weight editing and validation, the chart.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { defaultMqmWeights, scoreMqm } from '../../src/core/review/mqm.ts';
import type { Annotation, MqmWeights } from '../../src/core/review/types.ts';
import { createI18n, type UiLanguage } from '../../src/i18n/index.ts';
import { MqmScorePanel } from '../../src/ui/components/Score/MqmScorePanel.tsx';

type Mark = Pick<Annotation, 'category' | 'severity'>;

const MARKS: Mark[] = [
  { category: 'Fluency/Grammar', severity: 'major' },
  { category: 'Fluency/Punctuation', severity: 'minor' },
  { category: 'Fluency/Punctuation', severity: 'minor' },
  { category: 'Accuracy/Mistranslation', severity: 'critical' },
  { category: 'Fluency/Spelling', severity: 'minor' },
  { category: 'Fluency/Spelling', severity: 'major' },
  { category: 'Other', severity: 'neutral' },
  { category: 'Non-translation', severity: 'major' },
];
const WORDS = 400;

/** The expected penalty, from the weights as DESIGN.md states the rules (not through scoreMqm). */
function expectedPenalty(w: MqmWeights): number {
  return w.major + 2 * w.minorPunctuation + w.critical + w.minor + w.major + w.neutral + w.nonTranslation;
}

const format = (value: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(value);

/** The panel wired to local state, as the store will wire it: the score is recomputed on every change. */
function Harness({ marks, threshold = 95, uiLanguage = 'en' }: { marks: Mark[]; threshold?: number; uiLanguage?: UiLanguage }) {
  const [weights, setWeights] = useState<MqmWeights>({ ...defaultMqmWeights });
  const [passThreshold, setPassThreshold] = useState(threshold);
  return (
    <I18nextProvider i18n={createI18n(uiLanguage)}>
      <MqmScorePanel
        score={scoreMqm(marks, WORDS, weights, passThreshold)}
        weights={weights}
        passThreshold={passThreshold}
        words={WORDS}
        onChangeWeights={setWeights}
        onChangeThreshold={setPassThreshold}
      />
    </I18nextProvider>
  );
}

function renderPanel(props: { weights?: MqmWeights; marks?: Mark[]; threshold?: number } = {}) {
  const weights = props.weights ?? { ...defaultMqmWeights };
  const threshold = props.threshold ?? 95;
  const handlers = { onChangeWeights: vi.fn(), onChangeThreshold: vi.fn() };
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <MqmScorePanel
        score={scoreMqm(props.marks ?? MARKS, WORDS, weights, threshold)}
        weights={weights}
        passThreshold={threshold}
        words={WORDS}
        {...handlers}
      />
    </I18nextProvider>,
  );
  return { user, ...handlers };
}

/** The value shown next to a figure's term. */
function figure(term: string): string | null | undefined {
  return screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
}

describe('MqmScorePanel', () => {
  it('shows the penalty per 100 words and the quality score that the weights give', () => {
    renderPanel();
    const penalty = expectedPenalty(defaultMqmWeights);
    expect(figure('Total penalty')).toBe(format(penalty));
    expect(figure('Penalty per 100 words')).toBe(format((100 * penalty) / WORDS));
    expect(figure('Quality score')).toBe(`${format(100 * (1 - penalty / WORDS))} / 100`);
    expect(figure('Words')).toBe(format(WORDS));
  });

  it('recomputes the figures when a weight is edited', async () => {
    const user = userEvent.setup();
    render(<Harness marks={MARKS} />);
    const critical = screen.getByRole('spinbutton', { name: 'Critical' });
    await user.clear(critical);
    await user.type(critical, '10');
    const penalty = expectedPenalty({ ...defaultMqmWeights, critical: 10 });
    expect(figure('Total penalty')).toBe(format(penalty));
  });

  it('says pass or fail in words and flips when the threshold changes', async () => {
    const user = userEvent.setup();
    render(<Harness marks={MARKS} threshold={95} />);
    const quality = 100 * (1 - expectedPenalty(defaultMqmWeights) / WORDS);
    expect(quality).toBeLessThan(95);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(`Fail ${format(quality)} is below the threshold of 95.`);
    expect(status).toHaveTextContent(/^✗/);
    const threshold = screen.getByRole('spinbutton', { name: 'Pass threshold (quality score 0–100)' });
    await user.clear(threshold);
    await user.type(threshold, '80');
    expect(status).toHaveTextContent(`Pass ${format(quality)} is at least the threshold of 80.`);
    expect(status).toHaveTextContent(/^✓/);
  });

  it.each(['101', '-1'])('rejects the threshold %s', async (typed) => {
    const { user, onChangeThreshold } = renderPanel();
    const threshold = screen.getByRole('spinbutton', { name: 'Pass threshold (quality score 0–100)' });
    await user.clear(threshold);
    await user.type(threshold, typed);
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a number from 0 to 100.');
    expect(threshold).toHaveAttribute('aria-invalid', 'true');
    expect(onChangeThreshold.mock.calls.map(([value]) => value as number).filter((v) => v < 0 || v > 100)).toEqual([]);
  });

  it.each([
    { weight: 'Major', key: 'major', typed: '7', value: 7 },
    { weight: 'Minor punctuation error', key: 'minorPunctuation', typed: '0.5', value: 0.5 },
    { weight: 'Non-translation (any severity but neutral)', key: 'nonTranslation', typed: '0', value: 0 },
  ])('calls onChangeWeights with the new $weight weight', async ({ weight, key, typed, value }) => {
    const { user, onChangeWeights } = renderPanel();
    const input = screen.getByRole('spinbutton', { name: weight });
    await user.clear(input);
    await user.type(input, typed);
    expect(onChangeWeights).toHaveBeenLastCalledWith({ ...defaultMqmWeights, [key]: value });
  });

  it('rejects a negative weight with a message and never reports it', async () => {
    const { user, onChangeWeights } = renderPanel();
    const input = screen.getByRole('spinbutton', { name: 'Critical' });
    await user.clear(input);
    await user.type(input, '-3');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('A weight must be a number of 0 or more.');
    const reported = onChangeWeights.mock.calls.map(([weights]) => weights as MqmWeights);
    expect(reported.filter((weights) => Object.values(weights).some((v) => v < 0))).toEqual([]);
  });

  it('resets the weights to the WMT defaults', async () => {
    const { user, onChangeWeights } = renderPanel({ weights: { ...defaultMqmWeights, major: 7, minor: 2 } });
    expect(screen.getByRole('spinbutton', { name: 'Major' })).toHaveValue(7);
    await user.click(screen.getByRole('button', { name: 'WMT defaults' }));
    expect(onChangeWeights).toHaveBeenCalledExactlyOnceWith(defaultMqmWeights);
  });

  it('draws one labelled bar per category present, with counts per severity', () => {
    renderPanel();
    const bars = within(screen.getByRole('list', { name: 'Errors by category and severity' })).getAllByRole('img');
    expect(bars.map((bar) => bar.getAttribute('aria-label'))).toEqual([
      'Accuracy / Mistranslation: 1 × Critical; 1 in all',
      'Fluency / Grammar: 1 × Major; 1 in all',
      'Fluency / Spelling: 1 × Minor, 1 × Major; 2 in all',
      'Fluency / Punctuation: 2 × Minor; 2 in all',
      'Other: 1 × Neutral; 1 in all',
      'Non-translation: 1 × Major; 1 in all',
    ]);
    // Severities differ by texture class and by their names in the text, not by colour alone.
    expect(bars[2]!.querySelectorAll('.severity-pattern-minor, .severity-pattern-major')).toHaveLength(2);
  });

  it('gives the chart as a table too, with totals', () => {
    renderPanel();
    const table = screen.getByRole('table', { name: 'Errors by category and severity as a table' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + 6 + 1);
    const spelling = within(table).getByRole('row', { name: /^Fluency \/ Spelling/ });
    expect(within(spelling).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '0',
      '1',
      '1',
      '0',
      '2',
      format(defaultMqmWeights.minor + defaultMqmWeights.major),
    ]);
    const all = within(table).getByRole('row', { name: /^All categories/ });
    expect(within(all).getAllByRole('cell').at(-2)).toHaveTextContent(String(MARKS.length));
    expect(within(all).getAllByRole('cell').at(-1)).toHaveTextContent(format(expectedPenalty(defaultMqmWeights)));
  });

  it('shows an empty state and a full score when there are no annotations', () => {
    renderPanel({ marks: [] });
    expect(screen.getByText(/No annotations yet/)).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(figure('Quality score')).toBe('100 / 100');
    expect(screen.getByRole('status')).toHaveTextContent('Pass');
  });

  it('speaks German in German', () => {
    render(<Harness marks={MARKS} uiLanguage="de" />);
    expect(screen.getByRole('region', { name: 'MQM-Bewertung' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Nicht bestanden');
    expect(screen.getByRole('img', { name: /^Sprachfluss \/ Zeichensetzung: 2 × Leicht/ })).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'Leichter Zeichensetzungsfehler' })).toHaveValue(0.1);
  });
});
