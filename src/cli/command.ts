// The shape every CLI command module exports, so main.ts can list, document and dispatch them uniformly.
import type { CliIo } from './io.ts';

export interface CliCommand {
  name: string;
  /** Positional arguments as shown in usage lines, e.g. "FILE". */
  args: string;
  /** One line for `revisor --help`. */
  summary: string;
  /** Full text for `revisor <name> --help`. */
  help: string;
  /** Runs with the arguments after the command name; returns the exit code or throws a CliError. */
  run(args: string[], io: CliIo): Promise<number>;
}
