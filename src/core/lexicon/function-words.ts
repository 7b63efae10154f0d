// Short closed-class words per language: machine translation glues them onto neighbours ("Truppenmit", "Kanzlerwar").

const toSet = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  de: toSet(`
    der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner
    mit zu von vom zum zur bei beim in im an am ans auf aus nach vor für über unter um durch gegen ohne seit bis
    als wie und oder aber doch dass ob wenn weil denn sondern sowie
    er sie es wir ihr ich sich sein seine seinen seinem seiner ihre ihren ihrem ihrer ihn ihm uns
    dieser diese dieses diesen diesem
    ist sind war waren hat haben hatte hatten wird werden wurde wurden kann können konnte soll sollte muss
    nicht auch noch schon nur sehr so hier dort dann jetzt nun mehr
  `),
  en: toSet(`
    the a an of to in on at by for with from into as and or but if that this these those
    is are was were be been has have had will would can could should must not
    he she it we they his her its their our my your him them who which what
  `),
  fr: toSet(`
    le la les un une des du de au aux et ou mais que qui dans sur sous par pour avec sans en
    est sont était ont avait il elle ils elles nous vous son sa ses leur leurs ne pas
  `),
  es: toSet(`
    el la los las un una unos unas del al de en con por para sin sobre y o pero que
    es son era fue ha han había se su sus lo le les no muy más
  `),
};

// Function words that are also verb prefixes ("angekämpft", "anzustacheln"): no sign of a glue at the start of a word.
const VERB_PREFIXES: Record<string, ReadonlySet<string>> = {
  de: toSet('an auf aus bei durch ein in im mit nach vor zu über unter um gegen hier dort da'),
};

// Function words that also end ordinary words: infinitives after a particle ("wiederhaben"), adjective endings
// after a present participle ("Reisender", "Medienschaffender").
const WORD_ENDINGS: Record<string, ReadonlySet<string>> = {
  de: toSet('haben werden können sein seine seinen seinem seiner es er'),
};

const NONE: ReadonlySet<string> = new Set();

/** Function words of `lang` that are too often the end of a normal word to signal a glue there. */
export function wordEndings(lang: string): ReadonlySet<string> {
  return WORD_ENDINGS[lang] ?? NONE;
}

/** Function words of `lang` that also start verbs and derived words, so a word beginning with them is no glue. */
export function verbPrefixes(lang: string): ReadonlySet<string> {
  return VERB_PREFIXES[lang] ?? NONE;
}

/** Function words of `lang` (lower case); empty for languages without a list. */
export function functionWords(lang: string): ReadonlySet<string> {
  return FUNCTION_WORDS[lang] ?? NONE;
}

/** True when `word` (any case) is a function word of `lang`. */
export function isFunctionWord(word: string, lang: string): boolean {
  return functionWords(lang).has(word.toLowerCase());
}
