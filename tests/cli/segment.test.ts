// Tests for `revisor segment` and the CLI shell: output formats, offsets, encodings, refusals and exit codes.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli/main.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED = join(ROOT, 'samples/000_98b1f44858d35dbe.txt');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], stdin?: Uint8Array[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    // An array is an AsyncIterable only through for-await's sync fallback, so wrap it in a real stream.
    stdin: Readable.from(stdin ?? [], { objectMode: true }),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

interface Span {
  start: number;
  end: number;
  text: string;
}

const parseSpans = (stdout: string) => JSON.parse(stdout) as Span[];

/** Windows-1252 bytes for the few characters the tests use beyond ASCII. */
function windows1252(text: string): Uint8Array {
  const table: Record<string, number> = { '€': 0x80, '„': 0x84, '“': 0x93, 'ä': 0xe4, 'ü': 0xfc, 'ß': 0xdf };
  return Uint8Array.from([...text].map((c) => table[c] ?? c.charCodeAt(0)));
}

let dir: string;
const tmp = (name: string) => join(dir, name);
const ARTICLE = 'Der Preis stieg um 5 € auf 105 €.\r\n„Das ist zu viel“, sagte er. Dann ging er nach Hause.\r\n';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'revisor-cli-'));
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]);
  await writeFile(tmp('utf16le.txt'), utf16le);
  await writeFile(tmp('utf16be.txt'), Buffer.from(utf16le).swap16());
  await writeFile(tmp('cp1252.txt'), windows1252(ARTICLE));
  await writeFile(tmp('image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]));
  await writeFile(tmp('empty.txt'), '');
  await writeFile(tmp('blank.txt'), ' \n\n\t\n');
  // Sparse: one byte over the limit without writing 50 MB.
  await writeFile(tmp('huge.txt'), '');
  await truncate(tmp('huge.txt'), 50 * 1024 * 1024 + 1);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('revisor segment', () => {
  it('prints JSON spans whose offsets slice back to their text in the seed article', async () => {
    const { code, stdout, stderr } = await run(['segment', SEED, '--lang', 'de', '--format', 'json']);
    const text = await readFile(SEED, 'utf8');
    const spans = parseSpans(stdout);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(spans.length).toBeGreaterThan(5);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    // Sentences come in document order without overlapping.
    spans.slice(1).forEach((span, i) => expect(span.start).toBeGreaterThanOrEqual(spans[i]!.end));
  });

  it('prints one sentence per line in text format, the headline alone on the first line', async () => {
    const { code, stdout } = await run(['segment', SEED, '--lang', 'de', '--format', 'text']);
    const json = parseSpans((await run(['segment', SEED, '--lang', 'de', '--format', 'json'])).stdout);
    const lines = stdout.split('\n');
    const headline = (await readFile(SEED, 'utf8')).split('\n')[0];
    expect(code).toBe(0);
    expect(lines[0]).toBe(headline);
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1)).toEqual(json.map((s) => s.text));
  });

  it.each([
    { name: '--lang auto', langArgs: ['--lang', 'auto'] },
    { name: 'no --lang', langArgs: [] },
  ])('detects German with $name', async ({ langArgs }) => {
    const detected = await run(['segment', SEED, '--format', 'json', ...langArgs]);
    const german = await run(['segment', SEED, '--format', 'json', '--lang', 'de']);
    expect(detected.code).toBe(0);
    expect(detected.stdout).toBe(german.stdout);
  });

  it('defaults to text format', async () => {
    const plain = await run(['segment', SEED, '--lang', 'de']);
    const text = await run(['segment', SEED, '--lang', 'de', '--format', 'text']);
    expect(plain.stdout).toBe(text.stdout);
  });

  it.each([
    ['UTF-16LE with BOM', 'utf16le.txt'],
    ['UTF-16BE with BOM', 'utf16be.txt'],
    ['Windows-1252', 'cp1252.txt'],
  ])('gives offsets into the decoded text for %s', async (_name, file) => {
    const { code, stdout } = await run(['segment', tmp(file), '--lang', 'de', '--format', 'json']);
    const spans = parseSpans(stdout);
    expect(code).toBe(0);
    expect(spans.length).toBeGreaterThanOrEqual(2);
    for (const span of spans) expect(ARTICLE.slice(span.start, span.end)).toBe(span.text);
    expect(spans[0]!.text).toBe('Der Preis stieg um 5 € auf 105 €.');
    expect(spans.map((s) => s.text).join(' ')).toContain('„Das ist zu viel“');
  });

  it('warns on stderr when it falls back to Windows-1252', async () => {
    const { stderr } = await run(['segment', tmp('cp1252.txt'), '--lang', 'de']);
    expect(stderr).toBe(`revisor: ${tmp('cp1252.txt')}: not valid UTF-8, read as Windows-1252\n`);
  });

  it('reads standard input when FILE is -', async () => {
    const bytes = new TextEncoder().encode(ARTICLE);
    const { code, stdout } = await run(['segment', '-', '--format', 'json', '--lang', 'de'], [bytes.subarray(0, 7), bytes.subarray(7)]);
    expect(code).toBe(0);
    for (const span of parseSpans(stdout)) expect(ARTICLE.slice(span.start, span.end)).toBe(span.text);
  });

  it.each([
    ['binary content', 'image.png', 'not a text file (binary content)'],
    ['an empty file', 'empty.txt', 'empty file'],
    ['a whitespace-only file', 'blank.txt', 'no text (only whitespace)'],
    ['a missing file', 'missing.txt', 'no such file'],
    ['a file over 50 MB', 'huge.txt', 'file too large (52,428,801 bytes; the limit is 50 MB)'],
  ])('exits 2 with one line naming the file for %s', async (_name, file, problem) => {
    const { code, stdout, stderr } = await run(['segment', tmp(file)]);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: `revisor: ${tmp(file)}: ${problem}\n` });
  });

  it('exits 2 for a directory', async () => {
    const { code, stderr } = await run(['segment', dir]);
    expect({ code, stderr }).toEqual({ code: 2, stderr: `revisor: ${dir}: is a directory\n` });
  });

  it('exits 2 for empty standard input', async () => {
    const { code, stderr } = await run(['segment', '-'], []);
    expect({ code, stderr }).toEqual({ code: 2, stderr: 'revisor: <stdin>: empty file\n' });
  });

  it.each([
    [['segment'], "segment: missing FILE (see 'revisor segment --help')"],
    [['segment', SEED, '--format', 'xml'], "segment: bad --format 'xml' (expected text or json)"],
    [['segment', SEED, '--lang', 'not a tag!'], "segment: bad --lang 'not a tag!' (expected a language tag such as de or en, or auto)"],
    [['segment', SEED, '--bogus'], "segment: unknown option '--bogus' (see 'revisor segment --help')"],
    [['segment', SEED, '--lang'], "segment: option '--lang' needs a value (see 'revisor segment --help')"],
    [['segment', SEED, SEED], 'segment: expected one FILE, got 2'],
    [['frobnicate'], "unknown command 'frobnicate' (see 'revisor --help')"],
    [['--bogus'], "unknown option '--bogus' (see 'revisor --help')"],
    [[], "missing command (see 'revisor --help')"],
  ])('exits 2 on bad usage %j', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: `revisor: ${message}\n` });
  });
});

describe('revisor main', () => {
  it.each([
    [['--help'], 'Usage: revisor <command>'],
    [['-h'], 'Usage: revisor <command>'],
    [['help', 'segment'], 'Usage: revisor segment FILE'],
    [['segment', '--help'], 'Usage: revisor segment FILE'],
    [['segment', SEED, '-h'], 'Usage: revisor segment FILE'],
  ])('prints help for %j and exits 0', async (argv, usage) => {
    const { code, stdout, stderr } = await run(argv);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.startsWith(usage)).toBe(true);
  });

  it('lists the segment command in the global help', async () => {
    expect((await run(['--help'])).stdout).toMatch(/^ {2}segment FILE +split a text file into sentences$/m);
  });

  it.each([['--version'], ['-V']])('prints the package version for %s', async (flag) => {
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await run([flag])).toEqual({ code: 0, stdout: `revisor ${pkg.version}\n`, stderr: '' });
  });
});

describe('bin/revisor.js', () => {
  const exec = promisify(execFile);
  const bin = join(ROOT, 'bin/revisor.js');

  it('segments the seed end to end in a real node process', async () => {
    const { stdout } = await exec(process.execPath, [bin, 'segment', SEED, '--format', 'json'], { cwd: ROOT });
    const text = await readFile(SEED, 'utf8');
    const spans = parseSpans(stdout);
    expect(spans.length).toBeGreaterThan(5);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('sets the process exit code to 2 for a missing file', async () => {
    const missing = join(ROOT, 'samples/does-not-exist.txt');
    const failure = await exec(process.execPath, [bin, 'segment', missing]).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 2, stderr: `revisor: ${missing}: no such file\n` });
  });
});
