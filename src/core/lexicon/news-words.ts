// Words and names from the news since the dictionaries were made (dictionary-de dates from 2016): added to hunspell at load.

const toList = (words: string): string[] => words.split(/\s+/).filter(Boolean);

// Capitalised entries also get their genitive "-s" ("Bidens", "Lockdowns") unless they end in a sibilant.
const GERMAN = toList(`
  Corona Coronavirus Coronaviren Coronakrise Coronapandemie Coronatest Coronamaßnahmen Covid Omikron Omikronvariante
  Deltavariante Inzidenz Inzidenzen Inzidenzwert Lockdown Lockdowns Shutdown Impfpass Impfpflicht Impfstoff Impfstoffe
  Impfquote Impfzentrum Impfzentren Impfgegner Booster Boosterimpfung Auffrischungsimpfung Schnelltest Schnelltests Selbsttest
  Maskenpflicht Querdenker Quarantäne Homeoffice Homeschooling Videokonferenz Videokonferenzen Lieferkette Lieferketten
  Lieferengpass Lieferengpässe Chipmangel Entlastungspaket Bürgergeld Deutschlandticket Wärmepumpe Wärmepumpen Gasumlage
  Flüssiggas Flüssiggasterminal Zeitenwende Sondervermögen Energiewende Ladesäule Ladesäulen Elektroauto Elektroautos
  Drohnenangriff Drohnenangriffe Drohnenangriffen Raketenangriff Raketenangriffe Sanktionspaket Sanktionspakete
  Cyberangriff Cyberangriffe Hackerangriff Hackerangriffe Desinformation Deepfake Deepfakes Chatbot Chatbots Algorithmus
  Algorithmen Blockchain Bitcoin Bitcoins Kryptowährung Kryptowährungen Metaverse Startup Startups Start-up Start-ups
  Techkonzern Techkonzerne Streamingdienst Streamingdienste Streaming Podcast Podcasts Influencer Influencerin Hashtag
  Hashtags Selfie Selfies Smartphone Smartphones Tablet Tablets App Apps Tweet Tweets twittern twitterte getwittert
  postete gepostet googeln gegoogelt Onlinehandel Onlineshop Livestream Livestreams Brexit Brexit-Deal Klimaaktivist
  Klimaaktivisten Klimaaktivistin Klimakleber Klimaneutralität klimaneutral Kohleausstieg Atomausstieg Mietendeckel
  Migrationspakt Asylpaket Gendersternchen gendern Wokeness woke Transgender nonbinär Femizid Femizide
  Ampelkoalition Ampelregierung Ampel-Koalition Jamaika-Koalition Kanzlerkandidat Kanzlerkandidatin
  Selenskyj Kyjiw Charkiw Cherson Mariupol Donbass Luhansk Donezk Saporischschja Bachmut Awdijiwka Odessa Krim
  Nawalny Lawrow Peskow Schoigu Medwedew Lukaschenko Prigoschin Wagner-Gruppe Stoltenberg Borrell Guterres
  Biden Harris Blinken Pelosi McCarthy DeSantis Sunak Truss Starmer Macron Meloni Orbán Erdoğan Erdogan
  Netanjahu Hamas Hisbollah Huthi Taliban Sánchez Draghi Rutte Mitsotakis Modi Bolsonaro Lula Milei
  Scholz Baerbock Habeck Lindner Lauterbach Faeser Pistorius Söder Laschet Merz Wagenknecht Kretschmer Weidel Chrupalla
  Steinmeier Leyen Lagarde Musk Zuckerberg Bezos TikTok WhatsApp YouTube Instagram LinkedIn PayPal OpenAI ChatGPT
`);

const ENGLISH = toList(`
  coronavirus covid Covid lockdown lockdowns Omicron booster boosters vax anti-vax anti-vaxxer vaxxed
  livestream livestreams livestreamed podcast podcasts influencer influencers hashtag hashtags selfie selfies
  smartphone smartphones chatbot chatbots deepfake deepfakes cryptocurrency cryptocurrencies blockchain bitcoin
  metaverse startup startups Brexit Brexiteer Brexiteers tweeted tweeting retweet retweeted
  Zelensky Zelenskyy Kyiv Kharkiv Kherson Mariupol Donbas Luhansk Donetsk Zaporizhzhia Bakhmut Navalny Lavrov Peskov
  Shoigu Medvedev Lukashenko Prigozhin Stoltenberg Borrell Guterres Blinken Pelosi DeSantis Sunak Starmer Meloni
  Netanyahu Hezbollah Houthi Houthis Bolsonaro Milei Scholz Baerbock Habeck Lagarde Musk Zuckerberg Bezos
  TikTok WhatsApp YouTube Instagram LinkedIn PayPal OpenAI ChatGPT
`);

const BY_LANG: Record<string, string[]> = { de: GERMAN, en: ENGLISH };

/** Words to add to the `lang` dictionary, with the genitive/possessive forms of capitalised entries. */
export function newsWords(lang: string): string[] {
  const words = BY_LANG[lang] ?? [];
  const forms = new Set(words);
  for (const word of words) {
    if (!/^\p{Lu}/u.test(word) || word.includes('-')) continue;
    if (lang === 'de' && !/[sßxz]$/.test(word)) forms.add(`${word}s`);
  }
  return [...forms];
}
