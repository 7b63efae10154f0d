// A worker thread of `revisor check --jobs N`: loads the analyzer once, then checks each file the pool hands it.
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer } from '../../core/checks/analyzer.ts';
import { loadLexicon } from '../../core/lexicon/load-lexicon.ts';
import { restoreMemos, type MemoSnapshot } from '../../core/lexicon/memo.ts';
import { checkInput, type CheckOutcome, type CheckSettings, type CheckTask } from '../check-file.ts';
import { POOL_READY, type PoolReply, type PoolRequest } from './pool.ts';

/** What the main thread gives each worker it starts. */
export interface CheckWorkerData {
  settings: CheckSettings;
  /** The main thread's lexicon memos by language, so the worker starts with the answers it has found so far. */
  memos: Record<string, MemoSnapshot>;
}

const port = parentPort;
if (!port) throw new Error('check-worker.ts runs only as a worker thread');

const { settings, memos } = workerData as CheckWorkerData;

async function load() {
  // The dictionaries the main thread has used, and --lang's; any other one when its first file arrives (then kept).
  const langs = [...new Set([...Object.keys(memos), ...(settings.lang ? [settings.lang] : [])])];
  const analyzer = await createAnalyzer({ preload: langs, checks: settings.checks });
  for (const [lang, snapshot] of Object.entries(memos)) {
    const lexicon = await loadLexicon(lang);
    if (lexicon) restoreMemos(lexicon, snapshot);
  }
  return analyzer;
}

const analyzer = load();
void analyzer.then(() => port.postMessage(POOL_READY));

// One file after the other, in the order they came: the pool counts on the oldest task being the one in progress.
let previous: Promise<unknown> = Promise.resolve();

port.on('message', ({ id, task }: PoolRequest<CheckTask>) => {
  previous = previous
    .then(() => analyzer)
    .then((loaded) => checkInput(loaded, task, settings))
    .then(
      (result): PoolReply<CheckOutcome> => ({ id, ok: true, result }),
      (error: unknown): PoolReply<CheckOutcome> => ({ id, ok: false, message: error instanceof Error ? error.message : String(error) }),
    )
    .then((reply) => port.postMessage(reply));
});
