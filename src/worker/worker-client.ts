// The browser's analysis client: one module worker, started on the first request, restarted after it dies.
import { createChannelClient, type AnalysisClient } from './analysis-client.ts';
import type { WorkerResponse } from './protocol.ts';

export function createWorkerAnalysisClient(): AnalysisClient {
  return createChannelClient((receive, fail) => {
    const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => receive(event.data);
    // A script that fails to load or an uncaught error leaves the worker unusable: reject what waits, start afresh next time.
    worker.onerror = (event) => {
      event.preventDefault();
      fail(event.message || 'The analysis worker stopped.');
    };
    worker.onmessageerror = () => fail('The analysis worker sent a message that could not be read.');
    return {
      send: (request) => worker.postMessage(request),
      dispose: () => worker.terminate(),
    };
  });
}
