// Where a virtual list scrolls: the window (the app's layout) or a scrolling element; tests pass their own.

export interface ViewportSpan {
  /** Top of the visible area, in px from the list's top edge (negative while the list starts below it). */
  start: number;
  size: number;
}

export interface ScrollViewport {
  measure(list: HTMLElement): ViewportSpan;
  /** Scrolls so that `offset` px from the list's top edge comes to the top of the visible area. */
  scrollTo(list: HTMLElement, offset: number, behavior: ScrollBehavior): void;
  /** Calls `onChange` after every scroll and resize; returns the unsubscribe. */
  subscribe(list: HTMLElement, onChange: () => void): () => void;
}

export const windowViewport: ScrollViewport = {
  measure(list) {
    return { start: -list.getBoundingClientRect().top, size: window.innerHeight };
  },
  scrollTo(list, offset, behavior) {
    window.scrollTo({ top: window.scrollY + list.getBoundingClientRect().top + offset, behavior });
  },
  subscribe(_list, onChange) {
    window.addEventListener('scroll', onChange, { passive: true });
    window.addEventListener('resize', onChange);
    return () => {
      window.removeEventListener('scroll', onChange);
      window.removeEventListener('resize', onChange);
    };
  },
};

/** A list inside an element with its own scrollbar (`overflow: auto`). */
export function elementViewport(scroller: HTMLElement): ScrollViewport {
  const listTop = (list: HTMLElement) => list.getBoundingClientRect().top - scroller.getBoundingClientRect().top - scroller.clientTop;
  return {
    measure(list) {
      return { start: -listTop(list), size: scroller.clientHeight };
    },
    scrollTo(list, offset, behavior) {
      scroller.scrollTo({ top: scroller.scrollTop + listTop(list) + offset, behavior });
    },
    subscribe(_list, onChange) {
      scroller.addEventListener('scroll', onChange, { passive: true });
      const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(onChange) : null;
      observer?.observe(scroller);
      return () => {
        scroller.removeEventListener('scroll', onChange);
        observer?.disconnect();
      };
    },
  };
}
