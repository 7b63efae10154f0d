// A unified diff of the original article against its corrected text, for handing back as a patch.
import { createTwoFilesPatch, structuredPatch, type StructuredPatch } from 'diff';

export interface UnifiedDiffOptions {
  /** Names in the ---/+++ lines, e.g. "article.txt" and "article.corrected.txt". */
  oldName: string;
  newName: string;
  /** Lines of context around each change; 3 as in `diff -u`. */
  context?: number;
}

/** The patch text; an empty string when nothing changed, so callers can say "no corrections" instead. */
export function createUnifiedDiff(original: string, corrected: string, options: UnifiedDiffOptions): string {
  if (original === corrected) return '';
  return createTwoFilesPatch(options.oldName, options.newName, original, corrected, undefined, undefined, {
    context: options.context ?? 3,
  });
}

/** The same diff as hunks, for showing changes without parsing patch text. */
export function createDiffHunks(original: string, corrected: string, options: UnifiedDiffOptions): StructuredPatch {
  return structuredPatch(options.oldName, options.newName, original, corrected, undefined, undefined, {
    context: options.context ?? 3,
  });
}
