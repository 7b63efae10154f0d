// SentenceAnnotator: annotate a span by keyboard or button through the form, see overlapping annotations, edit and delete with confirmation.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../src/core/review/types.ts';
import { createI18n } from '../../src/i18n/index.ts';
import { SentenceAnnotator, type SentenceAnnotatorProps } from '../../src/ui/components/Annotate/SentenceAnnotator.tsx';
import { annotationAt } from '../core/review/helpers.ts';

const TEXT = 'Er sagte „Hallo  Welt“ und   ging.';
const at = (word: string) => TEXT.indexOf(word);
const after = (word: string) => TEXT.indexOf(word) + word.length;

function annotation(id: string, start: number, end: number, overrides: Partial<Annotation> = {}): Annotation {
  return annotationAt(TEXT, start, end, { id, sentence: 4, ...overrides });
}

function renderAnnotator(props: Partial<SentenceAnnotatorProps> = {}) {
  const handlers = { onAdd: vi.fn(), onUpdate: vi.fn(), onDelete: vi.fn() };
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <SentenceAnnotator sentence={4} text={TEXT} annotations={[]} {...handlers} {...props} />
    </I18nextProvider>,
  );
  const picker = screen.getByRole('textbox', { name: 'Text of sentence 5: select a span to annotate' });
  return { user, picker, ...handlers };
}

describe('SentenceAnnotator', () => {
  it('annotates a span chosen by keyboard alone: Shift+→, Enter, the form, Save', async () => {
    const { user, picker, onAdd } = renderAnnotator();
    await user.tab();
    expect(picker).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowRight}{Shift>}{ArrowRight}{ArrowRight}{/Shift}{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Annotate an error' });
    expect(within(dialog).getByRole('blockquote').textContent).toBe('Hallo  Welt');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Error category' }), 'Grammar');
    await user.click(within(dialog).getByRole('radio', { name: /^Major/ }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Comment' }), 'Wrong case');
    await user.type(within(dialog).getByRole('textbox', { name: 'Proposed correction' }), 'Hallo Welt');
    await user.click(within(dialog).getByRole('button', { name: 'Save annotation' }));
    expect(onAdd).toHaveBeenCalledExactlyOnceWith({
      category: 'Fluency/Grammar',
      severity: 'major',
      comment: 'Wrong case',
      correction: 'Hallo Welt',
      start: at('Hallo'),
      end: after('Welt'),
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(picker).toHaveFocus();
    expect(screen.getByText('Nothing selected.')).toBeInTheDocument();
  });

  it('opens the form with m and with the button once something is selected', async () => {
    const { user, picker } = renderAnnotator();
    const button = screen.getByRole('button', { name: 'Annotate selection' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.click(button);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(picker).toHaveFocus();
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}m');
    expect(screen.getByRole('dialog', { name: 'Annotate an error' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveAttribute('aria-disabled', 'false');
    await user.click(button);
    expect(within(screen.getByRole('dialog')).getByRole('blockquote')).toHaveTextContent('Er');
  });

  it('lists overlapping annotations with category, severity, quote, comment, correction and a stale warning', () => {
    renderAnnotator({
      annotations: [
        annotation('b', at('Welt'), after('und'), { category: 'Fluency/Spelling', severity: 'minor', stale: true }),
        annotation('a', at('Hallo'), after('Welt'), { comment: 'Wrong case', correction: 'Hallo Welt' }),
      ],
    });
    expect(screen.getByRole('heading', { name: 'Annotations in this sentence: 2' })).toBeInTheDocument();
    const [first, second] = screen.getAllByRole('listitem');
    expect(first).toHaveTextContent('Fluency / GrammarMajor');
    expect(first).toHaveTextContent('Comment: Wrong case');
    expect(first).toHaveTextContent('Correction: Hallo Welt');
    expect(first!.querySelector('q')!.textContent).toBe('Hallo  Welt');
    expect(second).toHaveTextContent('Fluency / SpellingMinor');
    expect(within(second!).getByText('Stale')).toBeInTheDocument();
    expect(second).toHaveTextContent('could not be found again exactly');
    // Both are marked in the text; their overlap names both.
    expect(screen.getByTitle('Fluency / Grammar (Major); Fluency / Spelling (Minor)')).toHaveTextContent(/^Welt$/);
  });

  it('edits an annotation in the form with its values filled in', async () => {
    const { user, onUpdate } = renderAnnotator({ annotations: [annotation('a', at('Hallo'), after('Welt'), { comment: 'Wrong case' })] });
    await user.click(screen.getByRole('button', { name: 'Edit Fluency / Grammar: “Hallo Welt”' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit annotation' });
    expect(within(dialog).getByRole('textbox', { name: 'Comment' })).toHaveValue('Wrong case');
    await user.click(within(dialog).getByRole('radio', { name: /^Critical/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save annotation' }));
    expect(onUpdate).toHaveBeenCalledExactlyOnceWith('a', {
      category: 'Fluency/Grammar',
      severity: 'critical',
      comment: 'Wrong case',
      correction: '',
    });
  });

  it('deletes only after confirmation, from the list or from the edit form', async () => {
    const { user, onDelete } = renderAnnotator({ annotations: [annotation('a', at('Hallo'), after('Welt'))] });
    const deleteButton = screen.getByRole('button', { name: 'Delete Fluency / Grammar: “Hallo Welt”' });
    await user.click(deleteButton);
    const confirm = screen.getByRole('alertdialog', { name: 'Delete this annotation?' });
    expect(confirm).toHaveAccessibleDescription('Fluency / Grammar (Major) on “Hallo Welt”. Undo (Ctrl+Z) brings it back.');
    expect(within(confirm).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onDelete).not.toHaveBeenCalled();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(deleteButton).toHaveFocus();

    await user.click(screen.getByRole('button', { name: /^Edit/ }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete annotation' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete annotation' }));
    expect(onDelete).toHaveBeenCalledExactlyOnceWith('a');
  });
});
