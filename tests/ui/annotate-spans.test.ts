// annotate-spans: word-wise caret and selection steps, overlap segments, grouping by sentence.
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/core/review/types.ts';
import {
  groupAnnotationsBySentence,
  moveSelection,
  spanOfSelection,
  splitAnnotationSegments,
  type MoveOptions,
  type SelectionMove,
} from '../../src/ui/components/Annotate/annotate-spans.ts';
import { annotationAt } from '../core/review/helpers.ts';

const TEXT = 'Er sagte „Hallo  Welt“ und   ging.';
const at = (word: string) => TEXT.indexOf(word);
const after = (word: string) => TEXT.indexOf(word) + word.length;

function annotation(id: string, sentence: number, start: number, end: number): Annotation {
  return annotationAt('', start, end, { id, sentence, severity: 'minor' });
}

describe('moveSelection', () => {
  const cases: { name: string; from: [number, number]; move: SelectionMove; options: MoveOptions; to: [number, number] }[] = [
    { name: 'caret right goes to the next word start past quotes', from: [at('sagte'), at('sagte')], move: 'right', options: { extend: false }, to: [at('Hallo'), at('Hallo')] },
    { name: 'caret left goes to the previous word start', from: [at('Welt'), at('Welt')], move: 'left', options: { extend: false }, to: [at('Hallo'), at('Hallo')] },
    { name: 'caret right past the last word goes to the end', from: [at('ging'), at('ging')], move: 'right', options: { extend: false }, to: [TEXT.length, TEXT.length] },
    { name: 'extending right stops at word ends, across double spaces', from: [at('Hallo'), after('Hallo')], move: 'right', options: { extend: true }, to: [at('Hallo'), after('Welt')] },
    { name: 'shrinking from the right stops at word ends', from: [at('Hallo'), after('Welt')], move: 'left', options: { extend: true }, to: [at('Hallo'), after('Hallo')] },
    { name: 'shrinking never crosses the anchor', from: [at('Hallo'), after('Hallo')], move: 'left', options: { extend: true }, to: [at('Hallo'), at('Hallo')] },
    { name: 'extending left stops at word starts', from: [after('Welt'), at('Welt')], move: 'left', options: { extend: true }, to: [after('Welt'), at('Hallo')] },
    { name: 'shrinking from the left stops at the anchor', from: [after('Hallo'), at('Hallo')], move: 'right', options: { extend: true }, to: [after('Hallo'), after('Hallo')] },
    { name: 'a character step takes the closing quote', from: [at('Hallo'), after('Welt')], move: 'right', options: { extend: true, byCharacter: true }, to: [at('Hallo'), after('Welt') + 1] },
    { name: 'Shift+Home selects to the start', from: [at('und'), at('und')], move: 'home', options: { extend: true }, to: [at('und'), 0] },
    { name: 'End moves the caret to the end', from: [3, 3], move: 'end', options: { extend: false }, to: [TEXT.length, TEXT.length] },
  ];
  it.each(cases)('$name', ({ from, move, options, to }) => {
    const next = moveSelection(TEXT, { anchor: from[0], focus: from[1] }, move, options);
    expect([next.anchor, next.focus]).toEqual(to);
  });

  it('selects "Hallo  Welt" with two word steps from the word start', () => {
    let selection = { anchor: at('Hallo'), focus: at('Hallo') };
    selection = moveSelection(TEXT, selection, 'right', { extend: true });
    selection = moveSelection(TEXT, selection, 'right', { extend: true });
    const { start, end } = spanOfSelection(selection);
    expect(TEXT.slice(start, end)).toBe('Hallo  Welt');
  });
});

describe('splitAnnotationSegments', () => {
  it('cuts overlapping annotations into runs that know every annotation covering them', () => {
    const a = annotation('a', 0, 0, 10);
    const b = annotation('b', 0, 5, 15);
    const segments = splitAnnotationSegments(20, [a, b], null);
    expect(segments.map((s) => [s.start, s.end, s.annotations.map((x) => x.id).join('')])).toEqual([
      [0, 5, 'a'],
      [5, 10, 'ab'],
      [10, 15, 'b'],
      [15, 20, ''],
    ]);
  });

  it('keeps insertion points as empty segments and marks the selected runs', () => {
    const segments = splitAnnotationSegments(10, [annotation('p', 0, 4, 4)], { start: 2, end: 6 });
    expect(segments.map((s) => [s.start, s.end, s.annotations.length, s.isSelected])).toEqual([
      [0, 2, 0, false],
      [2, 4, 0, true],
      [4, 4, 1, false],
      [4, 6, 0, true],
      [6, 10, 0, false],
    ]);
  });
});

describe('groupAnnotationsBySentence', () => {
  it('orders sentences and annotations within them by position', () => {
    const groups = groupAnnotationsBySentence([
      annotation('c', 3, 5, 6),
      annotation('a', 1, 9, 12),
      annotation('b', 3, 0, 2),
      annotation('d', 1, 2, 4),
    ]);
    expect(groups.map(([sentence, list]) => [sentence, list.map((a) => a.id)])).toEqual([
      [1, ['d', 'a']],
      [3, ['b', 'c']],
    ]);
  });
});
