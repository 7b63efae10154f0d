// Tests for `revisor check`: several files, output formats, --fail-on exit codes, usage errors, unreadable input, --source.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileReport } from '../../src/cli/format/report.ts';
import { checks, lineAndColumn } from '../../src/core/index.ts';
import { runCli } from './run-cli.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED = join(ROOT, 'samples/000_98b1f44858d35dbe.txt');

const FIXTURES = {
  // Plain, correct German: nothing to flag.
  'clean.txt': 'Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen.\nEs tritt im Januar in Kraft, sagte ein Sprecher der Regierung.\n',
  // One glued sentence boundary: a minor flag only.
  'minor.txt':
    'Die Regierung hat am Montag neue Regeln für die Wirtschaft beschlossen.Die Opposition kritisierte das Vorhaben.\nEin Sprecher sagte, man sei zuversichtlich.\n',
  // One English sentence left in German text: a major flag.
  'major.txt':
    'Die Regierung hat am Montag neue Regeln für die Wirtschaft beschlossen, die ab Januar gelten sollen.\n' +
    'Die Opposition kritisierte das Vorhaben und kündigte eine Klage vor dem Verfassungsgericht an.\n' +
    'The government said the rules would apply to all companies in the country.\n' +
    'Ein Sprecher sagte, man sei zuversichtlich.\n',
  'english.txt':
    'The government said on Monday that the new rules would apply to all companies in the country from January.\n' +
    'The opposition criticised the plan and said it would go to court.\n',
  'source.txt': 'The company hired 300 workers in 2021.\nSales rose by 12 percent last year.\n',
  'target.txt': 'Das Unternehmen stellte 2021 500 Arbeiter ein.\nDer Umsatz stieg im vergangenen Jahr um 12 Prozent.\n',
  'target-extra.txt':
    'Das Unternehmen stellte 2021 300 Arbeiter ein.\nDer Umsatz stieg im vergangenen Jahr um 12 Prozent.\nDas war mehr als erwartet.\n',
  'empty.txt': '',
  // Too little text to tell a language from.
  'numbers.txt': '12:30 – 14:45\n',
} as const;

type Fixture = keyof typeof FIXTURES;

let dir: string;
const tmp = (name: Fixture | 'missing.txt') => join(dir, name);

const parseFiles = (stdout: string) => (JSON.parse(stdout) as { files: FileReport[] }).files;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'revisor-check-'));
  for (const [name, text] of Object.entries(FIXTURES)) await writeFile(join(dir, name), text);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('revisor check', () => {
  it('reports several files in the order given, each with its own detected language', async () => {
    const paths = [tmp('minor.txt'), SEED, tmp('english.txt')];
    const { code, stdout } = await runCli(['check', ...paths, '--format', 'json']);
    const files = parseFiles(stdout);
    expect(code).not.toBe(2);
    expect(files.map((f) => f.path)).toEqual(paths);
    expect(files.map((f) => f.lang)).toEqual(['de', 'de', 'en']);
    expect(files[0]!.flags.map((f) => f.check)).toContain('missing-space');
    expect(files[1]!.flags.length).toBeGreaterThan(0);
  });

  it('prints JSON with the Flag fields plus line, column, excerpt and message, offsets into the decoded text', async () => {
    const { stdout } = await runCli(['check', SEED, '--format', 'json']);
    const text = await readFile(SEED, 'utf8');
    const parsed = JSON.parse(stdout) as { files: FileReport[] };
    expect(Object.keys(parsed)).toEqual(['files']);
    const [file] = parsed.files;
    expect(Object.keys(file!).sort()).toEqual(['flags', 'lang', 'path', 'stats']);
    expect(file!.stats).toEqual({ words: expect.any(Number) as number, sentences: expect.any(Number) as number });
    expect(file!.flags.length).toBeGreaterThan(0);
    for (const flag of file!.flags) {
      expect(Object.keys(flag).sort()).toEqual(
        ['category', 'check', 'column', 'data', 'end', 'excerpt', 'id', 'line', 'message', 'messageId', 'severity', 'start', 'suggestions'].sort(),
      );
      expect(lineAndColumn(text, flag.start)).toEqual({ line: flag.line, column: flag.column });
      const flagged = text.slice(flag.start, flag.end).replace(/\s+/g, ' ');
      // Short spans come with context and long ones are cut, but the flagged text always shows.
      if (flagged.length > 2 && flagged.length < 50) expect(flag.excerpt).toBe(flagged);
      expect(flag.message).not.toContain('{{');
      for (const s of flag.suggestions) expect(s.start).toBeLessThanOrEqual(s.end);
    }
  });

  it('prints one readable line per flag, grouped under a header per file, and a summary', async () => {
    const { stdout } = await runCli(['check', tmp('minor.txt'), tmp('clean.txt'), '--format', 'text']);
    const json = parseFiles((await runCli(['check', tmp('minor.txt'), tmp('clean.txt'), '--format', 'json'])).stdout);
    const blocks = stdout.trimEnd().split('\n\n');
    expect(blocks).toHaveLength(3);
    const [minorBlock, cleanBlock, summary] = blocks;
    const [header, ...lines] = minorBlock!.split('\n');
    expect(header).toMatch(new RegExp(`^${escape(tmp('minor.txt'))} \\(de, \\d+ words, \\d+ sentences\\): \\d+ flags?$`));
    expect(lines).toHaveLength(json[0]!.flags.length);
    lines.forEach((line, i) => {
      const flag = json[0]!.flags[i]!;
      expect(line).toMatch(
        new RegExp(
          `^${escape(`${tmp('minor.txt')}:${flag.line}:${flag.column}`)} +${flag.severity} +${flag.check} +${escape(flag.message)}  «${escape(flag.excerpt)}»$`,
        ),
      );
    });
    expect(cleanBlock).toMatch(/: no flags$/);
    const total = json[0]!.flags.length + json[1]!.flags.length;
    expect(summary).toMatch(new RegExp(`^${total} flags? \\(.*minor.*\\) in 2 files$`));
  });

  it('defaults to the text format', async () => {
    const plain = await runCli(['check', tmp('minor.txt')]);
    const text = await runCli(['check', tmp('minor.txt'), '--format', 'text']);
    expect(plain.stdout).toBe(text.stdout);
  });

  it.each<{ file: Fixture; failOn?: string; code: number }>([
    { file: 'clean.txt', failOn: 'minor', code: 0 },
    { file: 'minor.txt', failOn: 'minor', code: 1 },
    { file: 'minor.txt', code: 0 },
    { file: 'minor.txt', failOn: 'major', code: 0 },
    { file: 'major.txt', code: 1 },
    { file: 'major.txt', failOn: 'major', code: 1 },
    { file: 'major.txt', failOn: 'critical', code: 0 },
  ])('exits $code for $file with --fail-on $failOn (default major)', async ({ file, failOn, code }) => {
    const args = ['check', tmp(file), '--format', 'json', ...(failOn ? ['--fail-on', failOn] : [])];
    const result = await runCli(args);
    const severities = new Set(parseFiles(result.stdout)[0]!.flags.map((f) => f.severity));
    // The fixtures are built for one severity each; say so plainly if a check changes that.
    const expected = { 'clean.txt': [], 'minor.txt': ['minor'], 'major.txt': ['major'] }[file as string] ?? [];
    expect([...severities]).toEqual(expected);
    expect(result.code).toBe(code);
  });

  it('exits 1 when any of several files reaches the threshold', async () => {
    expect((await runCli(['check', tmp('clean.txt'), tmp('major.txt')])).code).toBe(1);
  });

  it('exits 2 after reporting the readable files when one file cannot be read', async () => {
    const { code, stdout, stderr } = await runCli(['check', tmp('missing.txt'), tmp('major.txt'), tmp('empty.txt'), '--format', 'json']);
    expect(code).toBe(2);
    expect(parseFiles(stdout).map((f) => f.path)).toEqual([tmp('major.txt')]);
    expect(stderr).toBe(`revisor: ${tmp('missing.txt')}: no such file\nrevisor: ${tmp('empty.txt')}: empty file\n`);
  });

  it('says how many files were not readable in the text summary', async () => {
    const { stdout } = await runCli(['check', tmp('missing.txt'), tmp('clean.txt')]);
    expect(stdout).toMatch(/^0 flags in 1 file; 1 file not readable$/m);
  });

  it('exits 2 without checking when the --source file cannot be read', async () => {
    const { code, stdout, stderr } = await runCli(['check', tmp('target.txt'), '--source', tmp('missing.txt')]);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: `revisor: ${tmp('missing.txt')}: no such file\n` });
  });

  it.each([
    [['check'], "check: missing FILE (see 'revisor check --help')"],
    [['check', 'x.txt', '--format', 'xml'], "check: bad --format 'xml' (expected text, json, sarif or mqm-tsv)"],
    [['check', 'x.txt', '--fail-on', 'fatal'], "check: bad --fail-on 'fatal' (expected minor, major or critical)"],
    [['check', 'x.txt', '--lang', 'not a tag!'], "check: bad --lang 'not a tag!' (expected a language tag such as de or en, or auto)"],
    [['check', 'x.txt', '--checks', 'spelling'], `check: unknown check 'spelling' (known: ${checks.map((c) => c.meta.id).join(', ')})`],
    [['check', 'x.txt', '--checks', ','], 'check: --checks needs at least one check id'],
    [['check', 'a.txt', 'b.txt', '--source', 's.txt'], 'check: --source needs exactly one FILE, got 2'],
    [['check', 'a.txt', '--source-lang', 'en'], 'check: --source-lang needs --source'],
    [['check', '-', '--source', '-'], 'check: standard input (-) can be read only once'],
    [['check', 'x.txt', '--bogus'], "check: unknown option '--bogus' (see 'revisor check --help')"],
  ])('exits 2 on bad usage %j', async (argv, message) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: `revisor: ${message}\n` });
  });

  it('runs only the checks named by --checks', async () => {
    const all = parseFiles((await runCli(['check', SEED, '--format', 'json'])).stdout)[0]!.flags;
    const only = parseFiles((await runCli(['check', SEED, '--format', 'json', '--checks', 'garbled-word,boilerplate'])).stdout)[0]!.flags;
    expect(new Set(all.map((f) => f.check)).size).toBeGreaterThan(2);
    expect(only.length).toBeGreaterThan(0);
    expect(only).toEqual(all.filter((f) => f.check === 'garbled-word' || f.check === 'boilerplate'));
  });

  it('warns when it cannot tell the language and runs the language-independent checks', async () => {
    const { code, stdout, stderr } = await runCli(['check', tmp('numbers.txt'), '--format', 'json']);
    expect(code).toBe(0);
    expect(parseFiles(stdout)[0]!.lang).toBe('und');
    expect(stderr).toBe(`revisor: ${tmp('numbers.txt')}: cannot tell the language; only language-independent checks ran (use --lang)\n`);
    expect((await runCli(['check', tmp('numbers.txt'), '--lang', 'de'])).stderr).toBe('');
  });

  it('reads standard input for -', async () => {
    const text = await readFile(tmp('minor.txt'));
    const fromStdin = await runCli(['check', '-', '--format', 'json'], { stdin: [text.subarray(0, 10), text.subarray(10)] });
    const fromFile = parseFiles((await runCli(['check', tmp('minor.txt'), '--format', 'json'])).stdout)[0]!;
    expect(parseFiles(fromStdin.stdout)).toEqual([{ ...fromFile, path: '<stdin>' }]);
  });

  it('runs the source-aware checks with --source when the sentences pair one to one', async () => {
    const { code, stdout, stderr } = await runCli(['check', tmp('target.txt'), '--source', tmp('source.txt'), '--format', 'json']);
    const flags = parseFiles(stdout)[0]!.flags;
    expect(stderr).toBe('');
    expect(flags.some((f) => f.check === 'number-mismatch' && f.excerpt.includes('500'))).toBe(true);
    // Without the source, nobody can know 500 should be 300.
    const alone = parseFiles((await runCli(['check', tmp('target.txt'), '--format', 'json'])).stdout)[0]!.flags;
    expect(alone.some((f) => f.check === 'number-mismatch')).toBe(false);
    expect(code).toBe(1);
  });

  it('says on stderr that the sentences were aligned when their counts differ', async () => {
    const { code, stderr } = await runCli(['check', tmp('target-extra.txt'), '--source', tmp('source.txt'), '--source-lang', 'en']);
    expect(code).not.toBe(2);
    expect(stderr).toMatch(new RegExp(`^revisor: ${escape(tmp('target-extra.txt'))}: .*\\b2\\b.*\\b3\\b.*aligned.*\\n$`));
  });

  it.each([
    { name: '--progress', args: ['--progress'], tty: false, shown: true },
    { name: 'a terminal', args: [], tty: true, shown: true },
    { name: '--quiet on a terminal', args: ['--quiet'], tty: true, shown: false },
    { name: 'a pipe', args: [], tty: false, shown: false },
  ])('shows progress on stderr with $name: $shown', async ({ args, tty, shown }) => {
    const { stderr } = await runCli(['check', tmp('clean.txt'), tmp('minor.txt'), ...args], { isStderrTty: tty });
    const counts = parseFiles((await runCli(['check', tmp('clean.txt'), tmp('minor.txt'), '--format', 'json'])).stdout).map(
      (f) => `${f.flags.length} flag${f.flags.length === 1 ? '' : 's'}`,
    );
    const progress = `[1/2] ${tmp('clean.txt')} … ${counts[0]}\n[2/2] ${tmp('minor.txt')} … ${counts[1]}\n`;
    expect(stderr).toBe(shown ? progress : '');
  });

  it.each([[['check', '--help']], [['help', 'check']], [['check', SEED, '-h']]])('prints its help for %j', async (argv) => {
    const { code, stdout } = await runCli(argv);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: revisor check FILE\.\.\./);
    expect(stdout).toContain('--fail-on SEVERITY');
    expect(stdout).toMatch(/default: major/);
  });

  it('is listed in the global help', async () => {
    expect((await runCli(['--help'])).stdout).toMatch(/^ {2}check FILE\.\.\. +flag defects/m);
  });
});

describe('bin/revisor.js check', () => {
  it('sets the process exit code to 1 when a flag reaches --fail-on, in a real node process', async () => {
    const bin = join(ROOT, 'bin/revisor.js');
    const failure = await promisify(execFile)(process.execPath, [bin, 'check', tmp('minor.txt'), '--fail-on', 'minor'], { cwd: ROOT }).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1, stderr: '' });
    expect(failure?.stdout).toContain(`${tmp('minor.txt')}:1:`);
  }, 30_000);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
