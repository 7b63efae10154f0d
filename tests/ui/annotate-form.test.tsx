// AnnotationForm: category required, values submitted, keyboard-only use (Esc, Enter, severity keys, focus), German names.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n, type UiLanguage } from '../../src/i18n/index.ts';
import { AnnotationForm, type AnnotationFormProps } from '../../src/ui/components/Annotate/AnnotationForm.tsx';

function renderForm(props: Partial<AnnotationFormProps> = {}, uiLanguage: UiLanguage = 'en') {
  const handlers = { onSubmit: vi.fn(), onCancel: vi.fn() };
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={createI18n(uiLanguage)}>
      <AnnotationForm selectedText="näher gekommen sieht sich als" {...handlers} {...props} />
    </I18nextProvider>,
  );
  return { user, ...handlers };
}

/** An opener button that shows the form, the way the review view will. */
function Opener() {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setIsOpen(true)}>
        Annotate
      </button>
      {isOpen && (
        <AnnotationForm selectedText="Rettungsleinem" onSubmit={() => setIsOpen(false)} onCancel={() => setIsOpen(false)} />
      )}
    </>
  );
}

describe('AnnotationForm', () => {
  it('shows the selected text quoted inside a labelled dialog', () => {
    renderForm();
    const dialog = screen.getByRole('dialog', { name: 'Annotate an error' });
    expect(within(dialog).getByRole('blockquote')).toHaveTextContent('näher gekommen sieht sich als');
  });

  it('refuses to submit without a category and says why', async () => {
    const { user, onSubmit } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Save annotation' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Choose an error category.');
    const category = screen.getByRole('combobox', { name: 'Error category' });
    expect(category).toHaveAttribute('aria-invalid', 'true');
    expect(category).toHaveFocus();
  });

  it('submits the chosen category, severity, comment and correction', async () => {
    const { user, onSubmit } = renderForm();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Error category' }), 'Grammar');
    await user.click(screen.getByRole('radio', { name: /^Major/ }));
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Two clauses mashed together');
    await user.type(screen.getByRole('textbox', { name: 'Proposed correction' }), 'näher gekommen. Es sieht sich als');
    await user.click(screen.getByRole('button', { name: 'Save annotation' }));
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({
      category: 'Fluency/Grammar',
      severity: 'major',
      comment: 'Two clauses mashed together',
      correction: 'näher gekommen. Es sieht sich als',
    });
  });

  it('groups subcategories under their top-level category and describes the chosen one', async () => {
    const { user } = renderForm();
    const category = screen.getByRole('combobox', { name: 'Error category' });
    const fluency = within(category).getByRole('group', { name: 'Fluency' });
    expect(within(fluency).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Grammar',
      'Spelling',
      'Punctuation',
      'Register',
      'Inconsistency',
      'Character encoding',
    ]);
    await user.selectOptions(category, 'Omission');
    expect(category).toHaveAccessibleDescription('Content of the source is missing in the target.');
  });

  it('cancels on Escape without submitting', async () => {
    const { user, onCancel, onSubmit } = renderForm();
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it.each([
    { key: '1', severity: 'Neutral' },
    { key: '2', severity: 'Minor' },
    { key: '3', severity: 'Major' },
    { key: '4', severity: 'Critical' },
  ])('sets the severity $severity with key $key outside text fields', async ({ key, severity }) => {
    const { user } = renderForm({ initial: { severity: key === '2' ? 'critical' : 'minor' } });
    await user.keyboard(key);
    expect(screen.getByRole('radio', { name: new RegExp(`^${severity} \\(key ${key}\\)`) })).toBeChecked();
  });

  it('types digits into the comment instead of changing the severity', async () => {
    const { user } = renderForm();
    const comment = screen.getByRole('textbox', { name: 'Comment' });
    await user.type(comment, 'Seite 4');
    expect(comment).toHaveValue('Seite 4');
    expect(screen.getByRole('radio', { name: /^Minor/ })).toBeChecked();
  });

  it('is completed by keyboard alone: severity key, typing, Enter in the comment submits', async () => {
    const { user, onSubmit } = renderForm({ initial: { category: 'Fluency/Spelling' } });
    expect(screen.getByRole('combobox', { name: 'Error category' })).toHaveFocus();
    await user.keyboard('3');
    await user.tab(); // to the checked radio of the severity group
    expect(screen.getByRole('radio', { name: /^Major/ })).toHaveFocus();
    await user.tab();
    await user.keyboard('Garbled word{Shift>}{Enter}{/Shift}second line');
    expect(onSubmit).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({
      category: 'Fluency/Spelling',
      severity: 'major',
      comment: 'Garbled word\nsecond line',
      correction: '',
    });
  });

  it('submits on Enter in the correction field', async () => {
    const { user, onSubmit } = renderForm({ initial: { category: 'Style/Awkward', severity: 'minor' } });
    await user.type(screen.getByRole('textbox', { name: 'Proposed correction' }), 'besser{Enter}');
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({
      category: 'Style/Awkward',
      severity: 'minor',
      comment: '',
      correction: 'besser',
    });
  });

  it('moves focus into the form when it opens and back to the opener when it closes', async () => {
    const user = userEvent.setup();
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <Opener />
      </I18nextProvider>,
    );
    const opener = screen.getByRole('button', { name: 'Annotate' });
    await user.click(opener);
    expect(screen.getByRole('combobox', { name: 'Error category' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('keeps Tab inside the dialog', async () => {
    const { user } = renderForm({ onDelete: vi.fn() });
    const save = screen.getByRole('button', { name: 'Save annotation' });
    save.focus();
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Error category' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(save).toHaveFocus();
  });

  it('edits an existing annotation: shows its values and offers Delete', async () => {
    const onDelete = vi.fn();
    const { user } = renderForm({
      initial: { category: 'Accuracy/Omission', severity: 'critical', comment: 'Missing clause', correction: 'x' },
      onDelete,
    });
    expect(screen.getByRole('dialog', { name: 'Edit annotation' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Error category' })).toHaveValue('Accuracy/Omission');
    expect(screen.getByRole('radio', { name: /^Critical/ })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveValue('Missing clause');
    await user.click(screen.getByRole('button', { name: 'Delete annotation' }));
    expect(onDelete).toHaveBeenCalledOnce();
  });

  it('keeps a category from outside the typology instead of dropping it', () => {
    renderForm({ initial: { category: 'Fluency/Display' } });
    expect(screen.getByRole('combobox', { name: 'Error category' })).toHaveValue('Fluency/Display');
  });

  it.each([
    { group: 'Genauigkeit', option: 'Fehlübersetzung' },
    { group: 'Genauigkeit', option: 'Nicht übersetzter Text' },
    { group: 'Sprachfluss', option: 'Zeichensetzung' },
    { group: 'Länderkonventionen', option: 'Datumsformat' },
    { group: 'Stil', option: 'Holprig' },
  ])('shows the German name $option under $group in German', ({ group, option }) => {
    renderForm({}, 'de');
    expect(screen.getByRole('dialog', { name: 'Fehler annotieren' })).toBeInTheDocument();
    const category = screen.getByRole('combobox', { name: 'Fehlerkategorie' });
    expect(within(within(category).getByRole('group', { name: group })).getByRole('option', { name: option })).toBeInTheDocument();
  });

  it('lists the stand-alone categories and severities in German', () => {
    renderForm({}, 'de');
    const category = screen.getByRole('combobox', { name: 'Fehlerkategorie' });
    for (const name of ['Sonstiges', 'Keine Übersetzung', 'Fehler im Ausgangstext']) {
      expect(within(category).getByRole('option', { name })).toBeInTheDocument();
    }
    expect(screen.getAllByRole<HTMLInputElement>('radio').map((radio) => radio.labels?.[0]?.textContent)).toEqual([
      'Neutral (Taste 1)',
      'Leicht (Taste 2)',
      'Schwer (Taste 3)',
      'Kritisch (Taste 4)',
    ]);
  });
});
