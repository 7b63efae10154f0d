// Human-readable output of `revisor check`: one line per flag, grouped per file, and a summary line.
import type { Severity } from '../../core/index.ts';
import type { CheckedFile } from './report.ts';

const SEVERITIES: readonly Severity[] = ['critical', 'major', 'minor'];

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** What the summary line counts, gathered file by file so the reports need not be kept. */
export interface TextTally {
  files: number;
  flags: Record<Severity, number>;
  /** Files that could not be read. */
  unreadable: number;
  /** Files that were read but whose check failed as a whole (a crashed worker). */
  failed: number;
}

export function createTextTally(): TextTally {
  return { files: 0, flags: { critical: 0, major: 0, minor: 0 }, unreadable: 0, failed: 0 };
}

export function addToTally(tally: TextTally, { report }: CheckedFile): void {
  tally.files += 1;
  for (const flag of report.flags) tally.flags[flag.severity] += 1;
}

/** The block of one file: a header line, then one line per flag; ends with a line break. */
export function formatTextFile({ report }: CheckedFile): string {
  const { path, lang, stats, flags } = report;
  const header = `${path} (${lang}, ${plural(stats.words, 'word')}, ${plural(stats.sentences, 'sentence')}): ${
    flags.length === 0 ? 'no flags' : plural(flags.length, 'flag')
  }`;
  // Columns padded per file, so flags line up without one long path widening another file's lines.
  const locations = flags.map((flag) => `${path}:${flag.line}:${flag.column}`);
  const locationWidth = Math.max(0, ...locations.map((l) => l.length));
  const checkWidth = Math.max(0, ...flags.map((flag) => flag.check.length));
  const lines = flags.map(
    (flag, i) =>
      `${locations[i]!.padEnd(locationWidth)}  ${flag.severity.padEnd(8)}  ${flag.check.padEnd(checkWidth)}  ${flag.message}  «${flag.excerpt}»`,
  );
  return [header, ...lines].join('\n') + '\n';
}

/** The last line of the text report. */
export function formatTextSummary(tally: TextTally): string {
  const total = SEVERITIES.reduce((n, severity) => n + tally.flags[severity], 0);
  const bySeverity = SEVERITIES.filter((severity) => tally.flags[severity] > 0)
    .map((severity) => `${tally.flags[severity]} ${severity}`)
    .join(', ');
  const unreadable = tally.unreadable > 0 ? `; ${plural(tally.unreadable, 'file')} not readable` : '';
  const failed = tally.failed > 0 ? `; ${plural(tally.failed, 'file')} not checked` : '';
  return `${plural(total, 'flag')}${bySeverity ? ` (${bySeverity})` : ''} in ${plural(tally.files, 'file')}${unreadable}${failed}\n`;
}
