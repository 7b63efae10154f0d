// Benchmark section: the whole analysis (all checks, dictionary loaded) on 1 MB of German, next to segment-only.
import { createAnalyzer, findNearDuplicates, segment } from '../../src/core/index.ts';
import { loadLexicon } from '../../src/core/lexicon/load-lexicon.ts';
import { germanArticles, textOfSize } from './corpus.ts';
import { formatMb, formatMbPerS, formatMs, formatTable } from './table.ts';

export const name = 'analyze (German, all checks, MB = 10^6 UTF-8 bytes)';

const time = <T>(work: () => T): [T, number] => {
  const t0 = performance.now();
  const result = work();
  return [result, performance.now() - t0];
};

const timeAsync = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const result = await work();
  return [result, performance.now() - t0];
};

const heapMb = () => (process.memoryUsage().heapUsed / 1e6).toFixed(1);

export async function run(): Promise<void> {
  const articles = germanArticles();
  const text = textOfSize(articles, 1_000_000);
  const bytes = Buffer.byteLength(text);

  const [, loadDe] = await timeAsync(() => loadLexicon('de'));
  const [, loadEn] = await timeAsync(() => loadLexicon('en'));
  console.log(
    formatTable(
      ['dictionary', 'load ms', 'goal ms'],
      [
        ['de (hunspell-asm + dictionary-de)', formatMs(loadDe), '500'],
        ['en (dictionary-en, module already compiled)', formatMs(loadEn), '500'],
      ],
    ),
  );

  // The clock makes every result report the time of each step, so the first (cold) run can be broken down by check.
  const analyzer = await createAnalyzer({ preload: ['de'], now: () => performance.now() });
  const heapBefore = heapMb();
  const [, segmentMs] = time(() => segment(text, 'de'));
  const [first, coldMs] = time(() => analyzer.analyze({ text, lang: 'de' }));
  const [, warmMs] = time(() => analyzer.analyze({ text, lang: 'de' }));
  console.log(`\n1 MB of German news text (${first.stats.sentences} sentences, ${first.stats.words} words, ${first.flags.length} flags)\n`);
  console.log(
    formatTable(
      ['what', 'MB', 'time ms', 'MB/s', 'goal ms'],
      [
        ['segment only (baseline)', formatMb(bytes), formatMs(segmentMs), formatMbPerS(bytes, segmentMs), '–'],
        ['analyze, first run', formatMb(bytes), formatMs(coldMs), formatMbPerS(bytes, coldMs), '2000'],
        ['analyze, second run', formatMb(bytes), formatMs(warmMs), formatMbPerS(bytes, warmMs), '2000'],
      ],
    ),
  );
  console.log(`\nheap used: ${heapBefore} MB before analysis, ${heapMb()} MB after`);

  // Steps of the first run: a check that got slower, or shared work that crept back into the checks, shows here.
  const steps = first.timings ?? [];
  const counts = new Map<string, number>();
  for (const flag of first.flags) counts.set(flag.check, (counts.get(flag.check) ?? 0) + 1);
  const stepRows = steps.map(({ step, ms }) => [
    step,
    formatMs(ms),
    `${((100 * ms) / coldMs).toFixed(0)}%`,
    step.startsWith('(') ? '–' : String(counts.get(step) ?? 0),
  ]);
  console.log('\nanalyze, first run, by step (checks not listed were skipped: they need a source text)\n');
  console.log(formatTable(['step', 'time ms', 'share', 'flags'], stepRows));

  // near-duplicate-sentence must stay sub-quadratic: 10× the sentences should cost about 10×, not 100×.
  const sentences = segment(textOfSize(articles, 3_000_000), 'de').map((s) => s.text);
  const rows: string[][] = [];
  for (const n of [1_000, 10_000]) {
    const sample = sentences.slice(0, n);
    if (sample.length < n) throw new Error(`only ${sample.length} sentences available`);
    const [found, ms] = time(() => findNearDuplicates(sample));
    rows.push([String(n), formatMs(ms), String(found.length)]);
  }
  console.log('\nnear-duplicate-sentence alone\n');
  console.log(formatTable(['sentences', 'time ms', 'pairs found'], rows));
}
