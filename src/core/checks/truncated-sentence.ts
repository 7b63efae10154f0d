// Sentences that stop mid-clause: ending on an article, conjunction, preposition or comma, or prose left without final punctuation.
import type { Sentence } from '../document/document.ts';
import { sentenceWords } from './context-text.ts';
import { defineCheck, type CheckContext, type Finding, type SentencePair } from './define-check.ts';

// Words no German sentence ends on, even before a full stop.
const neverFinal = new Set('der dem des und oder sowie sondern dass weil wenn ob obwohl sowohl weder'.split(' '));
// Articles and prepositions that may end a sentence as pronouns ("Ich weiß das.", "ist das eine."): a sign of
// truncation only when the line breaks off without final punctuation. Separable prefixes ("an", "aus", "ein",
// "vor", "zu") are left out: headlines end on them ("Regierung führt Selbsttest ein").
const notFinalWithoutPunctuation = new Set(
  'die das den eine einen einem einer eines von für in im am zum zur bei gegen ohne seine ihre'.split(' '),
);

const FINAL_PUNCTUATION = /[.!?…]["'“”„‚‘’»«)\]]*$/;
const ENDS_WITH_COMMA = /,["“”»«]?$/;
/** A comma-ended paragraph shorter than this is a list item or a caption fragment, not broken-off prose. */
const MIN_PROSE_WORDS = 5;
/** A paragraph that goes on in lower case ("Felsen,⏎da sind …") continues the sentence: the text was cut into lines. */
const CONTINUES = /^["„“»(]?\p{Ll}/u;

function lastWord(ctx: CheckContext, sentence: Sentence) {
  const words = sentenceWords(ctx, sentence);
  return { word: words[words.length - 1], count: words.length };
}

function isParagraphEnd(ctx: CheckContext, sentence: Sentence): boolean {
  const next = ctx.sentences[sentence.index + 1];
  return !next || next.paragraph !== sentence.paragraph;
}

function paragraphWords(ctx: CheckContext, sentence: Sentence): number {
  let words = 0;
  for (let i = sentence.index; i >= 0 && ctx.sentences[i]!.paragraph === sentence.paragraph; i--) {
    words += sentenceWords(ctx, ctx.sentences[i]!).length;
  }
  return words;
}

/**
 * The source sentence a target sentence translates: its pair, or, for the last sentence when the counts differ,
 * the last source sentence. Undefined without a source or when nothing pairs it.
 */
function sourceOf(ctx: CheckContext, pairOf: Map<number, SentencePair>, sentence: Sentence): string | undefined {
  const source = ctx.source;
  if (!source) return undefined;
  const pair = pairOf.get(sentence.index);
  const index = pair ? pair.source[pair.source.length - 1] : sentence.index === ctx.sentences.length - 1 ? source.sentences.length - 1 : -1;
  return index === undefined || index < 0 ? undefined : source.sentences[index]?.text.trimEnd();
}

export const truncatedSentence = defineCheck({
  meta: {
    id: 'truncated-sentence',
    mqm: 'Accuracy/Omission',
    severity: 'minor',
    langs: ['de'],
    messages: ['endsMidClause', 'noFinalPunctuation'],
  },
  detect(ctx) {
    const findings: Finding[] = [];
    // The first pair that holds each target sentence, found once instead of a search of all pairs per sentence.
    const pairOf = new Map<number, SentencePair>();
    for (const pair of ctx.source?.pairs ?? []) for (const t of pair.target) if (!pairOf.has(t)) pairOf.set(t, pair);
    ctx.sentences.forEach((sentence) => {
      const text = sentence.text.trimEnd();
      const { word, count } = lastWord(ctx, sentence);
      if (!word || count < 3) return;
      const hasFinal = FINAL_PUNCTUATION.test(text);
      const lower = word.text.toLowerCase();
      const isLowerCase = word.text === lower;
      const source = sourceOf(ctx, pairOf, sentence);
      // A source that ends the same way (segments cut mid-sentence, a heading without a full stop) was translated faithfully.
      const sourceIsComplete = source === undefined || FINAL_PUNCTUATION.test(source);
      // "…, oder?" is a tag question, not a broken-off clause.
      const isTagQuestion = lower === 'oder' && text.endsWith('?');
      if (isLowerCase && !isTagQuestion && sourceIsComplete && (neverFinal.has(lower) || (!hasFinal && notFinalWithoutPunctuation.has(lower)))) {
        findings.push({ start: word.start, end: sentence.end, messageId: 'endsMidClause', data: { word: word.text } });
        return;
      }
      if (hasFinal || !isParagraphEnd(ctx, sentence)) return;
      const next = ctx.sentences[sentence.index + 1];
      if (ENDS_WITH_COMMA.test(text)) {
        // Long prose that stops on a comma broke off, unless the next line goes on with the sentence.
        if (!sourceIsComplete || (next && CONTINUES.test(next.text)) || paragraphWords(ctx, sentence) < MIN_PROSE_WORDS) return;
        findings.push({ start: word.start, end: sentence.end, messageId: 'endsMidClause', data: { word: ',' } });
        return;
      }
      // A missing full stop alone is no sign of truncation: headlines, bylines, captions and list items have none, and
      // so do sources cut into segments. Only a source sentence that has one shows that the translation lost it.
      if (source === undefined || !FINAL_PUNCTUATION.test(source) || !/\p{Ll}$/u.test(text) || count < 8) return;
      findings.push({
        start: word.start,
        end: sentence.end,
        messageId: 'noFinalPunctuation',
        suggestions: [{ start: sentence.end, end: sentence.end, replacement: '.' }],
      });
    });
    return findings;
  },
  cases: {
    valid: [
      'Peking hat sich geweigert, seinen Verbündeten zu verurteilen, während es Washington verantwortlich macht',
      'Biden spricht mit Xi\nWASHINGTON – Der Präsident reist am Freitag ab.',
      'Er kam gestern in Berlin an. Ich weiß das.',
      'Er sagte:\n„Wir bleiben.“',
      'Die Preise steigen weiter …',
      '„Wir kommen wieder“, sagte er.',
      // A missing full stop alone, without a source that has one: headlines, captions, segments cut by the source.
      'Die Lage ist ernst. Die Behörden akzeptieren keine Zertifikate, die diese Anforderungen nicht erfüllen',
      {
        text: 'Die Lage ist ernst. Die Behörden akzeptieren keine Zertifikate, die diese Anforderungen nicht erfüllen',
        source: 'The situation is serious. The authorities will not accept certificates that do not meet these requirements',
      },
      // A comma at the end of a line whose next line goes on in lower case, and a short list item.
      '„Wenn man hinuntertaucht“, sagt er, „findet sich dort unten auf den Felsen,\nda sind diese komischen Algen.',
      'Äpfel, Birnen,\nDie Liste ist lang.',
      {
        text: 'Der Bericht nennt drei Gründe, die Forscher halten die Zahlen aber für zu niedrig und',
        source: 'The report names three reasons, but the researchers think the numbers are too low and',
      },
    ],
    invalid: [
      {
        text: 'Die Regierung kündigte an, dass sie die Steuern senken und.',
        findings: [{ messageId: 'endsMidClause', range: [55, 59], data: { word: 'und' } }],
      },
      {
        text: 'Der Minister traf sich am Freitag mit den Vertretern der\nDie Gespräche dauern an.',
        findings: [{ messageId: 'endsMidClause', range: [53, 56], data: { word: 'der' } }],
      },
      {
        text: 'Die Lage ist ernst. Die Regierung hat am Montag neue Maßnahmen angekündigt, die ab sofort gelten',
        source: 'The situation is serious. On Monday the government announced new measures that apply immediately.',
        findings: [{ messageId: 'noFinalPunctuation', range: [90, 96], suggestions: ['.'] }],
      },
      {
        text: 'Van Winkle zufolge stammten die Zahlen aus dem Jahr 2017, man bemühe sich aber, Daten besser zu erfassen,\nLaut dem Bericht gab es 186 Fälle.',
        findings: [{ messageId: 'endsMidClause', range: [96, 105], data: { word: ',' } }],
      },
      {
        text: 'Die Verhandlungen sollen fortgesetzt werden,\nAm Dienstag trafen sich beide Seiten.',
        findings: [{ messageId: 'endsMidClause', range: [37, 44], data: { word: ',' } }],
      },
    ],
  },
});
