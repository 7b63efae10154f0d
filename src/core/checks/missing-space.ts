// Text glued across punctuation or case with no space: "via AP)Moskau", "etabliert.Doch", "Welt,die", "gekommenMoskau".
import type { Lexicon } from '../lexicon/lexicon.ts';
import { findProtectedRanges, overlapsRange } from '../lexicon/names.ts';
import { defineCheck, type CheckContext, type Finding } from './define-check.ts';

// A mark directly between two letters/brackets; digits around "." and "," are numbers ("3.000", "2,5", "10.30").
const GLUE = /[\p{L}\p{N})\]“”»«"]([.!?;:,)\]])(?=\p{L})|[\p{L}.,!?]([„“”«»])(?=\p{L})|\p{Ll}{2}(\p{Lu})(?=\p{Ll})/gu;

// "z.B.", "U.S.", "d.h.", "u.a.", "i.d.R.": one-letter pieces between dots.
const DOTTED_ABBREVIATION = /(?:^|[^\p{L}])\p{L}\.(?:\p{L}\.)*\p{L}\.?$/u;

// Quote marks that open a quotation per language: a missing space goes before them, not after.
const OPENING_QUOTES: Record<string, string> = { de: '„»', en: '“‘', fr: '«', es: '«“' };

// Brands and names written with an inner capital (checked without a lexicon, so listed).
const CAMEL_CASE = new Set(
  (
    'iPhone iPad iPod iMac iOS iCloud iTunes eBay eBook eMail eSport eSports easyJet macOS YouTube PayPal LinkedIn ' +
    'WhatsApp TikTok PlayStation PowerPoint JavaScript TypeScript GitHub OpenAI DeepMind SpaceX FedEx BlackRock ' +
    'SoftBank WeChat WikiLeaks SmileDirectClub McDonald McDonalds MacBook BahnCard InterCity DaimlerChrysler ' +
    'ProSieben ProSiebenSat GlaxoSmithKline PricewaterhouseCoopers AstraZeneca BioNTech CureVac ZipRecruiter'
  ).split(' '),
);

function wordAt(text: string, index: number, direction: -1 | 1): string {
  let i = index;
  while (i >= 0 && i < text.length && /[\p{L}\p{M}\p{N}'’]/u.test(text[i]!)) i += direction;
  return direction === 1 ? text.slice(index, i) : text.slice(i + 1, index + 1);
}

function isInnerCapitalGlue(ctx: CheckContext, at: number): Finding | undefined {
  const left = wordAt(ctx.text, at - 1, -1);
  const right = wordAt(ctx.text, at, 1);
  const whole = left + right;
  if (CAMEL_CASE.has(whole) || CAMEL_CASE.has(whole.replace(/s$/, ''))) return undefined;
  // "SmileDirectClub", "PlayStation": several inner capitals, or a short lower-case lead ("iPhone", "eBay").
  if (/\p{Lu}/u.test(right.slice(1)) || /\p{Lu}.*\p{Lu}/u.test(left.slice(1))) return undefined;
  if (/[\p{N}'’-]/u.test(whole) || left.length < 3 || right.length < 3) return undefined;
  if (!isGluedPair(left, right, ctx.lexicon)) return undefined;
  return {
    start: at - left.length,
    end: at + right.length,
    messageId: 'betweenWords',
    data: { left, right },
    suggestions: [{ start: at - left.length, end: at + right.length, replacement: `${left} ${right}` }],
  };
}

function isGluedPair(left: string, right: string, lexicon: Lexicon | undefined): boolean {
  const leftLower = left === left.toLowerCase();
  if (!lexicon) return leftLower && left.length >= 4;
  if (lexicon.isWord(left + right)) return false;
  // "WikiLeaks": a capitalised lead that is no word of the language is a brand, not a glued word.
  return lexicon.isWord(left) && (leftLower || lexicon.isWord(right));
}

/** "Freund(inn)en", "(s)he": brackets inside a word, the opening one glued to the letter before it. */
function isInsideWord(text: string, closeAt: number): boolean {
  const open = text.lastIndexOf(text[closeAt] === ')' ? '(' : '[', closeAt);
  if (open < 0 || closeAt - open > 12) return false;
  return open === 0 || /[\p{L}\p{N}]/u.test(text[open - 1]!);
}

function isPunctuationGlue(ctx: CheckContext, markAt: number, mark: string): boolean {
  const { text } = ctx;
  const before = text[markAt - 1] ?? '';
  const after = text[markAt + 1] ?? '';
  if (mark === ')' || mark === ']') return /\p{Lu}/u.test(after) || !isInsideWord(text, markAt);
  const left = wordAt(text, markAt - 1, -1);
  const right = wordAt(text, markAt + 1, 1);
  if (mark === '.') {
    // "z.B.", "U.S.", "Nr.1"-like pieces and "bbabo.Net"-like domains (the latter are in protected ranges).
    if (DOTTED_ABBREVIATION.test(text.slice(Math.max(0, markAt - 12), markAt + 1) + (right.length === 1 ? right : ''))) return false;
    // "z.B." and ticker symbols ("HSBA.L", "UBER.N"): a single letter after the dot.
    if (right.length === 1) return false;
    if (!/\p{Lu}/u.test(after)) return false;
    return left.length >= 2 || /[)\]“”»"]/u.test(before);
  }
  if (mark === ':') return /\p{Lu}/u.test(after);
  if (mark === ',') return left.length >= 1 && right.length >= 1 && !/\p{N}/u.test(before + after);
  return true;
}

export const missingSpace = defineCheck({
  meta: {
    id: 'missing-space',
    mqm: 'Fluency/Punctuation',
    severity: 'minor',
    langs: ['*'],
    messages: ['afterPunctuation', 'beforeQuote', 'betweenWords'],
  },
  detect(ctx) {
    const { text } = ctx;
    const protectedRanges = findProtectedRanges(text);
    const openers = OPENING_QUOTES[ctx.lang.split('-')[0] ?? ''] ?? '„«“';
    const findings: Finding[] = [];
    for (const match of text.matchAll(GLUE)) {
      if (match[3] !== undefined) {
        const at = match.index + 2;
        if (overlapsRange(protectedRanges, at - 1, at + 1)) continue;
        const finding = isInnerCapitalGlue(ctx, at);
        if (finding) findings.push(finding);
        continue;
      }
      const mark = match[1] ?? match[2]!;
      const markAt = match.index + 1;
      if (overlapsRange(protectedRanges, markAt - 1, markAt + 2)) continue;
      if (match[2] !== undefined) {
        // A quote mark with letters on both sides: the space is missing before an opener, after a closer.
        const isOpener = openers.includes(mark);
        findings.push({
          start: markAt,
          end: markAt + 1,
          messageId: isOpener ? 'beforeQuote' : 'afterPunctuation',
          data: { mark },
          suggestions: [{ start: markAt, end: markAt + 1, replacement: isOpener ? ` ${mark}` : `${mark} ` }],
        });
        continue;
      }
      if (!isPunctuationGlue(ctx, markAt, mark)) continue;
      findings.push({
        start: markAt,
        end: markAt + 1,
        messageId: 'afterPunctuation',
        data: { mark },
        suggestions: [{ start: markAt, end: markAt + 1, replacement: `${mark} ` }],
      });
    }
    return findings;
  },
  cases: {
    valid: [
      'Das kostet 2.5 Mio. Euro, also 3.000 oder 2,5 Prozent, um 10.30 Uhr.',
      'Siehe www.example.org. Mehr bei info@example.org und bbabo.Net.',
      'Die Firma SmileDirectClub, WikiLeaks, das iPhone und McDonald.',
      'Das gilt z.B. für die U.S. Army, d.h. nicht für alle.',
      'Die Lehrer:innen und Freund(inn)en kamen.',
      '„Die beiden Staats- und Regierungschefs werden sprechen“, sagte das Weiße Haus.',
      'Am 4. Februar 2022 (Foto: AP) traf er ihn.',
      { text: 'He said: “This is it.” Then he left.', lang: 'en' },
    ],
    invalid: [
      {
        text: 'via AP)Moskau und',
        findings: [{ messageId: 'afterPunctuation', range: [6, 7], data: { mark: ')' }, suggestions: [') '] }],
      },
      {
        text: 'Die Regel hat sich etabliert.Doch nicht überall.',
        findings: [{ messageId: 'afterPunctuation', range: [28, 29], data: { mark: '.' }, suggestions: ['. '] }],
      },
      {
        text: 'Bilder, die die Welt,die Menschen erschrecken.',
        findings: [{ messageId: 'afterPunctuation', range: [20, 21], data: { mark: ',' }, suggestions: [', '] }],
      },
      {
        text: 'Sie sind sich näher gekommenMoskau und Peking.',
        findings: [
          {
            messageId: 'betweenWords',
            range: [20, 34],
            data: { left: 'gekommen', right: 'Moskau' },
            suggestions: ['gekommen Moskau'],
          },
        ],
      },
      {
        text: 'Er nannte sie„felsenfest“und ging.',
        findings: [
          { messageId: 'beforeQuote', range: [13, 14], data: { mark: '„' }, suggestions: [' „'] },
          { messageId: 'afterPunctuation', range: [24, 25], data: { mark: '“' }, suggestions: ['“ '] },
        ],
      },
    ],
  },
});
