// Benchmark section: `revisor check` through the real bin with --jobs 1 and --jobs 2, wall clock, on article files.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { germanArticles } from './corpus.ts';
import { formatMb, formatTable } from './table.ts';

export const name = 'check --jobs (German articles, real bin, wall clock, MB = 10^6 UTF-8 bytes)';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'revisor.js');
const FILES = 200;
/** A few files as well: there the cost of starting workers shows instead of their gain. */
const FEW = 10;
const RUNS = 2;
const LONG = 10;

/** Wall-clock seconds of one run; 0 and 1 are both normal exits of check (flags found or not). */
function timeCheck(paths: string[], jobs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, 'check', ...paths, '--jobs', String(jobs), '--format', 'json', '--quiet'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 || code === 1) resolve((performance.now() - started) / 1000);
      else reject(new Error(`revisor check --jobs ${jobs} exited with ${code}: ${stderr}`));
    });
  });
}

// A fixed amount of arithmetic, split over 1 or 2 threads: shows whether the machine has two cores free right now.
const SPIN = `const { parentPort, workerData } = require('node:worker_threads');
let x = 0;
for (let i = 0; i < workerData; i++) x = (x + i * 7) % 1000003;
parentPort.postMessage(x);`;
const SPIN_STEPS = 4e8;

async function timeSpin(threads: number): Promise<number> {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: threads }, () => new Promise((resolve) => new Worker(SPIN, { eval: true, workerData: SPIN_STEPS / threads }).on('message', resolve))),
  );
  return (performance.now() - started) / 1000;
}

/** The best of RUNS runs, alternating the job counts so a busy moment of the machine hits both alike. */
async function bestTimes(paths: string[]): Promise<[number, number]> {
  const one: number[] = [];
  const two: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    one.push(await timeCheck(paths, 1));
    two.push(await timeCheck(paths, 2));
  }
  return [Math.min(...one), Math.min(...two)];
}

/** Writes `count` files of `perFile` consecutive articles each; returns their paths and total UTF-8 bytes. */
async function writeArticles(dir: string, articles: string[], count: number, perFile: number): Promise<{ paths: string[]; bytes: number }> {
  const paths: string[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const parts = Array.from({ length: perFile }, (_, k) => articles[(i * perFile + k) % articles.length]!);
    const text = `${parts.join('\n')}\n`;
    const path = join(dir, `${perFile}-article-${String(i).padStart(3, '0')}.txt`);
    await writeFile(path, text);
    paths.push(path);
    bytes += Buffer.byteLength(text);
  }
  return { paths, bytes };
}

export async function run(): Promise<void> {
  const articles = germanArticles();
  const dir = await mkdtemp(join(tmpdir(), 'revisor-bench-jobs-'));
  try {
    const few = await writeArticles(dir, articles, FEW, 1);
    const many = await writeArticles(dir, articles, FILES, 1);
    // Longer files: each thread's one-time costs (loading, cold caches) are then a smaller part of the run.
    const long = await writeArticles(dir, articles, FILES, LONG);

    const rows: string[][] = [];
    for (const [label, set] of [
      ['revisor check, 1 article a file', few],
      ['revisor check, 1 article a file', many],
      [`revisor check, ${LONG} articles a file`, long],
    ] as const) {
      const [one, two] = await bestTimes(set.paths);
      rows.push([label, String(set.paths.length), formatMb(set.bytes), one.toFixed(2), two.toFixed(2), `${(one / two).toFixed(2)}×`]);
    }
    const spin: number[][] = [[], []];
    for (let run = 0; run < RUNS; run++) {
      spin[0]!.push(await timeSpin(1));
      spin[1]!.push(await timeSpin(2));
    }
    const [spinOne, spinTwo] = spin.map((times) => Math.min(...times)) as [number, number];
    rows.push(['baseline: a CPU loop split over the threads', '–', '–', spinOne.toFixed(2), spinTwo.toFixed(2), `${(spinOne / spinTwo).toFixed(2)}×`]);
    console.log(`best of ${RUNS} runs each; check times include starting node and tsx, and with --jobs 2 two worker threads\n`);
    console.log(formatTable(['what', 'files', 'MB', '1 thread s', '2 threads s', 'speed-up'], rows));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
