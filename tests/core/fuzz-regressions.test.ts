// Every input the fuzzer saved in tests/fuzz/crashes/ stays a test: its importer must succeed or refuse it with its own error.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, type Analyzer } from '../../src/core/checks/analyzer.ts';
import { isTypedError, readCrashFile, runImporter } from '../fuzz/importers.ts';

const dir = new URL('../fuzz/crashes/', import.meta.url);
const files = existsSync(dir) ? readdirSync(dir).filter((name) => !name.startsWith('.') && name !== 'README.md').sort() : [];

describe('fuzz regressions', () => {
  let analyzer: Analyzer | undefined;
  beforeAll(async () => {
    if (!files.some((name) => name.startsWith('analyzer-'))) return;
    analyzer = await createAnalyzer();
    // The first analyses of a process are slow (JIT, word lists); they should not eat into one file's test time.
    runImporter('analyzer', { kind: 'text', text: 'Der Kreml sagte am Montag, dass die Gespräche fortgesetzt werden.' }, analyzer);
  }, 60_000);

  it('knows the importer of every saved crash from its file name', () => {
    expect(files.filter((name) => !readCrashFile(name, new Uint8Array(0)))).toEqual([]);
  });

  it.each(files)('%s: the importer succeeds or refuses the input with its own error', (name) => {
    const crash = readCrashFile(name, new Uint8Array(readFileSync(new URL(name, dir))));
    if (!crash) return; // reported by the naming test above
    try {
      runImporter(crash.importer, crash.input, analyzer);
    } catch (error) {
      if (!isTypedError(crash.importer, error)) throw error;
    }
  });
});
