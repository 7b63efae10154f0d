// An analysis client without a worker: the same request handler called in the page's own thread (tests, jsdom).
import { createChannelClient, type AnalysisClient } from './analysis-client.ts';
import type { RequestHandler } from './handle-request.ts';

export function createInProcessAnalysisClient(handle: RequestHandler): AnalysisClient {
  return createChannelClient((receive) => ({
    // Answers arrive asynchronously, as they would from a worker.
    send: (request) => void handle(request, (response) => queueMicrotask(() => receive(response))),
    dispose: () => {},
  }));
}
