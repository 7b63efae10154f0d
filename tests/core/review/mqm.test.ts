// The MQM typology, its weights and the score: what the reviewer sees as penalty, quality and pass/fail.
import { describe, expect, it } from 'vitest';
import {
  defaultMqmWeights,
  findMqmCategory,
  mqmCategories,
  normalizeMqmCategory,
  scoreMqm,
  weightOf,
} from '../../../src/core/review/mqm.ts';
import type { AnnotationSeverity } from '../../../src/core/review/types.ts';

const W = defaultMqmWeights;
const error = (category: string, severity: AnnotationSeverity) => ({ category, severity });

describe('mqmCategories', () => {
  it('holds the full WMT typology as paths, in picker order', () => {
    expect(mqmCategories.map((c) => c.id)).toEqual([
      'Accuracy',
      'Accuracy/Addition',
      'Accuracy/Omission',
      'Accuracy/Mistranslation',
      'Accuracy/Untranslated text',
      'Fluency',
      'Fluency/Grammar',
      'Fluency/Spelling',
      'Fluency/Punctuation',
      'Fluency/Register',
      'Fluency/Inconsistency',
      'Fluency/Character encoding',
      'Terminology',
      'Terminology/Inappropriate for context',
      'Terminology/Inconsistent use of terminology',
      'Style',
      'Style/Awkward',
      'Locale convention',
      'Locale convention/Address format',
      'Locale convention/Currency format',
      'Locale convention/Date format',
      'Locale convention/Name format',
      'Locale convention/Telephone format',
      'Locale convention/Time format',
      'Other',
      'Non-translation',
      'Source error',
    ]);
  });

  it.each([
    ['Fluency/Grammar', 'Fluency', 'mqm.category.fluencyGrammar', true],
    ['Locale convention/Date format', 'Locale convention', 'mqm.category.localeConventionDateFormat', true],
    ['Accuracy/Untranslated text', 'Accuracy', 'mqm.category.accuracyUntranslatedText', true],
    ['Non-translation', undefined, 'mqm.category.nonTranslation', true],
    ['Style/Awkward', 'Style', 'mqm.category.styleAwkward', true],
    ['Accuracy', undefined, 'mqm.category.accuracy', false],
    ['Locale convention', undefined, 'mqm.category.localeConvention', false],
  ])('describes %s with its parent, message key and whether it can be picked', (id, parent, messageKey, selectable) => {
    expect(findMqmCategory(id)).toEqual({
      id,
      ...(parent ? { parent } : {}),
      messageKey,
      descriptionKey: messageKey.replace('mqm.category.', 'mqm.description.'),
      selectable,
    });
  });

  it('gives every category its own message key, none nested under another (i18next cannot nest under a string)', () => {
    const keys = mqmCategories.map((c) => c.messageKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(keys.some((other) => other.startsWith(`${key}.`))).toBe(false);
  });

  it('has a parent in the typology for every subcategory', () => {
    for (const category of mqmCategories) if (category.parent) expect(findMqmCategory(category.parent)).toBeDefined();
  });
});

describe('normalizeMqmCategory', () => {
  it.each([
    ['Non-translation!', 'Non-translation'],
    ['fluency/grammar', 'Fluency/Grammar'],
    [' Style / Awkward ', 'Style/Awkward'],
    ['Locale convention/Currency format', 'Locale convention/Currency format'],
    ['Fluency/Display', undefined],
    ['No-error', undefined],
  ])('maps %j to %j', (raw, id) => {
    expect(normalizeMqmCategory(raw)).toBe(id);
  });
});

describe('weightOf', () => {
  it.each([
    ['Fluency/Grammar', 'minor', 1],
    ['Fluency/Grammar', 'major', 5],
    ['Fluency/Grammar', 'critical', 25],
    ['Fluency/Grammar', 'neutral', 0],
    ['Fluency/Punctuation', 'minor', 0.1],
    ['Fluency/Punctuation', 'major', 5],
    ['Non-translation', 'minor', 25],
    ['Non-translation', 'major', 25],
    ['Non-translation', 'neutral', 0],
    ['Some/Imported category', 'major', 5],
  ] as const)('weighs %s %s as %d with the WMT weights', (category, severity, weight) => {
    expect(weightOf(category, severity, W)).toBe(weight);
  });

  it('uses edited weights', () => {
    const weights = { ...W, major: 10, minorPunctuation: 0.5 };
    expect(weightOf('Accuracy/Omission', 'major', weights)).toBe(10);
    expect(weightOf('Fluency/Punctuation', 'minor', weights)).toBe(0.5);
  });
});

describe('scoreMqm', () => {
  it.each([
    { name: 'no errors', errors: [], words: 200, penalty: 0, per100: 0, quality: 100, passed: true },
    {
      name: 'one major and two minor in 200 words',
      errors: [error('Fluency/Grammar', 'major'), error('Accuracy/Omission', 'minor'), error('Style/Awkward', 'minor')],
      words: 200,
      penalty: 7,
      per100: 3.5,
      quality: 96.5,
      passed: true,
    },
    {
      name: 'ten minor punctuation errors (0.1 each, no float drift)',
      errors: Array.from({ length: 10 }, () => error('Fluency/Punctuation', 'minor')),
      words: 100,
      penalty: 1,
      per100: 1,
      quality: 99,
      passed: true,
    },
    {
      name: 'a critical error in 20 words (quality clamped at 0)',
      errors: [error('Accuracy/Mistranslation', 'critical')],
      words: 20,
      penalty: 25,
      per100: 125,
      quality: 0,
      passed: false,
    },
    {
      name: 'neutral marks only',
      errors: [error('Other', 'neutral'), error('Style/Awkward', 'neutral')],
      words: 50,
      penalty: 0,
      per100: 0,
      quality: 100,
      passed: true,
    },
    {
      name: 'an error in an empty article (words taken as 1)',
      errors: [error('Other', 'minor')],
      words: 0,
      penalty: 1,
      per100: 100,
      quality: 0,
      passed: false,
    },
  ])('scores $name', ({ errors, words, penalty, per100, quality, passed }) => {
    const score = scoreMqm(errors, words, W, 95);
    expect(score.penalty).toBeCloseTo(penalty, 9);
    expect(score.penaltyPer100Words).toBeCloseTo(per100, 9);
    expect(score.qualityScore).toBeCloseTo(quality, 9);
    expect(score.passed).toBe(passed);
  });

  it('passes exactly at the threshold and fails just below it', () => {
    const oneMajor = [error('Fluency/Grammar', 'major')];
    expect(scoreMqm(oneMajor, 100, W, 95).passed).toBe(true);
    expect(scoreMqm(oneMajor, 100, W, 95.5).passed).toBe(false);
  });

  it('counts stale annotations like any other', () => {
    const annotations = [
      { category: 'Fluency/Grammar', severity: 'major' as const, stale: true },
      { category: 'Fluency/Grammar', severity: 'major' as const, stale: false },
    ];
    expect(scoreMqm(annotations, 100, W, 95).penalty).toBe(10);
  });

  it('breaks the penalty down per category and severity in typology order', () => {
    const score = scoreMqm(
      [
        error('Style/Awkward', 'minor'),
        error('Accuracy/Addition', 'major'),
        error('Fluency/Punctuation', 'minor'),
        error('Accuracy/Addition', 'minor'),
        error('Fluency/Punctuation', 'minor'),
        error('Accuracy/Addition', 'major'),
        error('Non-translation', 'major'),
      ],
      1000,
      W,
      95,
    );
    expect(score.byCategory).toEqual([
      { category: 'Accuracy/Addition', severity: 'minor', count: 1, penalty: 1 },
      { category: 'Accuracy/Addition', severity: 'major', count: 2, penalty: 10 },
      { category: 'Fluency/Punctuation', severity: 'minor', count: 2, penalty: 0.2 },
      { category: 'Style/Awkward', severity: 'minor', count: 1, penalty: 1 },
      { category: 'Non-translation', severity: 'major', count: 1, penalty: 25 },
    ]);
    expect(score.penalty).toBeCloseTo(37.2, 9);
  });
});
