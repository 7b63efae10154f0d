// A thin wrapper over node:util parseArgs that turns its long error texts into short usage errors.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './errors.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parse a command's arguments strictly; `command` names it in error messages ("segment"). */
export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${command}: ${describeParseError(error)} (see 'revisor ${command} --help')`);
  }
}

function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const quoted = /'([^']+)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted) return `unknown option '${quoted}'`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && quoted) {
    const name = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
    return message.includes('argument missing') ? `option '${name}' needs a value` : `bad value for option '${name}'`;
  }
  // Node's texts run on with advice about '--'; the first sentence is the useful part.
  return message.split('. ')[0]!.replace(/\.$/, '');
}
