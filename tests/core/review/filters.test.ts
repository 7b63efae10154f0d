// Review filters: which flags, annotations and sentences each restriction lets through, and the facet counts.
import { describe, expect, it } from 'vitest';
import {
  emptyReviewFilter,
  facetCounts,
  filterAnnotations,
  filterFlags,
  filterSentences,
  isFilterEmpty,
  toggleFilterValue,
  type FilterableAnnotation,
  type FilterableFlag,
  type ReviewFilter,
} from '../../../src/core/review/filters.ts';
import type { SentenceStatus } from '../../../src/core/review/selectors.ts';
import type { FlagDecision } from '../../../src/core/review/types.ts';

const FLAGS: FilterableFlag[] = [
  { id: 'f1', check: 'garbled-word', category: 'Fluency/Spelling', severity: 'major', sentence: 0 },
  { id: 'f2', check: 'missing-space', category: 'Fluency/Punctuation', severity: 'minor', sentence: 1 },
  { id: 'f3', check: 'repeated-phrase', category: 'Accuracy/Addition', severity: 'major', sentence: 1 },
  { id: 'f4', check: 'garbled-word', category: 'Fluency/Spelling', severity: 'critical', sentence: 2 },
  { id: 'f5', check: 'untranslated', category: 'Accuracy/Untranslated text', severity: 'minor', sentence: 3 },
];

const decision = (status: FlagDecision['status'], check: string): FlagDecision => ({ status, check, at: '2026-01-01T00:00:00Z' });
const DECISIONS: Record<string, FlagDecision> = {
  f1: decision('accepted', 'garbled-word'),
  f2: decision('dismissed', 'missing-space'),
  f3: decision('fixed', 'repeated-phrase'),
};

const ANNOTATIONS: (FilterableAnnotation & { id: string })[] = [
  { id: 'a1', sentence: 0, category: 'Fluency/Spelling', severity: 'major', origin: { kind: 'check', check: 'garbled-word', flagId: 'f1' } },
  { id: 'a2', sentence: 1, category: 'Accuracy/Addition', severity: 'major', origin: { kind: 'check', check: 'repeated-phrase', flagId: 'f3' } },
  { id: 'a3', sentence: 2, category: 'Fluency/Grammar', severity: 'major', origin: { kind: 'manual' } },
  { id: 'a4', sentence: 4, category: 'Style/Awkward', severity: 'neutral', origin: { kind: 'manual' } },
];

const STATUS: Record<number, SentenceStatus> = { 0: 'reviewed', 1: 'edited', 2: 'has-open-flags', 3: 'has-open-flags', 4: 'untouched' };
const statusOf = (sentence: number) => STATUS[sentence] ?? 'untouched';

const filter = (restriction: Partial<ReviewFilter>): ReviewFilter => ({ ...emptyReviewFilter, ...restriction });
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('filterFlags', () => {
  it.each<[string, Partial<ReviewFilter>, string[]]>([
    ['no restriction', {}, ['f1', 'f2', 'f3', 'f4', 'f5']],
    ['one check', { checks: ['garbled-word'] }, ['f1', 'f4']],
    ['two checks', { checks: ['garbled-word', 'untranslated'] }, ['f1', 'f4', 'f5']],
    ['an exact category', { categories: ['Fluency/Punctuation'] }, ['f2']],
    ['a parent category, matching its subcategories', { categories: ['Accuracy'] }, ['f3', 'f5']],
    ['a category prefix that is not a parent', { categories: ['Fluen'] }, []],
    ['a severity', { severities: ['major'] }, ['f1', 'f3']],
    ['status open (no decision)', { statuses: ['open'] }, ['f4', 'f5']],
    ['statuses accepted and fixed', { statuses: ['accepted', 'fixed'] }, ['f1', 'f3']],
    ['status dismissed', { statuses: ['dismissed'] }, ['f2']],
    ['sentence status', { sentenceStatuses: ['has-open-flags'] }, ['f4', 'f5']],
    ['check and severity together (both must hold)', { checks: ['garbled-word'], severities: ['critical'] }, ['f4']],
    ['restrictions nothing satisfies', { checks: ['missing-space'], statuses: ['open'] }, []],
  ])('keeps the right flags for %s', (_name, restriction, expected) => {
    expect(ids(filterFlags(FLAGS, DECISIONS, filter(restriction), statusOf))).toEqual(expected);
  });

  it('lets every flag through the sentence-status restriction when no statusOf is given', () => {
    expect(ids(filterFlags(FLAGS, DECISIONS, filter({ sentenceStatuses: ['reviewed'] })))).toEqual(ids(FLAGS));
  });
});

describe('filterAnnotations', () => {
  it.each<[string, Partial<ReviewFilter>, string[]]>([
    ['no restriction', {}, ['a1', 'a2', 'a3', 'a4']],
    ['a check (manual annotations have none)', { checks: ['garbled-word'] }, ['a1']],
    ['a parent category', { categories: ['Fluency'] }, ['a1', 'a3']],
    ['severity neutral', { severities: ['neutral'] }, ['a4']],
    ['a flag status (annotations have none, so it does not apply)', { statuses: ['dismissed'] }, ['a1', 'a2', 'a3', 'a4']],
    ['sentence status', { sentenceStatuses: ['edited', 'untouched'] }, ['a2', 'a4']],
    ['category and severity together', { categories: ['Fluency/Grammar'], severities: ['minor'] }, []],
  ])('keeps the right annotations for %s', (_name, restriction, expected) => {
    expect(ids(filterAnnotations(ANNOTATIONS, filter(restriction), statusOf))).toEqual(expected);
  });
});

describe('filterSentences', () => {
  it.each<[string, SentenceStatus[], number[]]>([
    ['no restriction', [], [0, 1, 2, 3, 4]],
    ['open flags', ['has-open-flags'], [2, 3]],
    ['reviewed or untouched', ['reviewed', 'untouched'], [0, 4]],
    ['edited only', ['edited'], [1]],
  ])('keeps the right sentences for %s', (_name, sentenceStatuses, expected) => {
    expect(filterSentences([0, 1, 2, 3, 4], statusOf, filter({ sentenceStatuses }))).toEqual(expected);
  });
});

describe('facetCounts', () => {
  const facets = facetCounts(FLAGS, DECISIONS, ANNOTATIONS, [0, 1, 2, 3, 4].map(statusOf));
  const table = (counts: { value: string; flags: number; annotations: number; sentences: number }[]) =>
    counts.map(({ value, flags, annotations, sentences }) => [value, flags, annotations, sentences]);

  it('counts flags and annotations made from them per check, manual annotations under no check', () => {
    expect(table(facets.checks)).toEqual([
      ['garbled-word', 2, 1, 0],
      ['missing-space', 1, 0, 0],
      ['repeated-phrase', 1, 1, 0],
      ['untranslated', 1, 0, 0],
    ]);
  });

  it('lists categories in typology order', () => {
    expect(table(facets.categories)).toEqual([
      ['Accuracy/Addition', 1, 1, 0],
      ['Accuracy/Untranslated text', 1, 0, 0],
      ['Fluency/Grammar', 0, 1, 0],
      ['Fluency/Spelling', 2, 1, 0],
      ['Fluency/Punctuation', 1, 0, 0],
      ['Style/Awkward', 0, 1, 0],
    ]);
  });

  it('lists severities most severe first', () => {
    expect(table(facets.severities)).toEqual([
      ['critical', 1, 0, 0],
      ['major', 2, 3, 0],
      ['minor', 2, 0, 0],
      ['neutral', 0, 1, 0],
    ]);
  });

  it('lists all four flag statuses, even those no flag has', () => {
    const counts = facetCounts(FLAGS.slice(3), {}, []);
    expect(table(counts.statuses)).toEqual([
      ['open', 2, 0, 0],
      ['accepted', 0, 0, 0],
      ['dismissed', 0, 0, 0],
      ['fixed', 0, 0, 0],
    ]);
    expect(table(facets.statuses).map((row) => row[1])).toEqual([2, 1, 1, 1]);
  });

  it('counts sentences per status and the totals', () => {
    expect(table(facets.sentenceStatuses)).toEqual([
      ['has-open-flags', 0, 0, 2],
      ['untouched', 0, 0, 1],
      ['edited', 0, 0, 1],
      ['reviewed', 0, 0, 1],
    ]);
    expect([facets.totalFlags, facets.totalAnnotations, facets.totalSentences]).toEqual([5, 4, 5]);
  });

  it('has empty facets for an empty review', () => {
    const counts = facetCounts([], {}, []);
    expect([counts.checks, counts.categories, counts.severities, counts.sentenceStatuses]).toEqual([[], [], [], []]);
  });
});

describe('toggleFilterValue and isFilterEmpty', () => {
  it('adds a value, removes it again and leaves the other fields alone', () => {
    const start = filter({ severities: ['major'] });
    const added = toggleFilterValue(start, 'checks', 'garbled-word');
    expect(added).toEqual(filter({ severities: ['major'], checks: ['garbled-word'] }));
    expect(toggleFilterValue(added, 'checks', 'garbled-word')).toEqual(start);
    expect(start.checks).toEqual([]);
  });

  it.each<[Partial<ReviewFilter>, boolean]>([
    [{}, true],
    [{ checks: ['x'] }, false],
    [{ sentenceStatuses: ['edited'] }, false],
  ])('says whether %o restricts nothing', (restriction, expected) => {
    expect(isFilterEmpty(filter(restriction))).toBe(expected);
  });
});
