// Runs the CLI's main() in-process with captured streams, for the command tests.
import { Readable } from 'node:stream';
import { main, type CliIo } from '../../src/cli/main.ts';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Chunks of standard input. */
  stdin?: (Uint8Array | string)[];
  isStderrTty?: boolean;
}

export async function runCli(argv: string[], options: RunOptions = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    // An array is an AsyncIterable only through for-await's sync fallback, so wrap it in a real stream.
    stdin: Readable.from(options.stdin ?? [], { objectMode: true }),
    isStderrTty: options.isStderrTty ?? false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
