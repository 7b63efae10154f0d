// Source-language (English) words or sentences left in a German target, with or without the source text.
import { defineCheck, type CheckContext, type Finding } from './define-check.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { Sentence } from '../document/document.ts';
import type { Token } from '../text/words.ts';
import { sentenceWords } from './context-text.ts';
import {
  englishFunctionWords,
  englishLowerCaseWords,
  englishOnlyWords,
  englishSharedWords,
} from '../lexicon/english-words.ts';

type Kind = 'german' | 'strong' | 'weak' | 'neutral';

// German function words end an English run even when capitalised at the start of a sentence.
const germanFunctionWords = new Set(
  ('der die das den dem des ein eine einer eines einem einen und oder aber mit von zu zum zur im ist sind ' +
    'wurde wurden hat haben sich nicht auf für bei nach aus wie dass es er sie wir ich auch noch über unter ' +
    'vor durch gegen ohne um sein seine ihre ihr dieser diese dieses werden wird kann am beim vom ins sagte war ' +
    'waren plant online')
    .split(' '),
);

// Anglicisms German news writes capitalised as German nouns: never a sign of an untranslated run.
const anglicisms = new Set(
  ('social media fake news online lockdown homeoffice startup team manager shutdown update meeting ' +
    'feedback smartphone app tweet tweets posts blog podcast streaming influencer hashtag selfie workshop ' +
    'comeback coach fans brexit deal trailer thriller community campus cash display airline airport ' +
    'marketing leasing rating ranking timing training highlights charts single song hits cover lifestyle ' +
    'fitness wellness design designer service software hardware browser download upload account accounts ' +
    'player players stalking mobbing doping tracking tickets ticket boom trend camp slogan outfit look ' +
    'shop shopping store stores tablet laptop website websites homepage newsletter e-mail email mail')
    .split(' '),
);

// English spellings of words German spells differently ("Foto", "Kreml"); hunspell still knows the old "Photo".
const englishSpellings = new Set(['photo', 'photos', 'kremlin', 'courtesy']);
// Lower-case German word forms by their look, for when no dictionary is loaded.
const GERMAN_LOOK = /[äöüß]|(?:ern|eln|te|ten|tet|test|st|lich|isch|ig|ung|heit|keit|schaft|en)$/;

const URL_LIKE = /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|[#@][\p{L}\p{N}_]+|\b[\w-]+\.(?:[\w-]+\.)*(?:com|org|net|gov|edu|de|uk|io|eu|gr|fr|it|es|at|ch|info)\b\S*/giu;
// What every URL_LIKE match contains; most sentences have none of it, and URL_LIKE itself is slow on plain prose.
const URL_HINT = /https?:\/\/|www\.|[@#]|\.(?:com|org|net|gov|edu|de|uk|io|eu|gr|fr|it|es|at|ch|info)/iu;
// Quotes, brackets, dashes and colons end a run: a caption credit or a quoted title is its own fragment.
const RUN_BREAK_CODES = new Uint8Array(0x10000);
for (const mark of '„“”"«»‚‘()[]:;–—|/') RUN_BREAK_CODES[mark.charCodeAt(0)] = 1;

/** Whether text[from, to) holds a run-breaking mark; a scan over char codes, without copying the gap. */
function hasRunBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (RUN_BREAK_CODES[text.charCodeAt(i)]) return true;
  return false;
}

const MIN_RUN = 3;

function isLowerCase(word: string): boolean {
  return word[0] !== word[0]!.toUpperCase();
}

function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase();
}

function classify(token: Token, isFirst: boolean, lexicon: Lexicon | undefined): Kind {
  const word = token.text;
  const lower = word.toLowerCase();
  if (!/\p{L}/u.test(word) || isAllCaps(word)) return 'neutral';
  if (germanFunctionWords.has(lower)) return 'german';
  if (englishSpellings.has(lower)) return 'strong';
  const lowerCase = isLowerCase(word);
  if (englishFunctionWords.has(lower) && (lowerCase || isFirst || word.length > 3)) return 'strong';
  if (englishFunctionWords.has(lower)) return 'weak';
  if (englishOnlyWords.has(lower)) return !lowerCase && anglicisms.has(lower) ? 'neutral' : 'strong';
  if (englishLowerCaseWords.has(lower)) {
    if (lowerCase && !isFirst) return 'strong';
    return anglicisms.has(lower) ? 'neutral' : 'weak';
  }
  // A lower-case word no English list knows is German when it looks German or the dictionary knows it.
  if (lowerCase && !word.includes('-') && !englishSharedWords.has(lower)) {
    // The look comes first: the dictionary misses many inflected forms ("wegzulocken", "stolzierte").
    if (GERMAN_LOOK.test(lower) || lexicon?.isWord(word)) return 'german';
    // Unknown to the German dictionary and not German-looking: English ("eliminate") or a typo.
    if (lexicon) return 'weak';
  }
  return 'neutral';
}

type Classifier = (token: Token, isFirst: boolean) => Kind;

/** classify with the lexicon bound, remembering each word's kind: an article repeats its words many times. */
function cachedClassifier(lexicon: Lexicon | undefined): Classifier {
  const kinds = new Map<string, Kind>();
  return (token, isFirst) => {
    if (isFirst) return classify(token, true, lexicon);
    let kind = kinds.get(token.text);
    if (kind === undefined) kinds.set(token.text, (kind = classify(token, false, lexicon)));
    return kind;
  };
}

interface Run {
  tokens: Token[];
  strong: number;
  weak: number;
}

function maskedRanges(text: string, from: number, to: number): [number, number][] {
  const ranges: [number, number][] = [];
  const slice = text.slice(from, to);
  if (!URL_HINT.test(slice)) return ranges;
  for (const match of slice.matchAll(URL_LIKE)) {
    ranges.push([from + match.index, from + match.index + match[0].length]);
  }
  return ranges;
}

function findRuns(ctx: CheckContext, sentence: Sentence, kindOf: Classifier): { runs: Run[]; words: number } {
  const masked = maskedRanges(ctx.text, sentence.start, sentence.end);
  const words = sentenceWords(ctx, sentence);
  const tokens = masked.length ? words.filter((t) => !masked.some(([s, e]) => t.start < e && t.end > s)) : words;
  const runs: Run[] = [];
  let current: Run = { tokens: [], strong: 0, weak: 0 };
  let kinds: Kind[] = [];
  const close = () => {
    if (current.tokens.length === 0) return; // most words are German: nothing to close, nothing to allocate
    // Leading names and numbers ("Alexei Druzhinin, Sputnik, Kremlin Pool Photo") stay out of the flagged span.
    const lead = kinds.findIndex((k) => k !== 'neutral');
    const inner = lead < 0 ? [] : current.tokens.slice(lead);
    if (inner.length >= MIN_RUN) runs.push({ ...current, tokens: inner });
    current = { tokens: [], strong: 0, weak: 0 };
    kinds = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (i > 0 && hasRunBreak(ctx.text, tokens[i - 1]!.end, token.start)) close();
    const kind = kindOf(token, i === 0);
    if (kind === 'german') {
      close();
      continue;
    }
    current.tokens.push(token);
    kinds.push(kind);
    if (kind === 'strong') current.strong++;
    if (kind === 'weak') current.weak++;
  }
  close();
  return { runs, words: tokens.length };
}

// Lower-case words that appear inside English names and titles ("Centers for Disease Control and Prevention").
const TITLE_GLUE = new Set(['in', 'an', 'a', 'de', 'van', 'von', 'du', 'la', 'le', 'y', 'und']);

/** A run of capitalised words glued by function words is a name or a title ("Keeping Up With The Kardashians"). */
function isNameOrTitle(run: Run): boolean {
  return run.tokens.every((t) => {
    const lower = t.text.toLowerCase();
    return !isLowerCase(t.text) || englishFunctionWords.has(lower) || TITLE_GLUE.has(lower) || !/\p{L}/u.test(t.text);
  });
}

function isEnglishRun(run: Run): boolean {
  if (isNameOrTitle(run)) return false;
  // "ding, ding, ding" is an interjection, not a sentence.
  if (new Set(run.tokens.map((t) => t.text.toLowerCase())).size < 2) return false;
  if (run.strong >= 2) return true;
  if (run.strong === 1) return run.weak >= 1 || run.tokens.length >= 4;
  return run.weak >= 2 && run.tokens.length >= 4;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Target sentences that repeat their paired source sentence (nearly) verbatim. */
function findCopiedSentences(ctx: CheckContext): Map<number, boolean> {
  const copied = new Map<number, boolean>();
  const source = ctx.source;
  if (!source) return copied;
  for (const pair of source.pairs) {
    if (pair.target.length !== 1) continue;
    const target = ctx.sentences[pair.target[0]!];
    if (!target) continue;
    const sourceText = normalise(pair.source.map((i) => source.sentences[i]?.text ?? '').join(' '));
    const targetText = normalise(target.text);
    const words = targetText.split(' ');
    // Names-only lines ("Joe Biden") are the same in both languages.
    if (words.length < 4 || !/[a-z]/.test(target.text)) continue;
    const sourceWords = new Set(sourceText.split(' '));
    const shared = words.filter((w) => sourceWords.has(w)).length;
    if (sourceText === targetText || shared / words.length >= 0.9) copied.set(target.index, true);
  }
  return copied;
}

export const untranslated = defineCheck({
  meta: {
    id: 'untranslated',
    mqm: 'Accuracy/Untranslated text',
    severity: 'major',
    langs: ['de'],
    messages: ['sentence', 'fragment'],
  },
  detect(ctx) {
    const findings: Finding[] = [];
    const copied = findCopiedSentences(ctx);
    const kindOf = cachedClassifier(ctx.lexicon);
    for (const sentence of ctx.sentences) {
      if (copied.has(sentence.index)) {
        findings.push({ start: sentence.start, end: sentence.end, messageId: 'sentence' });
        continue;
      }
      const { runs, words } = findRuns(ctx, sentence, kindOf);
      for (const run of runs) {
        if (!isEnglishRun(run)) continue;
        const first = run.tokens[0]!;
        const last = run.tokens[run.tokens.length - 1]!;
        const isWhole = run.tokens.length >= 4 && run.tokens.length >= 0.8 * words;
        findings.push(
          isWhole
            ? { start: sentence.start, end: sentence.end, messageId: 'sentence' }
            : {
                start: first.start,
                end: last.end,
                messageId: 'fragment',
                data: { text: ctx.text.slice(first.start, last.end) },
                severity: 'minor',
              },
        );
      }
    }
    return findings;
  },
  cases: {
    valid: [
      'US-Präsident Joe Biden sprach am Freitag mit Xi Jinping, sagte das Weiße Haus.',
      'Das Team des Managers setzte auf Social Media und Fake News im Lockdown.',
      'Die Serie wurde auf Netflix gezeigt, siehe https://www.example.com/the-show-of-the-year.',
      'Der Brexit-Deal und das Homeoffice bleiben Themen für das Startup.',
      'Der Film „The Irishman“ lief im Kino.',
      'Sie folgt #MeToo und @WhiteHouse auf Twitter.',
      'Weitere Informationen werden auf travel.gov.gr veröffentlicht.',
      {
        text: 'Joe Biden und Xi Jinping.',
        source: 'Joe Biden and Xi Jinping.',
        sourceLang: 'en',
      },
    ],
    invalid: [
      {
        text: 'Putin und Xi in Peking. (Alexei Druzhinin, Sputnik, Kremlin Pool Photo via AP) Moskau schweigt.',
        findings: [
          {
            messageId: 'fragment',
            range: [52, 77],
            data: { text: 'Kremlin Pool Photo via AP' },
          },
        ],
      },
      {
        text: 'Die Regierung reagierte. The government said the decision was final and would not be changed.',
        findings: [{ messageId: 'sentence', range: [25, 93] }],
      },
      {
        text: 'Die Gesundheitsbehörde national disease control centers said Friday, dass es keine Fälle gibt.',
        findings: [
          {
            messageId: 'fragment',
            range: [32, 67],
            data: { text: 'disease control centers said Friday' },
          },
        ],
      },
      {
        text: 'Dr Bashir Khan examined Chuka Umunna carefully',
        source: 'Dr Bashir Khan examined Chuka Umunna carefully',
        sourceLang: 'en',
        findings: [{ messageId: 'sentence', range: [0, 46] }],
      },
    ],
  },
});
