// `revisor export`: a saved project or any openable file into every deliverable, with clear errors for bad input.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReview, parseMqmTsv, parseProject, parseXliff, partsToText, serializeProject } from '../../src/core/index.ts';
import { runCli } from './run-cli.ts';

const root = process.cwd();
const XLIFF = join(root, 'tests/fixtures/xliff/memoq-plain.xlf');
const PAIR_DE = join(root, 'samples/bilingual/dailymail.co.uk.365204.de.txt');
const PAIR_EN = join(root, 'samples/bilingual/dailymail.co.uk.365204.en.txt');
const SEED = join(root, 'samples/000_98b1f44858d35dbe.txt');

function projectFile(): string {
  const review = createReview();
  review.edits[1] = 'The package contains  measures.';
  review.annotations.push({
    id: 'a1', sentence: 1, start: 12, end: 20, quote: 'contains', category: 'Accuracy/Mistranslation', severity: 'minor',
    comment: '<b>check</b>', correction: '', origin: { kind: 'manual' }, stale: false, createdAt: '', updatedAt: '',
  });
  const dir = mkdtempSync(join(tmpdir(), 'revisor-export-'));
  const path = join(dir, 'moskau.review.json');
  writeFileSync(path, serializeProject({
    title: 'moskau.xlf', lang: 'en', file: { format: 'xliff-1.2', name: 'moskau.xlf', original: readFileSync(XLIFF, 'utf8') },
    review, exportedAt: '',
  }));
  return path;
}

describe('revisor export', () => {
  it('writes a project back into its XLIFF with the correction, tags kept and the annotation as a note', async () => {
    const run = await runCli(['export', projectFile()]);
    expect(run.code).toBe(0);
    const segments = parseXliff(run.stdout).segments;
    expect(partsToText(segments[1]!.target!)).toBe('The package contains  measures.');
    expect(segments[1]!.target!.some((part) => part.type === 'tag')).toBe(true);
    expect(run.stdout).toContain('MQM Accuracy/Mistranslation (minor): “contains” — &lt;b&gt;check&lt;/b&gt;');
  });

  it('writes MQM TSV, a diff, an HTML report and the project itself from a project', async () => {
    const path = projectFile();
    const mqm = parseMqmTsv((await runCli(['export', path, '--format', 'mqm-tsv'])).stdout);
    expect(mqm.find((row) => row.span)).toMatchObject({ source: 'Das Paket umfasst  Maßnahmen.', category: 'Accuracy/Mistranslation' });
    expect((await runCli(['export', path, '--format', 'diff'])).stdout).toContain('+The package contains  measures.');
    const html = (await runCli(['export', path, '--format', 'html'])).stdout;
    expect(html).toContain('&lt;b&gt;check&lt;/b&gt;');
    expect(html).not.toContain('<b>check');
    const again = parseProject((await runCli(['export', path, '--format', 'project'])).stdout);
    expect(again.review.edits).toEqual({ 1: 'The package contains  measures.' });
  });

  it('aligns two texts into a new XLIFF and records the checks as annotations with --flags', async () => {
    const xliff = await runCli(['export', PAIR_DE, '--source', PAIR_EN, '--format', 'xliff']);
    expect(xliff.code).toBe(0);
    const parsed = parseXliff(xliff.stdout);
    expect(parsed).toMatchObject({ sourceLang: 'en', targetLang: 'de' });
    expect(parsed.segments.length).toBeGreaterThan(10);
    const seed = await runCli(['export', SEED, '--flags', '--format', 'mqm-tsv']);
    const rows = parseMqmTsv(seed.stdout).filter((row) => row.span);
    expect(rows.map((row) => row.target.slice(row.span!.start, row.span!.end))).toEqual(expect.arrayContaining(['Rettungsleinem']));
  });

  it('writes to --output and refuses bad input with exit 2 and a one-line reason', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'revisor-export-')), 'out.xlf');
    expect((await runCli(['export', projectFile(), '-o', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('</ept> contains <ph id="2">');
    const hostile = await runCli(['export', join(root, 'tests/fixtures/xliff/hostile-xxe.xlf')]);
    expect(hostile).toMatchObject({ code: 2, stdout: '' });
    expect(hostile.stderr).toMatch(/Entity declarations are not allowed.*line 3/u);
    expect((await runCli(['export', SEED, '--format', 'xliff'])).stderr).toMatch(/XLIFF needs a source/u);
    expect((await runCli(['export', SEED, '--format', 'pdf'])).stderr).toMatch(/unknown format 'pdf'/u);
  });
});
