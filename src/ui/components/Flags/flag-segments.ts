// Splits a sentence at every flag boundary, so overlapping flags render as runs of text that each know all flags covering them.
import type { Flag, Severity } from '../../../core/index.ts';

export interface TextSegment {
  start: number;
  end: number;
  /** Flags covering the whole segment; an empty segment (start = end) holds flags with no width of their own. */
  flags: Flag[];
}

const SEVERITY_RANK: Record<Severity, number> = { minor: 1, major: 2, critical: 3 };

export function topSeverity(flags: readonly Flag[]): Severity {
  let top: Severity = 'minor';
  for (const flag of flags) if (SEVERITY_RANK[flag.severity] > SEVERITY_RANK[top]) top = flag.severity;
  return top;
}

/** Segments of [start, end) in order; flags are clipped to it, and one that misses it entirely is pinned to its end. */
export function splitIntoSegments(start: number, end: number, flags: readonly Flag[]): TextSegment[] {
  const clipped = flags.map((flag) => {
    const from = Math.min(Math.max(flag.start, start), end);
    const to = Math.min(Math.max(flag.end, start), end);
    return { flag, from, to };
  });
  const boundaries = new Set<number>([start, end]);
  for (const { from, to } of clipped) {
    boundaries.add(from);
    boundaries.add(to);
  }
  const points = [...boundaries].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i < points.length; i++) {
    const at = points[i]!;
    const empty = clipped.filter(({ from, to }) => from === at && to === at).map(({ flag }) => flag);
    if (empty.length) segments.push({ start: at, end: at, flags: empty });
    const next = points[i + 1];
    if (next === undefined) break;
    const covering = clipped.filter(({ from, to }) => from <= at && to >= next && from < to).map(({ flag }) => flag);
    segments.push({ start: at, end: next, flags: covering });
  }
  return segments;
}
