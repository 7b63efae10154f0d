// In-page instrumentation for the browser benchmark, installed before the app's scripts: long tasks, slow events, paint marks, scroll frames, key latency.
import type { BenchSelectors } from './selectors.ts';

export interface TimedEntry {
  start: number;
  duration: number;
}

export interface EventEntry extends TimedEntry {
  name: string;
  interactionId: number;
}

export interface ScrollResult {
  /** Time between consecutive animation frames while scrolling, ms. */
  frames: number[];
  steps: number;
  stepPx: number;
  distancePx: number;
  /** How far down the article the run got, 0–1: a run stops early once it has taken `maxMs`. */
  reached: number;
  /** "document" or the scrolling element's tag and class. */
  scroller: string;
}

export interface BenchProbe {
  longTasks: TimedEntry[];
  events: EventEntry[];
  /** performance.now() times: change (file chosen), firstSentence, analysisSeen, flags, flagsFailed. */
  marks: Record<string, number>;
  /** Per key: keydown's timestamp to the end of the next frame, ms. */
  keyLatencies: number[];
  /** Arms the watch for an article opening under `title`: marks its first painted sentences, then its flags. */
  watchOpen(title: string): void;
  /** Scrolls the article's scroller from top to bottom, one step per frame, for at most `maxMs`. */
  scrollThrough(maxSteps: number, maxMs: number): Promise<ScrollResult>;
  /** Scrolls to the middle of the article and gives the index of the sentence nearest the viewport's centre. */
  middleSentence(): Promise<number | null>;
  /** From now on, records each keydown's latency to the next frame. */
  watchKeys(): void;
}

declare global {
  interface Window {
    __bench: BenchProbe;
  }
}

/**
 * Passed to page.addInitScript, so it must be self-contained: no imports or module-level helpers reach the page.
 * "Painted" is approximated as a task queued from the frame callback that first sees the change: it runs once that
 * frame's style, layout and paint are done.
 */
export function installProbes(sel: BenchSelectors): void {
  const afterFrame = (done: (time: number) => void) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(null);
  };

  const findScroller = (): HTMLElement => {
    let element = document.querySelector(sel.sentence)?.parentElement ?? null;
    while (element) {
      const overflow = getComputedStyle(element).overflowY;
      if ((overflow === 'auto' || overflow === 'scroll' || overflow === 'overlay') && element.scrollHeight > element.clientHeight) {
        return element;
      }
      element = element.parentElement;
    }
    return (document.scrollingElement ?? document.documentElement) as HTMLElement;
  };

  const isInViewport = (element: Element) => {
    const rect = element.getBoundingClientRect();
    return rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth;
  };

  /** Looks at the first sentences only: the ones on screen right after opening. */
  const hasVisibleSentence = () => {
    const sentences = document.querySelectorAll(sel.sentence);
    for (let i = 0; i < Math.min(50, sentences.length); i++) {
      if (isInViewport(sentences[i]!)) return true;
    }
    return false;
  };

  const probe: BenchProbe = {
    longTasks: [],
    events: [],
    marks: {},
    keyLatencies: [],

    watchOpen(title) {
      const marks = probe.marks;
      const oldTotal = document.querySelector(sel.flagTotal);
      let isFirstPending = false;
      let isFlagsPending = false;
      document.addEventListener(
        'change',
        (event) => {
          if (event.target instanceof Element && event.target.matches(sel.fileInput)) marks.change ??= event.timeStamp;
        },
        { capture: true },
      );
      const tick = () => {
        if (marks.change !== undefined) {
          if (!isFirstPending && document.querySelector(sel.articleTitle)?.textContent === title) {
            if (hasVisibleSentence()) {
              isFirstPending = true;
              afterFrame((time) => (marks.firstSentence = time));
            }
          }
          if (isFirstPending && marks.analysisSeen === undefined && document.querySelector(sel.analysisProgress)) {
            marks.analysisSeen = performance.now();
          }
          const total = document.querySelector(sel.flagTotal);
          if (isFirstPending && !isFlagsPending && total && total !== oldTotal && !document.querySelector(sel.analysisProgress)) {
            isFlagsPending = true;
            afterFrame((time) => (marks.flags = time));
          }
          if (isFirstPending && !isFlagsPending && document.querySelector(sel.analysisFailed)) {
            isFlagsPending = true;
            marks.flagsFailed = performance.now();
          }
        }
        if (!isFlagsPending) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },

    scrollThrough(maxSteps, maxMs) {
      const scroller = findScroller();
      const isDocument = scroller === document.scrollingElement;
      scroller.scrollTop = 0;
      const stepPx = Math.max(scroller.clientHeight, (scroller.scrollHeight - scroller.clientHeight) / maxSteps);
      return new Promise((resolve) => {
        const frames: number[] = [];
        let last: number | undefined;
        let steps = 0;
        let start: number | undefined;
        const tick = (time: number) => {
          if (last !== undefined) frames.push(time - last);
          last = time;
          start ??= time;
          const isAtBottom = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
          // Twice the planned steps: a virtualised list may grow while it scrolls, but the run must end.
          if (isAtBottom || steps >= 2 * maxSteps || time - start > maxMs) {
            resolve({
              frames,
              steps,
              stepPx,
              distancePx: scroller.scrollTop,
              reached: (scroller.scrollTop + scroller.clientHeight) / scroller.scrollHeight,
              scroller: isDocument ? 'document' : `${scroller.tagName.toLowerCase()}.${scroller.className}`,
            });
            return;
          }
          scroller.scrollTop += stepPx;
          steps++;
          requestAnimationFrame(tick);
        };
        // Two frames first, so the jump to the top is not counted as a scroll frame.
        requestAnimationFrame(() => requestAnimationFrame(tick));
      });
    },

    middleSentence() {
      const scroller = findScroller();
      scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) / 2;
      return new Promise((resolve) => {
        let framesLeft = 10;
        // Hit-testing down from the centre, not measuring every sentence: thousands of getBoundingClientRect calls took minutes.
        const tick = () => {
          const column = document.querySelector(sel.sentence)?.getBoundingClientRect();
          const x = column ? column.left + Math.min(40, column.width / 2) : innerWidth / 2;
          let container: Element | null = null;
          for (let y = innerHeight / 2; y < innerHeight; y += 20) {
            const hit = document.elementFromPoint(x, y);
            const sentence = hit?.closest(sel.sentence);
            if (sentence) {
              resolve(Number(sentence.getAttribute('data-sentence-index')));
              return;
            }
            container ??= hit;
          }
          // Content the browser skips (content-visibility: auto) is not hit-tested until it has been laid out for a frame or two.
          if (--framesLeft > 0) {
            requestAnimationFrame(tick);
            return;
          }
          const fallback = container?.querySelector(sel.sentence);
          resolve(fallback ? Number(fallback.getAttribute('data-sentence-index')) : null);
        };
        requestAnimationFrame(tick);
      });
    },

    watchKeys() {
      addEventListener(
        'keydown',
        (event) => {
          const start = event.timeStamp;
          requestAnimationFrame(() => afterFrame((time) => probe.keyLatencies.push(time - start)));
        },
        { capture: true },
      );
    },
  };
  window.__bench = probe;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      probe.events.push({ name: entry.name, start: entry.startTime, duration: entry.duration, interactionId: entry.interactionId });
    }
    // Entries under 16 ms (the smallest threshold allowed) are not reported: a key without one was faster.
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
}

/** tsx (esbuild keepNames) wraps named functions in __name(); functions serialised into the page need it defined. */
export const NAME_SHIM = 'globalThis.__name ??= (target) => target;';
