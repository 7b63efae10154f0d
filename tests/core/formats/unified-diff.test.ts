// Unified diff of original vs corrected text: named files, only changed lines, and a patch that applies back.
import { applyPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { createDiffHunks, createUnifiedDiff } from '../../../src/core/formats/unified-diff.ts';

const names = { oldName: 'article.txt', newName: 'article.corrected.txt' };

describe('unified-diff', () => {
  const original = 'Titel\n\nDer erste Satz ist gut. Der zweite Satz ist schlect.\nDer dritte Absatz.\n';
  const corrected = 'Titel\n\nDer erste Satz ist gut. Der zweite Satz ist schlecht.\nDer dritte Absatz.\n';

  it('names both files and shows the changed line as removed and added', () => {
    const patch = createUnifiedDiff(original, corrected, names);
    expect(patch).toContain('--- article.txt');
    expect(patch).toContain('+++ article.corrected.txt');
    expect(patch).toContain('-Der erste Satz ist gut. Der zweite Satz ist schlect.');
    expect(patch).toContain('+Der erste Satz ist gut. Der zweite Satz ist schlecht.');
    expect(patch).not.toContain('-Der dritte Absatz.');
  });

  it('gives an empty string when nothing was corrected', () => {
    expect(createUnifiedDiff(original, original, names)).toBe('');
  });

  it.each([
    ['LF with final newline', original, corrected],
    ['CRLF', original.replaceAll('\n', '\r\n'), corrected.replaceAll('\n', '\r\n')],
    ['no final newline', 'Eins.\nZwei.', 'Eins.\nZwei!'],
    ['added lines', 'Eins.\n', 'Eins.\nZwei.\n'],
  ])('gives a patch that turns the original into the corrected text (%s)', (_name, before, after) => {
    expect(applyPatch(before, createUnifiedDiff(before, after, names))).toBe(after);
  });

  it('honours the context size in its hunks', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `Zeile ${i}.`);
    const changed = lines.map((line, i) => (i === 10 ? 'Geändert.' : line));
    const [hunk] = createDiffHunks(`${lines.join('\n')}\n`, `${changed.join('\n')}\n`, { ...names, context: 1 }).hunks;
    expect([hunk!.oldStart, hunk!.oldLines]).toEqual([10, 3]);
  });
});
