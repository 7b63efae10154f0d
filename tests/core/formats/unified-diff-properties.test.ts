// Properties of the unified diff export: for any article and correction the patch applies back with jsdiff, and its hunks add up.
import { applyPatch, parsePatch } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDiffHunks, createUnifiedDiff } from '../../../src/core/formats/unified-diff.ts';

const names = { oldName: 'article.txt', newName: 'article.corrected.txt' };

// Lines of an article, with the awkward ones: empty, blank, trailing spaces, lines that look like diff syntax.
const line = fc.oneof(
  fc.constantFrom('', ' ', 'Der Kreml sagte am Montag.', 'Moskau und Peking.', '--- a', '+++ b', '@@ -1 +1 @@', '\\ No newline', '-x', '+y', ' z', '„Ja“, sagte er.', '\t'),
  fc.string({ unit: 'grapheme', maxLength: 12 }).filter((s) => !/[\r\n\u2028\u2029]/.test(s)),
);

/** An article and its correction: the same lines with some edited, dropped or added, and its own line ends. */
const pair = fc
  .tuple(
    fc.array(line, { maxLength: 12 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('edit', 'drop', 'add'), line), { maxLength: 5 }),
    fc.constantFrom('\n', '\r\n', 'mixed'),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([lines, changes, end, finalBreak, correctedFinalBreak]) => {
    const corrected = [...lines];
    for (const [at, kind, text] of changes) {
      const i = corrected.length ? at % corrected.length : 0;
      if (kind === 'edit' && corrected.length) corrected[i] = text;
      else if (kind === 'drop') corrected.splice(i, 1);
      else corrected.splice(i, 0, text);
    }
    // 'mixed': a pasted article whose lines end in LF, CRLF or a lone CR, by line.
    const endOf = (text: string) => (end !== 'mixed' ? end : ['\n', '\r\n', '\r'][text.length % 3]!);
    const join = (ls: string[], final: boolean) => ls.map((l, i) => (i < ls.length - 1 || final ? l + endOf(l) : l)).join('');
    return { original: join(lines, finalBreak), corrected: join(corrected, correctedFinalBreak) };
  });

describe('createUnifiedDiff', () => {
  it('gives a patch that turns the original into the corrected text, or nothing when they are equal', () => {
    fc.assert(
      fc.property(pair, fc.integer({ min: 0, max: 5 }), ({ original, corrected }, context) => {
        const patch = createUnifiedDiff(original, corrected, { ...names, context });
        if (original === corrected) {
          expect(patch).toBe('');
          return;
        }
        expect(patch.startsWith('===')).toBe(true);
        // Applied as patch(1) does: jsdiff would otherwise take a patch whose changed lines all end in CR (a lone
        // CR added at the end, context 0) for a Windows patch and strip the CR it adds.
        expect(applyPatch(original, patch, { autoConvertLineEndings: false })).toBe(corrected);
        const [parsed] = parsePatch(patch);
        expect([parsed?.oldFileName, parsed?.newFileName]).toEqual([names.oldName, names.newName]);
      }),
      { numRuns: 300 },
    );
  });

  it('gives hunks whose line counts match their lines and which apply in order', () => {
    fc.assert(
      fc.property(pair, ({ original, corrected }) => {
        const { hunks } = createDiffHunks(original, corrected, names);
        let lastEnd = 0;
        for (const hunk of hunks) {
          const counted = (mark: string) => hunk.lines.filter((l) => l[0] === mark || l[0] === ' ').length;
          expect([counted('-'), counted('+')]).toEqual([hunk.oldLines, hunk.newLines]);
          expect(hunk.oldStart).toBeGreaterThanOrEqual(lastEnd);
          lastEnd = hunk.oldStart + hunk.oldLines;
        }
        expect(hunks.length === 0).toBe(original === corrected);
        expect(applyPatch(original, createDiffHunks(original, corrected, names), { autoConvertLineEndings: false })).toBe(corrected);
      }),
      { numRuns: 200 },
    );
  });
});
