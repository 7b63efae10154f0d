// Worker threads that take tasks from one queue; a worker that dies fails only the task it held and is replaced.
import { Worker } from 'node:worker_threads';

/** What the pool posts to a worker. */
export interface PoolRequest<T> {
  id: number;
  task: T;
}

/** What a worker posts back: its result, or the message of an error it caught. */
export type PoolReply<R> = { id: number; ok: true; result: R } | { id: number; ok: false; message: string };

/** The task's worker stopped (an uncaught error, running out of memory, process.exit) before it replied. */
export class WorkerCrashError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerCrashError';
  }
}

export interface WorkerPoolOptions {
  /** The worker's entry module; it answers each PoolRequest with one PoolReply, in the order they came. */
  url: URL;
  size: number;
  workerData?: unknown;
}

export interface WorkerPool<T, R> {
  /** Resolves with the worker's result; rejects with its error message, or a WorkerCrashError if it died. */
  run(task: T): Promise<R>;
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
  /** Set by the worker's 'error' event, which comes before 'exit'; a dying worker takes no new task. */
  error?: Error;
}

export function createWorkerPool<T, R>({ url, size, workerData }: WorkerPoolOptions): WorkerPool<T, R> {
  const queue: Job<T, R>[] = [];
  const slots = new Set<Slot<T, R>>();
  let nextId = 0;
  let isClosed = false;

  const spawn = (): Slot<T, R> => {
    const slot: Slot<T, R> = { worker: new Worker(url, { workerData }), jobs: [] };
    slot.worker.on('message', (reply: PoolReply<R>) => {
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
      const [current, ...waiting] = slot.jobs.splice(0);
      // Only the task it worked on is lost; the ones it had not started go back to the front of the queue.
      queue.unshift(...waiting);
      current?.reject(new WorkerCrashError(slot.error?.message ?? `the worker exited with code ${code}`));
      if (!isClosed) dispatch();
    });
    slots.add(slot);
    return slot;
  };

  // Hands queued tasks to the least busy live worker, starting replacements for dead ones while there is work.
  const dispatch = () => {
    while (queue.length > 0 && !isClosed) {
      const live = [...slots].filter((s) => !s.error && s.jobs.length < DEPTH);
      let slot = live.sort((a, b) => a.jobs.length - b.jobs.length)[0];
      if ((!slot || slot.jobs.length > 0) && slots.size < size) slot = spawn();
      if (!slot) return;
      const job = queue.shift()!;
      slot.jobs.push(job);
      slot.worker.postMessage({ id: job.id, task: job.task } satisfies PoolRequest<T>);
    }
  };

  // Started at once, so loading modules and dictionaries overlaps with reading the first files.
  for (let i = 0; i < size; i++) spawn();

  return {
    run(task) {
      if (isClosed) return Promise.reject(new Error('the worker pool is closed'));
      return new Promise<R>((resolve, reject) => {
        queue.push({ id: nextId++, task, resolve, reject });
        dispatch();
      });
    },
    async close() {
      isClosed = true;
      for (const job of queue.splice(0)) job.reject(new Error('the worker pool is closed'));
      await Promise.all([...slots].map((slot) => slot.worker.terminate()));
    },
  };
}
