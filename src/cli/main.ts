// Entry of the `revisor` command: dispatches argv to one command module and maps failures to exit codes.
import type { CliCommand } from './command.ts';
import { checkCommand } from './commands/check.ts';
import { exportCommand } from './commands/export.ts';
import { segmentCommand } from './commands/segment.ts';
import { CliError, EXIT_INTERNAL, EXIT_OK } from './errors.ts';
import { processIo, type CliIo } from './io.ts';
import { readVersion } from './version.ts';

export type { CliIo } from './io.ts';

/** Every command, in the order `revisor --help` lists them. */
const COMMANDS: readonly CliCommand[] = [checkCommand, exportCommand, segmentCommand];

/** Run the CLI with `argv` (without node and script); resolves to the process exit code. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`revisor: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`revisor: internal error, please report it: ${detail}\n`);
    return EXIT_INTERNAL;
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) throw new CliError("missing command (see 'revisor --help')");
  if (first === '-h' || first === '--help' || first === 'help') {
    const topic = rest[0] === undefined ? undefined : findCommand(rest[0]);
    io.stdout(topic ? topic.help : globalHelp());
    return EXIT_OK;
  }
  if (first === '-V' || first === '--version') {
    io.stdout(`revisor ${readVersion()}\n`);
    return EXIT_OK;
  }
  if (first.startsWith('-')) throw new CliError(`unknown option '${first}' (see 'revisor --help')`);
  const command = findCommand(first);
  return command.run(rest, io);
}

function findCommand(name: string): CliCommand {
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new CliError(`unknown command '${name}' (see 'revisor --help')`);
  return command;
}

function globalHelp(): string {
  const usages = COMMANDS.map((c) => `${c.name} ${c.args}`);
  const width = Math.max(...usages.map((u) => u.length)) + 2;
  const lines = COMMANDS.map((c, i) => `  ${usages[i]!.padEnd(width)}${c.summary}`);
  return `Usage: revisor <command> [options]

Review machine-translated articles from the command line.

Commands:
${lines.join('\n')}

Options:
  -h, --help     show this help; 'revisor <command> --help' shows a command's options
  -V, --version  show the version

Exit status: 0 on success, 1 when 'check' finds flags at or above --fail-on,
2 on bad usage or unreadable input.
`;
}
