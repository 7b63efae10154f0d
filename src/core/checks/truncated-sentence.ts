// Sentences that stop mid-clause: ending on an article, conjunction, preposition or comma, or prose left without final punctuation.
import type { Sentence } from '../document/document.ts';
import { findWords } from '../text/words.ts';
import { defineCheck, type CheckContext, type Finding } from './define-check.ts';

// Words no German sentence ends on, even before a full stop.
const neverFinal = new Set('der dem des und oder sowie sondern dass weil wenn ob obwohl sowohl weder'.split(' '));
// Articles and prepositions that may end a sentence as pronouns ("Ich weiß das.", "ist das eine."): a sign of
// truncation only when the line breaks off without final punctuation. Separable prefixes ("an", "aus", "ein",
// "vor", "zu") are left out: headlines end on them ("Regierung führt Selbsttest ein").
const notFinalWithoutPunctuation = new Set(
  'die das den eine einen einem einer eines von für in im am zum zur bei gegen ohne seine ihre'.split(' '),
);

const FINAL_PUNCTUATION = /[.!?…]["'“”„‚‘’»«)\]]*$/;
const DANGLING = /[,–—-]$|[,–—-]\s*["“”»«]?$/;

function lastWord(ctx: CheckContext, sentence: Sentence) {
  const words = findWords(ctx.text, sentence.start, sentence.end);
  return { word: words[words.length - 1], count: words.length };
}

function isParagraphEnd(ctx: CheckContext, sentence: Sentence): boolean {
  const next = ctx.sentences[sentence.index + 1];
  return !next || next.paragraph !== sentence.paragraph;
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
    ctx.sentences.forEach((sentence) => {
      const text = sentence.text.trimEnd();
      const { word, count } = lastWord(ctx, sentence);
      if (!word || count < 3) return;
      const hasFinal = FINAL_PUNCTUATION.test(text);
      const lower = word.text.toLowerCase();
      const isLowerCase = word.text === lower;
      // "…, oder?" is a tag question, not a broken-off clause.
      const isTagQuestion = lower === 'oder' && text.endsWith('?');
      if (isLowerCase && !isTagQuestion && (neverFinal.has(lower) || (!hasFinal && notFinalWithoutPunctuation.has(lower)))) {
        findings.push({ start: word.start, end: sentence.end, messageId: 'endsMidClause', data: { word: word.text } });
        return;
      }
      if (hasFinal) return;
      if (DANGLING.test(text) && isParagraphEnd(ctx, sentence)) {
        findings.push({ start: word.start, end: sentence.end, messageId: 'endsMidClause', data: { word: text.slice(-1) } });
        return;
      }
      // Headlines, bylines and captions stand alone on their line; a last sentence without a full stop after
      // sentences that have one is prose that broke off.
      const previous = ctx.sentences[sentence.index - 1];
      if (!/^["„“»(]?\p{Lu}/u.test(text)) return;
      if (!previous || previous.paragraph !== sentence.paragraph || !isParagraphEnd(ctx, sentence)) return;
      // Only after a statement: "Frage? Unterzeile" is a headline with its subheading.
      if (!/\.["“”»«]?$/.test(previous.text.trimEnd()) || count < 8 || !/\p{Ll}$/u.test(text)) return;
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
        findings: [{ messageId: 'noFinalPunctuation', range: [90, 96], suggestions: ['.'] }],
      },
      {
        text: 'Die Verhandlungen sollen fortgesetzt werden,\nAm Dienstag trafen sich beide Seiten.',
        findings: [{ messageId: 'endsMidClause', range: [37, 44], data: { word: ',' } }],
      },
    ],
  },
});
