// Where the CLI writes and reads, injectable so tests capture output instead of touching the process streams.

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Bytes for FILE `-`; defaults to the process's standard input. */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Whether stderr is a terminal, where progress lines help instead of cluttering a log. */
  isStderrTty?: boolean;
}

let isPipeGuarded = false;

/** The real process streams. */
export function processIo(): CliIo {
  if (!isPipeGuarded) {
    isPipeGuarded = true;
    // `revisor segment x | head` closes the pipe early; that is the reader's choice, not an error.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdin: process.stdin,
    isStderrTty: process.stderr.isTTY === true,
  };
}
