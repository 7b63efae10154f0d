// Tests for `revisor check --jobs`: worker threads through the real bin give the same output, order and exit code as one thread.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileReport } from '../../src/cli/format/report.ts';
import { runCli, type Run } from './run-cli.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/revisor.js');
const SAMPLES = [
  join(ROOT, 'samples/000_98b1f44858d35dbe.txt'),
  join(ROOT, 'samples/bilingual/dailymail.co.uk.365204.de.txt'),
  join(ROOT, 'samples/bilingual/dailymail.co.uk.365204.en.txt'),
];

let dir: string;
const tmp = (name: string) => join(dir, name);

/** Windows-1252 bytes of a short German text: read with a note on stderr. */
const CP1252 = Uint8Array.from([...'Die Straße führt über den Fluss.\n'].map((c) => ({ ß: 0xdf, ü: 0xfc })[c] ?? c.charCodeAt(0)));

/** The files of one run: a long article first, so the short ones after it finish earlier with two workers. */
let files: string[];

/** Runs the real bin, as a user would; the exit code is part of the result instead of an exception. */
function runBin(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const paths = (stdout: string) => (JSON.parse(stdout) as { files: FileReport[] }).files.map((f) => f.path);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'revisor-jobs-'));
  const seed = await readFile(SAMPLES[0]!, 'utf8');
  // Numbered copies, so the long article is not one sentence repeated.
  await writeFile(tmp('long.txt'), Array.from({ length: 25 }, (_, i) => seed.replace(/2022/g, String(1990 + i))).join('\n'));
  await writeFile(tmp('minor.txt'), 'Die Regierung hat am Montag neue Regeln beschlossen.Die Opposition kritisierte das.\n');
  // One English sentence left in German text: a major flag.
  await writeFile(
    tmp('major.txt'),
    'Die Regierung hat am Montag neue Regeln für die Wirtschaft beschlossen, die ab Januar gelten sollen.\n' +
      'Die Opposition kritisierte das Vorhaben und kündigte eine Klage vor dem Verfassungsgericht an.\n' +
      'The government said the rules would apply to all companies in the country.\n',
  );
  await writeFile(tmp('clean.txt'), 'Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen.\n');
  await writeFile(tmp('numbers.txt'), '12:30 – 14:45\n');
  await writeFile(tmp('cp1252.txt'), CP1252);
  await writeFile(tmp('empty.txt'), '');
  await mkdir(tmp('folder'));
  files = [
    tmp('long.txt'),
    ...SAMPLES,
    tmp('missing.txt'),
    tmp('minor.txt'),
    tmp('cp1252.txt'),
    tmp('empty.txt'),
    tmp('numbers.txt'),
    tmp('folder'),
    tmp('major.txt'),
  ];
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('revisor check --jobs through bin/revisor.js', () => {
  it.each(['text', 'json'])(
    'prints the same %s, stderr and exit code with --jobs 2 and without --jobs as with --jobs 1, files in command-line order',
    async (format) => {
      const one = await runBin(['check', ...files, '--format', format, '--jobs', '1']);
      const two = await runBin(['check', ...files, '--format', format, '--jobs', '2']);
      expect(two).toEqual(one);
      // Without --jobs: this thread first, workers only when the files left are worth them.
      expect(await runBin(['check', ...files, '--format', format])).toEqual(one);
      expect(one.code).toBe(2);
      if (format === 'json') {
        const readable = files.filter((f) => !/missing|empty|folder/.test(f));
        expect(paths(two.stdout)).toEqual(readable);
      } else {
        expect(two.stdout).toMatch(/ in 8 files; 3 files not readable\n$/);
      }
      // Notes, warnings and read errors come in the order of the files they concern.
      expect(two.stderr.split('\n').filter(Boolean)).toEqual([
        `revisor: ${tmp('missing.txt')}: no such file`,
        `revisor: ${tmp('cp1252.txt')}: not valid UTF-8, read as Windows-1252`,
        `revisor: ${tmp('empty.txt')}: empty file`,
        `revisor: ${tmp('numbers.txt')}: cannot tell the language; only language-independent checks ran (use --lang)`,
        `revisor: ${tmp('folder')}: is a directory`,
      ]);
    },
    300_000,
  );

  it('exits 1 with --jobs 2 when a flag reaches --fail-on', async () => {
    const run = await runBin(['check', tmp('clean.txt'), tmp('minor.txt'), '--jobs', '2', '--fail-on', 'minor']);
    expect(run).toMatchObject({ code: 1, stderr: '' });
    expect(run.stdout).toContain(`${tmp('minor.txt')}:1:`);
  }, 120_000);
});

describe('revisor check --jobs', () => {
  it.each([
    { name: 'no flags', files: ['clean.txt', 'clean.txt'], code: 0 },
    { name: 'a minor flag under the default threshold', files: ['clean.txt', 'minor.txt'], code: 0 },
    { name: 'a major flag', files: ['minor.txt', 'major.txt', 'clean.txt'], code: 1 },
    { name: 'an unreadable file', files: ['major.txt', 'missing.txt'], code: 2 },
  ])('exits $code with --jobs 2 for $name', async ({ files: names, code }) => {
    expect((await runCli(['check', ...names.map(tmp), '--jobs', '2'])).code).toBe(code);
  }, 120_000);

  it('writes one SARIF document with --jobs 2, the same as with --jobs 1', async () => {
    const argv = ['check', tmp('minor.txt'), tmp('missing.txt'), tmp('major.txt'), '--format', 'sarif'];
    const one = await runCli([...argv, '--jobs', '1']);
    const two = await runCli([...argv, '--jobs', '3']);
    expect(two).toEqual(one);
    const log = JSON.parse(two.stdout) as { runs: { artifacts: unknown[] }[] };
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.artifacts).toHaveLength(2);
  }, 120_000);

  it('prints files, MB, seconds and throughput on stderr with --stats, leaving stdout alone', async () => {
    const argv = ['check', tmp('clean.txt'), tmp('minor.txt'), tmp('missing.txt'), '--format', 'json', '--jobs', '2'];
    const plain = await runCli(argv);
    const withStats = await runCli([...argv, '--stats']);
    expect(withStats.stdout).toBe(plain.stdout);
    const bytes = Buffer.byteLength(await readFile(tmp('clean.txt'), 'utf8')) + Buffer.byteLength(await readFile(tmp('minor.txt'), 'utf8'));
    const lines = withStats.stderr.split('\n');
    expect(lines.slice(0, -2).join('\n')).toBe(plain.stderr.trimEnd());
    expect(lines.at(-2)).toMatch(
      new RegExp(`^revisor: 2 files, ${(bytes / 1e6).toFixed(2)} MB in \\d+\\.\\d\\d s: \\d+\\.\\d files/s, \\d+\\.\\d\\d MB/s \\(2 jobs\\)$`),
    );
    expect((await runCli(['check', tmp('clean.txt'), '--jobs', '2'])).stderr).toBe('');
  }, 120_000);

  it('reads standard input in the main thread and checks it in a worker', async () => {
    const text = await readFile(tmp('minor.txt'));
    const argv = ['check', tmp('clean.txt'), '-', '--format', 'json'];
    const one = await runCli([...argv, '--jobs', '1'], { stdin: [text] });
    const two = await runCli([...argv, '--jobs', '2'], { stdin: [text] });
    expect(two).toEqual(one);
    expect(paths(two.stdout)).toEqual([tmp('clean.txt'), '<stdin>']);
  }, 120_000);

  it.each(['0', 'two', '1.5', ''])('exits 2 on --jobs %j', async (value) => {
    const run = await runCli(['check', tmp('clean.txt'), '--jobs', value]);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `revisor: check: bad --jobs '${value}' (expected a whole number from 1)\n` });
  });

  it('documents --jobs and --stats in its help', async () => {
    const { stdout } = await runCli(['check', '--help']);
    expect(stdout).toMatch(/^ {2}-j, --jobs N {2,}/m);
    expect(stdout).toMatch(/^ {6}--stats {2,}/m);
  });
});
