// Pure filtering of a review's flags, annotations and sentences by check, category, severity and status, and the facet counts a filter UI shows.
import { mqmCategories } from './mqm.ts';
import type { SentenceStatus } from './selectors.ts';
import type { Annotation, FlagDecision, FlagStatus } from './types.ts';

/** What the reviewer wants to see; an empty array puts no restriction on that field. */
export interface ReviewFilter {
  /** Check ids. Manual annotations have no check, so a check restriction hides them. */
  checks: string[];
  /** MQM category ids; a parent ("Fluency") also matches its subcategories ("Fluency/Grammar"). */
  categories: string[];
  severities: string[];
  /** Triage status of flags. Annotations have no triage status; this field leaves them alone. */
  statuses: FlagStatus[];
  /** Status of the sentence a flag or annotation lies in, and of the sentences themselves. */
  sentenceStatuses: SentenceStatus[];
}

export type FacetField = 'checks' | 'categories' | 'severities' | 'statuses' | 'sentenceStatuses';

/** How many flags and annotations have one value of a field (sentences for the sentence-status field). */
export interface FacetCount {
  value: string;
  flags: number;
  annotations: number;
  sentences: number;
}

export interface Facets {
  checks: FacetCount[];
  categories: FacetCount[];
  severities: FacetCount[];
  statuses: FacetCount[];
  sentenceStatuses: FacetCount[];
  totalFlags: number;
  totalAnnotations: number;
  totalSentences: number;
}

/** The fields filterFlags reads; core Flags and SentenceFlags both have them. */
export interface FilterableFlag {
  id: string;
  check: string;
  category: string;
  severity: string;
  /** Sentence index; without it the sentence-status restriction cannot apply and lets the flag through. */
  sentence?: number;
}

export type FilterableAnnotation = Pick<Annotation, 'category' | 'severity' | 'origin' | 'sentence'>;

export const FLAG_STATUSES: readonly FlagStatus[] = ['open', 'accepted', 'dismissed', 'fixed'];
export const SENTENCE_STATUSES: readonly SentenceStatus[] = ['has-open-flags', 'untouched', 'edited', 'reviewed'];
/** Most severe first: the order a reviewer scans them in. */
export const SEVERITY_ORDER: readonly string[] = ['critical', 'major', 'minor', 'neutral'];

export const emptyReviewFilter: Readonly<ReviewFilter> = Object.freeze({
  checks: [],
  categories: [],
  severities: [],
  statuses: [],
  sentenceStatuses: [],
});

export function isFilterEmpty(filter: ReviewFilter): boolean {
  return (
    filter.checks.length === 0 &&
    filter.categories.length === 0 &&
    filter.severities.length === 0 &&
    filter.statuses.length === 0 &&
    filter.sentenceStatuses.length === 0
  );
}

export function flagStatusOf(flagId: string, decisions: Readonly<Record<string, FlagDecision>>): FlagStatus {
  return decisions[flagId]?.status ?? 'open';
}

const allows = (restriction: readonly string[], value: string) => restriction.length === 0 || restriction.includes(value);

function allowsCategory(restriction: readonly string[], category: string): boolean {
  return restriction.length === 0 || restriction.some((wanted) => category === wanted || category.startsWith(`${wanted}/`));
}

function allowsSentence(
  filter: ReviewFilter,
  sentence: number | undefined,
  statusOf: ((sentence: number) => SentenceStatus) | undefined,
): boolean {
  if (filter.sentenceStatuses.length === 0 || sentence === undefined || !statusOf) return true;
  return filter.sentenceStatuses.includes(statusOf(sentence));
}

/** Flags that pass every restriction, in the order given. `statusOf` enables the sentence-status restriction. */
export function filterFlags<F extends FilterableFlag>(
  flags: readonly F[],
  decisions: Readonly<Record<string, FlagDecision>>,
  filter: ReviewFilter,
  statusOf?: (sentence: number) => SentenceStatus,
): F[] {
  return flags.filter(
    (flag) =>
      allows(filter.checks, flag.check) &&
      allowsCategory(filter.categories, flag.category) &&
      allows(filter.severities, flag.severity) &&
      allows(filter.statuses, flagStatusOf(flag.id, decisions)) &&
      allowsSentence(filter, flag.sentence, statusOf),
  );
}

/** Annotations that pass the check, category, severity (and, given `statusOf`, sentence-status) restrictions. */
export function filterAnnotations<A extends FilterableAnnotation>(
  annotations: readonly A[],
  filter: ReviewFilter,
  statusOf?: (sentence: number) => SentenceStatus,
): A[] {
  return annotations.filter(
    (annotation) =>
      (filter.checks.length === 0 || (annotation.origin.kind === 'check' && filter.checks.includes(annotation.origin.check))) &&
      allowsCategory(filter.categories, annotation.category) &&
      allows(filter.severities, annotation.severity) &&
      allowsSentence(filter, annotation.sentence, statusOf),
  );
}

/** Sentence indexes whose status the filter allows, in the order given. */
export function filterSentences(
  sentenceIndexes: readonly number[],
  statusOf: (sentence: number) => SentenceStatus,
  filter: ReviewFilter,
): number[] {
  if (filter.sentenceStatuses.length === 0) return [...sentenceIndexes];
  return sentenceIndexes.filter((index) => filter.sentenceStatuses.includes(statusOf(index)));
}

class Tally {
  private readonly counts = new Map<string, FacetCount>();

  add(value: string, what: 'flags' | 'annotations' | 'sentences'): void {
    let count = this.counts.get(value);
    if (!count) this.counts.set(value, (count = { value, flags: 0, annotations: 0, sentences: 0 }));
    count[what]++;
  }

  /** Values in `order` first (those in `always` even with no count), then the rest alphabetically. */
  list(order: readonly string[] = [], always: readonly string[] = []): FacetCount[] {
    for (const value of always) if (!this.counts.has(value)) this.counts.set(value, { value, flags: 0, annotations: 0, sentences: 0 });
    const rank = new Map(order.map((value, i) => [value, i]));
    return [...this.counts.values()].sort(
      (a, b) =>
        (rank.get(a.value) ?? order.length) - (rank.get(b.value) ?? order.length) || a.value.localeCompare(b.value),
    );
  }
}

const categoryOrder = mqmCategories.map((category) => category.id);

/**
 * Counts per value of each field over everything (not over the filtered set), so a reviewer sees what each choice
 * holds. Checks: flags of the check and annotations made from its flags. Statuses: flags only, all four always listed.
 * `sentenceStatuses`: the status of each sentence, when the caller wants that facet counted.
 */
export function facetCounts(
  flags: readonly FilterableFlag[],
  decisions: Readonly<Record<string, FlagDecision>>,
  annotations: readonly FilterableAnnotation[],
  sentenceStatuses: readonly SentenceStatus[] = [],
): Facets {
  const checks = new Tally();
  const categories = new Tally();
  const severities = new Tally();
  const statuses = new Tally();
  const sentences = new Tally();
  for (const flag of flags) {
    checks.add(flag.check, 'flags');
    categories.add(flag.category, 'flags');
    severities.add(flag.severity, 'flags');
    statuses.add(flagStatusOf(flag.id, decisions), 'flags');
  }
  for (const annotation of annotations) {
    if (annotation.origin.kind === 'check') checks.add(annotation.origin.check, 'annotations');
    categories.add(annotation.category, 'annotations');
    severities.add(annotation.severity, 'annotations');
  }
  for (const status of sentenceStatuses) sentences.add(status, 'sentences');
  return {
    checks: checks.list(),
    categories: categories.list(categoryOrder),
    severities: severities.list(SEVERITY_ORDER),
    statuses: statuses.list(FLAG_STATUSES, FLAG_STATUSES),
    sentenceStatuses: sentences.list(SENTENCE_STATUSES),
    totalFlags: flags.length,
    totalAnnotations: annotations.length,
    totalSentences: sentenceStatuses.length,
  };
}

/** The filter with `value` added to or removed from one field. */
export function toggleFilterValue(filter: ReviewFilter, field: FacetField, value: string): ReviewFilter {
  const current: readonly string[] = filter[field];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...filter, [field]: next };
}
