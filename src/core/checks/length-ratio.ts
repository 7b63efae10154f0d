// A translated sentence far shorter (omission) or longer (addition) than its source sentence.
import { defineCheck, type CheckContext, type Finding } from './define-check.ts';

interface Band {
  low: number;
  high: number;
}

// Target/source character ratios outside which a translation is suspicious. en→de measured on
// error-free MT segments of the WMT MQM data (about the 0.1 % and 99.9 % quantiles); other pairs get a wide default.
const BANDS: Record<string, Band> = {
  'en-de': { low: 0.7, high: 1.7 },
};
const DEFAULT_BAND: Band = { low: 0.5, high: 2 };
// Short sentences ("Ja.", headlines of two words) vary too much to judge.
const MIN_SOURCE_CHARS = 40;

function lettersOf(text: string): number {
  return text.replace(/\s+/g, ' ').trim().length;
}

function bandFor(ctx: CheckContext): Band {
  const pair = `${ctx.source!.lang.split(/[-_]/)[0]!}-${ctx.lang.split(/[-_]/)[0]!}`.toLowerCase();
  return BANDS[pair] ?? DEFAULT_BAND;
}

export const lengthRatio = defineCheck({
  meta: {
    id: 'length-ratio',
    mqm: 'Accuracy/Omission',
    severity: 'minor',
    langs: ['*'],
    messages: ['tooShort', 'tooLong'],
    requiresSource: true,
  },
  detect(ctx) {
    const source = ctx.source;
    if (!source) return [];
    const band = bandFor(ctx);
    const findings: Finding[] = [];
    for (const pair of source.pairs) {
      const targets = pair.target.map((i) => ctx.sentences[i]!).filter(Boolean);
      if (!targets.length || !pair.source.length) continue;
      const sourceChars = lettersOf(pair.source.map((i) => source.sentences[i]?.text ?? '').join(' '));
      if (sourceChars < MIN_SOURCE_CHARS) continue;
      const start = targets[0]!.start;
      const end = targets[targets.length - 1]!.end;
      const ratio = lettersOf(ctx.text.slice(start, end)) / sourceChars;
      const percent = Math.round(ratio * 100);
      if (ratio < band.low) {
        findings.push({ start, end, messageId: 'tooShort', data: { percent } });
      } else if (ratio > band.high) {
        findings.push({ start, end, messageId: 'tooLong', data: { percent }, category: 'Accuracy/Addition' });
      }
    }
    return findings;
  },
  cases: {
    valid: [
      {
        text: 'Der Präsident wird am Freitag mit seinem chinesischen Amtskollegen sprechen.',
        source: 'The president will speak with his Chinese counterpart on Friday.',
      },
      { text: 'Ja, natürlich.', source: 'Yes, of course.' },
    ],
    invalid: [
      {
        text: 'Der Präsident spricht.',
        source: 'The president will speak with his Chinese counterpart on Friday about the war.',
        findings: [{ messageId: 'tooShort', range: [0, 22], data: { percent: 28 } }],
      },
      {
        text:
          'Der Präsident wird am Freitag mit seinem chinesischen Amtskollegen über viele Themen sprechen, ' +
          'darunter den Krieg, den Handel, das Klima, die Gesundheit und vieles mehr, sagte das Weiße Haus.',
        source: 'The president will speak with his Chinese counterpart on Friday.',
        findings: [{ messageId: 'tooLong', range: [0, 191], data: { percent: 298 } }],
      },
    ],
  },
});
