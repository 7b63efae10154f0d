// Tokens that are no word of the language: garbled letters ("Rettungsleinem") and words glued to a function word ("Truppenmit").
import type { Lexicon } from '../lexicon/lexicon.ts';
import { isCompoundModifier, isNounForm } from '../lexicon/compound.ts';
import { findOneEditWords, oneEditCandidates } from '../lexicon/edits.ts';
import { memoOf } from '../lexicon/memo.ts';
import { englishFunctionWords, englishOnlyWords } from '../lexicon/english-words.ts';
import { functionWords, isFunctionWord, wordEndings } from '../lexicon/function-words.ts';
import {
  findProtectedRanges,
  hasDigit,
  hasInnerCapital,
  isAbbreviation,
  isCapitalised,
  nameKey,
  overlapsRange,
} from '../lexicon/names.ts';
import { findFunctionWordSplits, isParticipleStem, type Split } from '../lexicon/split.ts';
import { isDerivedWord, isInflectionOfListed, isListedCompound } from '../lexicon/derivation.ts';
import { hasFrequencies, isListedName, isListedWord, lowerWordRank, wordRank } from '../lexicon/word-frequency.ts';
import { findWords, type Token } from '../text/words.ts';
import { defineCheck, type Finding } from './define-check.ts';

interface Verdict {
  messageId: 'unknownWord' | 'gluedWords';
  data: Record<string, string>;
  replacements: string[];
}

/** How a loose split is confirmed by the document around the word. */
type LooseKind = 'noun' | 'initial' | 'name';

/** What is known about an unknown word without its context; cached per word and lexicon. */
interface Analysis {
  /** A glue the word alone proves ("Truppenmit"). */
  glued?: Verdict;
  /** Glues that need the context: the word occurs once, stands at a sentence start, or its left part occurs alone. */
  loose: { split: Split; kind: LooseKind }[];
  /** Common words one slip away. */
  slips: string[];
  /** Capitalised: slips count only outside names (a name may be one slip from a word). */
  capitalised: boolean;
  /** Three equal letters or a doubled letter German never doubles ("Herstelller", "Domiinic"): a slip even in a name. */
  stutter?: string;
}

const MIN_LENGTH = 3;
// Longer than any German compound in use (the longest have about 60 letters): such a token is a code or text that lost
// its spaces, and the dictionary and slip search take superlinear time on it (a 240-letter token took 4 s).
const MAX_LENGTH = 64;
// Short words are one slip away from too many others ("Nike"/"Nie"); four-letter ones only from very common words.
const MIN_SLIP = 5;
const SHORT_SLIP = 4;
const SHORT_TARGET_RANK = 3_000;

// Particles inside names ("Van Winkle", "bin Salman", "de la Cruz"): the word after one is a name.
const NAME_PARTICLE = /^(?:van|von|de|del|della|di|dos|la|le|bin|ibn|al|el|ter|ten|mac|mc)$/iu;
// Letters of German words; a token with others ("Pedalé", "Jiří") is a foreign name or word, and so, as a capitalised
// word, is one with a y or an English "ou" ("Tonys", "Labours").
const FOREIGN_NAME_LETTER = /[^a-xzA-XZäöüÄÖÜß'’]|ou/u;
const FOREIGN_NEIGHBOUR = /[^a-zA-ZäöüÄÖÜß'’\-‐]/u;
// Two-letter function words that MT glues to a noun ("Hundzu", "Seenim"); others end too many names ("Hassan", "Roman").
const SHORT_GLUE = new Set(['zu', 'im', 'in']);
// Function words glued on without proof from the word alone; "ans", "vor", "war" end too many names ("Tristans").
const LOOSE_GLUE = new Set(
  'der die das den dem des ein eine einen einem einer und mit von zu im in auf für ist sich nicht bei nach aus vom zum zur über oder'.split(' '),
);
const GLUE_LEFT_MIN = 3;
// Endings of person nouns that form a feminine in -in ("Kuratorin", "Strategin", "Pilotin"). The dictionary knows the
// common feminines; these are for the ones it lacks, so a plural ("Kinder") may slip through as a feminine.
const PERSON_NOUN = /(?:er|or|ist|ant|ent|at|et|it|ot|ut|og|eg|af|ar|är|eur|ik|ekt)$/u;
// An acronym with a function word glued on: "ASIObei", "HIVund", "USAder".
const ACRONYM_GLUE = /^(\p{Lu}{2,})(\p{Ll}{2,})$/u;
// Three equal letters, or (in German) a doubled i, u, y or umlaut: no word has them, so one letter is too many.
const STUTTER = /(\p{L})\1\1/u;
const GERMAN_STUTTER = /(\p{L})\1\1|([iuyäöü])\2/u;
// A capitalised non-noun this long is a nominalised adjective or an adverb wherever it stands ("Schwächstendie").
const INITIAL_ANYWHERE = 6;

// A word's analysis depends only on the lexicon, so it is kept across analyses (and distinct tokens are far fewer than tokens).
const ANALYSES = 'garbled-word.analyses';
const KNOWN_TOKENS = 'garbled-word.known';

// A slip is only reported when the word it was meant to be is common: a rare word one letter from an unknown one
// ("Heimsphäre" for "Hemisphäre", "Kurautor" for "Kurator") says more about the dictionary than about the text.
const MAX_TARGET_RANK = 50_000;
const MIN_HEAD = 5;
const MAX_SLIPS = 3;
// Slips kept before the caller filters them by context.
const MAX_CANDIDATES = 6;
// A doubled or tripled letter whose single form is a word is a slip even when the word is rare ("Quarteerback").
const MIN_DOUBLING = 8;
// Next to a name, a doubled letter counts as a slip only in a word this common.
const NAME_NEIGHBOUR_RANK = 20_000;

/**
 * Known words one slip away. A dropped final e/n/r/s is left out: that is an inflection or derivation
 * ("Strampler"/"Strample", "Arabiens"/"Arabien") far more often than a typo.
 */
function findSlips(word: string, lexicon: Lexicon): string[] {
  const spell = lexicon.spell ?? lexicon.isWord;
  const stem = /[enrs]$/.test(word) ? word.slice(0, -1) : undefined;
  const doubled = findUndoubled(word, lexicon);
  const isNew = (edit: string) => edit !== stem && !doubled.includes(edit);
  if (!hasFrequencies(lexicon.lang)) {
    const edits = findOneEditWords(word, spell, { insertions: true, limit: MAX_CANDIDATES });
    return [...doubled, ...edits.filter((edit) => isNew(edit) && isTypingSlip(word, edit))];
  }
  const common = findCommonSlips(word, stem, lexicon).filter(isNew);
  if (word.length < MIN_SLIP) return common.filter((edit) => (wordRank(edit, lexicon.lang) ?? Infinity) <= SHORT_TARGET_RANK);
  return [...doubled, ...common];
}

/**
 * A slip a typist makes: a letter too many doubles its neighbour ("Maschineen") or trails the word ("Rettungsleinem").
 * Another extra letter is a different word or a name variant more often ("Guess"/"Guss", "gestunken"/"gesunken",
 * "Marca"/"Marc"), and so is a missing final e ("Erstmalig", "postet").
 */
function isTypingSlip(word: string, candidate: string): boolean {
  if (candidate.length === word.length + 1) return !(candidate.endsWith('e') && candidate.startsWith(word));
  if (candidate.length !== word.length - 1) return true;
  const at = firstDifference(word, candidate);
  if (at === word.length - 1) return !/[aeiouy]/.test(word[at]!);
  return isUndoubling(word, candidate);
}

function firstDifference(word: string, candidate: string): number {
  let i = 0;
  while (i < candidate.length && word[i] === candidate[i]) i++;
  return i;
}

/** True when `candidate` is `word` with one of two equal neighbouring letters dropped: "Stürmme" → "Stürme". */
function isUndoubling(word: string, candidate: string): boolean {
  if (candidate.length !== word.length - 1) return false;
  const at = firstDifference(word, candidate);
  if (word.slice(at + 1) !== candidate.slice(at)) return false;
  return word[at] === word[at - 1] || word[at] === word[at + 1];
}

/** "Maschineen" → "Maschinen", "Zwilllingstürme" → "Zwillingstürme": one of two or three equal letters dropped. */
function findUndoubled(word: string, lexicon: Lexicon): string[] {
  const found: string[] = [];
  const spell = lexicon.spell ?? lexicon.isWord;
  // A doubled final letter is foreign more often than a slip ("Schuhadaa", "Grubb").
  for (let i = 1; i < word.length - 2; i++) {
    if (word[i] !== word[i + 1]) continue;
    const single = word.slice(0, i) + word.slice(i + 1);
    // Of three letters one is surely too many; of two, only when the single form is a word as it stands, not a
    // compound hunspell pieces together ("mitternächtliche" is no "miter|nächtliche").
    const tripled = word[i] === word[i + 2] || word[i] === word[i - 1];
    if (!tripled && word.length < MIN_DOUBLING) continue;
    const known = tripled ? lexicon.isWord(single) : spell(single) || isListedWord(single, lexicon.lang);
    if (!found.includes(single) && known) found.push(single);
  }
  return found;
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
  const lower = word.toLowerCase();
  const capitalised = word !== lower;
  const cased = (candidate: string) => (capitalised ? word[0]! + candidate.slice(1) : candidate);
  // Candidates are probed in lower case (the list's form) and cased back only when they are worth a dictionary call.
  const isCommon = (candidate: string, at: number): boolean => {
    const rank = lowerWordRank(candidate, lang);
    // A capitalised word is meant to be a noun; one slip from a name ("Edinburg"/"Edinburgh") it is a name variant.
    if (rank !== undefined) return rank <= MAX_TARGET_RANK && lexicon.isWord(cased(candidate));
    // Inflected forms are missing from the list more often than not ("entrüstete", "belastende").
    if (!capitalised) return isInflectionOfListed(candidate, lang) && lexicon.isWord(candidate);
    // A noun compound whose head holds the slip: "Lohneröhungen" is "Lohn" + a slip of the common "Erhöhungen".
    for (let end = 3; end < at && candidate.length - end >= MIN_HEAD && word.length - end >= MIN_HEAD; end++) {
      const head = candidate.slice(end);
      const headRank = lowerWordRank(head, lang);
      if (headRank === undefined || headRank > MAX_TARGET_RANK || !isModifierAt(end)) continue;
      return isNounForm(head, spell) && lexicon.isWord(cased(candidate));
    }
    return false;
  };
  const found: string[] = [];
  for (const edit of oneEditCandidates(lower, lang, capitalised ? 1 : 0)) {
    const candidate = cased(edit.word);
    // "Grubb", "Webb": a final double letter is an English spelling, not a slip of "Grub".
    if (candidate === stem || found.includes(candidate) || (capitalised && candidate === word.slice(0, -1) && word.endsWith(word.at(-1)!.repeat(2)))) continue;
    if (isCommon(edit.word, edit.at) && isTypingSlip(word, candidate)) found.push(candidate);
    if (found.length >= MAX_CANDIDATES) break;
  }
  return found;
}

/**
 * Splits into a word and a function word that the word alone does not prove: a noun before a short function word
 * ("Hundzu"), a capitalised non-noun before one ("Währendder", sentence-initial), any left part ("Trumpzu", confirmed
 * when the left part occurs on its own in the text).
 */
function findLooseSplits(word: string, lexicon: Lexicon): Analysis['loose'] {
  const loose: Analysis['loose'] = [];
  const lower = word.toLowerCase();
  // The glue patterns, noun test and feminine endings are German.
  if (word === lower || lexicon.lang !== 'de') return loose;
  const spell = lexicon.spell ?? lexicon.isWord;
  const endings = wordEndings(lexicon.lang);
  for (const fw of functionWords(lexicon.lang)) {
    if (lower.length - fw.length < GLUE_LEFT_MIN || !lower.endsWith(fw) || endings.has(fw)) continue;
    if (!LOOSE_GLUE.has(fw) || (fw.length < 3 && !SHORT_GLUE.has(fw))) continue;
    const left = word.slice(0, -fw.length);
    // "Kämpferin", "Kuratorin": a feminine person noun, not "Kämpfer in"; other nouns take no -in ("Monatin", "Landin").
    if (fw === 'in' && PERSON_NOUN.test(left) && isNounForm(left, spell)) continue;
    // "Medienschaffender": a participle with an adjective ending.
    if (fw.startsWith('d') && /en$/.test(left) && isParticipleStem(left.toLowerCase(), lexicon.isWord)) continue;
    const split: Split = [left, fw];
    if (left.length >= 4 || fw.length >= 3 ? isNounForm(left, spell) : isNounForm(left, spell) && lexicon.isWord(left)) {
      loose.push({ split, kind: 'noun' });
    } else if (spell(left.toLowerCase()) && !isNounForm(left, spell)) {
      loose.push({ split, kind: 'initial' });
    } else {
      loose.push({ split, kind: 'name' });
    }
  }
  return loose.sort((a, b) => b.split[0].length - a.split[0].length);
}

/** Judges one word (no hyphens) without its context; null when it is fine wherever it stands. */
function analyse(word: string, lexicon: Lexicon): Analysis | null {
  if (word.length < MIN_LENGTH || word.length > MAX_LENGTH || hasDigit(word)) return null;
  const lang = lexicon.lang;
  const spell = lexicon.spell ?? lexicon.isWord;
  const isNoun = lang === 'de' ? (left: string) => isNounForm(left, spell) : lexicon.isWord;
  if (lexicon.isWord(word)) {
    // Accepted only as a compound of two words, one of them glued on: "schneller|und" read as "schnelle|rund".
    if (spell(word) || isListedWord(word, lang) || word.length < 8) return null;
    const splits = findFunctionWordSplits(word, spell, lang, isNoun).filter(
      ([left, right]) => right.length >= 3 && left.length >= 5 && isFunctionWord(right, lang),
    );
    return splits.length > 0 ? { glued: gluedVerdict(word, splits), loose: [], slips: [], capitalised: false } : null;
  }
  const acronym = ACRONYM_GLUE.exec(word);
  if (acronym && isFunctionWord(acronym[2]!, lang) && !wordEndings(lang).has(acronym[2]!)) {
    return { glued: gluedVerdict(word, [[acronym[1]!, acronym[2]!]]), loose: [], slips: [], capitalised: false };
  }
  if (isAbbreviation(word)) return null;
  if (hasInnerCapital(word)) {
    // "McEnanybei": a camel-case name with a function word glued on, confirmed when the name occurs on its own.
    const loose = findLooseSplits(word, lexicon)
      .filter(({ split }) => split[1].length >= 3)
      .map(({ split }) => ({ split, kind: 'name' as const }));
    return loose.length > 0 ? { loose, slips: [], capitalised: false } : null;
  }
  if (lang !== 'en' && (englishOnlyWords.has(word) || englishFunctionWords.has(word))) return null;
  // Listed words and names are no errors ("Hemisphäre", "Morales"), though the dictionary lacks them.
  if (isListedWord(word, lang)) return null;
  const key = nameKey(word);
  if (key !== word && isListedName(key, lang)) return null;
  const splits = findFunctionWordSplits(word, lexicon.isWord, lang, isNoun);
  if (splits.length > 0) return { glued: gluedVerdict(word, splits), loose: [], slips: [], capitalised: false };
  const lower = word === word.toLowerCase();
  if (!lower && !isCapitalised(word)) return null;
  const loose = findLooseSplits(word, lexicon);
  if (!lower && isListedCompound(word, spell, lang)) return loose.length ? { loose, slips: [], capitalised: true } : null;
  // "Pollens": the genitive of a known noun ("Pollen"), not a slip of "Polens".
  if (!lower && word.endsWith('s') && spell(word.slice(0, -1))) return loose.length ? { loose, slips: [], capitalised: true } : null;
  const stutter = (lang === 'de' ? GERMAN_STUTTER : STUTTER).exec(word);
  const single = stutter ? word.slice(0, stutter.index) + word.slice(stutter.index + 1) : undefined;
  // "Herstelller" looks derived from "herstellen"; three equal letters say otherwise.
  if (!single && isDerivedWord(word, (form) => spell(form) || isListedWord(form, lang), lang, spell)) {
    return loose.length ? { loose, slips: [], capitalised: !lower } : null;
  }
  // An unknown word is not flagged for being unknown: the 2016 dictionary lacks many words and most names.
  // It is flagged when it is one slip (a doubled, swapped, dropped letter) away from a known word.
  // Without a frequency list to tell common targets, four-letter words stay out.
  const short = lower && word.length >= SHORT_SLIP && hasFrequencies(lang);
  const slips = word.length >= MIN_SLIP || short ? findSlips(word, lexicon) : [];
  return { loose, slips, capitalised: !lower, stutter: single };
}

function gluedVerdict(word: string, splits: Split[]): Verdict {
  const replacements = splits.map(([left, right]) => `${left} ${right}`);
  return { messageId: 'gluedWords', data: { word, split: replacements[0]! }, replacements };
}

function slipVerdict(word: string, slips: string[]): Verdict | undefined {
  return slips.length > 0 ? { messageId: 'unknownWord', data: { word }, replacements: slips.slice(0, MAX_SLIPS) } : undefined;
}

/** The document around a word: how often tokens occur, and where sentences start. */
interface Surroundings {
  text: string;
  counts: Map<string, number>;
  lexicon: Lexicon;
}

/** How often a capitalised word occurs, counting its genitive and possessive forms: names recur, garbles rarely do. */
function occurrences(word: string, counts: Map<string, number>): number {
  const key = nameKey(word);
  let n = counts.get(key) ?? 0;
  for (const ending of ['s', "'s", '’s', "'", '’']) n += counts.get(key + ending) ?? 0;
  return key === word ? n : Math.max(n, counts.get(word) ?? 0);
}

// The letters a slip inserts or drops are looked for in the same document.
const VARIANT_LETTERS = 'abcdefghijklmnopqrstuvwxyzäöüß';

/**
 * A word of the document one slip from this capitalised word ("Bullley" when "Bulley" occurs): a garbled name. Edits at
 * the end are left out: "Bulley"/"Bulleys" are forms of one name.
 */
function findVariant(word: string, counts: Map<string, number>, lexicon: Lexicon): string | undefined {
  // Two spellings of a name as frequent as each other ("Qureshi", "Quereshi") leave open which one is wrong.
  const own = Math.max(1, counts.get(word) ?? 0);
  const seen = (candidate: string) =>
    candidate !== word && ((counts.get(candidate) ?? 0) >= 2 * own || ((counts.get(candidate) ?? 0) > 0 && lexicon.isWord(candidate)));
  for (let i = 1; i < word.length - 1; i++) {
    // Only a doubled letter is dropped: "Korsch"/"Korsh", "Nivision"/"Nivison" are spellings, not slips.
    if (word[i] !== word[i - 1] && word[i] !== word[i + 1]) continue;
    const dropped = word.slice(0, i) + word.slice(i + 1);
    if (seen(dropped)) return dropped;
  }
  for (let i = 1; i < word.length - 1; i++) {
    if (word[i] === word[i + 1]) continue;
    const swapped = word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2);
    if (seen(swapped)) return swapped;
  }
  const letters = new Set(VARIANT_LETTERS + word.toLowerCase());
  for (let i = 1; i < word.length; i++) {
    for (const letter of letters) {
      const inserted = word.slice(0, i) + letter + word.slice(i);
      if (seen(inserted)) return inserted;
    }
  }
  return undefined;
}

/** True when the token starts a sentence or a line: a capitalised function word there is no name. */
function atSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /[\s„“"»«(‚‘']/u.test(text[i]!)) {
    if (text[i] === '\n') return true;
    i--;
  }
  return i < 0 || /[.!?:;]/.test(text[i]!);
}

interface Context {
  /** The capitalised word occurs again in the article: names recur, garbles rarely do. */
  recurs: boolean;
  /** A neighbouring word looks like part of a name ("Jess Phillips", "Cotswold Wildlife Park"). */
  inName: boolean;
}

/** The verdict on one occurrence of an unknown word, from its analysis and its context. */
function decide(part: Token, analysis: Analysis, around: Surroundings, context: () => Context, afterParticle: boolean): Verdict | undefined {
  const word = part.text;
  const lang = around.lexicon.lang;
  const capital = /^\p{Lu}/u.test(word);
  if (analysis.glued) {
    // "Salmans" next to "Salman": the genitive of a name, not "Salm ans"; so is "bin Salmans" (a rare glue after a particle).
    if (capital && word.endsWith('s') && around.counts.has(word.slice(0, -1))) return undefined;
    const right = analysis.glued.data.split!.split(' ')[1]!;
    return afterParticle && capital && !LOOSE_GLUE.has(right.toLowerCase()) ? undefined : analysis.glued;
  }
  const once = (around.counts.get(word) ?? 0) <= 1;
  if (once) {
    for (const { split, kind } of analysis.loose) {
      const confirmed =
        kind === 'noun' ||
        (kind === 'initial' && (split[0].length >= INITIAL_ANYWHERE || atSentenceStart(around.text, part.start))) ||
        (kind === 'name' && (around.counts.get(split[0]) ?? 0) > 0);
      if (confirmed) return gluedVerdict(word, [split]);
    }
  }
  // "bin Salmans", "de Lorean": a capitalised word after a name particle is a name, however it is spelled; a glue the
  // word proves ("von Truppenund") is still one.
  if (afterParticle && capital) return undefined;
  if (!analysis.capitalised) return slipVerdict(word, analysis.slips);
  const { recurs, inName } = context();
  if (recurs) return undefined;
  const stutter = analysis.stutter;
  if (stutter && (around.lexicon.isWord(stutter) || (around.counts.get(stutter) ?? 0) > 0)) return slipVerdict(word, [stutter]);
  // A name spelled otherwise elsewhere in the text is a slip, next to other names or not ("AMC Theatres" and
  // "Theaters" are not one name).
  const variant = word.length >= SHORT_SLIP && !isListedWord(word, lang) ? findVariant(word, around.counts, around.lexicon) : undefined;
  const isCommonNoun = (candidate: string) => wordRank(candidate, lang) !== undefined && !isListedName(candidate, lang);
  if (variant && !(inName && isCommonNoun(variant))) return slipVerdict(word, [variant]);
  // Outside German, nouns are written in lower case: a capitalised unknown word is a name, or a sentence's first word.
  if (lang !== 'de' && !atSentenceStart(around.text, part.start)) return undefined;
  if (inName) {
    // "Geogmagnetische Stürmme", "ihrer Tochteer True": a doubled letter in a common word is a slip even next to a name.
    const isCommonWord = (slip: string) => (wordRank(slip, lang) ?? Infinity) <= NAME_NEIGHBOUR_RANK && !isListedName(slip, lang);
    return slipVerdict(word, analysis.slips.filter((slip) => isUndoubling(word, slip) && isCommonWord(slip)));
  }
  // "Pedalé" is a foreign name, not a slip of "Pedale"; "Syrrien" and "Tourene" are "Syrien" and "Tournee" garbled.
  const foreign = lang === 'de' ? FOREIGN_NAME_LETTER.exec(word)?.[0] : undefined;
  return slipVerdict(word, foreign ? analysis.slips.filter((slip) => slip.includes(foreign)) : analysis.slips);
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

/**
 * A neighbour that marks a name or a foreign phrase: a capitalised token the dictionary does not know as written
 * (nouns are known capitalised) or a listed first name ("Jess", "AMC", "Blair"), an English function word ("Centres
 * for Disease Control"), a word with foreign letters ("Statistisk sentralbyrå").
 */
function isNameLike(word: string, lexicon: Lexicon): boolean {
  if (hasDigit(word)) return false;
  if (FOREIGN_NEIGHBOUR.test(word) || (lexicon.lang !== 'en' && englishFunctionWords.has(word))) return true;
  if (!/^\p{Lu}/u.test(word)) return false;
  return isAbbreviation(word) || !lexicon.isWord(word) || isListedName(word, lexicon.lang);
}

/** "Ursula von der Leyen", "Herzog von Edinburg", "Van Winkle": the word after a particle may be a name. */
function followsNameParticle(text: string, tokens: readonly Token[], i: number): boolean {
  const particle = tokens[i - 1];
  return !!particle && NAME_PARTICLE.test(particle.text) && /^ $/.test(text.slice(particle.end, tokens[i]!.start));
}

/** True when the whole token is a known word; the frequency list answers most without a hunspell call (~40 µs). */
function isKnownToken(word: string, lexicon: Lexicon): boolean {
  if (word.includes('-')) return false;
  if (word.length > MAX_LENGTH) return true;
  if (isListedWord(word, lexicon.lang)) return true;
  if (!lexicon.isWord(word)) return false;
  // Compound-only acceptances may hide a glue ("schnellerund"); they get the full analysis.
  return word.length < 8 || (lexicon.spell ?? lexicon.isWord)(word);
}

export const garbledWord = defineCheck({
  meta: {
    id: 'garbled-word',
    mqm: 'Fluency/Spelling',
    severity: 'minor',
    // Every language with a dictionary; the German layers (word list, compounds, glue rules) apply to German only.
    langs: ['*'],
    messages: ['unknownWord', 'gluedWords'],
    requiresLexicon: true,
  },
  detect(ctx) {
    const lexicon = ctx.lexicon;
    if (!lexicon) return [];
    const { text } = ctx;
    const tokens = findWords(text);
    const known = memoOf<boolean>(lexicon, KNOWN_TOKENS);
    const counts = new Map<string, number>();
    const unknown: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i]!.text;
      counts.set(word, (counts.get(word) ?? 0) + 1);
      let isKnown = known.get(word);
      if (isKnown === undefined) {
        isKnown = isKnownToken(word, lexicon);
        known.set(word, isKnown);
      }
      if (!isKnown) unknown.push(i);
    }
    if (unknown.length === 0) return [];
    const protectedRanges = findProtectedRanges(text);
    const cache = memoOf<Analysis | null>(lexicon, ANALYSES);
    const around: Surroundings = { text, counts, lexicon };
    const findings: Finding[] = [];
    for (const i of unknown) {
      const token = tokens[i]!;
      if (overlapsRange(protectedRanges, token.start, token.end)) continue;
      // "Krankenschwestern und -pfleger": the part after a leading hyphen is a compound tail.
      const parts = text[token.start - 1] === '-' ? [] : wordParts(token);
      for (const part of parts) {
        let analysis = cache.get(part.text);
        if (analysis === undefined) {
          analysis = analyse(part.text, lexicon);
          cache.set(part.text, analysis);
        }
        if (!analysis) continue;
        const context = (): Context => {
          // "Bernhard-Nocht-Institut": a modifier next to a name in the same token is part of the name.
          const nameParts =
            part !== parts[parts.length - 1] && parts.some((other) => other !== part && isNameLike(other.text, lexicon));
          return {
            recurs: occurrences(part.text, counts) > 1,
            inName:
              nameParts ||
              followsNameParticle(text, tokens, i) ||
              isNameNeighbour(text, tokens[i - 1], token, lexicon, tokens[i - 1]) ||
              isNameNeighbour(text, token, tokens[i + 1], lexicon, tokens[i + 1]),
          };
        };
        const verdict = decide(part, analysis, around, context, part.start === token.start && followsNameParticle(text, tokens, i));
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
      // English names and words one slip from German ones; a participle that ends like "der"; a name's genitive.
      'Professor Blair Grubb sprach mit den Centres for Disease Control und zwei Tonys.',
      'Ein Medienschaffender traf Mohammed bin Salmans Berater.',
      // One letter from a word, but no typing slip: an extra letter that doubles nothing, a name's final vowel, a
      // missing final e, the genitive of a known noun.
      'Sie warb für Guess Jeans, berichtete Marca. Erstmalig wurde die Menge des Pollens gemessen.',
      // Longer than any word: not probed, though it is one slip from a 66-letter compound.
      'Das Rindfleischetikettierungsüberwachungsaufgabenübertragungsgessetzes bleibt ungeprüft.',
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
        text: 'Er wollte seinen Hundzu retten.',
        findings: [{ messageId: 'gluedWords', range: [17, 23], data: { word: 'Hundzu', split: 'Hund zu' } }],
      },
      {
        text: 'Trump sprach. Später erklärte Trumpzu einem späteren Zeitpunkt mehr.',
        findings: [{ messageId: 'gluedWords', range: [30, 37], data: { word: 'Trumpzu', split: 'Trump zu' } }],
      },
      {
        text: 'Die Befugnisse der ASIObei Vernehmungen.',
        findings: [{ messageId: 'gluedWords', range: [19, 26], data: { word: 'ASIObei', split: 'ASIO bei' } }],
      },
      {
        text: 'Der Einsatz von Truppenund Panzern.',
        findings: [{ messageId: 'gluedWords', range: [16, 26], data: { word: 'Truppenund', split: 'Truppen und' } }],
      },
      {
        text: 'Der Herstelller lieferte nicht.',
        findings: [{ messageId: 'unknownWord', range: [4, 15], data: { word: 'Herstelller' }, suggestions: ['Hersteller'] }],
      },
      {
        text: 'Peter Bulley kam. Dann sagte Peter Bullley nichts.',
        findings: [{ messageId: 'unknownWord', range: [35, 42], data: { word: 'Bullley' }, suggestions: ['Bulley'] }],
      },
      {
        text: 'Die Regierung hat die Verhnadlungen abgebrochen.',
        findings: [{ messageId: 'unknownWord', range: [22, 35], data: { word: 'Verhnadlungen' } }],
      },
    ],
  },
});
