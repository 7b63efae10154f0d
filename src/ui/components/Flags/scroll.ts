// Scrolling an element into view, gently unless the reader asked for reduced motion; a no-op where layout is absent (jsdom).
export function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function scrollIntoViewIfPossible(element: Element, block: ScrollLogicalPosition): void {
  if (typeof element.scrollIntoView !== 'function') return;
  element.scrollIntoView({ block, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}
