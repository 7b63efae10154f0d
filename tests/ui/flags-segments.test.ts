// Splitting sentence text at flag boundaries and assigning flags to sentences: overlaps, nesting, empty and cross-sentence flags.
import { describe, expect, it } from 'vitest';
import type { Flag, Sentence } from '../../src/core/index.ts';
import { findTouchedSentences } from '../../src/store/slices/analysis/selectors.ts';
import { splitIntoSegments, topSeverity } from '../../src/ui/components/Flags/flag-segments.ts';

function flag(id: string, start: number, end: number, severity: Flag['severity'] = 'minor'): Flag {
  return { id, check: 'x', start, end, category: 'Fluency', severity, messageId: 'm', data: {}, suggestions: [] };
}

const show = (segments: ReturnType<typeof splitIntoSegments>) =>
  segments.map((s) => `${s.start}-${s.end}:${s.flags.map((f) => f.id).join('+')}`);

describe('splitIntoSegments', () => {
  it.each([
    { name: 'no flags', flags: [], expected: ['0-10:'] },
    { name: 'one flag inside', flags: [flag('a', 2, 5)], expected: ['0-2:', '2-5:a', '5-10:'] },
    { name: 'overlapping flags', flags: [flag('a', 2, 6), flag('b', 4, 8)], expected: ['0-2:', '2-4:a', '4-6:a+b', '6-8:b', '8-10:'] },
    { name: 'a flag nested in another', flags: [flag('a', 1, 9), flag('b', 3, 4)], expected: ['0-1:', '1-3:a', '3-4:a+b', '4-9:a', '9-10:'] },
    { name: 'two flags on the same span', flags: [flag('a', 0, 10), flag('b', 0, 10)], expected: ['0-10:a+b'] },
    { name: 'a flag running past both ends', flags: [flag('a', -5, 20)], expected: ['0-10:a'] },
    { name: 'an empty flag', flags: [flag('a', 4, 4)], expected: ['0-4:', '4-4:a', '4-10:'] },
    { name: 'a flag outside the sentence', flags: [flag('a', 12, 14)], expected: ['0-10:', '10-10:a'] },
  ])('gives segments that cover the text exactly once with $name', ({ flags, expected }) => {
    const segments = splitIntoSegments(0, 10, flags);
    expect(show(segments)).toEqual(expected);
  });
});

describe('topSeverity', () => {
  it('picks the most severe flag of a run', () => {
    expect(topSeverity([flag('a', 0, 1), flag('b', 0, 1, 'critical'), flag('c', 0, 1, 'major')])).toBe('critical');
  });
});

describe('findTouchedSentences', () => {
  // "Aaaa. Bbbb.Cccc." : sentences [0,5) [6,11) [11,16)
  const sentences: Sentence[] = [
    { start: 0, end: 5, text: 'Aaaa.', index: 0, paragraph: 0 },
    { start: 6, end: 11, text: 'Bbbb.', index: 1, paragraph: 0 },
    { start: 11, end: 16, text: 'Cccc.', index: 2, paragraph: 0 },
  ];
  it.each([
    { range: [1, 3], expected: [0] },
    { range: [10, 12], expected: [1, 2], name: 'a missing space across two sentences' },
    { range: [0, 16], expected: [0, 1, 2] },
    { range: [5, 6], expected: [0], name: 'the space between sentences' },
    { range: [11, 11], expected: [2] },
    { range: [16, 16], expected: [2] },
  ])('finds $expected for [$range]', ({ range, expected }) => {
    expect(findTouchedSentences(sentences, range[0]!, range[1]!)).toEqual(expected);
  });
});
