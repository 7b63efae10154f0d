// VirtualList on its own, with a fake viewport and fake heights (jsdom has no layout): what is rendered, where, and scrolling to an item.
import { act, render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { ItemSizes } from '../../src/ui/components/VirtualList/item-sizes.ts';
import type { ScrollViewport } from '../../src/ui/components/VirtualList/viewport.ts';
import { VirtualList, type VirtualListHandle, type VirtualListProps } from '../../src/ui/components/VirtualList/VirtualList.tsx';

/** A scrolling area of `size` px whose position the test sets; like a real one, it stops at the list's end. */
function fakeViewport(size: number) {
  const listeners = new Set<() => void>();
  const state = { start: 0 };
  const viewport: ScrollViewport = {
    // A list that got shorter pulls the view back with its end, as a browser clamps its scroll position.
    measure: (list) => {
      state.start = Math.max(0, Math.min(state.start, parseFloat(list.style.height) - size));
      return { start: state.start, size };
    },
    scrollTo: (list, offset) => {
      state.start = Math.max(0, Math.min(offset, parseFloat(list.style.height) - size));
      listeners.forEach((listener) => listener());
    },
    subscribe: (_list, onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
  return { viewport, state };
}

const indexesShown = () => screen.queryAllByTestId('row').map((row) => Number(row.dataset.index));
const rowTop = (index: number) => parseFloat(screen.getByText(`Row ${index}`).closest<HTMLElement>('[data-virtual-index]')!.style.top);

function renderList(props: Partial<VirtualListProps> & { heights?: (index: number) => number; size?: number } = {}) {
  const { heights = () => 40, size = 400, ...rest } = props;
  const fake = fakeViewport(size);
  const ref = createRef<VirtualListHandle>();
  const measureElement = (element: HTMLElement) => heights(Number(element.dataset.virtualIndex));
  const view = render(
    <VirtualList
      ref={ref}
      count={10_000}
      getItemKey={(index) => index}
      estimateSize={() => 50}
      overscan={100}
      viewport={fake.viewport}
      measureElement={measureElement}
      renderItem={(index) => (
        <p data-testid="row" data-index={index}>
          Row {index}
          <span data-testid={`inner-${index}`} />
        </p>
      )}
      {...rest}
    />,
  );
  const list = view.container.querySelector<HTMLElement>('.virtual-list')!;
  const scrollTo = (offset: number) => act(() => fake.viewport.scrollTo(list, offset, 'instant'));
  return { ...view, ...fake, ref, list, scrollTo };
}

describe('ItemSizes', () => {
  it('places items by their estimates until measured, then by their measured heights', () => {
    const sizes = new ItemSizes(5, () => 10);
    expect([0, 1, 2, 3, 4, 5].map((i) => sizes.start(i))).toEqual([0, 10, 20, 30, 40, 50]);
    expect(sizes.setMeasured(1, 30)).toBe(20);
    expect(sizes.setMeasured(1, 30)).toBe(0);
    expect([0, 1, 2, 3, 4, 5].map((i) => sizes.start(i))).toEqual([0, 10, 40, 50, 60, 70]);
    expect(sizes.total()).toBe(70);
  });

  it('finds the items over a span by binary search, an item ending at the span’s start left out', () => {
    const sizes = new ItemSizes(5, (i) => (i + 1) * 10); // starts 0, 10, 30, 60, 100; total 150
    expect(sizes.indexAt(0)).toBe(0);
    expect(sizes.indexAt(29)).toBe(1);
    expect(sizes.indexAt(30)).toBe(2);
    expect(sizes.indexAt(1_000)).toBe(4);
    expect(sizes.span(10, 60)).toEqual({ first: 1, end: 3 });
    expect(sizes.span(-50, 5)).toEqual({ first: 0, end: 1 });
    expect(sizes.span(140, 900)).toEqual({ first: 4, end: 5 });
  });

  it('keeps measurements by index when the list grows, and forgets them all when asked', () => {
    const sizes = new ItemSizes(2, () => 10);
    sizes.setMeasured(0, 25);
    const grown = new ItemSizes(4, () => 10, sizes);
    expect(grown.total()).toBe(55);
    grown.clearMeasured();
    expect(grown.total()).toBe(40);
  });
});

describe('VirtualList', () => {
  it('renders only the items over the viewport and the overscan', () => {
    renderList();
    // 400 px of view plus 100 px of overscan at 40 px an item (all measured on the first layout pass).
    expect(indexesShown()).toEqual(Array.from({ length: 13 }, (_, i) => i));
  });

  it('gives the list the height of all items, measured ones at their measured height', () => {
    const { list } = renderList({ heights: (index) => (index === 0 ? 100 : 50) });
    expect(parseFloat(list.style.height)).toBe(100 + 9_999 * 50);
    expect(rowTop(1)).toBe(100);
    expect(rowTop(2)).toBe(150);
  });

  it('renders the items of a new scroll position and drops the old ones', () => {
    const { scrollTo, state } = renderList();
    scrollTo(200_000);
    const shown = indexesShown();
    expect(shown.length).toBeLessThan(30);
    expect(shown).not.toContain(0);
    for (const index of shown) {
      expect(rowTop(index)).toBeLessThan(state.start + 400 + 100);
      expect(rowTop(index) + 40).toBeGreaterThan(state.start - 100);
    }
    expect(rowTop(shown[0]!)).toBeLessThanOrEqual(state.start - 100);
    expect(rowTop(shown.at(-1)!) + 40).toBeGreaterThanOrEqual(state.start + 400 + 100);
  });

  it('keeps what is on screen in place when items above it turn out taller than estimated', () => {
    const { scrollTo, state } = renderList({ heights: () => 60 });
    scrollTo(100_000);
    const onScreen = indexesShown().find((index) => rowTop(index) >= state.start)!;
    const offsetInView = rowTop(onScreen) - state.start;
    // Scrolling up brings items above the view into the overscan, where they are measured 10 px taller than estimated.
    const before = rowTop(onScreen);
    scrollTo(state.start - 150);
    expect(rowTop(onScreen)).toBeGreaterThan(before);
    expect(rowTop(onScreen) - state.start).toBe(offsetInView + 150);
  });

  it('scrolls a far item to the centre, then corrects the position as heights get measured', () => {
    const { ref, state } = renderList({ heights: (index) => (index % 2 ? 30 : 90) });
    act(() => ref.current!.scrollToIndex(7_000, { align: 'center' }));
    expect(indexesShown()).toContain(7_000);
    const center = rowTop(7_000) + 90 / 2;
    expect(Math.abs(state.start + 400 / 2 - center)).toBeLessThan(1);
  });

  it('aligns an element inside the item when given one, and the item’s start or end when asked', () => {
    const { ref, state } = renderList();
    act(() => ref.current!.scrollToIndex(5_000, { align: 'start', target: (item) => item.querySelector('[data-testid="inner-5000"]') }));
    expect(state.start).toBe(rowTop(5_000));
    act(() => ref.current!.scrollToIndex(6_000, { align: 'end' }));
    expect(state.start).toBe(rowTop(6_000) + 40 - 400);
  });

  it('stops where the list ends when the item cannot be centred', () => {
    const { ref, state, list } = renderList({ count: 50 });
    act(() => ref.current!.scrollToIndex(49, { align: 'center' }));
    expect(state.start).toBe(parseFloat(list.style.height) - 400);
    expect(rowTop(49) + 40).toBe(state.start + 400);
  });

  it('renders pinned items wherever the view is, in order with the others', () => {
    renderList({ pinned: [9_000, 3] });
    const shown = indexesShown();
    expect(shown).toContain(9_000);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    expect(rowTop(9_000)).toBeGreaterThan(400_000);
  });

  it('keeps the item holding the focus rendered when it scrolls far away', () => {
    const { scrollTo } = renderList({ renderItem: (index) => <button data-testid="row" data-index={index}>Row {index}</button> });
    act(() => screen.getByRole('button', { name: 'Row 2' }).focus());
    scrollTo(300_000);
    expect(screen.getByRole('button', { name: 'Row 2' })).toHaveFocus();
  });

  it('tells each item its position in the whole list when it is a list', () => {
    renderList({ role: 'list', 'aria-label': 'Rows' });
    const items = within(screen.getByRole('list', { name: 'Rows' })).getAllByRole('listitem');
    expect(items[3]).toHaveAttribute('aria-posinset', '4');
    expect(items[3]).toHaveAttribute('aria-setsize', '10000');
  });

  it('renders every item in normal flow when asked to render all', () => {
    const { list } = renderList({ count: 150, renderAll: true });
    expect(indexesShown()).toHaveLength(150);
    expect(list.style.height).toBe('');
  });
});
