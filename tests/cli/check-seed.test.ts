// The worked example of DESIGN.md through `revisor check --format json`: each defect flagged by its check, the traps left alone.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { segment } from '../../src/core/index.ts';
import type { FileReport, ReportFlag } from '../../src/cli/format/report.ts';
import { runCli } from './run-cli.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED = join(ROOT, 'samples/000_98b1f44858d35dbe.txt');

interface Range {
  start: number;
  end: number;
}

let text: string;
let flags: ReportFlag[];
let sentences: Range[];

/** Every occurrence of `needle` in the seed. */
function occurrences(needle: string): Range[] {
  const found: Range[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push({ start: i, end: i + needle.length });
  return found;
}

/** The nth occurrence (0-based), failing loudly if the seed changed. */
function occurrence(needle: string, nth = 0): Range {
  const range = occurrences(needle)[nth];
  if (!range) throw new Error(`“${needle}” #${nth} is not in the seed`);
  return range;
}

/** Overlap of [start, end) ranges; an empty flag counts when it sits inside or at the edge of the range. */
function overlaps(flag: Range, range: Range): boolean {
  if (flag.start === flag.end) return flag.start >= range.start && flag.start <= range.end;
  return flag.start < range.end && flag.end > range.start;
}

// A flag over a whole sentence (the teaser's near-duplicate) judges the sentence, not a name inside it.
const coversSentence = (flag: Range) => sentences.some((s) => flag.start <= s.start && flag.end >= s.end);

beforeAll(async () => {
  text = await readFile(SEED, 'utf8');
  sentences = segment(text, 'de');
  const { code, stdout, stderr } = await runCli(['check', SEED, '--format', 'json']);
  // 0 or 1 depending on severities; 2 would mean the seed could not be read or the usage is wrong.
  expect(code).not.toBe(2);
  expect(stderr).toBe('');
  const files = (JSON.parse(stdout) as { files: FileReport[] }).files;
  expect(files).toHaveLength(1);
  expect(files[0]!.lang).toBe('de');
  flags = files[0]!.flags;
}, 60_000);

describe('revisor check on the worked example', () => {
  it('flags the teaser on line 1 as a near-duplicate sentence', () => {
    const teaser = flags.filter((f) => f.check === 'near-duplicate-sentence' && f.line === 1);
    expect(teaser, JSON.stringify(flags.map((f) => [f.check, f.line, f.excerpt]))).not.toHaveLength(0);
  });

  it.each([
    { defect: 'garbled merge', check: 'garbled-word', span: 'Rettungsleinem', nth: 0 },
    { defect: 'caption glued to the next sentence', check: 'missing-space', span: ')Moskau', nth: 0 },
    { defect: 'untranslated photo credit', check: 'untranslated', span: 'Kremlin Pool Photo via AP', nth: 0 },
    { defect: 'duplicated phrase', check: 'repeated-phrase', span: 'die Welt erschrecken', nth: 1 },
    { defect: 'site footer', check: 'boilerplate', span: 'bbabo.Net', nth: 0 },
  ])('flags the $defect “$span” with $check', ({ check, span, nth }) => {
    const range = occurrence(span, nth);
    const byCheck = flags.filter((f) => f.check === check);
    expect(
      byCheck.some((f) => overlaps(f, range)),
      `${check} flags: ${JSON.stringify(byCheck.map((f) => [f.start, f.end, f.excerpt]))}; wanted ${range.start}–${range.end}`,
    ).toBe(true);
  });

  it.each([
    'die die Welt',
    'Osterweiterung',
    'Chefdiplomat',
    'Sicherheitsberater',
    'Xi Jinping',
    'Jake Sullivan',
    'Yang Jiechi',
    'Alexei Druzhinin',
    '„',
    '“',
    'Staats- und Regierungschefs',
    '4. Februar 2022',
  ])('leaves every “%s” unflagged', (span) => {
    const ranges = occurrences(span);
    expect(ranges.length).toBeGreaterThan(0);
    const offending = flags.filter((f) => !coversSentence(f) && ranges.some((r) => overlaps(f, r)));
    expect(offending.map((f) => `${f.check} ${f.line}:${f.column} «${f.excerpt}»`)).toEqual([]);
  });

  it('writes flags whose offsets slice the decoded text and whose line and column point at their start', () => {
    const lines = text.split('\n');
    for (const flag of flags) {
      expect(lines[flag.line - 1]!.slice(flag.column - 1)).toBe(text.slice(flag.start).split('\n')[0]);
      expect(flag.end).toBeGreaterThanOrEqual(flag.start);
      expect(flag.message).not.toMatch(/\{\{|^[\w-]+\.\w+$/);
    }
  });
});
