// Reads a FILE argument (or `-` for stdin) into decoded text, refusing what is not a readable text file.
import { readFileSync, statSync } from 'node:fs';
import { decodeBytes, type DecodeError, type TextEncodingName } from '../core/index.ts';
import { CliError } from './errors.ts';
import type { CliIo } from './io.ts';

/** The design's limit for any input; larger files are refused before they are read. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export interface InputText {
  /** The name used in messages: the path as given, or `<stdin>`. */
  name: string;
  text: string;
  encoding: TextEncodingName;
}

/** Read and decode `path`; throws a CliError naming the file and the problem. */
export async function readInput(path: string, io: CliIo): Promise<InputText> {
  const name = path === '-' ? '<stdin>' : path;
  const bytes = path === '-' ? await readStream(io.stdin ?? process.stdin, name) : readPath(path);
  const result = decodeBytes(bytes, { maxBytes: MAX_INPUT_BYTES });
  if (!result.ok) throw new CliError(`${name}: ${describeDecodeError(result.error, result.size)}`);
  if (result.encoding === 'windows-1252') io.stderr(`revisor: ${name}: not valid UTF-8, read as Windows-1252\n`);
  return { name, text: result.text, encoding: result.encoding };
}

// Read at once rather than in the four event-loop turns of fs/promises: with --jobs this thread checks files between
// turns, and the workers waited for files it had started reading.
function readPath(path: string): Uint8Array {
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw new CliError(`${path}: is a directory`);
    if (info.size > MAX_INPUT_BYTES) throw new CliError(`${path}: ${describeDecodeError('too-large', info.size)}`);
    return readFileSync(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: ${describeFsError(error)}`);
  }
}

async function readStream(stream: AsyncIterable<Uint8Array | string>, name: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      size += bytes.byteLength;
      // Stop reading rather than buffer an endless pipe.
      if (size > MAX_INPUT_BYTES) throw new CliError(`${name}: ${describeDecodeError('too-large', size)}`);
      chunks.push(bytes);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${name}: ${describeFsError(error)}`);
  }
  return Buffer.concat(chunks);
}

function describeDecodeError(error: DecodeError, size: number): string {
  switch (error) {
    case 'binary':
      return 'not a text file (binary content)';
    case 'empty':
      return size === 0 ? 'empty file' : 'no text (only whitespace)';
    case 'too-large':
      return `file too large (${size.toLocaleString('en-US')} bytes; the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB)`;
    case 'undecodable':
      return 'cannot decode the text (use UTF-8, UTF-16 with a byte order mark, or Windows-1252)';
  }
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return `cannot read (${error instanceof Error ? error.message : String(error)})`;
  }
}
