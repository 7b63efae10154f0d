// Scrolling an element into view, gently unless the reader asked for reduced motion; a no-op where layout is absent (jsdom).
export function scrollIntoViewIfPossible(element: Element, block: ScrollLogicalPosition): void {
  if (typeof element.scrollIntoView !== 'function') return;
  const reduceMotion =
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block, behavior: reduceMotion ? 'auto' : 'smooth' });
}
