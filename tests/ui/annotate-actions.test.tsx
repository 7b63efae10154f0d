// useAnnotateActions: the add/update/delete actions it builds change the real review store as the reviewer expects, undo included.
import { act, render, renderHook, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/index.ts';
import { selectReview, selectSentences, sentenceTextOf } from '../../src/store/slices/review/selectors.ts';
import { createAppStore, StoreContext, type AppStore } from '../../src/store/store.ts';
import { SentenceAnnotator } from '../../src/ui/components/Annotate/SentenceAnnotator.tsx';
import { useAnnotateActions } from '../../src/ui/hooks/useAnnotateActions.ts';
import { useAnnotateSentence } from '../../src/ui/hooks/useAnnotateSentence.ts';

const TEXT = 'Der Minister kam am Morgen an. Er sagte „Hallo  Welt“ und   ging. Danach war es still.';

function openStore(): { store: AppStore; sentence: number; text: string } {
  const store = createAppStore();
  store.getState().openArticle({ title: 'test.txt', text: TEXT, source: 'paste' });
  const sentence = selectSentences(store.getState()).findIndex((s) => s.text.includes('Hallo'));
  if (sentence < 0) throw new Error('no sentence with Hallo');
  return { store, sentence, text: sentenceTextOf(store.getState(), sentence) };
}

function renderActions(store: AppStore) {
  let ids = 0;
  let clock = 0;
  const wrapper = ({ children }: { children: ReactNode }) => <StoreContext value={store}>{children}</StoreContext>;
  return renderHook(
    () =>
      useAnnotateActions({
        newId: () => `id-${++ids}`,
        now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, ++clock)).toISOString(),
      }),
    { wrapper },
  ).result;
}

const annotations = (store: AppStore) => selectReview(store.getState()).annotations;

describe('useAnnotateActions', () => {
  it('adds a manual annotation with the quote of the span, then undo takes it back', () => {
    const { store, sentence, text } = openStore();
    const actions = renderActions(store);
    const start = text.indexOf('Hallo');
    const end = text.indexOf('Welt') + 4;
    let id: string | null = null;
    act(() => {
      id = actions.current.addAnnotation(sentence, { start, end, category: 'Fluency/Grammar', severity: 'major', comment: 'Case', correction: 'Hallo Welt' });
    });
    expect(id).toBe('id-1');
    expect(annotations(store)).toEqual([
      {
        id: 'id-1',
        sentence,
        start,
        end,
        quote: 'Hallo  Welt',
        category: 'Fluency/Grammar',
        severity: 'major',
        comment: 'Case',
        correction: 'Hallo Welt',
        origin: { kind: 'manual' },
        stale: false,
        createdAt: '2026-01-01T00:00:01.000Z',
        updatedAt: '2026-01-01T00:00:01.000Z',
      },
    ]);
    act(() => store.getState().undoReview());
    expect(annotations(store)).toEqual([]);
  });

  it('quotes the edited text when the sentence was corrected before', () => {
    const { store, sentence, text } = openStore();
    store.getState().editSentence(sentence, text.replace('Hallo  Welt', 'Guten Tag'));
    const actions = renderActions(store);
    const edited = sentenceTextOf(store.getState(), sentence);
    act(() => {
      actions.current.addAnnotation(sentence, { start: edited.indexOf('Guten'), end: edited.indexOf('Tag') + 3, category: 'Style/Awkward', severity: 'minor', comment: '', correction: '' });
    });
    expect(annotations(store).map((a) => a.quote)).toEqual(['Guten Tag']);
  });

  it('updates fields, and takes a new quote when the span moves', () => {
    const { store, sentence, text } = openStore();
    const actions = renderActions(store);
    act(() => {
      actions.current.addAnnotation(sentence, { start: text.indexOf('Hallo'), end: text.indexOf('Hallo') + 5, category: 'Fluency/Spelling', severity: 'minor', comment: '', correction: '' });
    });
    act(() => actions.current.updateAnnotation('id-1', { severity: 'critical', comment: 'Really bad' }));
    expect(annotations(store)[0]).toMatchObject({ severity: 'critical', comment: 'Really bad', quote: 'Hallo', updatedAt: '2026-01-01T00:00:02.000Z' });
    act(() => actions.current.updateAnnotation('id-1', { start: text.indexOf('Welt'), end: text.indexOf('Welt') + 4 }));
    expect(annotations(store)[0]).toMatchObject({ quote: 'Welt', severity: 'critical' });
    act(() => store.getState().undoReview());
    expect(annotations(store)[0]).toMatchObject({ quote: 'Hallo', severity: 'critical' });
  });

  it('deletes an annotation', () => {
    const { store, sentence } = openStore();
    const actions = renderActions(store);
    act(() => {
      actions.current.addAnnotation(sentence, { start: 0, end: 2, category: 'Other', severity: 'neutral', comment: '', correction: '' });
    });
    act(() => actions.current.deleteAnnotation('id-1'));
    expect(annotations(store)).toEqual([]);
  });

  it('adds nothing to a sentence that does not exist', () => {
    const { store } = openStore();
    const actions = renderActions(store);
    let id: string | null = 'x';
    act(() => {
      id = actions.current.addAnnotation(99, { start: 0, end: 2, category: 'Other', severity: 'minor', comment: '', correction: '' });
    });
    expect(id).toBeNull();
    expect(annotations(store)).toEqual([]);
  });
});

function ConnectedAnnotator({ sentence }: { sentence: number }) {
  const { text, annotations: list } = useAnnotateSentence(sentence);
  const { addAnnotation, updateAnnotation, deleteAnnotation } = useAnnotateActions();
  return (
    <SentenceAnnotator
      sentence={sentence}
      text={text}
      annotations={list}
      onAdd={(draft) => addAnnotation(sentence, draft)}
      onUpdate={updateAnnotation}
      onDelete={deleteAnnotation}
    />
  );
}

describe('SentenceAnnotator wired to the store', () => {
  it('annotates by keyboard into the review and deletes after confirmation', async () => {
    const { store, sentence } = openStore();
    const user = userEvent.setup();
    render(
      <StoreContext value={store}>
        <I18nextProvider i18n={createI18n('en')}>
          <ConnectedAnnotator sentence={sentence} />
        </I18nextProvider>
      </StoreContext>,
    );
    await user.tab();
    await user.keyboard('{ArrowRight}{ArrowRight}{Shift>}{ArrowRight}{ArrowRight}{/Shift}m');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Error category' }), 'Grammar');
    await user.keyboard('3{Enter}');
    expect(annotations(store)).toMatchObject([{ quote: 'Hallo  Welt', category: 'Fluency/Grammar', severity: 'major', origin: { kind: 'manual' } }]);
    expect(screen.getByRole('listitem')).toHaveTextContent('Fluency / GrammarMajor');

    await user.click(screen.getByRole('button', { name: 'Delete Fluency / Grammar: “Hallo Welt”' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete annotation' }));
    expect(annotations(store)).toEqual([]);
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: `Text of sentence ${sentence + 1}: select a span to annotate` })).toHaveFocus();
  });
});
