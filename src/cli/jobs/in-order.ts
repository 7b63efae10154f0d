// Runs tasks concurrently but hands their results on in order, each as soon as every earlier one is done.

/**
 * Calls `work` for the indexes 0…count−1, at most `concurrency` at a time, starting the next index whenever one
 * finishes. `deliver` gets the results in index order: a result that finishes early waits until all before it are
 * delivered. Rejects on the first rejection of `work` or throw of `deliver`, starting nothing more.
 */
export function mapInOrder<R>(
  count: number,
  concurrency: number,
  work: (index: number) => Promise<R>,
  deliver: (result: R, index: number) => void,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const finished = new Map<number, R>();
    let nextToStart = 0;
    let nextToDeliver = 0;
    let running = 0;
    let hasFailed = false;

    const fail = (error: unknown) => {
      hasFailed = true;
      reject(error instanceof Error ? error : new Error(String(error)));
    };

    const settle = (index: number, result: R) => {
      running -= 1;
      finished.set(index, result);
      try {
        while (finished.has(nextToDeliver)) {
          const ready = finished.get(nextToDeliver)!;
          finished.delete(nextToDeliver);
          deliver(ready, nextToDeliver);
          nextToDeliver += 1;
        }
      } catch (error) {
        fail(error);
        return;
      }
      if (nextToDeliver === count) resolve();
      else startMore();
    };

    const startMore = () => {
      while (!hasFailed && running < concurrency && nextToStart < count) {
        const index = nextToStart++;
        running += 1;
        // Through then(), a work function that throws at once rejects like one that rejects later.
        Promise.resolve(index).then(work).then(
          (result) => {
            if (!hasFailed) settle(index, result);
          },
          (error: unknown) => {
            if (!hasFailed) fail(error);
          },
        );
      }
    };

    if (count === 0) resolve();
    else startMore();
  });
}
