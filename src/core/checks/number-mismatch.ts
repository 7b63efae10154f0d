// Numbers of a source sentence missing or changed in its translation, comparing values across locale formats.
import { defineCheck, type CheckContext, type Finding } from './define-check.ts';

interface NumberToken {
  start: number;
  end: number;
  text: string;
  /** Every value the token may stand for ("3.000" is 3000 in German and 3 in English; "5 Mio." is 5 and 5e6). */
  readings: Set<string>;
}

const NUMBER = /\d+(?:[.,:]\d+)*/g;

// The scale word after a number, in either language: "5 million", "5m", "5 Millionen", "5 Mio.", "$2bn".
const SCALES: [RegExp, number][] = [
  [/^\s?(?:thousand|tausend|k\b)/i, 1e3],
  [/^\s?(?:millionen|million|mio\b|mn\b|m\b)/i, 1e6],
  [/^\s?(?:milliarden|milliarde|billion|mrd\b|bn\b|b\b)/i, 1e9],
  [/^\s?(?:billionen|trillion|tn\b)/i, 1e12],
];
const PM = /^\s?p\.?\s?m\b/i;

// German words for small numbers and their ordinals: "5 people" may be "fünf Menschen", "aged 8" "im achten Jahr".
const germanNumberWords = new Map<string, number>([
  ['null', 0], ['eins', 1], ['ein', 1], ['eine', 1], ['einen', 1], ['einem', 1], ['einer', 1], ['eines', 1],
  ['erste', 1], ['ersten', 1], ['erster', 1], ['dritte', 3], ['dritten', 3], ['dritter', 3], ['dutzend', 12],
  ['halb', 0.5], ['hälfte', 0.5],
]);
const STEMS: [string, number][] = [
  ['zwei', 2], ['drei', 3], ['vier', 4], ['fünf', 5], ['sechs', 6], ['sieben', 7], ['sieb', 7], ['acht', 8],
  ['neun', 9], ['zehn', 10], ['elf', 11], ['zwölf', 12], ['dreizehn', 13], ['vierzehn', 14], ['fünfzehn', 15],
  ['sechzehn', 16], ['siebzehn', 17], ['achtzehn', 18], ['neunzehn', 19], ['zwanzig', 20], ['dreißig', 30],
  ['vierzig', 40], ['fünfzig', 50], ['hundert', 100], ['tausend', 1000],
];
// Ordinals and multiples: "achten", "zehnfachen", "zehnmal".
const ENDINGS = ['', 'e', 'en', 'er', 'es', 'em', 'te', 'ten', 'ter', 'tes', 'tem', 'ste', 'sten', 'ster', 'fach', 'fache', 'fachen', 'mal'];
for (const [stem, value] of STEMS) {
  for (const ending of ENDINGS) germanNumberWords.set(stem + ending, value);
}

// Imperial measures are converted by a good translation ("80 feet" → "24 Meter"), dates and fractions rewritten.
const CONVERTED_AFTER = /^(?:[-\s]?(?:feet|foot|ft\b|miles?|mph|pounds?|lbs?\b|inch(?:es)?|yards?|acres?|gallons?|ounces?|oz\b|°?\s?F\b|degrees fahrenheit|fahrenheit)|\/)/i;
// "3/4": a fraction (the character just before the number is a slash).
const isConvertedBefore = (text: string, index: number) => index > 0 && text.charCodeAt(index - 1) === 0x2f;

function key(value: number): string {
  return String(Number(value.toPrecision(12)));
}

// All plausible values of a digit string under English and German conventions.
function parseValues(raw: string): number[] {
  const values = new Set<number>();
  const time = /^(\d{1,2})[:.](\d{2})$/.exec(raw);
  if (time) values.add(Number(time[1]) + Number(time[2]) / 100);
  for (const [group, decimal] of [
    [',', '.'],
    ['.', ','],
  ] as const) {
    const parts = raw.split(decimal);
    if (parts.length > 2 || raw.includes(':')) continue;
    const whole = parts[0]!.split(group);
    if (whole.slice(1).some((g) => g.length !== 3)) continue;
    values.add(Number(whole.join('') + (parts[1] !== undefined ? `.${parts[1]}` : '')));
  }
  // Unparseable mixes ("1.2.3", "10:30:15") compare as written.
  return [...values].filter((v) => Number.isFinite(v));
}

function findNumbers(text: string, from: number, to: number, isSource: boolean): NumberToken[] {
  const tokens: NumberToken[] = [];
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(NUMBER)) {
    const raw = match[0];
    const start = from + match.index;
    const after = slice.slice(match.index + raw.length, match.index + raw.length + 22);
    if (isSource && (CONVERTED_AFTER.test(after) || isConvertedBefore(slice, match.index))) continue;
    const readings = new Set<string>([raw]);
    // "the 1960s" is "die 60er Jahre".
    if (isSource && /^\d{4}$/.test(raw) && /^'?s\b/.test(after)) readings.add(raw.slice(2));
    // A score "2:0" in German is "2-0" in English: each side counts on its own.
    const score = /^(\d+):(\d+)$/.exec(raw);
    if (!isSource && score) {
      for (const part of [score[1]!, score[2]!]) tokens.push({ start, end: start + raw.length, text: raw, readings: new Set([part]) });
    }
    for (const value of parseValues(raw)) {
      readings.add(key(value));
      for (const [pattern, scale] of SCALES) if (pattern.test(after)) readings.add(key(value * scale));
      if (PM.test(after) && value < 12) readings.add(key(value + 12));
    }
    tokens.push({ start, end: start + raw.length, text: raw, readings });
  }
  return tokens;
}

function wordReadings(text: string): Set<string> {
  const readings = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    const value = germanNumberWords.get(match[0]);
    if (value !== undefined) readings.add(key(value));
  }
  return readings;
}

function overlaps(a: Set<string>, b: Set<string>): boolean {
  for (const value of a) if (b.has(value)) return true;
  return false;
}

function checkPair(
  ctx: CheckContext,
  sourceIndexes: number[],
  targetIndexes: number[],
  everywhere: Set<string>,
): Finding[] {
  const source = ctx.source!;
  const sourceSentences = sourceIndexes.map((i) => source.sentences[i]!).filter(Boolean);
  const targetSentences = targetIndexes.map((i) => ctx.sentences[i]!).filter(Boolean);
  if (!sourceSentences.length || !targetSentences.length) return [];
  const targetStart = targetSentences[0]!.start;
  const targetEnd = targetSentences[targetSentences.length - 1]!.end;
  const sourceNumbers = sourceSentences.flatMap((s) => findNumbers(source.text, s.start, s.end, true));
  const targetNumbers = findNumbers(ctx.text, targetStart, targetEnd, false);
  const targetWords = wordReadings(ctx.text.slice(targetStart, targetEnd));
  const unmatchedTarget = [...targetNumbers];
  const missing: NumberToken[] = [];
  for (const number of sourceNumbers) {
    const i = unmatchedTarget.findIndex((t) => overlaps(number.readings, t.readings));
    if (i >= 0) unmatchedTarget.splice(i, 1);
    // Sentence pairs of a paragraph may split differently: a number elsewhere in the target moved, it is not lost.
    else if (!overlaps(number.readings, targetWords) && !overlaps(number.readings, everywhere)) missing.push(number);
  }
  const findings: Finding[] = [];
  missing.forEach((number, i) => {
    const changed = unmatchedTarget[i];
    findings.push(
      changed
        ? {
            start: changed.start,
            end: changed.end,
            messageId: 'changed',
            data: { source: number.text, target: changed.text },
          }
        : { start: targetStart, end: targetEnd, messageId: 'missing', data: { number: number.text } },
    );
  });
  return findings;
}

export const numberMismatch = defineCheck({
  meta: {
    id: 'number-mismatch',
    mqm: 'Accuracy/Mistranslation',
    severity: 'major',
    langs: ['*'],
    messages: ['missing', 'changed'],
    requiresSource: true,
  },
  detect(ctx) {
    if (!ctx.source) return [];
    const everywhere = new Set<string>();
    for (const number of findNumbers(ctx.text, 0, ctx.text.length, false)) for (const r of number.readings) everywhere.add(r);
    return ctx.source.pairs.flatMap((pair) => checkPair(ctx, pair.source, pair.target, everywhere));
  },
  cases: {
    valid: [
      { text: 'Rund 3.000 Menschen kamen, 2,5 Prozent mehr.', source: 'About 3,000 people came, 2.5 percent more.' },
      { text: 'Der Konzern verlor 5 Mio. Euro.', source: 'The group lost 5 million euros.' },
      { text: 'Sie kamen um 10.30 Uhr an.', source: 'They arrived at 10:30 a.m.' },
      { text: 'Das Treffen beginnt um 15 Uhr.', source: 'The meeting starts at 3 p.m.' },
      { text: 'Fünf Menschen starben 2019.', source: '5 people died in 2019.' },
      { text: 'Drei Tage später kam er zurück.', source: 'Three days later he came back.' },
      { text: 'Am 4. Februar 2022 stieg die Quote auf 12 %.', source: 'On February 4, 2022, the rate rose to 12%.' },
    ],
    invalid: [
      {
        text: 'Rund 300 Menschen kamen.',
        source: 'About 3,000 people came.',
        findings: [{ messageId: 'changed', range: [5, 8], data: { source: '3,000', target: '300' } }],
      },
      {
        text: 'Die Zahl stieg auf Millionen.',
        source: 'The number rose to 5 million.',
        findings: [{ messageId: 'missing', range: [0, 29], data: { number: '5' } }],
      },
      {
        text: 'Er wurde 1998 geboren. Sie starb im Jahr 2019.',
        source: 'He was born in 1989. She died in 2019.',
        findings: [{ messageId: 'changed', range: [9, 13], data: { source: '1989', target: '1998' } }],
      },
    ],
  },
});
