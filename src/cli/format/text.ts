// Human-readable output of `revisor check`: one line per flag, grouped per file, and a summary line.
import type { Severity } from '../../core/index.ts';
import type { CheckedFile } from './report.ts';

const SEVERITIES: readonly Severity[] = ['critical', 'major', 'minor'];

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function countBySeverity(files: readonly CheckedFile[]): string {
  const counts = SEVERITIES.map(
    (severity) => [severity, files.reduce((n, f) => n + f.report.flags.filter((flag) => flag.severity === severity).length, 0)] as const,
  );
  return counts
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => `${n} ${severity}`)
    .join(', ');
}

function formatFile({ report }: CheckedFile): string {
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

/** The whole text report; `unreadable` counts the files that could not be checked. */
export function formatText(files: readonly CheckedFile[], unreadable = 0): string {
  const total = files.reduce((n, f) => n + f.report.flags.length, 0);
  const bySeverity = countBySeverity(files);
  const skipped = unreadable > 0 ? `; ${plural(unreadable, 'file')} not readable` : '';
  const summary = `${plural(total, 'flag')}${bySeverity ? ` (${bySeverity})` : ''} in ${plural(files.length, 'file')}${skipped}\n`;
  return [...files.map(formatFile), summary].join('\n');
}
