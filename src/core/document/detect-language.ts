// Guesses the language of an article from its function words and spelling, so a file can be opened without naming it.

export interface DetectedLanguage {
  /** BCP 47 primary tag, or 'und' when the text is too short or too mixed to tell. */
  lang: string;
  /** 0 (no idea) to 1 (certain). */
  confidence: number;
}

/** Enough text to be sure; a 50 MB file must not cost a full scan. */
const SAMPLE_CHARS = 20_000;
const MIN_WORDS = 3;
/** Weighted hits that make a guess fully trusted; short lines reach a proportionally lower confidence. */
const FULL_EVIDENCE = 8;
/** The winner needs a lead of two thirds of its score over the runner-up to count as certain. */
const MARGIN_SCALE = 1.5;
/** Below this the answer is 'und': a wrong language would pick the wrong segmentation and checks. */
const MIN_CONFIDENCE = 0.3;
/** A spelling pattern typical of a language counts this fraction of a function word. */
const MARKER_WEIGHT = 0.2;

// The most frequent function words of each language. A word shared by several languages
// ("de", "in", "a") counts for each of them, divided by how many share it.
const FUNCTION_WORDS: Record<string, string> = {
  de: `der die das und in zu den von ist nicht mit sich des auf für im dem ein eine einer eines einen einem als
    auch es an werden aus er hat dass sie nach wird bei um noch wie über so zum zur war haben nur oder aber vor
    durch sind bis wurde sein man wenn ich wir ihr ihre seine seiner kann dann schon mehr gegen unter sehr hatte
    diese dieser dieses weil doch uns wurden habe sei ob keine kein zwischen beim ihm ihn jetzt hier immer sehr
    wieder sollte soll muss gibt mich mir dich dir unsere unser`,
  en: `the of and to in a is that for it as was with be by on not he i this are or his from at which but have an
    they you were her she there been has their its one all we would will can more if no so who what when also
    into than them these some could other only do about after over said how our just may those should we my your
    up out then very because where before being did does had him me us`,
  fr: `le la les de des du un une et est en que qui dans pour pas sur au aux ne se ce cette il elle ils elles sont
    avec par plus son sa ses ou mais comme on été être nous vous leur leurs lui y a fait tout aussi très dont
    était ont sans entre même après avant l d qu c n s j deux nos notre votre mon ces cet où si encore alors donc
    chez vers toujours bien peut faire celle ceux`,
  es: `de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o este sí
    porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les
    ni contra otros ese eso ante ellos esto antes algunos qué unos otro otras otra él tanto esa estos mucho
    muchos cual poco ella estar estas fue ha han era son está según dos nuestro nuestra nuestros nuestras tiene
    hacer así puede hace después aquí ahora siempre`,
  it: `di e il la che è per un in del non una da sono le si con i al della dei lo come anche ha più ma nel alla
    gli delle ci questo ed se o sul tra degli ai nella era quando dalla essere stato fatto hanno solo suo sua
    loro dopo così molto già dell nell all dall sull perché questa quello stati quella quel prima siamo mio mia
    nostro nostra dove ancora sempre ogni poi allora tutti tutto cui due`,
  nl: `de het een en van in is dat op te zijn niet met voor die er ook maar om naar door aan uit wordt werd bij
    nog wel geen hij ze worden hebben heeft als dan ik je wat deze tot over zo na meer was waren kan zich haar
    hun dit al zal moet omdat tegen onder alleen we die ons onze zou zullen voordat toen heel nu hier wie twee
    hoe waar kunnen`,
  pt: `de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu
    sua ou ser quando muito há nos já está eu também só pelo pela até isso ela entre era depois sem mesmo aos
    ter seus quem nas esse eles estão você tinha foram essa num nem suas às têm numa pelos elas havia seja qual
    será nós lhe deles essas esses pelas este dele são naquela naquele nosso nossa nossos vai vão antes ainda
    onde sobre dois depois aqui agora sempre`,
};

// Spelling patterns that point to a language: "^x" starts a word, "x$" ends it, anything else occurs in it.
// Each counts once per word and far less than a function word; they separate es/pt, fr/it, de/nl.
const MARKERS: Record<string, string> = {
  de: 'ä ö ü ß sch tz ung$ ungen$ keit heit lich ich cht chen$ ei ie pf ^ge',
  en: 'th wh ing$ ly$ ough ed$ ck w y$ ^un',
  fr: 'é è ê ç à â î ô û œ eau aux$ ment$ tion ^qu ou oi ais$ ait$ ent$ eux$',
  es: 'ñ á é í ó ú ción ciones$ mente$ os$ ado$ ada$ ll ue ie ^qu',
  it: 'à è é ì ò ù zione zioni$ zz cch gli gn tt i$ ato$ ata$ ^qu',
  nl: 'ij oo ee aa uu oe sch cht lijk en$ ^ge',
  pt: 'ã õ ç á â ê ô é í ó ú à ção ções$ ão$ ões$ nh lh os$ ado$ ada$ mente$ ^qu',
};

const LANGS = Object.keys(FUNCTION_WORDS);

const WORD_WEIGHTS = weigh(Object.fromEntries(LANGS.map((l) => [l, FUNCTION_WORDS[l]!.split(/\s+/).filter(Boolean)])));
const MARKER_WEIGHTS = weigh(Object.fromEntries(LANGS.map((l) => [l, MARKERS[l]!.split(' ')])));
const MARKER_LIST = [...MARKER_WEIGHTS].map(([marker, weights]) => ({ test: compileMarker(marker), weights }));

/** For each item, the languages that list it and the share each gets (1 / number of languages). */
function weigh(lists: Record<string, string[]>): Map<string, Map<string, number>> {
  const owners = new Map<string, Set<string>>();
  for (const [lang, items] of Object.entries(lists)) {
    for (const item of items) {
      const set = owners.get(item) ?? new Set<string>();
      set.add(lang);
      owners.set(item, set);
    }
  }
  const weights = new Map<string, Map<string, number>>();
  for (const [item, langs] of owners) {
    weights.set(item, new Map([...langs].map((lang) => [lang, 1 / langs.size])));
  }
  return weights;
}

function compileMarker(marker: string): (word: string) => boolean {
  if (marker.startsWith('^')) return (word) => word.startsWith(marker.slice(1));
  if (marker.endsWith('$')) return (word) => word.length > marker.length && word.endsWith(marker.slice(0, -1));
  return (word) => word.includes(marker);
}

/** Guess the language of `text` from its first 20,000 characters. */
export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.slice(0, SAMPLE_CHARS).toLowerCase();
  // Apostrophes split words, so French "l'homme" and Italian "dell'anno" yield their elided articles.
  const words = sample.match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return { lang: 'und', confidence: 0 };

  const scores = new Map<string, number>(LANGS.map((l) => [l, 0]));
  const add = (weights: Map<string, number> | undefined, factor: number) => {
    if (!weights) return;
    for (const [lang, w] of weights) scores.set(lang, scores.get(lang)! + w * factor);
  };
  // Each distinct word is scored once, times its count: running text repeats its words, and the marker tests
  // were most of the cost of checking a file.
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  for (const [word, count] of counts) {
    add(WORD_WEIGHTS.get(word), count);
    for (const marker of MARKER_LIST) if (marker.test(word)) add(marker.weights, MARKER_WEIGHT * count);
  }

  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [bestLang, best] = ranked[0]!;
  const second = ranked[1]![1];
  if (best <= 0) return { lang: 'und', confidence: 0 };

  // Function words are about 40 % of running text in all seven languages; far fewer hits means
  // another language (or a list of names), whatever the ranking says.
  const wordHits = words.filter((w) => WORD_WEIGHTS.has(w)).length;
  const coverage = Math.min(1, wordHits / words.length / 0.2);
  const margin = Math.min(1, (MARGIN_SCALE * (best - second)) / best);
  const evidence = Math.min(1, best / FULL_EVIDENCE);
  const confidence = Math.round(margin * evidence * coverage * 100) / 100;
  return { lang: confidence < MIN_CONFIDENCE ? 'und' : bestLang, confidence };
}
