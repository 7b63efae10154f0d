// Tests for `revisor check --format mqm-tsv`: rows that parseMqmTsv reads back, the seed's defects as MQM errors, odd characters.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flagsToMqmRows } from '../../src/cli/format/mqm-tsv.ts';
import { checks, parseMqmTsv, segment, type Flag } from '../../src/core/index.ts';
import type { MqmTsvRow } from '../../src/core/formats/mqm-tsv.ts';
import { runCli } from './run-cli.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED = join(ROOT, 'samples/000_98b1f44858d35dbe.txt');
const HEADER = 'system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity\n';

const metaOf = (id: string) => checks.find((c) => c.meta.id === id)!.meta;
const capitalized = (severity: string) => severity[0]!.toUpperCase() + severity.slice(1);
/** The marked text of a row. */
const spanOf = (row: MqmTsvRow) => (row.span ? (row.span.side === 'target' ? row.target : row.source).slice(row.span.start, row.span.end) : null);

let dir: string;
const tmp = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'revisor-mqm-'));
  await writeFile(tmp('source.txt'), 'The company hired 300 workers in 2021.\nSales rose by 12 percent last year.\n');
  await writeFile(tmp('target.txt'), 'Das Unternehmen stellte 2021 500 Arbeiter ein.\nDer Umsatz stieg im vergangenen Jahr um 12 Prozent.\n');
  // A tab and a backslash inside a sentence, and a flag (the glued sentence) after them.
  await writeFile(tmp('odd\tname.txt'), 'Die Regierung\that am Montag C:\\neu beschlossen.Die Opposition kritisierte das.\n');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('revisor check --format mqm-tsv', () => {
  let rows: MqmTsvRow[];
  let stdout: string;
  let text: string;
  let flags: Flag[];

  beforeAll(async () => {
    const run = await runCli(['check', SEED, '--format', 'mqm-tsv']);
    expect(run.code).not.toBe(2);
    expect(run.stderr).toBe('');
    stdout = run.stdout;
    rows = parseMqmTsv(stdout);
    text = await readFile(SEED, 'utf8');
    flags = (JSON.parse((await runCli(['check', SEED, '--format', 'json'])).stdout) as { files: { flags: Flag[] }[] }).files[0]!.flags;
  }, 60_000);

  it('writes the WMT header and one row per flag or clean sentence, each sentence as its own segment', () => {
    expect(stdout.startsWith(HEADER)).toBe(true);
    const sentences = segment(text, 'de');
    const segIds = [...new Set(rows.map((r) => r.segId))];
    expect(segIds).toEqual(sentences.map((_, i) => String(i + 1)));
    for (const row of rows) {
      expect(row).toMatchObject({ system: 'revisor', doc: SEED, docId: '1', rater: 'revisor', source: '' });
      expect(row.target).toBe(sentences[Number(row.segId) - 1]!.text);
      if (row.category === 'No-error') expect(row).toMatchObject({ severity: 'No-error', span: null });
    }
  });

  it.each([
    { check: 'garbled-word', span: 'Rettungsleinem' },
    { check: 'missing-space', span: ')' },
    { check: 'untranslated', span: 'Kremlin Pool Photo via AP' },
    { check: 'repeated-phrase', span: 'die Welt erschrecken' },
    { check: 'boilerplate', span: 'bbabo.Net' },
  ])('marks “$span” with the MQM category of $check and the severity of its flag', ({ check, span }) => {
    const flag = flags.find((f) => f.check === check && text.slice(f.start, f.end) === span);
    expect(flag).toBeDefined();
    const { mqm } = metaOf(check);
    const found = rows.filter((r) => r.category === mqm && r.severity === capitalized(flag!.severity) && spanOf(r) === span);
    expect(found, JSON.stringify(rows.filter((r) => r.span).map((r) => [r.category, spanOf(r)]))).toHaveLength(1);
  });

  it('marks the whole teaser sentence as a near-duplicate', () => {
    const { mqm } = metaOf('near-duplicate-sentence');
    const teaser = rows.find((r) => r.segId === '1' && r.category === mqm);
    expect(teaser?.span).toEqual({ side: 'target', start: 0, end: teaser!.target.length });
  });

  it('has as many error rows as the JSON report has flags', () => {
    expect(rows.filter((r) => r.category !== 'No-error')).toHaveLength(flags.length);
  });

  it('fills the source column with the paired source sentence and the system column from --system', async () => {
    const run = await runCli(['check', tmp('target.txt'), '--source', tmp('source.txt'), '--format', 'mqm-tsv', '--system', 'Online-B']);
    const parsed = parseMqmTsv(run.stdout);
    expect(parsed.map((r) => [r.system, r.segId, r.source, r.category])).toEqual([
      ['Online-B', '1', 'The company hired 300 workers in 2021.', metaOf('number-mismatch').mqm],
      ['Online-B', '2', 'Sales rose by 12 percent last year.', 'No-error'],
    ]);
    expect(spanOf(parsed[0]!)).toBe('500');
    expect(run.code).toBe(1);
  }, 60_000);

  it('keeps tabs, backslashes and odd file names inside their fields', async () => {
    const path = tmp('odd\tname.txt');
    const run = await runCli(['check', path, '--format', 'mqm-tsv', '--lang', 'de']);
    const lines = run.stdout.trimEnd().split('\n');
    for (const line of lines) expect(line.split('\t')).toHaveLength(9);
    const parsed = parseMqmTsv(run.stdout);
    const sentences = segment(await readFile(path, 'utf8'), 'de');
    expect(parsed.map((r) => r.target)).toEqual(expect.arrayContaining(sentences.map((s) => s.text)));
    expect(parsed.every((r) => r.doc === path)).toBe(true);
    expect(parsed.map(spanOf)).toContain('.');
  }, 60_000);

  it('prints one header for several files, each with its position as doc_id, the same with --jobs 2', async () => {
    const argv = ['check', tmp('target.txt'), tmp('missing.txt'), SEED, '--format', 'mqm-tsv'];
    const one = await runCli([...argv, '--jobs', '1']);
    const two = await runCli([...argv, '--jobs', '2']);
    expect(two).toEqual(one);
    expect(two.code).toBe(2);
    expect(two.stdout.split(HEADER)).toHaveLength(2);
    const docs = [...new Set(parseMqmTsv(two.stdout).map((r) => `${r.docId} ${r.doc}`))];
    expect(docs).toEqual([`1 ${tmp('target.txt')}`, `3 ${SEED}`]);
  }, 120_000);

  it('prints the header alone when no file could be read', async () => {
    expect(await runCli(['check', tmp('missing.txt'), '--format', 'mqm-tsv'])).toMatchObject({ code: 2, stdout: HEADER });
  });

  it('refuses --system without --format mqm-tsv', async () => {
    expect(await runCli(['check', SEED, '--system', 'x'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'revisor: check: --system needs --format mqm-tsv\n',
    });
  });
});

describe('flagsToMqmRows', () => {
  const text = 'Erster Satz hier. Zweiter Satz.';
  const sentences = segment(text, 'de');
  const flag = (start: number, end: number): Flag => ({
    id: `f${start}`,
    check: 'repeated-phrase',
    start,
    end,
    category: 'Accuracy/Addition',
    severity: 'major',
    messageId: 'repeated',
    data: {},
    suggestions: [],
  });
  const meta = { system: 's', doc: 'd', docId: '1' };

  it('cuts a flag that runs into the next sentence at the end of its own', () => {
    const [row] = flagsToMqmRows([flag(7, 25)], sentences, undefined, meta).filter((r) => r.span);
    expect(row).toMatchObject({ segId: '1', severity: 'Major', span: { side: 'target', start: 7, end: sentences[0]!.text.length } });
  });

  it('gives a flag in the gap between sentences to the sentence before, as an empty span at its end', () => {
    const gap = sentences[0]!.end;
    const [row] = flagsToMqmRows([flag(gap, gap + 1)], sentences, undefined, meta).filter((r) => r.span);
    expect(row).toMatchObject({ segId: '1', span: { start: sentences[0]!.text.length, end: sentences[0]!.text.length } });
  });

  it('writes nothing for a text without sentences', () => {
    expect(flagsToMqmRows([], [], undefined, meta)).toEqual([]);
  });
});
