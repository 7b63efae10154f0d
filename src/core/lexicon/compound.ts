// German compounds the dictionary lacks ("Ukrainekrieges", "Sanktionsdrohungen"): modifier (+ linking element) + noun head.
import { isFunctionWord } from './function-words.ts';

type Spell = (word: string) => boolean;

// Linking elements (Fugenelemente) between modifier and head: "Sicherheit-s-rat", "Drohne-n-angriff", "Kind-er-garten".
const LINKS = ['s', 'es', 'n', 'en', 'er', 'e', 'ns'];
const MIN_PART = 3;
const MAX_DEPTH = 3;
// A noun hunspell lets begin a compound; used to ask whether a head can end one.
const PROBE = 'Test';

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function isLower(word: string): boolean {
  return word === word.toLowerCase();
}

/** A head can end a compound: for nouns, one that hunspell's own compounding accepts after a plain noun, or a noun form. */
function isHead(head: string, spell: Spell, lang: string, nounHead: boolean): boolean {
  if (head.length < MIN_PART || isFunctionWord(head, lang)) return false;
  const lower = head.toLowerCase();
  if (!nounHead) return head.length >= 4 && spell(lower);
  // "Testkrieg" passes and "Testsagte" fails: this tells the noun "Krieg" from the verb form "sagte", which
  // spell() alone cannot, since it accepts any word capitalised.
  if (spell(`${PROBE}${lower}`)) return true;
  const cap = capitalise(lower);
  if (!spell(cap)) {
    // "Urlaubsresorts": an English plural on a head the dictionary knows in the singular.
    return lower.endsWith('s') && lower.length > MIN_PART + 1 && !spell(lower.slice(0, -1)) && spell(cap.slice(0, -1));
  }
  // Nouns without the compound flag: capitalised only ("Anklage"), or nominalised infinitives ("Anklagen", "Treffen").
  return !spell(lower) || (lower.endsWith('en') && lower.length >= 5);
}

/** A modifier can start a compound: a word, a word plus a linking element, or a verb stem ("Fahr-zeug"). */
function isModifier(modifier: string, spell: Spell, lang: string, depth: number): boolean {
  if (modifier.length < MIN_PART) return false;
  const lower = modifier.toLowerCase();
  const cap = capitalise(lower);
  if (spell(cap) || spell(lower)) return true;
  if (spell(`${lower}en`) || spell(`${lower}n`)) return true;
  for (const link of LINKS) {
    if (!lower.endsWith(link)) continue;
    const stem = cap.slice(0, -link.length);
    if (stem.length >= MIN_PART && (spell(stem) || spell(stem.toLowerCase()))) return true;
    if (depth < MAX_DEPTH && stem.length >= 2 * MIN_PART && splitCompound(stem, spell, lang, depth + 1, true)) return true;
  }
  return depth < MAX_DEPTH && modifier.length >= 2 * MIN_PART && splitCompound(cap, spell, lang, depth + 1, true);
}

function splitCompound(word: string, spell: Spell, lang: string, depth: number, nounHead: boolean): boolean {
  // Longest head first: "Ukraine|krieges" before "Ukrainekrie|ges".
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const head = word.slice(i);
    if (!isHead(nounHead ? capitalise(head) : head, spell, lang, nounHead)) continue;
    if (isModifier(word.slice(0, i), spell, lang, depth)) return true;
  }
  return false;
}

/**
 * True when `word` splits into a known modifier and a known head; `spell` is the raw dictionary lookup.
 * Capitalised words need a noun head; lower-case ones ("kriegsmüde") an adjective or participle head.
 */
export function isCompoundWord(word: string, spell: Spell, lang: string): boolean {
  if (word.length < 2 * MIN_PART || !/^\p{L}+$/u.test(word)) return false;
  const nounHead = !isLower(word);
  if (nounHead && word.slice(1) !== word.slice(1).toLowerCase()) return false;
  return splitCompound(word, spell, lang, 0, nounHead);
}

/** True when `word` looks like a German noun to hunspell: it can end a compound, or exists only capitalised. */
export function isNounForm(word: string, spell: Spell): boolean {
  const lower = word.toLowerCase();
  if (lower.length < MIN_PART) return false;
  return spell(`${PROBE}${lower}`) || (spell(capitalise(lower)) && !spell(lower));
}

/** True when `modifier` can begin a compound: a word, a word with a linking element, a verb stem or a compound itself. */
export function isCompoundModifier(modifier: string, spell: Spell, lang: string): boolean {
  return /^\p{L}+$/u.test(modifier) && isModifier(modifier, spell, lang, 0);
}
