// German word formation the 2016 dictionary misses: derivations ("Kuratorin", "Bestäuber"), inflected and compared
// adjectives ("ungleicheren"), zu-infinitives ("auszugraben") and compounds with a listed head ("Urlaubsresorts").
import { isCompoundModifier, isNounForm } from './compound.ts';
import { isFunctionWord } from './function-words.ts';
import { wordRank } from './word-frequency.ts';

type Known = (word: string) => boolean;

// Suffixes that make nouns of nouns, verbs and adjectives: Kurator-in, Bestäub-er, Unterbreit-ung, Unangemessen-heit.
const NOUN_SUFFIXES = [
  'innen', 'in', 'erinnen', 'erin', 'ern', 'ers', 'er', 'lern', 'lers', 'ler', 'ungen', 'ung', 'heiten', 'heit',
  'keiten', 'keit', 'schaften', 'schaft', 'ismus', 'isten', 'istin', 'ist',
];
// Adjectives of nouns: Ikon(e)-ische, Satir(e)-isch.
const ISCH = /^(\p{L}{4,})isch(?:e|en|er|es|em)?$/u;
// What a stem may have lost before the suffix: Stratege → Strateg-in, bestäuben → Bestäub-er, Verweigerer → Verweiger-in.
const STEM_ENDINGS = ['', 'e', 'en', 'n', 'er'];
// Adjective endings after an optional comparative/superlative: ungleich-er-en, legendär-st-en, pink-e.
const ADJECTIVE_ENDINGS = ['', 'er', 'st', 'est'].flatMap((degree) =>
  ['', 'e', 'en', 'er', 'es', 'em'].map((ending) => degree + ending).filter(Boolean),
);
const LISTED_HEAD = 5;
const MAX_HEAD_RANK = 50_000;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function isKnownStem(stem: string, isKnown: Known): boolean {
  if (stem.length < 3) return false;
  return STEM_ENDINGS.some((ending) => {
    const form = stem + ending;
    return isKnown(form) || isKnown(capitalise(form)) || isKnown(form.toLowerCase());
  });
}

/** True when `word` is a regular derivation or inflection of a known word; `isKnown` answers for whole words. */
export function isDerivedWord(word: string, isKnown: Known, lang: string, spell: Known = isKnown): boolean {
  if (lang !== 'de') return false;
  for (const suffix of NOUN_SUFFIXES) {
    if (word.length - suffix.length < 4 || !word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    // "Diese|er", "ihre|er": a suffix in e- does not follow an e; such a word has a letter doubled by mistake.
    if (stem.endsWith('e') && suffix.startsWith('e')) continue;
    if (isKnownStem(stem, isKnown)) return true;
  }
  if (word !== word.toLowerCase()) return false;
  // "auszugraben": a separable verb with its "zu".
  const zu = word.indexOf('zu', 2);
  if (zu > 0 && /en?$/.test(word) && isKnown(word.slice(0, zu) + word.slice(zu + 2))) return true;
  const isch = ISCH.exec(word)?.[1];
  if (isch && (spell(capitalise(isch)) || spell(`${capitalise(isch)}e`))) return true;
  return ADJECTIVE_ENDINGS.some((ending) => {
    if (word.length - ending.length < 4 || !word.endsWith(ending)) return false;
    const stem = word.slice(0, -ending.length);
    // "werde|en", "diese|es": an ending is not added to an e.
    if (stem.endsWith('e') && ending.startsWith('e')) return false;
    return spell(stem) || wordRank(stem, lang) !== undefined;
  });
}

/** True when `word` is a listed word or an inflected form of one: "belastende" of "belastend", "ärmere" of "ärmer". */
export function isInflectionOfListed(word: string, lang: string): boolean {
  for (let cut = 0; cut <= 3; cut++) {
    const base = word.slice(0, word.length - cut);
    if (base.length < 4) return false;
    if (wordRank(base, lang) !== undefined) return true;
    // "geschlossenen" of "schließen" is out of reach; "gelangte" of "gelangen" is not.
    if (cut > 0 && wordRank(`${base}en`, lang) !== undefined) return true;
  }
  return false;
}

/**
 * True when the noun `word` is a known modifier plus a listed head ("Urlaubs|resorts", "Kinder|models"): the frequency list
 * knows words the dictionary lacks, and compounds of them are as good as the head.
 */
export function isListedCompound(word: string, spell: Known, lang: string): boolean {
  for (let end = 3; word.length - end >= LISTED_HEAD; end++) {
    const head = word.slice(end);
    const rank = wordRank(head, lang);
    if (rank === undefined || rank > MAX_HEAD_RANK || isFunctionWord(head, lang)) continue;
    // The head of a noun is a noun, or a word the dictionary does not know at all ("resorts"), not "einem" or "sagte".
    const cap = capitalise(head);
    if (spell(head) && !isNounForm(cap, spell)) continue;
    if (isCompoundModifier(word.slice(0, end), spell, lang)) return true;
  }
  return false;
}
