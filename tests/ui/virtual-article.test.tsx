// A 2,000-paragraph article in the app: only a screenful of sentences is rendered, and flags or keys far away scroll their sentence into view.
import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Flag } from '../../src/core/index.ts';
import type { AppStore } from '../../src/store/store.ts';
import { renderApp, sentenceItems } from './render-app.tsx';

const PARAGRAPHS = 2_000;
const TEXT = Array.from(
  { length: PARAGRAPHS },
  (_, i) => `Absatz ${i + 1} beginnt mit diesem Satz über die Stadt. Danach folgt ein zweiter Satz mit Wortt ${i + 1}.`,
).join('\n');

/**
 * jsdom has no layout: the window scrolls in this fake, the article's list sits at the page's top, and every other
 * element measures 0 (which the list takes as "not measured", keeping its estimates).
 */
function fakeWindowLayout() {
  let scrollY = 0;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    if (!this.classList.contains('virtual-list')) return new DOMRect();
    return new DOMRect(0, -scrollY, 800, parseFloat((this as HTMLElement).style.height) || 0);
  });
  Object.defineProperty(window, 'scrollY', { configurable: true, get: () => scrollY });
  vi.spyOn(window, 'scrollTo').mockImplementation((options?: ScrollToOptions | number) => {
    const list = document.querySelector<HTMLElement>('.virtual-list.is-virtual');
    const max = Math.max(0, (list ? parseFloat(list.style.height) : 0) - window.innerHeight);
    scrollY = Math.max(0, Math.min(typeof options === 'number' ? options : (options?.top ?? scrollY), max));
    window.dispatchEvent(new Event('scroll'));
  });
  return { scrollY: () => scrollY };
}

let layout: ReturnType<typeof fakeWindowLayout>;

beforeEach(() => {
  layout = fakeWindowLayout();
});

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(window, 'scrollY');
});

/** Flags on the garbled word of the given paragraphs' second sentences, as if the worker had found them. */
function flagParagraphs(store: AppStore, paragraphs: number[]): Flag[] {
  const { document, beginAnalysis, completeAnalysis } = store.getState();
  const flags = paragraphs.map((p): Flag => {
    const sentence = document!.sentences[document!.paragraphs[p]!.firstSentence + 1]!;
    const start = sentence.start + sentence.text.indexOf('Wortt');
    return {
      id: `garbled-word:${start}`,
      check: 'garbled-word',
      start,
      end: start + 'Wortt'.length,
      category: 'Fluency/Spelling',
      severity: 'minor',
      messageId: 'unknownWord',
      data: { word: 'Wortt' },
      suggestions: [],
    };
  });
  act(() => completeAnalysis(beginAnalysis(document!), { flags, checkFailures: [], millis: 1 }));
  return flags;
}

async function openLongArticle() {
  const result = renderApp({ initialSample: null });
  act(() => result.store.getState().openArticle({ title: 'long.txt', text: TEXT, source: 'paste', lang: 'de' }));
  await screen.findByRole('heading', { level: 2, name: 'long.txt' });
  return result;
}

const article = () => screen.getByRole('article');
const sentenceElement = (index: number) => article().querySelector<HTMLElement>(`[data-sentence-index="${index}"]`);

/** Whether the sentence's item lies in the window's visible part, in the fake layout. */
function isOnScreen(index: number): boolean {
  const item = sentenceElement(index)?.closest<HTMLElement>('[data-virtual-index]');
  if (!item) return false;
  const top = parseFloat(item.style.top);
  return top >= layout.scrollY() && top < layout.scrollY() + window.innerHeight;
}

// Each test renders the whole app around 4,000 sentences: slower than the usual five seconds in jsdom.
describe('a long article in the virtual list', { timeout: 30_000 }, () => {
  it('renders only the sentences near the screen, numbered as in the whole article', async () => {
    const { store } = await openLongArticle();
    expect(store.getState().document!.sentences).toHaveLength(2 * PARAGRAPHS);
    const shown = sentenceItems(article());
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.length).toBeLessThan(150);
    expect(shown[0]).toHaveAttribute('data-sentence-index', '0');
    expect(within(article()).getAllByRole('list')[0]).toHaveAccessibleName('Paragraph 1');
  });

  it('brings a far flag’s sentence on screen when it is picked in the flags list', async () => {
    const { store, user } = await openLongArticle();
    const [, far] = flagParagraphs(store, [2, 1_800]);
    const sentence = store.getState().document!.paragraphs[1_800]!.firstSentence + 1;
    expect(sentenceElement(sentence)).toBeNull();

    const list = screen.getByRole('list', { name: 'Flags in the article' });
    await user.click(within(list).getByRole('button', { name: new RegExp(`Sentence ${(sentence + 1).toLocaleString('en-US')}:`) }));
    expect(store.getState().selectedFlagId).toBe(far!.id);
    expect(sentenceElement(sentence)).toHaveAttribute('aria-current', 'true');
    expect(isOnScreen(sentence)).toBe(true);
    // Its neighbours come with it: the view moved there, the sentence is not merely kept rendered.
    expect(sentenceElement(sentence - 3)).not.toBeNull();
    expect(sentenceElement(sentence + 3)).not.toBeNull();
    expect(sentenceItems(article()).length).toBeLessThan(150);
  });

  it('steps with n to the next open flag far down and back with p', async () => {
    const { store, user } = await openLongArticle();
    flagParagraphs(store, [1, 1_500, 1_999]);
    const secondSentenceOf = (p: number) => store.getState().document!.paragraphs[p]!.firstSentence + 1;

    await user.keyboard('n');
    expect(isOnScreen(secondSentenceOf(1))).toBe(true);
    await user.keyboard('n');
    expect(sentenceElement(secondSentenceOf(1_500))).toHaveAttribute('aria-current', 'true');
    expect(isOnScreen(secondSentenceOf(1_500))).toBe(true);
    expect(sentenceElement(secondSentenceOf(1))).toBeNull();
    await user.keyboard('n');
    expect(isOnScreen(secondSentenceOf(1_999))).toBe(true);
    await user.keyboard('pp');
    expect(isOnScreen(secondSentenceOf(1))).toBe(true);
  });

  it('moves the current sentence with j and k and keeps it on screen', async () => {
    const { store, user } = await openLongArticle();
    act(() => store.getState().setReviewCursor(3_000));
    await user.keyboard('j');
    expect(sentenceElement(3_001)).toHaveAttribute('aria-current', 'true');
    expect(isOnScreen(3_001)).toBe(true);
    await user.keyboard('kk');
    expect(sentenceElement(2_999)).toHaveAttribute('aria-current', 'true');
    expect(isOnScreen(2_999)).toBe(true);
  });

  it('shows the last sentence once scrolled to the bottom', async () => {
    await openLongArticle();
    expect(sentenceElement(2 * PARAGRAPHS - 1)).toBeNull();
    act(() => window.scrollTo({ top: Number.MAX_SAFE_INTEGER }));
    expect(sentenceElement(2 * PARAGRAPHS - 1)).toHaveTextContent(`Wortt ${PARAGRAPHS}.`);
    expect(sentenceElement(0)).toBeNull();
  });

  it('keeps the open editor and its draft while the reader scrolls far away', async () => {
    const { store, user } = await openLongArticle();
    await user.click(sentenceElement(1)!);
    await user.keyboard('e');
    const editor = screen.getByRole('textbox', { name: 'Edit sentence 2' });
    await user.type(editor, ' Noch mehr.');
    act(() => window.scrollTo({ top: 150_000 }));
    expect(screen.getByRole('textbox', { name: 'Edit sentence 2' })).toHaveValue(`${store.getState().document!.sentences[1]!.text} Noch mehr.`);
  });
});
