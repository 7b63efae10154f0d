// Benchmark section: `revisor check` through the real bin with --jobs 1 and --jobs 2, wall clock, on article files.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { machineTranslatedDocuments } from './corpus.ts';
import { formatMb, formatTable } from './table.ts';

export const name = 'check --jobs (machine-translated German documents, real bin, wall clock, MB = 10^6 UTF-8 bytes)';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'revisor.js');
const FILES = 200;
/** A few files as well: there the cost of starting workers shows instead of their gain. */
const FEW = 10;
const RUNS = 3;
const LONG = 8;

/** Wall-clock seconds of one run; 0 and 1 are both normal exits of check (flags found or not). */
async function timeCheck(paths: string[], jobs?: number): Promise<number> {
  const started = performance.now();
  await runCheck(paths, jobs);
  return (performance.now() - started) / 1000;
}

/**
 * The baseline for 2 jobs: two `revisor check --jobs 1` processes at once, each on half of the files, as a
 * pipeline would run them with `xargs -P 2`. Separate processes share nothing, so this is what two cores give
 * this work on this machine; --jobs 2 should come close to it.
 */
async function timeTwoProcesses(paths: string[]): Promise<number> {
  const half = Math.ceil(paths.length / 2);
  const started = performance.now();
  await Promise.all([runCheck(paths.slice(0, half), 1), runCheck(paths.slice(half), 1)]);
  return (performance.now() - started) / 1000;
}

/** `revisor check` on the paths; without `jobs` as a user runs it, with the default (the number of cores). */
function runCheck(paths: string[], jobs?: number): Promise<void> {
  const jobArgs = jobs === undefined ? [] : ['--jobs', String(jobs)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'check', ...paths, ...jobArgs, '--format', 'json', '--quiet'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 || code === 1) resolve();
      else reject(new Error(`revisor check --jobs ${jobs} exited with ${code}: ${stderr}`));
    });
  });
}

// A fixed amount of arithmetic, split over 1 or 2 threads: shows whether the machine has two cores free right now.
// Every value stays a small integer: with `i * 7` past 2^31, V8 switched to doubles in the longer loop only, and the
// "speed-up" read 3.6×.
const SPIN = `const { parentPort, workerData } = require('node:worker_threads');
let x = 0;
for (let i = 0; i < workerData; i++) x = (x * 31 + (i & 1023)) % 1000003;
parentPort.postMessage(x);`;
const SPIN_STEPS = 2e8;

async function timeSpin(threads: number): Promise<number> {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: threads }, () => new Promise((resolve) => new Worker(SPIN, { eval: true, workerData: SPIN_STEPS / threads }).on('message', resolve))),
  );
  return (performance.now() - started) / 1000;
}

/** The best of RUNS runs, alternating the ways so a busy moment of the machine hits all alike. */
async function bestTimes(paths: string[]): Promise<[one: number, two: number, auto: number, processes: number]> {
  const times: [number[], number[], number[], number[]] = [[], [], [], []];
  for (let run = 0; run < RUNS; run++) {
    times[0].push(await timeCheck(paths, 1));
    times[1].push(await timeCheck(paths, 2));
    times[2].push(await timeCheck(paths));
    times[3].push(await timeTwoProcesses(paths));
  }
  return times.map((t) => Math.min(...t)) as [number, number, number, number];
}

/** Writes `count` files of `perFile` consecutive documents each (none twice while they last); paths and UTF-8 bytes. */
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
  const articles = machineTranslatedDocuments();
  const dir = await mkdtemp(join(tmpdir(), 'revisor-bench-jobs-'));
  try {
    const few = await writeArticles(dir, articles, FEW, 1);
    const many = await writeArticles(dir, articles, FILES, 1);
    // Longer files: each thread's one-time costs (loading, cold caches) are then a smaller part of the run.
    const long = await writeArticles(dir, articles, FILES, LONG);

    const rows: string[][] = [];
    for (const [label, set] of [
      ['revisor check, 1 document a file', few],
      ['revisor check, 1 document a file', many],
      [`revisor check, ${LONG} documents a file`, long],
    ] as const) {
      const [one, two, auto, processes] = await bestTimes(set.paths);
      const versus = (time: number) => [time.toFixed(2), `${(one / time).toFixed(2)}×`];
      rows.push([label, String(set.paths.length), formatMb(set.bytes), one.toFixed(2), ...versus(two), ...versus(auto), ...versus(processes)]);
    }
    const spin: number[][] = [[], []];
    for (let run = 0; run < RUNS; run++) {
      spin[0]!.push(await timeSpin(1));
      spin[1]!.push(await timeSpin(2));
    }
    const [spinOne, spinTwo] = spin.map((times) => Math.min(...times)) as [number, number];
    const spinRatio = `${(spinOne / spinTwo).toFixed(2)}×`;
    rows.push(['baseline: a CPU loop split over 2 threads', '–', '–', spinOne.toFixed(2), spinTwo.toFixed(2), spinRatio, '–', '–', '–', '–']);
    console.log(
      `best of ${RUNS} runs each, in seconds; times include starting node and tsx; --jobs 2: this thread and one worker\n` +
        `thread from the start; default: no --jobs (${availableParallelism()} cores here), workers started when the files\n` +
        `left are worth it, warm with this thread's dictionary answers; 2 processes: two \`revisor check --jobs 1\` at once\n` +
        `on half of the files each (xargs -P 2)\n`,
    );
    console.log(
      formatTable(['what', 'files', 'MB', '--jobs 1', '--jobs 2', 'speed-up', 'default', 'speed-up', '2 processes', 'speed-up'], rows),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
