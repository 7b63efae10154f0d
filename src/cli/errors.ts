// The failures a command reports as one line on stderr with an exit code, instead of a stack trace.

/** Exit codes: 2 is bad usage or unreadable input, as with most Unix tools; 70 is a bug (EX_SOFTWARE). */
export const EXIT_OK = 0;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 70;

export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode: number = EXIT_USAGE) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
