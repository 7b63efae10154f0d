// The analysis worker: dictionaries and checks off the main thread.
import { createAnalyzer } from '../core/index.ts';
import { createRequestHandler } from './handle-request.ts';
import { loadLexiconInBrowser } from './load-lexicon-browser.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

// The hunspell chunk (WASM inlined, ~300 KB gzipped) is fetched while the first dictionary downloads instead of after it;
// the lexicon loader's own import of it then finds the module ready.
void import('hunspell-asm').catch(() => undefined);

const handle = createRequestHandler({
  createAnalyzer: () => createAnalyzer({ loadLexicon: loadLexiconInBrowser, preload: [] }),
});

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  void handle(event.data, (response: WorkerResponse) => self.postMessage(response));
};
