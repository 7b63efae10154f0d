// A phrase of 1–8 words repeated back to back or a few words later: "die Welt erschrecken, die Welt erschrecken".
import { hasLetter, type Token } from '../text/words.ts';
import { sentenceWordIds, sentenceWords, wordsOf } from './context-text.ts';
import { defineCheck, type Finding } from './define-check.ts';

const MAX_WORDS = 8;
/** Words allowed between the two copies of a phrase of at least MIN_WORDS_WITH_GAP words. */
const MAX_GAP_WORDS = 2;
const MIN_WORDS_WITH_GAP = 4;

// Parallel structures repeat phrases on purpose ("in Lagern und Millionen von Fässern in Häfen"); a word like these
// between the copies makes the repeat intended.
const LINKING_WORDS = new Set(['und', 'oder', 'aber', 'sondern', 'denn', 'sowie', 'bzw', 'als', 'wie', 'and', 'or', 'but', 'than']);

// Single words that are correctly doubled: relative pronoun + article ("die die Welt"), pronoun pairs
// ("als Sie sie öffneten", "wenn ihr ihr helft"), English "had had", "that that", and reduplications.
const GRAMMATICAL_DOUBLES = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'sie', 'es', 'ihr', 'was',
  'had', 'that', 'is', 'do',
  'sehr', 'ja', 'nein', 'so', 'ha', 'haha', 'hm', 'na', 'oh', 'ah', 'bye', 'very', 'bla', 'blah', 'la', 'tick', 'tack',
]);

// Between the copies only spaces, clause punctuation and quotes; a bracket marks a gloss ("Kurzarbeit (Kurzarbeit)").
const SEPARATOR = /^[ \t\u00a0,;:–—\-‐/„“”"'‚‘’»«]*$/u;

/** A sentence's tokens with the ids of their lower-case forms (equal ids: the same word ignoring case). */
interface Words {
  tokens: Token[];
  ids: ArrayLike<number>;
  wordOf: (id: number) => string;
}

function phraseEquals(ids: ArrayLike<number>, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (ids[a + k] !== ids[b + k]) return false;
  return true;
}

function isOneWordRepeated(ids: ArrayLike<number>, from: number, length: number): boolean {
  for (let k = 1; k < length; k++) if (ids[from + k] !== ids[from]) return false;
  return true;
}

/**
 * Whether the word at `i` comes again where a second copy could start (before `end`, default the end of `ids`);
 * most words do not, and skip the search.
 */
function recursSoon(ids: ArrayLike<number>, i: number, end = ids.length): boolean {
  const last = Math.min(end - 1, i + MAX_WORDS + MAX_GAP_WORDS);
  for (let j = i + 1; j <= last; j++) if (ids[j] === ids[i]) return true;
  return false;
}

function gapIsSpaces(text: string, tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (/\S/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
  }
  return true;
}

function gapIsSeparator(text: string, tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!SEPARATOR.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
  }
  return true;
}

/** Whether the repeat of `length` words at `i`, `gap` words later, is a defect rather than normal German. */
function isSuspicious(text: string, { tokens, ids, wordOf }: Words, i: number, length: number, gap: number): boolean {
  const second = i + length + gap;
  const phrase = tokens.slice(i, i + length);
  if (!phrase.some((t) => hasLetter(t.text))) return false; // "10, 10" in lists and scores
  if (!gapIsSeparator(text, tokens, i, second)) return false;
  if (gap > 0) {
    // Spaced repeats are mostly rhetoric ("nicht in unserer Vergangenheit, nicht in unserer Zukunft"); only a long
    // phrase with no punctuation and no linking word in between is a stutter.
    if (length < MIN_WORDS_WITH_GAP) return false;
    if (!gapIsSpaces(text, tokens, i + length - 1, second)) return false;
    for (let k = i + length; k < second; k++) if (LINKING_WORDS.has(wordOf(ids[k]!))) return false;
    return true;
  }
  const between = text.slice(tokens[i + length - 1]!.end, tokens[i + length]!.start);
  // "minus 120, minus 120, 0": a list of values.
  if (/[,;]/.test(between) && phrase.some((t) => /\d/.test(t.text))) return false;
  if (length === 1 || isOneWordRepeated(ids, i, length)) {
    // "war, war", "werden, werden", "Nein, nein": a comma usually marks a clause boundary or deliberate emphasis.
    if (/[,;:–—-]/.test(between)) return false;
    return !GRAMMATICAL_DOUBLES.has(wordOf(ids[i]!));
  }
  return true;
}

function detectInSentence(text: string, words: Words): Finding[] {
  const findings: Finding[] = [];
  const { tokens, ids } = words;
  let i = 0;
  while (i < tokens.length) {
    let found: { length: number; gap: number } | undefined;
    if (!recursSoon(ids, i)) {
      i++;
      continue;
    }
    for (let length = Math.min(MAX_WORDS, Math.floor((tokens.length - i) / 2)); length >= 1 && !found; length--) {
      for (let gap = 0; gap <= MAX_GAP_WORDS && i + 2 * length + gap <= tokens.length; gap++) {
        if (phraseEquals(ids, i, i + length + gap, length) && isSuspicious(text, words, i, length, gap)) {
          found = { length, gap };
          break;
        }
      }
    }
    if (!found) {
      i++;
      continue;
    }
    const secondStart = i + found.length + found.gap;
    const first = tokens[secondStart - 1]!; // the word just before the second copy
    const start = tokens[secondStart]!.start;
    const end = tokens[secondStart + found.length - 1]!.end;
    findings.push({
      start,
      end,
      messageId: 'repeated',
      data: { phrase: text.slice(start, end) },
      // Dropping the separator with the copy turns "erschrecken, die Welt erschrecken." into "erschrecken."
      suggestions: [{ start: first.end, end, replacement: '' }],
    });
    i = secondStart + found.length;
  }
  return findings;
}

export const repeatedPhrase = defineCheck({
  meta: {
    id: 'repeated-phrase',
    mqm: 'Accuracy/Addition',
    severity: 'minor',
    langs: ['*'],
    messages: ['repeated'],
  },
  detect(ctx) {
    const findings: Finding[] = [];
    const index = wordsOf(ctx);
    const wordOf = (id: number) => index.wordOf(id);
    const { ids, start } = sentenceWordIds(ctx);
    ctx.sentences.forEach((sentence, s) => {
      // Most sentences repeat no word within reach; only those need their tokens.
      const from = start[s]!;
      const to = start[s + 1]!;
      let repeats = false;
      for (let i = from; i < to && !repeats; i++) repeats = recursSoon(ids, i, to);
      if (!repeats) return;
      findings.push(...detectInSentence(ctx.text, { tokens: sentenceWords(ctx, sentence), ids: ids.subarray(from, to), wordOf }));
    });
    return findings;
  },
  cases: {
    valid: [
      'Millionen von Flüchtlingen, die die Welt erschrecken.',
      'Er sagte, dass das das Ende sei.',
      'Als Sie sie öffneten, waren die Briefe leer.',
      'Nachdem er gekommen war, war sie weg.',
      'Wenn die Systeme aufgenommen werden, werden 10.000 Rentner weniger erhalten.',
      'Das ist sehr, sehr schwierig.',
      'Nein, nein, das stimmt nicht.',
      'Ha ha ha, sagte er.',
      'Es wird mehr und mehr gebaut.',
      'Die Werte lagen bei 10, 10 und 12 Prozent.',
      'Er wohnt in der Stadt in der Nähe von Rom.',
      'Der Frau, der der Preis verliehen wurde, gratulierte die Stadt.',
      'Baden-Baden liegt im Schwarzwald.',
      'Das Spiel endete 1:1.',
      'It had had no effect.',
      'Die Welt erschrecken.\nDie Welt erschrecken.',
    ],
    invalid: [
      {
        text: 'Millionen von Flüchtlingen, die die Welt erschrecken, die Welt erschrecken.',
        findings: [
          {
            messageId: 'repeated',
            range: [54, 74],
            data: { phrase: 'die Welt erschrecken' },
            suggestions: [''],
          },
        ],
      },
      {
        text: 'Dies liegt daran, dass Zimt Zimt enthält.',
        findings: [{ messageId: 'repeated', range: [28, 32], data: { phrase: 'Zimt' }, suggestions: [''] }],
      },
      {
        text: 'Es ist überall, es ist überall um dich herum.',
        findings: [{ messageId: 'repeated', range: [16, 30], data: { phrase: 'es ist überall' } }],
      },
      {
        text: 'Die Regierung hat die neuen Regeln die neuen Regeln beschlossen.',
        findings: [{ messageId: 'repeated', range: [35, 51], data: { phrase: 'die neuen Regeln' } }],
      },
      {
        text: 'Der Sprecher der Regierung sagte der Sprecher der Regierung habe recht.',
        findings: [{ messageId: 'repeated', range: [33, 59], data: { phrase: 'der Sprecher der Regierung' } }],
      },
      {
        text: 'Danke Danke.',
        findings: [{ messageId: 'repeated', range: [6, 11], data: { phrase: 'Danke' } }],
      },
      {
        text: 'Sie fuhren nach Berlin und und kamen zurück.',
        findings: [{ messageId: 'repeated', range: [27, 30], data: { phrase: 'und' } }],
      },
    ],
  },
});
