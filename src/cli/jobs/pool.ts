// Worker threads (and optionally this thread) that take tasks from one queue; a worker that dies fails only the
// task it held and is replaced.
import { Worker } from 'node:worker_threads';

/** What the pool posts to a worker. */
export interface PoolRequest<T> {
  id: number;
  task: T;
}

/** What a worker posts back: its result, or the message of an error it caught. */
export type PoolReply<R> = { id: number; ok: true; result: R } | { id: number; ok: false; message: string };

/** What a worker posts once, when it has loaded and takes tasks: until then its tasks would only wait in it. */
export const POOL_READY = { ready: true } as const;

/** The task's worker stopped (an uncaught error, running out of memory, process.exit) before it replied. */
export class WorkerCrashError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerCrashError';
  }
}

export interface WorkerPoolOptions<T, R> {
  /** The worker's entry module: it posts POOL_READY, then answers each PoolRequest with one PoolReply, in order. */
  url: URL;
  /** Worker threads to run. */
  size: number;
  /** Called for each worker as it starts; what it returns is the worker's `workerData`. */
  workerData?: () => unknown;
  /**
   * Runs tasks in this thread as well, one at a time: from the first task on, while the workers are still
   * loading, and beside them afterwards.
   */
  local?: (task: T) => Promise<R>;
  /** With `local`: start the workers only when start() is called, once they are worth their start. */
  deferWorkers?: boolean;
}

export interface WorkerPool<T, R> {
  /** Resolves with the worker's result; rejects with its error message, or a WorkerCrashError if it died. */
  run(task: T): Promise<R>;
  /** Starts the workers (when deferred); does nothing when they run already. */
  start(): void;
  /** Stops every worker; tasks still queued are rejected. */
  close(): Promise<void>;
}

/**
 * Tasks a worker holds at once: the one it works on and the next, so it never waits for the main thread between
 * two files. Workers answer in order, so the oldest task held is the one being worked on.
 */
const DEPTH = 2;

interface Job<T, R> {
  id: number;
  task: T;
  resolve(result: R): void;
  reject(error: Error): void;
}

interface Slot<T, R> {
  worker: Worker;
  jobs: Job<T, R>[];
  /** Set when the worker has posted POOL_READY; tasks go only to ready workers. */
  isReady: boolean;
  /** Set by the worker's 'error' event, which comes before 'exit'; a dying worker takes no new task. */
  error?: Error;
}

export function createWorkerPool<T, R>({
  url,
  size,
  workerData,
  local,
  deferWorkers = false,
}: WorkerPoolOptions<T, R>): WorkerPool<T, R> {
  const queue: Job<T, R>[] = [];
  const slots = new Set<Slot<T, R>>();
  let nextId = 0;
  let isClosed = false;
  let isLocalBusy = false;
  // Without a local thread nothing would run the tasks, so the workers start at once.
  let isStarted = !(local && deferWorkers);
  /** Why a worker died before it was ready; such a failure repeats, so that worker is not replaced. */
  let startFailure: string | undefined;

  const spawn = (): Slot<T, R> => {
    const slot: Slot<T, R> = { worker: new Worker(url, { workerData: workerData?.() }), jobs: [], isReady: false };
    slot.worker.on('message', (reply: PoolReply<R> | typeof POOL_READY) => {
      if ('ready' in reply) {
        slot.isReady = true;
        dispatch();
        return;
      }
      const index = slot.jobs.findIndex((job) => job.id === reply.id);
      if (index < 0) return;
      const [job] = slot.jobs.splice(index, 1);
      if (reply.ok) job!.resolve(reply.result);
      else job!.reject(new Error(reply.message));
      dispatch();
    });
    slot.worker.on('error', (error) => {
      slot.error = error;
    });
    slot.worker.on('exit', (code) => {
      slots.delete(slot);
      if (!slot.isReady) startFailure = slot.error?.message ?? `the worker exited with code ${code} while starting`;
      const [current, ...waiting] = slot.jobs.splice(0);
      // Only the task it worked on is lost; the ones it had not started go back to the front of the queue.
      queue.unshift(...waiting);
      current?.reject(new WorkerCrashError(slot.error?.message ?? `the worker exited with code ${code}`));
      if (!isClosed) dispatch();
    });
    slots.add(slot);
    return slot;
  };

  // This thread takes a task whenever it is free; a task in it blocks the event loop, so the workers hold DEPTH.
  const runLocal = (job: Job<T, R>) => {
    isLocalBusy = true;
    // A turn of the event loop first: the workers' replies wait for it, and so does their start (a worker's module
    // loader talks to this thread), which took until the end of the run when this thread checked file after file.
    new Promise((resolve) => setImmediate(resolve))
      .then(() => local!(job.task))
      .then(
        (result) => job.resolve(result),
        (error: unknown) => job.reject(error instanceof Error ? error : new Error(String(error))),
      )
      .finally(() => {
        isLocalBusy = false;
        dispatch();
      });
  };

  // Hands queued tasks to this thread or to the least busy ready worker; replaces dead workers while there is work.
  const dispatch = () => {
    while (isStarted && startFailure === undefined && slots.size < size && queue.length > 0 && !isClosed) spawn();
    if (!local && slots.size === 0 && startFailure !== undefined) {
      for (const job of queue.splice(0)) job.reject(new WorkerCrashError(`no worker could start: ${startFailure}`));
    }
    while (queue.length > 0 && !isClosed) {
      const ready = [...slots].filter((s) => s.isReady && !s.error && s.jobs.length < DEPTH);
      const slot = ready.sort((a, b) => a.jobs.length - b.jobs.length)[0];
      if (slot) {
        const job = queue.shift()!;
        slot.jobs.push(job);
        slot.worker.postMessage({ id: job.id, task: job.task } satisfies PoolRequest<T>);
      } else if (local && !isLocalBusy) {
        runLocal(queue.shift()!);
      } else {
        return;
      }
    }
  };

  const start = () => {
    if (isClosed) return;
    isStarted = true;
    // All at once, so loading modules and dictionaries overlaps with the work already going on.
    while (startFailure === undefined && slots.size < size) spawn();
    dispatch();
  };
  if (isStarted) start();

  return {
    run(task) {
      if (isClosed) return Promise.reject(new Error('the worker pool is closed'));
      return new Promise<R>((resolve, reject) => {
        queue.push({ id: nextId++, task, resolve, reject });
        dispatch();
      });
    },
    start() {
      if (!isStarted) start();
    },
    async close() {
      isClosed = true;
      for (const job of queue.splice(0)) job.reject(new Error('the worker pool is closed'));
      await Promise.all([...slots].map((slot) => slot.worker.terminate()));
    },
  };
}
