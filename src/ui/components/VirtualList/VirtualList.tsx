// A list that renders only the items near the visible area: estimated heights until measured, window or element scrolling, scroll to an item.
import {
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useReducer,
  useState,
  type FocusEvent,
  type Key,
  type ReactNode,
  type Ref,
} from 'react';
import { scrollIntoViewIfPossible } from '../Flags/scroll.ts';
import { INDEX_ATTRIBUTE, indexOfItem, VirtualController, type ScrollToIndexOptions } from './virtual-controller.ts';
import { windowViewport, type ScrollViewport } from './viewport.ts';
import './virtual-list.css';

export type { ScrollAlign, ScrollToIndexOptions } from './virtual-controller.ts';

export interface VirtualListHandle {
  /** Brings an item into view: smoothly when it is rendered nearby, else at once, then corrected as heights get measured. */
  scrollToIndex: (index: number, options?: ScrollToIndexOptions) => void;
}

export interface VirtualListProps {
  count: number;
  getItemKey: (index: number) => Key;
  renderItem: (index: number) => ReactNode;
  /** Height in px of an item not measured yet. Measured heights are kept by index: give the list a new key for other items. */
  estimateSize: (index: number) => number;
  /** Px rendered beyond each edge of the visible area, so scrolling does not show blank space before the next frame. */
  overscan?: number;
  /** Every item in normal flow, nothing measured: for short lists, where the browser's find-in-page should see everything. */
  renderAll?: boolean;
  /** Items rendered wherever the view is, such as the current one and the one being edited. */
  pinned?: readonly number[];
  /** Where the list scrolls; the window by default. */
  viewport?: ScrollViewport;
  /** An item's height in px; 0 counts as not measured (an element without layout, as in jsdom). */
  measureElement?: (element: HTMLElement) => number;
  /** 'list' makes the items list items that tell their position in the whole list, rendered or not. */
  role?: 'list';
  'aria-label'?: string;
  className?: string;
  itemClassName?: (index: number) => string | undefined;
  ref?: Ref<VirtualListHandle>;
}

const measureHeight = (element: HTMLElement) => element.getBoundingClientRect().height;

export function VirtualList({
  count,
  getItemKey,
  renderItem,
  estimateSize,
  overscan = 800,
  renderAll = false,
  pinned,
  viewport = windowViewport,
  measureElement = measureHeight,
  role,
  'aria-label': ariaLabel,
  className,
  itemClassName,
  ref,
}: VirtualListProps) {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [controller] = useState(() => new VirtualController(count, estimateSize, { viewport, measureElement, overscan, rerender }));
  const [list, setList] = useState<HTMLDivElement | null>(null);
  // The item holding the keyboard focus stays rendered, so scrolling never drops the focus to the page.
  const [focused, setFocused] = useState<number | null>(null);
  controller.configure(count, estimateSize, { viewport, measureElement, overscan, rerender });

  useEffect(() => (list && !renderAll ? controller.attach(list) : undefined), [controller, list, renderAll, viewport]);

  useLayoutEffect(() => {
    if (list && !renderAll) controller.afterRender(list);
  });

  useImperativeHandle(
    ref,
    () => ({
      scrollToIndex(index, options = {}) {
        if (!renderAll) {
          controller.scrollToIndex(index, options);
          return;
        }
        const item = list?.querySelector<HTMLElement>(`:scope > [${INDEX_ATTRIBUTE}="${index}"]`);
        const element = (item && options.target?.(item)) ?? item;
        if (element) scrollIntoViewIfPossible(element, options.align ?? 'nearest');
      },
    }),
    [controller, list, renderAll],
  );

  const handleFocus = (event: FocusEvent<HTMLDivElement>) => {
    const item = event.target.closest(`[${INDEX_ATTRIBUTE}]`);
    const index = item && item.parentElement === event.currentTarget ? indexOfItem(item) : null;
    if (index !== focused) setFocused(index);
  };
  const handleBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (focused !== null && !event.currentTarget.contains(event.relatedTarget)) setFocused(null);
  };

  const { sizes } = controller;
  let indexes: number[];
  if (renderAll) {
    indexes = Array.from({ length: count }, (_, i) => i);
  } else {
    const span = controller.renderSpan();
    indexes = Array.from({ length: span.end - span.first }, (_, i) => span.first + i);
    const extra = [...(pinned ?? []), ...(focused === null ? [] : [focused])].filter(
      (i) => Number.isInteger(i) && i >= 0 && i < count && (i < span.first || i >= span.end),
    );
    if (extra.length) indexes = [...new Set([...indexes, ...extra])].sort((a, b) => a - b);
  }
  const isList = role === 'list';

  return (
    <div
      ref={setList}
      className={['virtual-list', renderAll ? 'is-complete' : 'is-virtual', className].filter(Boolean).join(' ')}
      style={renderAll ? undefined : { height: sizes.total() }}
      role={role}
      aria-label={ariaLabel}
      onFocus={handleFocus}
      onBlur={handleBlur}
    >
      {indexes.map((index) => (
        <div
          key={getItemKey(index)}
          {...{ [INDEX_ATTRIBUTE]: index }}
          className={['virtual-item', itemClassName?.(index)].filter(Boolean).join(' ')}
          style={renderAll ? undefined : { top: sizes.start(index) }}
          role={isList ? 'listitem' : undefined}
          aria-posinset={isList ? index + 1 : undefined}
          aria-setsize={isList ? count : undefined}
        >
          {renderItem(index)}
        </div>
      ))}
    </div>
  );
}
