// `npm run bench:browser`: builds the app, serves it, and measures a large German article against the seed in the system Chromium.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { launchBrowser } from '../../e2e/browser.ts';
import { formatMs, formatTable } from '../table.ts';
import { generatedArticle, seedArticle, type BenchArticle } from './article.ts';
import { measureBuild } from './build-sizes.ts';
import { measureArticle, type ArticleResult } from './measure.ts';

const USAGE = `Usage: npm run bench:browser -- [--sentences N] [--dist DIR]
  --sentences N  sentences in the generated German article (default 10000)
  --dist DIR     measure this existing build instead of building into a temporary folder`;

const repoRoot = join(import.meta.dirname, '..', '..', '..');
/** Without a virtualised list a 10,000-sentence article scrolls at a few frames a second: the scroll run is cut off here. */
const MAX_SCROLL_MS = 60_000;
const startedAt = performance.now();
const log = (message: string) => console.error(`[${((performance.now() - startedAt) / 1000).toFixed(1)} s] ${message}`);

let args: { sentences: number; dist: string | undefined };
try {
  const { values } = parseArgs({
    options: { sentences: { type: 'string', default: '10000' }, dist: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const sentences = Number(values.sentences);
  if (!Number.isInteger(sentences) || sentences < 1) throw new Error(`--sentences needs a positive whole number, not "${values.sentences}"`);
  args = { sentences, dist: values.dist };
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}

const workDir = mkdtempSync(join(tmpdir(), 'revisor-bench-browser-'));
let browser: Browser | undefined;
let server: PreviewServer | undefined;

async function cleanUp() {
  await browser?.close().catch(() => undefined);
  await server?.close().catch(() => undefined);
  rmSync(workDir, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void cleanUp().finally(() => process.exit(130));
  });
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mb = (bytes: number | undefined) => (bytes === undefined || Number.isNaN(bytes) ? '–' : (bytes / 1024 / 1024).toFixed(1));
const ms = (value: number | undefined) => (value === undefined ? '–' : formatMs(value));

function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Row {
  what: string;
  goal: string;
  value: (result: ArticleResult) => string;
  /** Whether the large article's value meets the goal; undefined when there is no goal. */
  meets?: (result: ArticleResult) => boolean | undefined;
}

const under = (limit: number, pick: (result: ArticleResult) => number | undefined) => (result: ArticleResult) => {
  const value = pick(result);
  return value === undefined ? undefined : value < limit;
};
const frames = (result: ArticleResult) => result.scroll?.frames ?? [];
const keys = (result: ArticleResult) => result.keyLatencies ?? [];

const ROWS: Row[] = [
  { what: 'sentences (segmenter count)', goal: '', value: (r) => r.article.sentences.toLocaleString('en-US') },
  { what: 'text size, KB', goal: '', value: (r) => kb(Buffer.byteLength(r.article.text)) },
  { what: 'app start to the seed\'s flags (cold worker), ms', goal: '', value: (r) => ms(r.startupMs) },
  { what: 'first sentences on screen, ms', goal: '< 1500', value: (r) => ms(r.firstSentenceMs), meets: under(1500, (r) => r.firstSentenceMs) },
  { what: 'all flags shown, ms', goal: '', value: (r) => ms(r.flagsMs) },
  { what: 'flags found', goal: '', value: (r) => r.flagTotal ?? '–' },
  { what: 'longest main-thread task while opening, ms', goal: '', value: (r) => ms(r.longestOpeningTask) },
  {
    what: 'longest main-thread task during analysis, ms',
    goal: '<= 100',
    value: (r) => ms(r.longestAnalysisTask),
    meets: under(100.001, (r) => r.longestAnalysisTask),
  },
  {
    what: 'tasks over 100 ms during analysis',
    goal: '0',
    value: (r) => String(r.analysisTasksOver100 ?? '–'),
    meets: under(1, (r) => r.analysisTasksOver100),
  },
  {
    what: 'scroll top to bottom: frames, seconds, reached',
    goal: '',
    value: (r) =>
      r.scroll
        ? `${r.scroll.frames.length}, ${(r.scroll.frames.reduce((sum, f) => sum + f, 0) / 1000).toFixed(1)} s, ${Math.round(r.scroll.reached * 100)}%`
        : '–',
  },
  { what: 'scroll frame time p50, ms', goal: '', value: (r) => ms(percentile(frames(r), 50)) },
  { what: 'scroll frame time p95, ms', goal: '', value: (r) => ms(percentile(frames(r), 95)) },
  { what: 'scroll frame time max, ms', goal: '', value: (r) => ms(percentile(frames(r), 100)) },
  {
    what: 'scroll frames over 50 ms',
    goal: '0',
    value: (r) => (r.scroll ? String(frames(r).filter((f) => f > 50).length) : '–'),
    meets: (r) => (r.scroll ? frames(r).every((f) => f <= 50) : undefined),
  },
  { what: 'open sentence editor (e key to next frame), ms', goal: '', value: (r) => ms(r.openEditorMs) },
  { what: 'typing: key to next frame p50, ms', goal: '< 50', value: (r) => ms(percentile(keys(r), 50)), meets: under(50, (r) => percentile(keys(r), 50)) },
  { what: 'typing: key to next frame max, ms', goal: '< 50', value: (r) => ms(percentile(keys(r), 100)), meets: under(50, (r) => percentile(keys(r), 100)) },
  {
    what: 'typing: slowest key event (Event Timing), ms',
    goal: '< 50',
    value: (r) => (r.slowestKeyEvent === undefined ? '–' : r.slowestKeyEvent === 0 ? '< 16' : ms(r.slowestKeyEvent)),
    meets: under(50, (r) => r.slowestKeyEvent),
  },
  {
    what: 'commit an edit (re-check, autosave): longest task, ms',
    goal: '≤ 100',
    value: (r) => ms(r.longestCommitTask),
    meets: under(100.5, (r) => r.longestCommitTask),
  },
  { what: 'JS heap after analysis, MB', goal: '< 300', value: (r) => mb(r.heapAfterAnalysis), meets: under(300 * 1024 * 1024, (r) => r.heapAfterAnalysis) },
  { what: 'JS heap after scroll, MB', goal: '< 300', value: (r) => mb(r.heapAfterScroll), meets: under(300 * 1024 * 1024, (r) => r.heapAfterScroll) },
  { what: 'JS heap after GC, at the end, MB', goal: '< 300', value: (r) => mb(r.heapAfterGc), meets: under(300 * 1024 * 1024, (r) => r.heapAfterGc) },
];

function printResults(large: ArticleResult, baseline: ArticleResult) {
  const verdict = (row: Row) => {
    const meets = row.meets?.(large);
    return meets === undefined ? '' : meets ? 'yes' : 'NO';
  };
  console.log(`\n## Browser: ${large.article.sentences.toLocaleString('en-US')}-sentence German article vs. the seed (same run)\n`);
  console.log(
    formatTable(
      ['what', 'goal', 'measured', 'baseline (seed)', 'goal met'],
      ROWS.map((row) => [row.what, row.goal, row.value(large), row.value(baseline), verdict(row)]),
    ),
  );
  console.log(
    `\nTimes from the file input's change event to the end of the frame that shows the result. The seed sample is analysed` +
      ` before each article is opened, so the worker and its dictionary are warm. Heap: the page's JS heap (CDP` +
      ` Performance.getMetrics JSHeapUsedSize), the worker's not included.` +
      (large.scroll ? ` Scrolled ${large.scroll.scroller} by ${Math.round(large.scroll.stepPx)} px a frame, for at most ${MAX_SCROLL_MS / 1000} s.` : ''),
  );
  for (const result of [large, baseline]) {
    for (const failure of result.failures) console.log(`FAILED (${result.article.name}): ${failure}`);
    for (const error of result.pageErrors) console.log(`page error (${result.article.name}): ${error}`);
  }
}

function printBuild(outDir: string) {
  const sizes = measureBuild(outDir);
  console.log('\n## Build: JS and dictionary sizes (gzip level 9)\n');
  console.log(
    formatTable(
      ['file', 'loaded', 'raw KB', 'gzip KB'],
      sizes.map((size) => [size.note ? `${size.file} (${size.note})` : size.file, size.kind, kb(size.raw), kb(size.gzip)]),
    ),
  );
  const total = (kind: string) => sizes.filter((size) => size.kind === kind).reduce((sum, size) => sum + size.gzip, 0);
  const initial = total('initial');
  console.log(
    `\nInitial JS (what index.html loads): ${kb(initial)} KB gzipped; goal < 300 KB: ${initial < 300 * 1024 ? 'met' : 'NOT met'}.` +
      ` Lazy page chunks ${kb(total('lazy'))} KB, worker ${kb(total('worker'))} KB, dictionaries ${kb(total('dictionary'))} KB gzipped.`,
  );
}

async function main(): Promise<number> {
  const large = generatedArticle(args.sentences);
  const baseline = seedArticle();
  const fileOf = (article: BenchArticle) => {
    const path = join(workDir, article.name);
    writeFileSync(path, article.text);
    return path;
  };

  try {
    browser = await launchBrowser();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }

  const outDir = args.dist ?? join(workDir, 'dist');
  if (!args.dist) {
    log(`building the app into ${outDir}`);
    await build({ root: repoRoot, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  }
  server = await preview({
    root: repoRoot,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    build: { outDir },
  });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('vite preview did not report a local URL');
  log(`serving ${outDir} at ${baseUrl}`);

  const options = { baseUrl, openTimeoutMs: 120_000, flagsTimeoutMs: 300_000, maxScrollSteps: 600, maxScrollMs: MAX_SCROLL_MS, log };
  const baselineResult = await measureArticle(browser, baseline, { ...options, file: fileOf(baseline) });
  const largeResult = await measureArticle(browser, large, { ...options, file: fileOf(large) });
  printResults(largeResult, baselineResult);
  printBuild(outDir);
  log('done');
  return largeResult.failures.length + baselineResult.failures.length > 0 ? 1 : 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
} finally {
  await cleanUp();
}
// Vite's build and preview can leave handles open; the run is over.
process.exit(exitCode);
