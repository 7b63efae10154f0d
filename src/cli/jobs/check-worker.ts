// A worker thread of `revisor check --jobs N`: loads the analyzer once, then checks each file the pool hands it.
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer } from '../../core/index.ts';
import { checkInput, type CheckOutcome, type CheckSettings, type CheckTask } from '../check-file.ts';
import type { PoolReply, PoolRequest } from './pool.ts';

const port = parentPort;
if (!port) throw new Error('check-worker.ts runs only as a worker thread');

const settings = workerData as CheckSettings;
// No preload: each worker loads a dictionary when its first file in that language arrives, then keeps it.
const analyzer = createAnalyzer({ preload: [], checks: settings.checks });

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
