// Per-language word lists the rule-based segmenter consults around a full stop: abbreviations, sentence starters, months.

/**
 * How an abbreviation behaves before a capitalised word (before a lowercase word or a digit none ends a sentence).
 * - `title`: never ends a sentence ("Dr. Müller", "z. B. Die Linke", "e.g. The Guardian").
 * - `end`: may end one; it does when a sentence starter follows ("2,5 Mio. Euro" vs "2,5 Mio. Die Firma").
 * - `list`: closes an enumeration, so any capitalised word after it starts a sentence ("usw. Morgen").
 * - `number`: only an abbreviation before a digit ("Nr. 5", "Art. 3"); otherwise a plain word ("eine neue Art. Sie").
 */
export type AbbreviationKind = 'title' | 'end' | 'list' | 'number';

/** An entry written with a capital ("Mag", "Ill") only matches capitalised text, so "mag." and "ill." stay words. */
export interface Abbreviation {
  kind: AbbreviationKind;
  isCapitalized: boolean;
}

export interface LanguageLists {
  /**
   * Keys are lowercase, inner full stops kept and spaces removed: "z.b", "v.chr", "p.m". Single letters are not
   * listed: a lone lowercase letter is always part of an abbreviation, a lone capital is an initial.
   */
  abbreviations: ReadonlyMap<string, Abbreviation>;
  /**
   * Closed-class words (articles, pronouns, conjunctions, prepositions, sentence adverbs), lowercase.
   * They cannot follow an ordinal, an initial or a title-like abbreviation, so after "19." or "Mio." they mark a new sentence.
   */
  sentenceStarters: ReadonlySet<string>;
  /** Endings that make any word an abbreviation of the kind `end`: German street names ("Goethestr. 12"). */
  abbreviationSuffixes: readonly string[];
  /** Month names, lowercase: "am 4. Februar" never splits, whatever precedes the number. */
  months: ReadonlySet<string>;
  /**
   * Lowercase words that make a number before the full stop a quantity rather than an ordinal ("stieg auf 15. Retter …").
   * Empty for languages without ordinal full stops.
   */
  cardinalContext: ReadonlySet<string>;
  /** Whether "19." before a noun is an ordinal (German) rather than a number ending a sentence (English). */
  hasOrdinalDots: boolean;
  /** Whether a capitalised word after an ellipsis starts a sentence even if it is not a starter (English capitalises no nouns). */
  capitalStartsAfterEllipsis: boolean;
  /** Speech verbs that make '"Stop!" Smith shouted.' one sentence; lowercase. */
  speechVerbs: ReadonlySet<string>;
}

function kinds(entries: Record<AbbreviationKind, string>): Map<string, Abbreviation> {
  const map = new Map<string, Abbreviation>();
  for (const [kind, list] of Object.entries(entries) as [AbbreviationKind, string][]) {
    for (const word of list.split(/\s+/)) {
      if (word) map.set(word.toLowerCase(), { kind, isCapitalized: word[0] !== word[0]!.toLowerCase() });
    }
  }
  return map;
}

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase()));
}

const GERMAN: LanguageLists = {
  abbreviations: kinds({
    title: `Dr Prof Hr Fr Frl Mr Mrs Ms Rep Gov Dipl Ing med jur phil rer nat pol oec Mag Univ Priv Doz
      z.B z.T z.Zt u.a u.U d.h i.d.R i.A i.V o.g v.a m.E z.H u.E bzw ca vgl sog ggf evtl inkl exkl zzgl bspw
      lt gem ehem geb gest verh dt engl frz ital lat span russ amerik zit vs
      allg bes betr bzgl einschl entspr erg gegr hl insb mind orig urspr vorm zus zw rd Fa Gebr Fam Abt Bsp Anm Kr
      Pfr Präs Vors ev kath`,
    end: `Mio Mrd Mill Tsd Jh Jhd Chr v.Chr n.Chr e.V a.D i.R s.o s.u a.a.O d.J v.H max min Std Sek
      Co Ltd Inc Corp Jr Sr St Str Pl Hbf Bhf jun sen Hrsg Hg Verf ff
      Jan Feb Febr Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez al`,
    list: `usw usf etc u.ä o.ä u.v.m u.s.w`,
    number: `Nr Abs Art Bd Kap Abb Tab Ziff lit Tel Ausg Jg No op`,
  }),
  sentenceStarters: words(`
    der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner
    er sie es wir ihr ich du man dies diese dieser dieses diesen diesem jene jener jenes
    sein seine seinen seinem seiner ihre ihren ihrem ihrer unser unsere mein meine dein deine euer eure
    doch aber und oder denn sondern dann danach daher deshalb deswegen dennoch trotzdem jedoch zudem außerdem
    auch allerdings also somit so nun jetzt heute gestern hier dort da damit dabei dafür dagegen darauf
    darüber darum dazu davon daraus dadurch seitdem zuvor zunächst später inzwischen mittlerweile bislang
    bisher ebenfalls gleichzeitig zugleich vielmehr stattdessen hinzu zwar sogar
    im in am an auf aus bei beim mit nach von vom vor zu zum zur über unter für gegen ohne um durch laut
    seit bis als wenn weil ob obwohl während nachdem bevor sobald falls wie was wer wo wann warum weshalb
    welche welcher welches alle viele einige mehrere beide jeder jede jedes nicht noch schon immer nur erst
    bereits insgesamt ebenso gerade vielleicht offenbar wohl eigentlich laut demnach zufolge indes
    ja nein hallo bitte danke
  `),
  abbreviationSuffixes: ['str'],
  months: words(`januar jänner februar feber märz april mai juni juli august september oktober november dezember
    jan feb febr mär apr jun jul aug sep sept okt nov dez`),
  cardinalContext: words(`auf um über unter rund etwa knapp fast nur insgesamt mindestens höchstens maximal
    als wie ist sind war waren lag liegt betrug beträgt stieg steigt sank sinkt gestiegen gesunken
    erreichte zählte kostete kostet plus minus gleich mal durch`),
  hasOrdinalDots: true,
  capitalStartsAfterEllipsis: false,
  speechVerbs: new Set(),
};

const ENGLISH: LanguageLists = {
  abbreviations: kinds({
    title: `Mr Mrs Ms Mx Messrs Mmes Dr Prof Rev Hon Gen Lt Col Maj Capt Cmdr Sgt Cpl Pvt Adm Gov Sen Rep Pres Supt Det
      Insp Atty Mt Ft vs e.g i.e cf viz approx ca esp incl excl a.k.a Fr`,
    end: `Jr Sr Inc Ltd Corp Co Bros Plc St Ave Blvd Rd a.m p.m U.S U.K U.N E.U U.S.A D.C L.A N.Y Ph.D M.D B.A M.A
      B.Sc M.Sc Dept Univ Assn est al Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
      Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa
      Tenn Va Vt Wash Wis Wyo`,
    list: `etc`,
    number: `no nos vol vols pp fig figs art sec ch chap ex eq tel op`,
  }),
  sentenceStarters: words(`
    the a an this that these those it he she they we i you his her its their our my your
    but and or so yet however meanwhile then there here in on at for from with by after before when while
    if as although though because since until what who where why how which no not some many most all both
    each every also still now today yesterday tomorrow later earlier instead moreover furthermore thus
    therefore hence last next such only even one two three four five six seven eight nine ten
    did does do is are was were has have had will would can could should may might must
    yes please thanks hello according under over about against during without within
  `),
  abbreviationSuffixes: [],
  months: words(`january february march april may june july august september october november december`),
  cardinalContext: new Set(),
  hasOrdinalDots: false,
  capitalStartsAfterEllipsis: true,
  speechVerbs: words(`said says asked asks shouted yelled cried replied added wrote told explained insisted
    recalled continued whispered screamed exclaimed noted declared warned argued`),
};

/** Top-level domains that make "bbabo.Net" or "Spiegel.De" a domain rather than two glued sentences; lowercase. */
export const TOP_LEVEL_DOMAINS: ReadonlySet<string> = words(`
  com net org de at ch uk eu info io gov edu biz tv me fr it es nl ru cn us ca au jp co app dev online news
  press ly be pl se no dk fi cz int mil name pro ai gg li lu pt gr ie hu ro sk si hr tr ua in br mx ar za nz kr
`);

const LISTS: Record<string, LanguageLists> = { de: GERMAN, en: ENGLISH };

/** The lists for a language tag ("de", "de-AT", "en_GB"), or undefined when the rules do not cover it. */
export function listsFor(lang: string): LanguageLists | undefined {
  const primary = lang.split(/[-_]/, 1)[0]!.toLowerCase();
  return Object.hasOwn(LISTS, primary) ? LISTS[primary] : undefined;
}
