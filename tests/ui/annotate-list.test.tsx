// AnnotationList: the article's annotations grouped by sentence, details shown, operable by keyboard.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../src/core/review/types.ts';
import { createI18n } from '../../src/i18n/index.ts';
import { AnnotationList } from '../../src/ui/components/Annotate/AnnotationList.tsx';
import { annotationAt } from '../core/review/helpers.ts';

function annotation(id: string, sentence: number, start: number, quote: string, overrides: Partial<Annotation> = {}): Annotation {
  return annotationAt(' '.repeat(start) + quote, start, start + quote.length, {
    id,
    sentence,
    category: 'Fluency/Spelling',
    severity: 'minor',
    ...overrides,
  });
}

const ANNOTATIONS = [
  annotation('late', 7, 0, 'näher gekommen sieht sich als', { category: 'Fluency/Grammar', severity: 'major', comment: 'Two clauses mashed' }),
  annotation('second', 2, 20, 'Druzhinin'),
  annotation('first', 2, 4, 'Rettungsleinem', { correction: 'Rettungsleinen', stale: true }),
];

function renderList(annotations = ANNOTATIONS) {
  const onSelect = vi.fn();
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <AnnotationList annotations={annotations} onSelect={onSelect} selectedId="second" />
    </I18nextProvider>,
  );
  return { user, onSelect };
}

describe('AnnotationList', () => {
  it('groups annotations by sentence in reading order with their details', () => {
    renderList();
    expect(screen.getAllByRole('heading').map((heading) => heading.textContent)).toEqual(['Sentence 3 (2)', 'Sentence 8 (1)']);
    const third = screen.getByRole('region', { name: 'Sentence 3 (2)' });
    const buttons = within(third).getAllByRole('button');
    expect(buttons.map((button) => button.querySelector('q')?.textContent)).toEqual(['Rettungsleinem', 'Druzhinin']);
    expect(buttons[0]).toHaveTextContent('Correction: Rettungsleinen');
    expect(within(buttons[0]!).getByText('Stale')).toBeInTheDocument();
    expect(buttons[1]).toHaveAttribute('aria-current', 'true');
    const eighth = screen.getByRole('region', { name: 'Sentence 8 (1)' });
    expect(within(eighth).getByRole('button')).toHaveTextContent('Fluency / GrammarMajor');
    expect(within(eighth).getByRole('button')).toHaveTextContent('Comment: Two clauses mashed');
  });

  it('moves with the arrow keys and selects with Enter', async () => {
    const { user, onSelect } = renderList();
    await user.tab();
    expect(screen.getByRole('button', { name: /Rettungsleinem/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('button', { name: /näher gekommen/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    expect(onSelect).toHaveBeenCalledExactlyOnceWith(ANNOTATIONS[1]);
  });

  it('says so when there are no annotations', () => {
    renderList([]);
    expect(screen.getByText('No annotations yet.')).toBeInTheDocument();
  });
});
