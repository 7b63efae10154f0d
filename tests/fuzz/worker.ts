// The fuzzer's worker thread: runs one importer on one input per message, so the main thread can stop it when it hangs.
import { parentPort } from 'node:worker_threads';
import { createAnalyzer } from '../../src/core/checks/analyzer.ts';
import { importerNames, isTypedError, runImporter, type FuzzInput, type ImporterName } from './importers.ts';

export interface FuzzRequest {
  id: number;
  importer: ImporterName;
  input: FuzzInput;
}

export type FuzzReply = { id: number; outcome: 'ok' | 'typed' } | { id: number; outcome: 'crash'; error: string };

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread of run.ts');
const analyzer = await createAnalyzer();

function handle({ id, importer, input }: FuzzRequest): FuzzReply {
  try {
    runImporter(importer, input, analyzer);
    return { id, outcome: 'ok' };
  } catch (error) {
    if (isTypedError(importer, error)) return { id, outcome: 'typed' };
    return { id, outcome: 'crash', error: error instanceof Error ? (error.stack ?? String(error)) : String(error) };
  }
}

// A cold analyzer takes over a second on its first text (JIT, word lists); that must not count against the budget.
for (const text of ['Der Kreml sagte am Montag, dass die Gespräche fortgesetzt werden.', 'The Kremlin said talks will resume.']) {
  for (const importer of importerNames) handle({ id: -1, importer, input: { kind: 'text', text } });
}

port.on('message', (request: FuzzRequest) => port.postMessage(handle(request)));
port.postMessage('ready');
