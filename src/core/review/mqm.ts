// The WMT MQM error typology as data, its default weights, and the MQM score of a set of annotations.
import type { Annotation, AnnotationSeverity, MqmWeights } from './types.ts';

export interface MqmCategory {
  /** Path as WMT writes it: "Fluency/Grammar", "Locale convention/Date format", "Other". */
  id: string;
  /** Id of the parent category; absent on top-level categories. */
  parent?: string;
  /** i18n key of the category's name (namespace "ui"). */
  messageKey: string;
  /** i18n key of a one-line explanation for the picker's help. */
  descriptionKey: string;
  /** Whether a reviewer may pick it; WMT annotates Accuracy, Fluency, Style and Locale convention only by subcategory. */
  selectable: boolean;
}

/** Severities from least to most severe. */
export const mqmSeverities: readonly AnnotationSeverity[] = ['neutral', 'minor', 'major', 'critical'];

export const severityMessageKeys: Readonly<Record<AnnotationSeverity, string>> = {
  neutral: 'mqm.severity.neutral',
  minor: 'mqm.severity.minor',
  major: 'mqm.severity.major',
  critical: 'mqm.severity.critical',
};

// [path, selectable]; order is the picker's and the score table's order (Freitag et al. 2021, table 10).
const TYPOLOGY: [string, boolean][] = [
  ['Accuracy', false],
  ['Accuracy/Addition', true],
  ['Accuracy/Omission', true],
  ['Accuracy/Mistranslation', true],
  ['Accuracy/Untranslated text', true],
  ['Fluency', false],
  ['Fluency/Grammar', true],
  ['Fluency/Spelling', true],
  ['Fluency/Punctuation', true],
  ['Fluency/Register', true],
  ['Fluency/Inconsistency', true],
  ['Fluency/Character encoding', true],
  ['Terminology', true],
  ['Terminology/Inappropriate for context', true],
  ['Terminology/Inconsistent use of terminology', true],
  ['Style', false],
  ['Style/Awkward', true],
  ['Locale convention', false],
  ['Locale convention/Address format', true],
  ['Locale convention/Currency format', true],
  ['Locale convention/Date format', true],
  ['Locale convention/Name format', true],
  ['Locale convention/Telephone format', true],
  ['Locale convention/Time format', true],
  ['Other', true],
  ['Non-translation', true],
  ['Source error', true],
];

/** "Locale convention/Date format" → "localeConventionDateFormat": flat keys, since i18next cannot nest a key under a key that holds a string. */
function keyOf(id: string): string {
  const words = id.split(/[\s/-]+/u).filter(Boolean);
  return words.map((word, i) => (i === 0 ? word.toLowerCase() : word[0]!.toUpperCase() + word.slice(1).toLowerCase())).join('');
}

export const mqmCategories: readonly MqmCategory[] = TYPOLOGY.map(([id, selectable]) => {
  const slash = id.lastIndexOf('/');
  return {
    id,
    ...(slash > 0 ? { parent: id.slice(0, slash) } : {}),
    messageKey: `mqm.category.${keyOf(id)}`,
    descriptionKey: `mqm.description.${keyOf(id)}`,
    selectable,
  };
});

const byId = new Map(mqmCategories.map((category) => [category.id, category]));
const order = new Map(mqmCategories.map((category, i) => [category.id, i]));

export function findMqmCategory(id: string): MqmCategory | undefined {
  return byId.get(id);
}

export function isMqmCategory(id: string): boolean {
  return byId.has(id);
}

/**
 * A category as MQM data writes it ("Non-translation!", "fluency/grammar", "Style/Awkward ") → the typology's id, or
 * undefined when it is not in the typology (WMT's later "Accuracy/Gender Mismatch", "Fluency/Display", …).
 */
export function normalizeMqmCategory(raw: string): string | undefined {
  const cleaned = raw.trim().replace(/!+$/u, '').replace(/\s*\/\s*/gu, '/').toLowerCase();
  return mqmCategories.find((category) => category.id.toLowerCase() === cleaned)?.id;
}

/** WMT's weights (Freitag et al. 2021): minor 1, major 5, critical 25, minor punctuation 0.1, non-translation 25. */
export const defaultMqmWeights: Readonly<MqmWeights> = {
  neutral: 0,
  minor: 1,
  major: 5,
  critical: 25,
  minorPunctuation: 0.1,
  nonTranslation: 25,
};

/** Default pass mark of the 0–100 quality score: about four major errors in 400 words still pass (WMT sets none). */
export const defaultPassThreshold = 95;

/** Penalty of one error. Neutral is never an error, not even a non-translation (a neutral mark is a remark). */
export function weightOf(category: string, severity: AnnotationSeverity, weights: MqmWeights): number {
  if (severity === 'neutral') return weights.neutral;
  if (category === 'Non-translation') return weights.nonTranslation;
  if (severity === 'minor' && category === 'Fluency/Punctuation') return weights.minorPunctuation;
  return weights[severity];
}

export interface MqmCategoryScore {
  category: string;
  severity: AnnotationSeverity;
  count: number;
  penalty: number;
}

export interface MqmScore {
  penalty: number;
  /** Penalty per 100 words: 100 × penalty / words. */
  penaltyPer100Words: number;
  /** 100 × (1 − penalty / words), clamped to [0, 100]. */
  qualityScore: number;
  passed: boolean;
  /** One row per category and severity that occurs, in typology then severity order (unknown categories last). */
  byCategory: MqmCategoryScore[];
}

// Sums of 0.1 drift (0.1 + 0.2 ≠ 0.3); scores are shown with at most a few decimals.
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * The MQM score of an article. Stale annotations count: the error was seen in the translation even if an edit moved
 * the text since. `words` is the article's word count; below 1 it is taken as 1, so an empty article with errors
 * fails rather than dividing by zero. The quality score is clamped at 0 because a short text with one critical
 * error would otherwise score far below zero, which reads as a bug on a 0–100 scale; penaltyPer100Words keeps the
 * unclamped size of the problem.
 */
export function scoreMqm(
  annotations: readonly Pick<Annotation, 'category' | 'severity'>[],
  words: number,
  weights: MqmWeights,
  passThreshold: number,
): MqmScore {
  const rows = new Map<string, MqmCategoryScore>();
  let penalty = 0;
  for (const { category, severity } of annotations) {
    const weight = weightOf(category, severity, weights);
    penalty += weight;
    const key = `${category}\u0000${severity}`;
    const row = rows.get(key);
    if (row) {
      row.count++;
      row.penalty += weight;
    } else {
      rows.set(key, { category, severity, count: 1, penalty: weight });
    }
  }
  const divisor = Math.max(1, words);
  penalty = round(penalty);
  const penaltyPer100Words = round((100 * penalty) / divisor);
  const qualityScore = round(Math.min(100, Math.max(0, 100 * (1 - penalty / divisor))));
  const rank = (category: string) => order.get(category) ?? Number.MAX_SAFE_INTEGER;
  const byCategory = [...rows.values()]
    .map((row) => ({ ...row, penalty: round(row.penalty) }))
    .sort(
      (a, b) =>
        rank(a.category) - rank(b.category) ||
        a.category.localeCompare(b.category) ||
        mqmSeverities.indexOf(a.severity) - mqmSeverities.indexOf(b.severity),
    );
  return { penalty, penaltyPer100Words, qualityScore, passed: qualityScore >= passThreshold, byCategory };
}
