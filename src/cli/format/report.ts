// The per-file result every output format renders: flags with positions, excerpts and English messages.
import type { AnalysisResult, Flag, Severity, TextEncodingName } from '../../core/index.ts';
import { formatMessage } from '../messages.ts';

/** A flag as the JSON output prints it: the core's Flag plus where it is and what it says. */
export interface ReportFlag extends Flag {
  /** 1-based line of `start`. */
  line: number;
  /** 1-based column of `start`, in UTF-16 code units like the offsets. */
  column: number;
  /** The flagged text on one line, shortened. */
  excerpt: string;
  message: string;
}

/** One file of the JSON output, exactly as DESIGN.md specifies it. */
export interface FileReport {
  path: string;
  lang: string;
  stats: { words: number; sentences: number };
  flags: ReportFlag[];
}

/** A checked file with what the formats need beyond the JSON fields. */
export interface CheckedFile {
  report: FileReport;
  encoding: TextEncodingName;
  lines: LineIndex;
}

/** Something the run wants the reader to know besides flags: an unreadable file, a failed check, a pairing note. */
export interface Notice {
  level: 'error' | 'warning' | 'note';
  message: string;
  /** The file it concerns, as given on the command line. */
  path?: string;
  /** The check it concerns. */
  check?: string;
}

export const SEVERITY_RANK: Record<Severity, number> = { minor: 1, major: 2, critical: 3 };

const EXCERPT_MAX = 60;
const CONTEXT_CHARS = 12;
const SHORT_SPAN = 3;

/** Offsets of line starts, so positions cost a binary search instead of a scan from the top per flag. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    // Same breaks as the core's lineAndColumn: LF, CRLF (one break), and a lone CR.
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  /** 1-based line and column of a document offset. */
  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }
}

/**
 * The flagged text with whitespace collapsed. A span too short to recognise (")" of ")Moskau") comes with
 * its surroundings, and an empty one with ‸ at the spot.
 */
export function excerptOf(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const after = text.slice(end, end + CONTEXT_CHARS);
  const raw =
    start === end
      ? `${before}‸${after}`
      : end - start < SHORT_SPAN
        ? `${before}${text.slice(start, end)}${after}`
        : text.slice(start, end);
  const flat = raw.replace(/\s+/g, ' ');
  if (flat.length <= EXCERPT_MAX) return flat;
  // Cut at a code point boundary so the excerpt never ends in half a surrogate pair.
  return `${Array.from(flat).slice(0, EXCERPT_MAX - 1).join('').trimEnd()}…`;
}

/** Turn one analysis into the report of `path`. */
export function buildFileReport(path: string, text: string, lang: string, result: AnalysisResult, encoding: TextEncodingName): CheckedFile {
  const lines = new LineIndex(text);
  const flags = result.flags.map(
    (flag): ReportFlag => ({
      ...flag,
      ...lines.position(flag.start),
      excerpt: excerptOf(text, flag.start, flag.end),
      message: formatMessage(flag.check, flag.messageId, flag.data),
    }),
  );
  return { report: { path, lang, stats: result.stats, flags }, encoding, lines };
}

/** Whether any flag of these files is at least as severe as `threshold`. */
export function hasFlagAtOrAbove(files: readonly CheckedFile[], threshold: Severity): boolean {
  const rank = SEVERITY_RANK[threshold];
  return files.some((file) => file.report.flags.some((flag) => SEVERITY_RANK[flag.severity] >= rank));
}
