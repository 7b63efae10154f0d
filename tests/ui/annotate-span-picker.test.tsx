// SpanPicker: keyboard-only selection by word, mouse selections mapped to text offsets whatever the markup, marks of overlapping annotations.
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../src/core/review/types.ts';
import { createI18n } from '../../src/i18n/index.ts';
import type { TextSpan } from '../../src/ui/components/Annotate/annotate-spans.ts';
import { SpanPicker } from '../../src/ui/components/Annotate/SpanPicker.tsx';
import { annotationAt } from '../core/review/helpers.ts';

const TEXT = 'Er sagte „Hallo  Welt“ und   ging.';
const at = (word: string) => TEXT.indexOf(word);
const after = (word: string) => TEXT.indexOf(word) + word.length;

function annotation(id: string, start: number, end: number, overrides: Partial<Annotation> = {}): Annotation {
  return annotationAt(TEXT, start, end, { id, ...overrides });
}

function renderPicker(annotations: Annotation[] = []) {
  const onChange = vi.fn<(span: TextSpan | null) => void>();
  const onConfirm = vi.fn();
  function Harness() {
    const [value, setValue] = useState<TextSpan | null>(null);
    return (
      <SpanPicker
        text={TEXT}
        value={value}
        annotations={annotations}
        onConfirm={onConfirm}
        onChange={(span) => {
          onChange(span);
          setValue(span);
        }}
      />
    );
  }
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <Harness />
    </I18nextProvider>,
  );
  const picker = screen.getByRole('textbox', { name: 'Sentence text: select a span to annotate' });
  return { user, picker, onChange, onConfirm };
}

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

describe('SpanPicker', () => {
  it('is a focusable, labelled text with keyboard instructions', async () => {
    const { user, picker } = renderPicker();
    await user.tab();
    expect(picker).toHaveFocus();
    expect(picker).toHaveAccessibleDescription(/Shift\+←\/→ select by word/);
    expect(picker).toHaveTextContent(TEXT, { normalizeWhitespace: false });
    expect(screen.getByText('Nothing selected.')).toHaveAttribute('aria-live', 'polite');
  });

  it('selects two words with Shift+→ twice from the start', async () => {
    const { user, onChange } = renderPicker();
    await user.tab();
    await user.keyboard('{Shift>}{ArrowRight}{ArrowRight}{/Shift}');
    expect(onChange).toHaveBeenLastCalledWith({ start: 0, end: after('sagte') });
    expect(screen.getByText('Selected: “Er sagte”')).toBeInTheDocument();
  });

  it('skips „ quotes with word steps and keeps double spaces inside the span', async () => {
    const { user, onChange, onConfirm } = renderPicker();
    await user.tab();
    await user.keyboard('{ArrowRight}{ArrowRight}{Shift>}{ArrowRight}{ArrowRight}{/Shift}');
    expect(onChange).toHaveBeenLastCalledWith({ start: at('Hallo'), end: after('Welt') });
    expect(screen.getByText('Selected: “Hallo  Welt”', { normalizer: (s) => s })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('takes the quotes with Alt character steps and shrinks by word with Shift+←', async () => {
    const { user, onChange } = renderPicker();
    await user.tab();
    await user.keyboard('{ArrowRight}{ArrowRight}{Alt>}{ArrowLeft}{/Alt}');
    await user.keyboard('{Shift>}{ArrowRight}{ArrowRight}{Alt>}{ArrowRight}{/Alt}{/Shift}');
    expect(onChange).toHaveBeenLastCalledWith({ start: at('„'), end: after('“') });
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    expect(onChange).toHaveBeenLastCalledWith({ start: at('„'), end: after('Welt') });
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    expect(onChange).toHaveBeenLastCalledWith({ start: at('„'), end: after('Hallo') });
  });

  it('selects to the ends with Shift+Home and Shift+End, and Esc clears the selection', async () => {
    const { user, onChange, onConfirm } = renderPicker();
    await user.tab();
    await user.keyboard('{End}{Shift>}{Home}{/Shift}');
    expect(onChange).toHaveBeenLastCalledWith({ start: 0, end: TEXT.length });
    await user.keyboard('{Escape}');
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(screen.getByText('Nothing selected.')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('maps a mouse selection across marked runs to offsets of the text', () => {
    // Two overlapping annotations and an insertion mark split the text into several elements.
    const { picker, onChange } = renderPicker([annotation('a', at('Hallo'), after('Hallo')), annotation('b', at('Hallo'), after('Welt')), annotation('p', 5, 5)]);
    const nodes = textNodes(picker);
    const startNode = nodes.find((node) => node.data.startsWith('gte'))!; // "Er sa" | ‸ | "gte „"
    const endNode = nodes.find((node) => node.data.startsWith('  Welt'))!;
    const range = document.createRange();
    range.setStart(startNode, 1);
    range.setEnd(endNode, 4);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    fireEvent.mouseUp(picker);
    expect(onChange).toHaveBeenLastCalledWith({ start: at('te „'), end: after('We') });
    expect(screen.getByText('Selected: “te „Hallo  We”', { normalizer: (s) => s })).toBeInTheDocument();
  });

  it('maps element boundaries and keeps the direction of a backward mouse selection', async () => {
    const { user, picker, onChange } = renderPicker([annotation('a', at('Hallo'), after('Hallo'))]);
    const last = textNodes(picker).find((node) => node.data.includes('ging'))!; // "  Welt“ und   ging."
    const mark = screen.getByTitle('Fluency / Grammar (Major)');
    // Backwards: from inside the last run to the element boundary just before the marked "Hallo".
    window.getSelection()!.setBaseAndExtent(last, after('und') - after('Hallo'), picker, [...picker.childNodes].indexOf(mark));
    fireEvent.mouseUp(picker);
    expect(onChange).toHaveBeenLastCalledWith({ start: at('Hallo'), end: after('und') });
    // The focus is the start, so Shift+→ shrinks from there by a word.
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(onChange).toHaveBeenLastCalledWith({ start: at('Welt'), end: after('und') });
  });

  it('marks overlapping annotations with everything that covers each run', () => {
    renderPicker([
      annotation('a', at('Hallo'), after('Welt'), { category: 'Fluency/Grammar', severity: 'major' }),
      annotation('b', at('Welt'), after('und'), { category: 'Fluency/Spelling', severity: 'minor' }),
    ]);
    expect(screen.getByTitle('Fluency / Grammar (Major)')).toHaveTextContent('Hallo', { normalizeWhitespace: false });
    expect(screen.getByTitle('Fluency / Grammar (Major); Fluency / Spelling (Minor)')).toHaveTextContent(/^Welt$/);
    expect(screen.getByTitle('Fluency / Spelling (Minor)')).toHaveTextContent('“ und');
  });
});
