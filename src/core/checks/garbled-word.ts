// Tokens that are no word of the language: garbled letters ("Rettungsleinem") and words glued to a function word ("Truppenmit").
import type { Lexicon } from '../lexicon/lexicon.ts';
import { isCompoundModifier, isNounForm } from '../lexicon/compound.ts';
import { findOneEditWords, oneEditCandidates } from '../lexicon/edits.ts';
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
import { isDerivedWord, isInflectionOfListed, isListedCompound } from '../lexicon/derivation.ts';
import { hasFrequencies, isListedWord, wordRank } from '../lexicon/word-frequency.ts';
import { findWords, type Token } from '../text/words.ts';
import { defineCheck, type Finding } from './define-check.ts';

interface Verdict {
  messageId: 'unknownWord' | 'gluedWords';
  data: Record<string, string>;
  replacements: string[];
}

const MIN_LENGTH = 3;
// Short words are one slip away from too many others ("Nike"/"Nie"); only longer ones get that test.
const MIN_SLIP = 5;

// Particles inside names ("Van Winkle", "bin Salman", "de la Cruz"): the word after one is a name.
const NAME_PARTICLE = /^(?:van|von|de|del|della|di|dos|la|le|bin|ibn|al|el|ter|ten|mac|mc)$/iu;
// Letters of German words; a token with others ("Pedalé", "Jiří") is a foreign name or word.
const FOREIGN_LETTER = /[^a-zA-ZäöüÄÖÜß'’]/u;

// Slip searches cost up to a few hundred lookups; a word's answer depends only on the lexicon, so it is kept across analyses.
const slipCache = new WeakMap<Lexicon, Map<string, string[]>>();

function cached(lexicon: Lexicon, word: string, find: () => string[]): string[] {
  let cache = slipCache.get(lexicon);
  if (!cache) {
    cache = new Map();
    slipCache.set(lexicon, cache);
  }
  let slips = cache.get(word);
  if (!slips) {
    slips = find();
    cache.set(word, slips);
  }
  return slips;
}

// A slip is only reported when the word it was meant to be is common: a rare word one letter from an unknown one
// ("Heimsphäre" for "Hemisphäre", "Kurautor" for "Kurator") says more about the dictionary than about the text.
const MAX_TARGET_RANK = 50_000;
const MIN_HEAD = 5;
const MAX_SLIPS = 3;
// Slips kept before the caller filters them by context.
const MAX_CANDIDATES = 6;

/**
 * Known words one slip away. A dropped final e/n/r/s is left out: that is an inflection or derivation
 * ("Strampler"/"Strample", "Arabiens"/"Arabien") far more often than a typo.
 */
function findSlips(word: string, lexicon: Lexicon): string[] {
  return cached(lexicon, word, () => {
    const spell = lexicon.spell ?? lexicon.isWord;
    const stem = /[enrs]$/.test(word) ? word.slice(0, -1) : undefined;
    if (!hasFrequencies(lexicon.lang)) {
      return findOneEditWords(word, spell, { insertions: true }).filter((edit) => edit !== stem);
    }
    return findCommonSlips(word, stem, lexicon);
  });
}

function findCommonSlips(word: string, stem: string | undefined, lexicon: Lexicon): string[] {
  const lang = lexicon.lang;
  const spell = lexicon.spell ?? lexicon.isWord;
  const modifiers = new Map<number, boolean>();
  const isModifierAt = (end: number): boolean => {
    let known = modifiers.get(end);
    if (known === undefined) {
      known = isCompoundModifier(word.slice(0, end), spell, lang);
      modifiers.set(end, known);
    }
    return known;
  };
  const capitalised = word !== word.toLowerCase();
  const isCommon = (candidate: string, at: number): boolean => {
    const rank = wordRank(candidate, lang);
    // A capitalised word is meant to be a noun; one slip from a name ("Edinburg"/"Edinburgh") it is a name variant.
    if (rank !== undefined) return rank <= MAX_TARGET_RANK && lexicon.isWord(candidate);
    // Inflected forms are missing from the list more often than not ("entrüstete", "belastende").
    if (!capitalised) return isInflectionOfListed(candidate, lang) && lexicon.isWord(candidate);
    // A noun compound whose head holds the slip: "Lohneröhungen" is "Lohn" + a slip of the common "Erhöhungen".
    for (let end = 3; end < at && candidate.length - end >= MIN_HEAD && word.length - end >= MIN_HEAD; end++) {
      const head = candidate.slice(end);
      const headRank = wordRank(head, lang);
      if (headRank === undefined || headRank > MAX_TARGET_RANK || !isModifierAt(end)) continue;
      return isNounForm(head, spell) && lexicon.isWord(candidate);
    }
    return false;
  };
  const found: string[] = [];
  for (const edit of oneEditCandidates(word, lang)) {
    if (edit.word === stem || found.includes(edit.word)) continue;
    if (isCommon(edit.word, edit.at)) found.push(edit.word);
    if (found.length >= MAX_CANDIDATES) break;
  }
  return found;
}

interface Context {
  /** The capitalised word occurs again in the article: names recur, garbles rarely do. */
  recurs: boolean;
  /** A neighbouring word looks like part of a name ("Jess Phillips", "Cotswold Wildlife Park"). */
  inName: boolean;
}

/** Judges one word (no hyphens) of the text. */
function judgeWord(word: string, lexicon: Lexicon, context: Context): Verdict | undefined {
  if (word.length < MIN_LENGTH || hasDigit(word) || lexicon.isWord(word)) return undefined;
  if (isAbbreviation(word) || hasInnerCapital(word)) return undefined;
  if (lexicon.lang !== 'en' && (englishOnlyWords.has(word) || englishFunctionWords.has(word))) return undefined;
  // Listed words and names are no errors ("Hemisphäre", "Morales"), though the dictionary lacks them.
  if (isListedWord(word, lexicon.lang) || isListedWord(nameKey(word), lexicon.lang)) return undefined;
  const spell = lexicon.spell ?? lexicon.isWord;
  const isNoun = lexicon.lang === 'de' ? (left: string) => isNounForm(left, spell) : lexicon.isWord;
  const splits = findFunctionWordSplits(word, lexicon.isWord, lexicon.lang, isNoun);
  if (splits.length > 0) {
    const replacements = splits.map(([left, right]) => `${left} ${right}`);
    return { messageId: 'gluedWords', data: { word, split: replacements[0]! }, replacements };
  }
  const lower = word === word.toLowerCase();
  if (!lower && !isCapitalised(word)) return undefined;
  if (!lower && isListedCompound(word, spell, lexicon.lang)) return undefined;
  if (isDerivedWord(word, (form) => spell(form) || isListedWord(form, lexicon.lang), lexicon.lang, spell)) return undefined;
  // An unknown word is not flagged for being unknown: the 2016 dictionary lacks many words and most names.
  // It is flagged when it is one slip (a doubled, swapped, dropped letter) away from a known word.
  if (word.length < MIN_SLIP) return undefined;
  if (lower) return slipVerdict(word, findSlips(word, lexicon));
  // A capitalised word may be a name: names recur and stand next to other names.
  if (context.recurs || context.inName || FOREIGN_LETTER.test(word)) return undefined;
  return slipVerdict(word, findSlips(word, lexicon));
}

function slipVerdict(word: string, slips: string[]): Verdict | undefined {
  return slips.length > 0 ? { messageId: 'unknownWord', data: { word }, replacements: slips.slice(0, MAX_SLIPS) } : undefined;
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
      // The frequency list answers most tokens without a hunspell call, which costs ~40 µs for an unknown word.
      if (!token.text.includes('-') && (isListedWord(token.text, lexicon.lang) || lexicon.isWord(token.text))) continue;
      // "Krankenschwestern und -pfleger": the part after a leading hyphen is a compound tail.
      const isTail = ctx.text[token.start - 1] === '-';
      const parts = isTail ? [] : wordParts(token);
      for (const part of parts) {
        // "Bernhard-Nocht-Institut": a modifier next to a name in the same token is part of the name.
        const nameParts =
          part !== parts[parts.length - 1] && parts.some((other) => other !== part && isNameLike(other.text, lexicon));
        const prev = tokens[i - 1];
        const next = tokens[i + 1];
        const context: Context = {
          recurs: (capitalised.get(nameKey(part.text)) ?? 0) > 1,
          inName:
            nameParts ||
            (!!prev && NAME_PARTICLE.test(prev.text) && /^ $/.test(ctx.text.slice(prev.end, token.start))) ||
            isNameNeighbour(ctx.text, prev, token, lexicon, prev) ||
            isNameNeighbour(ctx.text, token, next, lexicon, next),
        };
        const key = `${part.text}\u0000${context.recurs}${context.inName}`;
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
      // Words the 2016 dictionary lacks but the frequency list or German word formation knows.
      'Die Kuratorin sprach mit einer Strategin über Bestäuber und die westliche Hemisphäre.',
      'Die Urlaubsresorts und die ungleicheren Gesellschaften, sagte der ikonische Kurator.',
      'Die Brandbekämpfer und Kliniker hatten die Unterbreitung geprüft.',
      // Names one slip from a word: after a name particle, inside a hyphenated name, listed names.
      'Elizabeth Van Winkle vom Bernhard-Nocht-Institut sprach mit den Liberal Democrats und der Times.',
      'Das sagte Morales, während Pedalé schwieg.',
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
        text: 'Die Saktionen gegen Russland wurden verschärft.',
        findings: [{ messageId: 'unknownWord', range: [4, 13], data: { word: 'Saktionen' }, suggestions: ['Sanktionen'] }],
      },
      {
        text: 'Der Sturm hat den Wellengang hervorgerufe.',
        findings: [
          { messageId: 'unknownWord', range: [29, 41], data: { word: 'hervorgerufe' }, suggestions: ['hervorgerufen'] },
        ],
      },
      {
        text: 'Die Regierung hat die Verhnadlungen abgebrochen.',
        findings: [{ messageId: 'unknownWord', range: [22, 35], data: { word: 'Verhnadlungen' } }],
      },
    ],
  },
});
