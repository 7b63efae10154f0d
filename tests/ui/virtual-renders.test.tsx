// Render counts of the article: a change to one sentence renders that sentence again, not every paragraph and sentence.
import { act, screen } from '@testing-library/react';
import { memo, type FunctionComponent, type NamedExoticComponent } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Flag } from '../../src/core/index.ts';
import type { AppStore } from '../../src/store/store.ts';
import { renderApp, renderAppWithSeed } from './render-app.tsx';

const renders = vi.hoisted(() => ({ paragraphs: [] as number[], sentences: [] as number[] }));

/** The same memoised component, counting each time it renders. */
function counting<P extends object>(component: NamedExoticComponent<P>, record: (props: P) => void) {
  const render = (component as unknown as { type: FunctionComponent<P> }).type;
  return memo((props: P) => {
    record(props);
    return render(props);
  });
}

vi.mock('../../src/ui/components/Article/ParagraphBlock.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/ui/components/Article/ParagraphBlock.tsx')>();
  return {
    ...actual,
    ParagraphBlock: counting(actual.ParagraphBlock, (props) =>
      renders.paragraphs.push(props.paragraph.index),
    ),
  };
});

vi.mock('../../src/ui/components/Article/SentenceItem.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/ui/components/Article/SentenceItem.tsx')>();
  return {
    ...actual,
    SentenceItem: counting(actual.SentenceItem, (props) =>
      renders.sentences.push(props.sentence.index),
    ),
  };
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Renders during `change`, as sorted distinct indexes. */
function rendersDuring(change: () => void): { paragraphs: number[]; sentences: number[] } {
  renders.paragraphs.length = 0;
  renders.sentences.length = 0;
  act(change);
  const distinct = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);
  return { paragraphs: distinct(renders.paragraphs), sentences: distinct(renders.sentences) };
}

function flagSentence(store: AppStore, index: number): Flag {
  const { document, beginAnalysis, completeAnalysis } = store.getState();
  const sentence = document!.sentences[index]!;
  const flag: Flag = {
    id: `garbled-word:${sentence.start}`,
    check: 'garbled-word',
    start: sentence.start,
    end: sentence.start + 3,
    category: 'Fluency/Spelling',
    severity: 'minor',
    messageId: 'unknownWord',
    data: { word: sentence.text.slice(0, 3) },
    suggestions: [],
  };
  act(() => completeAnalysis(beginAnalysis(document!), { flags: [flag], checkFailures: [], millis: 1 }));
  return flag;
}

describe('article render counts', () => {
  it('renders only the changed sentence of the seed article again on edits, decisions and moves', async () => {
    const { store } = await renderAppWithSeed();
    const flag = flagSentence(store, 4);
    const state = () => store.getState();
    // Every paragraph of the seed is on the page (it is short enough to render whole).
    expect(renders.paragraphs.length).toBeGreaterThanOrEqual(state().document!.paragraphs.length);

    expect(rendersDuring(() => state().editSentence(2, 'Ein ganz neuer Satz.'))).toEqual({ paragraphs: [], sentences: [2] });
    expect(rendersDuring(() => state().setSentenceReviewed(7, true))).toEqual({ paragraphs: [], sentences: [7] });
    expect(rendersDuring(() => state().acceptFlag(flag.id))).toEqual({ paragraphs: [], sentences: [4] });
    expect(rendersDuring(() => state().undoReview())).toEqual({ paragraphs: [], sentences: [4] });
    expect(rendersDuring(() => state().setReviewCursor(9))).toEqual({ paragraphs: [], sentences: [9] });
    expect(rendersDuring(() => state().setReviewCursor(10))).toEqual({ paragraphs: [], sentences: [9, 10] });
    expect(rendersDuring(() => state().selectFlag(flag.id, 'list'))).toEqual({ paragraphs: [], sentences: [4, 10] });
  });

  it('renders one sentence again when one is edited in a long, virtualised article', async () => {
    // jsdom has no scrolling; moving the current sentence asks the window to scroll.
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    const { store } = renderApp({ initialSample: null });
    const text = Array.from({ length: 1_000 }, (_, i) => `Satz ${i + 1} steht hier. Noch ein Satz ${i + 1}.`).join('\n');
    act(() => store.getState().openArticle({ title: 'long.txt', text, source: 'paste', lang: 'de' }));
    await screen.findByRole('heading', { level: 2, name: 'long.txt' });
    expect(renders.sentences.length).toBeLessThan(200);

    expect(rendersDuring(() => store.getState().editSentence(1, 'Geändert.'))).toEqual({ paragraphs: [], sentences: [1] });
    expect(rendersDuring(() => store.getState().setReviewCursor(3))).toEqual({ paragraphs: [], sentences: [3] });
  });
});
