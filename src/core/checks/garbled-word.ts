// Tokens that are no word of the language: garbled letters ("Rettungsleinem") and words glued to a function word ("Truppenmit").
import type { Lexicon } from '../lexicon/lexicon.ts';
import { isNounForm } from '../lexicon/compound.ts';
import { findOneEditWords } from '../lexicon/edits.ts';
import { englishFunctionWords, englishOnlyWords } from '../lexicon/english-words.ts';
import {
  countCapitalised,
  findProtectedRanges,
  hasDigit,
  hasInnerCapital,
  isAbbreviation,
  isCapitalised,
  nameKey,
  overlapsRange,
} from '../lexicon/names.ts';
import { findFunctionWordSplits } from '../lexicon/split.ts';
import { findWords, type Token } from '../text/words.ts';
import { defineCheck, type Finding } from './define-check.ts';

interface Verdict {
  messageId: 'unknownWord' | 'gluedWords';
  data: Record<string, string>;
  replacements: string[];
}

const MIN_LENGTH = 3;
// Short names are one slip away from some word ("Nike"/"Nie", "Lorenzo"/"Lorenz"); only longer words get that test.
const MIN_CAPITALISED_SLIP = 8;
const MIN_LOWER_SLIP = 5;

// Words after which a noun comes: articles, possessives, demonstratives (any case), and inflected adjectives.
const DETERMINER =
  /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein\p{L}*|mein\p{L}*|dein\p{L}*|sein\p{L}*|ihr\p{L}*|unser\p{L}*|euer|eure\p{L}*|dies\p{L}*|jede\p{L}*|alle\p{L}*|viele\p{L}*|the|a|an)$/iu;
const ADJECTIVE = /^\p{Ll}{3,}(?:e|en|er|es|em)$/u;

// Slip searches cost up to a few hundred lookups; a word's answer depends only on the lexicon, so it is kept across analyses.
const slipCache = new WeakMap<Lexicon, Map<string, string[]>>();

/**
 * Known words one slip away. A dropped final e/n/r/s is left out: that is an inflection or derivation
 * ("Strampler"/"Strample", "Arabiens"/"Arabien") far more often than a typo.
 */
function findSlips(word: string, lexicon: Lexicon): string[] {
  let cache = slipCache.get(lexicon);
  if (!cache) {
    cache = new Map();
    slipCache.set(lexicon, cache);
  }
  let slips = cache.get(word);
  if (!slips) {
    const stem = /[enrs]$/.test(word) ? word.slice(0, -1) : undefined;
    slips = findOneEditWords(word, lexicon.spell ?? lexicon.isWord, { insertions: true }).filter((edit) => edit !== stem);
    cache.set(word, slips);
  }
  return slips;
}

interface Context {
  /** The capitalised word occurs again in the article: names recur, garbles rarely do. */
  recurs: boolean;
  /** A neighbouring word looks like part of a name ("Jess Phillips", "Cotswold Wildlife Park"). */
  inName: boolean;
  /** An article or adjective comes right before: a noun follows, hardly ever a bare name ("die Anazhl"). */
  afterDeterminer: boolean;
}

/** Judges one word (no hyphens) of the text. */
function judgeWord(word: string, lexicon: Lexicon, context: Context): Verdict | undefined {
  if (word.length < MIN_LENGTH || hasDigit(word) || lexicon.isWord(word)) return undefined;
  if (isAbbreviation(word) || hasInnerCapital(word)) return undefined;
  if (lexicon.lang !== 'en' && (englishOnlyWords.has(word) || englishFunctionWords.has(word))) return undefined;
  const spell = lexicon.spell ?? lexicon.isWord;
  const isNoun = lexicon.lang === 'de' ? (left: string) => isNounForm(left, spell) : lexicon.isWord;
  const splits = findFunctionWordSplits(word, lexicon.isWord, lexicon.lang, isNoun);
  if (splits.length > 0) {
    const replacements = splits.map(([left, right]) => `${left} ${right}`);
    return { messageId: 'gluedWords', data: { word, split: replacements[0]! }, replacements };
  }
  const lower = word === word.toLowerCase();
  if (!lower && !isCapitalised(word)) return undefined;
  // An unknown word is not flagged for being unknown: the 2016 dictionary lacks many words and most names.
  // It is flagged when it is one slip (a doubled, swapped, dropped letter) away from a known word.
  if (lower) return word.length < MIN_LOWER_SLIP ? undefined : slipVerdict(word, findSlips(word, lexicon));
  // A capitalised word may be a name: names recur, and short names are near some word ("Nike"/"Nie").
  if (context.recurs || context.inName) return undefined;
  if (word.length >= MIN_CAPITALISED_SLIP) return slipVerdict(word, findSlips(word, lexicon));
  if (!context.afterDeterminer || word.length < MIN_LOWER_SLIP) return undefined;
  return slipVerdict(word, findSlips(word, lexicon).filter((slip) => isNoun(slip)));
}

function slipVerdict(word: string, slips: string[]): Verdict | undefined {
  return slips.length > 0 ? { messageId: 'unknownWord', data: { word }, replacements: slips } : undefined;
}

/** The word parts of a token: "Biden-Regierung" is judged as "Biden" and "Regierung"; "48-stündige" not at all. */
function wordParts(token: Token): Token[] {
  if (!token.text.includes('-')) return [token];
  if (hasDigit(token.text)) return [];
  const parts: Token[] = [];
  let offset = token.start;
  for (const text of token.text.split('-')) {
    // "Kryo-Elektronenmikroskopie": a lower-case tail after a hyphen can be a suffix or a coordinated word part.
    if (text && (parts.length === 0 || text !== text.toLowerCase())) parts.push({ start: offset, end: offset + text.length, text });
    offset += text.length + 1;
  }
  return parts;
}

/** A capitalised neighbour that is no ordinary word ("Jess", "Cotswold", "AMC") marks a multi-word name. */
function isNameNeighbour(text: string, left: Token | undefined, right: Token | undefined, lexicon: Lexicon, neighbour: Token | undefined): boolean {
  if (!left || !right || !neighbour || !/^[ \u00a0&]{1,3}$/.test(text.slice(left.end, right.start))) return false;
  return isNameLike(neighbour.text, lexicon);
}

function isNameLike(word: string, lexicon: Lexicon): boolean {
  if (!/^\p{Lu}/u.test(word) || hasDigit(word)) return false;
  return isAbbreviation(word) || !lexicon.isWord(word.toLowerCase());
}

export const garbledWord = defineCheck({
  meta: {
    id: 'garbled-word',
    mqm: 'Fluency/Spelling',
    severity: 'minor',
    langs: ['de', 'en', 'fr', 'es'],
    messages: ['unknownWord', 'gluedWords'],
    requiresLexicon: true,
  },
  detect(ctx) {
    const lexicon = ctx.lexicon;
    if (!lexicon) return [];
    const tokens = findWords(ctx.text);
    const protectedRanges = findProtectedRanges(ctx.text);
    const capitalised = countCapitalised(tokens);
    const verdicts = new Map<string, Verdict | undefined>();
    const findings: Finding[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (overlapsRange(protectedRanges, token.start, token.end)) continue;
      if (lexicon.isWord(token.text) && !token.text.includes('-')) continue;
      // "Krankenschwestern und -pfleger": the part after a leading hyphen is a compound tail.
      const isTail = ctx.text[token.start - 1] === '-';
      for (const part of isTail ? [] : wordParts(token)) {
        const prev = tokens[i - 1];
        const next = tokens[i + 1];
        const context: Context = {
          recurs: (capitalised.get(nameKey(part.text)) ?? 0) > 1,
          inName:
            isNameNeighbour(ctx.text, prev, token, lexicon, prev) || isNameNeighbour(ctx.text, token, next, lexicon, next),
          // In "der Labour-Partei" the article belongs to the compound's head, not to "Labour".
          afterDeterminer:
            part === token && !!prev && ctx.text.slice(prev.end, token.start) === ' ' && (DETERMINER.test(prev.text) || ADJECTIVE.test(prev.text)),
        };
        const key = `${part.text}\u0000${context.recurs}${context.inName}${context.afterDeterminer}`;
        let verdict = verdicts.get(key);
        if (!verdicts.has(key)) {
          verdict = judgeWord(part.text, lexicon, context);
          verdicts.set(key, verdict);
        }
        if (!verdict) continue;
        findings.push({
          start: part.start,
          end: part.end,
          messageId: verdict.messageId,
          data: verdict.data,
          suggestions: verdict.replacements.map((replacement) => ({ start: part.start, end: part.end, replacement })),
        });
      }
    }
    return findings;
  },
  cases: {
    valid: [
      'Die Osterweiterung der NATO, sagte der Chefdiplomat.',
      'Der Nationale Sicherheitsberater der USA, Jake Sullivan, und Yang Jiechi trafen sich.',
      'Xi Jinping sprach mit Alexei Druzhinin von Sputnik.',
      'Die beiden Staats- und Regierungschefs trafen sich am 4. Februar 2022.',
      'Selenskyj reiste nach Kyjiw, wie dpa und AFP meldeten.',
      'SmileDirectClub, WikiLeaks und das iPhone: mehr unter https://example.org/abc oder #Ukraine.',
      'Der Lauf über 5km kostete 3,5% mehr als in den 20er Jahren.',
      'Die Drohnenangriffe und das Sanktionspaket nach dem Ukrainekrieg.',
      'Aber die die Welt erschrecken, sagte sie.',
    ],
    invalid: [
      {
        text: 'China drängt, seine Rettungsleinem isolierten Russland zu ziehen.',
        findings: [
          { messageId: 'unknownWord', range: [20, 34], data: { word: 'Rettungsleinem' }, suggestions: ['Rettungsleine'] },
        ],
      },
      {
        text: 'Die Truppenmit Panzern rückten vor.',
        findings: [
          {
            messageId: 'gluedWords',
            range: [4, 14],
            data: { word: 'Truppenmit', split: 'Truppen mit' },
            suggestions: ['Truppen mit'],
          },
        ],
      },
      {
        text: 'Der Kanzlerwar gestern in Rom.',
        findings: [
          { messageId: 'gluedWords', range: [4, 14], data: { word: 'Kanzlerwar', split: 'Kanzler war' } },
        ],
      },
      {
        text: 'Die Regierung hat die Verhnadlungen abgebrochen.',
        findings: [{ messageId: 'unknownWord', range: [22, 35], data: { word: 'Verhnadlungen' } }],
      },
    ],
  },
});
