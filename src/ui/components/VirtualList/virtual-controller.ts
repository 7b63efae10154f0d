// The DOM side of a virtual list: follows the viewport, measures rendered items, keeps the reader's place, settles a scroll to an item.
import { prefersReducedMotion } from '../Flags/scroll.ts';
import { ItemSizes, type ItemSpan } from './item-sizes.ts';
import type { ScrollViewport, ViewportSpan } from './viewport.ts';

export type ScrollAlign = 'start' | 'center' | 'end' | 'nearest';

export interface ScrollToIndexOptions {
  align?: ScrollAlign;
  /** The element inside the item to bring into view (a sentence of a paragraph); the item itself when absent or null. */
  target?: (item: HTMLElement) => Element | null;
}

export interface ControllerConfig {
  viewport: ScrollViewport;
  measureElement: (element: HTMLElement) => number;
  overscan: number;
  /** Asks the component to render again (the items to show, or their positions, changed). */
  rerender: () => void;
}

export const INDEX_ATTRIBUTE = 'data-virtual-index';

/** A jump to a far item is corrected this many times at most, and for this long, while heights get measured. */
const MAX_SETTLE_ATTEMPTS = 8;
const SETTLE_MILLIS = 1500;
/** A smooth scroll is taken as over once no scroll event came for this long. */
const SCROLL_IDLE_MILLIS = 150;

interface PendingScroll {
  index: number;
  align: ScrollAlign;
  target: ScrollToIndexOptions['target'];
  attempts: number;
  until: number;
  /** Where the view was before the last correction: if a correction does not move it, the view is at the page's end. */
  lastStart: number | null;
  isSmooth: boolean;
}

export function indexOfItem(element: Element): number {
  return Number(element.getAttribute(INDEX_ATTRIBUTE));
}

function sameSpan(a: ItemSpan, b: ItemSpan): boolean {
  return a.first === b.first && a.end === b.end;
}

export class VirtualController {
  sizes: ItemSizes;
  private config: ControllerConfig;
  /** The items the last render showed around the view (pinned ones aside). */
  private rendered: ItemSpan = { first: 0, end: 0 };
  private view: ViewportSpan;
  private list: HTMLElement | null = null;
  private elements = new Map<number, HTMLElement>();
  private pending: PendingScroll | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private width = -1;
  private observer: ResizeObserver | null = null;

  constructor(count: number, estimate: (index: number) => number, config: ControllerConfig) {
    this.sizes = new ItemSizes(count, estimate);
    this.config = config;
    this.view = { start: 0, size: typeof window === 'undefined' ? 800 : window.innerHeight };
  }

  /** Called on every render with the list's current props. */
  configure(count: number, estimate: (index: number) => number, config: ControllerConfig): void {
    if (count !== this.sizes.count) this.sizes = new ItemSizes(count, estimate, this.sizes);
    else this.sizes.setEstimate(estimate);
    this.config = config;
  }

  /** The items to render around the view; remembered, so a scroll renders again only when they change. */
  renderSpan(): ItemSpan {
    this.rendered = this.visibleSpan();
    return this.rendered;
  }

  /** The items over the view and the overscan on either side of it. */
  private visibleSpan(): ItemSpan {
    const { start, size } = this.view;
    return this.sizes.span(start - this.config.overscan, start + size + this.config.overscan);
  }

  /** Starts following `list`'s viewport; returns the detach. */
  attach(list: HTMLElement): () => void {
    this.list = list;
    const unsubscribe = this.config.viewport.subscribe(list, this.handleViewportChange);
    // The reader taking over the scrolling ends any scroll the list is still correcting.
    const handleUserScroll = () => {
      this.pending = null;
    };
    window.addEventListener('wheel', handleUserScroll, { passive: true });
    window.addEventListener('touchstart', handleUserScroll, { passive: true });
    if (typeof ResizeObserver === 'function') {
      this.observer = new ResizeObserver(this.handleResize);
      this.observer.observe(list);
      for (const element of this.elements.values()) this.observer.observe(element);
    }
    this.handleViewportChange();
    return () => {
      unsubscribe();
      window.removeEventListener('wheel', handleUserScroll);
      window.removeEventListener('touchstart', handleUserScroll);
      this.observer?.disconnect();
      this.observer = null;
      clearTimeout(this.idleTimer);
      this.list = null;
    };
  }

  /** After each render: note the rendered items, measure them, keep a scroll target in place. */
  afterRender(list: HTMLElement): void {
    const elements = new Map<number, HTMLElement>();
    for (const child of list.children) {
      if (child instanceof HTMLElement && child.hasAttribute(INDEX_ATTRIBUTE)) elements.set(indexOfItem(child), child);
    }
    for (const [index, element] of this.elements) {
      if (elements.get(index) !== element) this.observer?.unobserve(element);
    }
    for (const [index, element] of elements) {
      if (this.elements.get(index) !== element) this.observer?.observe(element);
    }
    this.elements = elements;
    this.view = this.config.viewport.measure(list);
    const changed = this.measure(elements.values());
    if (this.pending) this.settle('instant');
    if (changed || !sameSpan(this.visibleSpan(), this.rendered)) this.config.rerender();
  }

  scrollToIndex(index: number, { align = 'nearest', target }: ScrollToIndexOptions = {}): void {
    if (!this.list || index < 0 || index >= this.sizes.count) return;
    const isNear = index >= this.rendered.first && index < this.rendered.end && this.sizes.isMeasured(index);
    this.pending = { index, align, target, attempts: 0, until: performance.now() + SETTLE_MILLIS, lastStart: null, isSmooth: false };
    this.settle(isNear && !prefersReducedMotion() ? 'smooth' : 'instant');
  }

  private handleViewportChange = () => {
    if (!this.list) return;
    this.view = this.config.viewport.measure(this.list);
    if (this.pending?.isSmooth) this.waitForScrollEnd(this.pending, SCROLL_IDLE_MILLIS);
    if (!sameSpan(this.visibleSpan(), this.rendered)) this.config.rerender();
  };

  private handleResize = (entries: ResizeObserverEntry[]) => {
    let anchor: { index: number; offset: number } | null = null;
    const items: HTMLElement[] = [];
    for (const entry of entries) {
      if (entry.target === this.list) {
        const width = entry.contentRect.width;
        // Another width wraps text differently: every stored height is stale. The item at the top of the view stays there.
        if (this.width >= 0 && Math.abs(width - this.width) >= 1 && this.sizes.count > 0) {
          const index = this.sizes.indexAt(this.view.start);
          anchor = { index, offset: this.view.start - this.sizes.start(index) };
          this.sizes.clearMeasured();
          items.push(...this.elements.values());
        }
        this.width = width;
      } else if (entry.target instanceof HTMLElement && entry.target.isConnected) {
        items.push(entry.target);
      }
    }
    const changed = this.measure(items);
    if (anchor && this.list && !this.pending && this.view.start > 0) {
      const start = this.sizes.start(anchor.index) + Math.min(anchor.offset, this.sizes.size(anchor.index));
      this.config.viewport.scrollTo(this.list, start, 'instant');
      this.view = { ...this.view, start };
    }
    if (changed || anchor) this.config.rerender();
  };

  /** Takes the heights of `elements`; returns whether any changed. What is on screen stays put when items above it change. */
  private measure(elements: Iterable<HTMLElement>): boolean {
    const { sizes } = this;
    const viewStart = this.view.start;
    let changed = false;
    let aboveDelta = 0;
    for (const element of elements) {
      const index = indexOfItem(element);
      if (!(index >= 0 && index < sizes.count)) continue;
      const size = this.config.measureElement(element);
      if (!(size > 0)) continue;
      // An item above the view moves what is on screen; so does a first measurement of one reaching into it from above.
      const pushesView = sizes.end(index) <= viewStart || (sizes.start(index) < viewStart && !sizes.isMeasured(index));
      const delta = sizes.setMeasured(index, size);
      if (delta === 0) continue;
      changed = true;
      if (pushesView) aboveDelta += delta;
    }
    // A scroll being settled is aligned again anyway.
    if (aboveDelta !== 0 && this.list && !this.pending) {
      this.config.viewport.scrollTo(this.list, viewStart + aboveDelta, 'instant');
      this.view = { ...this.view, start: viewStart + aboveDelta };
    }
    return changed;
  }

  /** Moves the view towards the pending target; ends once the target sits where asked and the items around it are measured. */
  private settle(behavior: ScrollBehavior): void {
    const pending = this.pending;
    const list = this.list;
    if (!pending || !list || pending.isSmooth) return;
    if (pending.index >= this.sizes.count || pending.attempts >= MAX_SETTLE_ATTEMPTS || performance.now() > pending.until) {
      this.pending = null;
      return;
    }
    const view = this.config.viewport.measure(list);
    this.view = view;
    const { sizes } = this;
    let top = sizes.start(pending.index);
    let height = sizes.size(pending.index);
    const item = this.elements.get(pending.index);
    const target = item && pending.target?.(item);
    if (item && target && target !== item) {
      const itemRect = item.getBoundingClientRect();
      const targetRect = target.getBoundingClientRect();
      top += targetRect.top - itemRect.top;
      height = targetRect.height;
    }
    const desired = desiredStart(pending.align, top, height, view);
    const isStuck = pending.lastStart !== null && Math.abs(pending.lastStart - view.start) < 1;
    if (Math.abs(desired - view.start) < 1 || isStuck) {
      const span = sizes.span(view.start, view.start + view.size);
      let isMeasured = item !== undefined;
      for (let i = span.first; i < span.end && isMeasured; i++) isMeasured = sizes.isMeasured(i);
      if (isMeasured || isStuck) this.pending = null;
      return;
    }
    pending.attempts += 1;
    pending.lastStart = view.start;
    if (behavior === 'smooth') {
      pending.isSmooth = true;
      // Without a single scroll event (nothing to scroll) the wait ends all the same.
      this.waitForScrollEnd(pending, SCROLL_IDLE_MILLIS * 4);
    }
    this.config.viewport.scrollTo(list, desired, behavior);
  }

  /** A smooth scroll is left alone while it runs (corrections would stop it), then checked once it has ended. */
  private waitForScrollEnd(pending: PendingScroll, millis: number): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.pending !== pending) return;
      pending.isSmooth = false;
      pending.lastStart = null;
      this.settle('instant');
    }, millis);
  }
}

/** Where the view should start for an element at [top, top + height) of the list. */
function desiredStart(align: ScrollAlign, top: number, height: number, view: ViewportSpan): number {
  switch (align) {
    case 'start':
      return top;
    case 'end':
      return top + height - view.size;
    case 'center':
      return top + height / 2 - view.size / 2;
    case 'nearest':
      if (top < view.start) return top;
      if (top + height > view.start + view.size) return Math.min(top, top + height - view.size);
      return view.start;
  }
}
