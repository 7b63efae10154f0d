// Tests for the --jobs machinery: the worker pool (crashes fail one task, not the run) and in-order delivery.
import { describe, expect, it } from 'vitest';
import { mapInOrder } from '../../src/cli/jobs/in-order.ts';
import { createWorkerPool, WorkerCrashError } from '../../src/cli/jobs/pool.ts';

const ECHO_WORKER = new URL('./fixtures/echo-worker.js', import.meta.url);

const settle = <T>(promise: Promise<T>) =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: Error) => ({ ok: false as const, kind: error.constructor.name, message: error.message }),
  );

describe('createWorkerPool', () => {
  it('runs every task, and a worker that dies fails only the task it was working on', async () => {
    const pool = createWorkerPool<string, string>({ url: ECHO_WORKER, size: 2 });
    try {
      const tasks = ['a', 'exit:b', 'c', 'throw:d', 'e', 'fail:f', 'g', 'h', 'i'];
      const results = await Promise.all(tasks.map((task) => settle(pool.run(task))));
      expect(results.map((r) => (r.ok ? r.value.split('!')[0] : `${r.kind}: ${r.message}`))).toEqual([
        'a',
        'WorkerCrashError: the worker exited with code 3',
        'c',
        'WorkerCrashError: thrown on d',
        'e',
        'Error: failed on f',
        'g',
        'h',
        'i',
      ]);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('keeps going when every worker it started has died', async () => {
    const pool = createWorkerPool<string, string>({ url: ECHO_WORKER, size: 1 });
    try {
      const results = await Promise.all(['exit:1', 'exit:2', 'ok'].map((task) => settle(pool.run(task))));
      expect(results.map((r) => r.ok)).toEqual([false, false, true]);
      expect(results[0]).toMatchObject({ kind: WorkerCrashError.name });
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('spreads tasks over its workers', async () => {
    const pool = createWorkerPool<string, string>({ url: ECHO_WORKER, size: 2 });
    try {
      const results = await Promise.all(['slow:50', 'slow:50', 'slow:50', 'slow:50'].map((task) => pool.run(task)));
      const threads = results.map((r) => r.split('!')[1]);
      expect(new Set(threads).size).toBe(2);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('runs tasks in this thread while its workers load, and in both afterwards', async () => {
    let local = 0;
    const pool = createWorkerPool<string, string>({
      url: ECHO_WORKER,
      size: 1,
      local: (task) => {
        local += 1;
        return new Promise((resolve) => setTimeout(() => resolve(`${task}!local`), 20));
      },
    });
    try {
      const results = await Promise.all(Array.from({ length: 60 }, (_, i) => pool.run(`slow:20:${i}`)));
      const where = results.map((r) => r.split('!')[1]);
      // The first task cannot wait for a worker to load; later ones are shared.
      expect(where[0]).toBe('local');
      expect(where.filter((w) => w === 'local').length).toBe(local);
      expect(where.some((w) => w !== 'local')).toBe(true);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('lets its workers start and take tasks while this thread works without pause', async () => {
    const pool = createWorkerPool<string, string>({
      url: ECHO_WORKER,
      size: 1,
      // Blocks this thread, as checking a file does.
      local: (task) => {
        const until = performance.now() + 15;
        while (performance.now() < until);
        return Promise.resolve(`${task}!local`);
      },
    });
    try {
      const results = await Promise.all(Array.from({ length: 200 }, (_, i) => pool.run(`slow:5:${i}`)));
      expect(results.filter((r) => !r.endsWith('!local')).length).toBeGreaterThan(10);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('starts no worker before start() when told to defer them', async () => {
    const pool = createWorkerPool<string, string>({
      url: ECHO_WORKER,
      size: 1,
      deferWorkers: true,
      local: (task) => new Promise((resolve) => setTimeout(() => resolve(`${task}!local`), 5)),
    });
    try {
      const before = await Promise.all(['a', 'b', 'c'].map((task) => pool.run(`slow:5:${task}`)));
      expect(before.every((r) => r.endsWith('!local'))).toBe(true);
      pool.start();
      const after = await Promise.all(Array.from({ length: 40 }, (_, i) => pool.run(`slow:20:${i}`)));
      expect(after.some((r) => !r.endsWith('!local'))).toBe(true);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('rejects the queued tasks with the reason when no worker can start', async () => {
    const pool = createWorkerPool<string, string>({ url: new URL('./fixtures/broken-worker.js', import.meta.url), size: 2 });
    try {
      await expect(pool.run('a')).rejects.toThrow(/no worker could start: .*cannot load/);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('rejects tasks after close', async () => {
    const pool = createWorkerPool<string, string>({ url: ECHO_WORKER, size: 1 });
    await pool.close();
    await expect(pool.run('a')).rejects.toThrow(/closed/);
  });
});

describe('mapInOrder', () => {
  it('delivers results in index order although later ones finish first, and never runs more than asked', async () => {
    const delays = [80, 10, 40, 0, 20, 5];
    const delivered: number[] = [];
    const finished: number[] = [];
    let running = 0;
    let mostRunning = 0;
    await mapInOrder(
      delays.length,
      3,
      async (i) => {
        running += 1;
        mostRunning = Math.max(mostRunning, running);
        await new Promise((resolve) => setTimeout(resolve, delays[i]));
        running -= 1;
        finished.push(i);
        return i * 10;
      },
      (result, i) => {
        expect(result).toBe(i * 10);
        delivered.push(i);
      },
    );
    expect(delivered).toEqual([0, 1, 2, 3, 4, 5]);
    expect(finished).not.toEqual(delivered);
    expect(mostRunning).toBe(3);
  });

  it('delivers a finished prefix before the rest is done', async () => {
    const delivered: number[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const run = mapInOrder(
      3,
      3,
      async (i) => {
        if (i === 2) await gate;
        return i;
      },
      (i) => void delivered.push(i),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(delivered).toEqual([0, 1]);
    release();
    await run;
    expect(delivered).toEqual([0, 1, 2]);
  });

  it('resolves at once for no work, and rejects when work fails', async () => {
    await expect(mapInOrder(0, 2, () => Promise.resolve(1), () => {})).resolves.toBeUndefined();
    await expect(mapInOrder(3, 2, (i) => (i === 1 ? Promise.reject(new Error('boom')) : Promise.resolve(i)), () => {})).rejects.toThrow('boom');
  });
});
