// Benchmark section: segment() against Intl.Segmenter on German news text, per article and in one long call.
import { segment } from '../../src/core/segment/segment.ts';
import { germanArticles, textOfSize } from './corpus.ts';
import { formatMb, formatMbPerS, formatMs, formatTable } from './table.ts';

export const name = 'segment (German, MB = 10^6 UTF-8 bytes)';

const intl = new Intl.Segmenter('de', { granularity: 'sentence' });

function segmentWithIntl(text: string): number {
  let count = 0;
  for (const piece of intl.segment(text)) if (piece.segment.trim()) count++;
  return count;
}

function segmentWithOurs(text: string): number {
  return segment(text, 'de').length;
}

/** Best wall time of `runs` runs, in ms; the best run is the one least disturbed by GC and the other processes. */
function bestOf(runs: number, work: () => void): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    work();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const bytesOf = (texts: string[]) => texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);

export async function run(): Promise<void> {
  const articles = germanArticles();
  const articleBytes = bytesOf(articles);

  // Warm both up so the first measured run is not paying for compilation or ICU data loading.
  for (const a of articles.slice(0, 50)) {
    segmentWithOurs(a);
    segmentWithIntl(a);
  }

  const perArticle = (split: (t: string) => number) =>
    bestOf(5, () => {
      for (const a of articles) split(a);
    });
  const oursPerArticle = perArticle(segmentWithOurs);
  const intlPerArticle = perArticle(segmentWithIntl);
  console.log(`(a) one call per article: ${articles.length} articles of 15–30 lines\n`);
  console.log(
    formatTable(
      ['segmenter', 'MB', 'time ms', 'MB/s'],
      [
        ['segment', formatMb(articleBytes), formatMs(oursPerArticle), formatMbPerS(articleBytes, oursPerArticle)],
        ['Intl.Segmenter', formatMb(articleBytes), formatMs(intlPerArticle), formatMbPerS(articleBytes, intlPerArticle)],
      ],
    ),
  );

  const big = textOfSize(articles, 2_000_000);
  const small = textOfSize(articles, 54_000);
  const medium = textOfSize(articles, 109_000);
  const oneCall = (label: string, text: string, split: (t: string) => number, runs: number) => {
    const bytes = Buffer.byteLength(text);
    const ms = bestOf(runs, () => split(text));
    return [label, formatMb(bytes), formatMs(ms), formatMbPerS(bytes, ms)];
  };
  console.log(`\n(b) one call on one long text\n`);
  console.log(
    formatTable(
      ['segmenter', 'MB', 'time ms', 'MB/s'],
      [
        oneCall('segment', big, segmentWithOurs, 3),
        oneCall('Intl.Segmenter', small, segmentWithIntl, 1),
        oneCall('Intl.Segmenter', medium, segmentWithIntl, 1),
        ['Intl.Segmenter', formatMb(Buffer.byteLength(big)), 'not run (super-linear)', ''],
      ],
    ),
  );

  const once = articles.join('\n');
  const tenTimes = Array.from({ length: 10 }, () => once).join('\n');
  // Interleaved runs and medians: on a shared machine a lucky best-of for the short text alone would skew the ratio.
  const onceRuns: number[] = [];
  const tenRuns: number[] = [];
  for (let r = 0; r < 5; r++) {
    onceRuns.push(bestOf(1, () => segmentWithOurs(once)));
    tenRuns.push(bestOf(1, () => segmentWithOurs(tenTimes)));
  }
  const onceMs = median(onceRuns);
  const tenMs = median(tenRuns);
  console.log(`\n(c) linearity of segment: the whole text once and ten times, one call each, median of 5\n`);
  console.log(
    formatTable(
      ['text', 'MB', 'time ms', 'MB/s', 'time ratio'],
      [
        ['1×', formatMb(Buffer.byteLength(once)), formatMs(onceMs), formatMbPerS(Buffer.byteLength(once), onceMs), '1.0'],
        [
          '10×',
          formatMb(Buffer.byteLength(tenTimes)),
          formatMs(tenMs),
          formatMbPerS(Buffer.byteLength(tenTimes), tenMs),
          (tenMs / onceMs).toFixed(1),
        ],
      ],
    ),
  );
  return Promise.resolve();
}
