// Quotation marks and brackets without their partner; quotes may run over paragraphs, and any consistent pair is fine.
import type { Span } from '../document/document.ts';
import { paragraphsOf } from './context-text.ts';
import { defineCheck, type Finding } from './define-check.ts';
import { primaryLanguage } from './run-checks.ts';

interface Opener {
  mark: string;
  position: number;
  /** Marks that close it; German „ is closed by “, and in practice by ” or " as well. */
  closers: string;
  /**
   * A quotation of the same kind was opened and closed inside this one („…: „Ja!“): writers often let that one
   * mark close both, so the outer one left open at the end of the paragraph is not reported.
   */
  closedByInner?: boolean;
}

const BRACKETS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const CLOSING_BRACKETS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
// Every character the scan acts on: one pass of the regex engine finds them, and the rest of the text is never visited.
const MARK = /[()[\]{}„“”"»«‚‘’']/g;

/** Offsets of all MARK characters of `text`, in order. */
function findMarks(text: string): Int32Array {
  const marks: number[] = [];
  MARK.lastIndex = 0;
  for (let match = MARK.exec(text); match; match = MARK.exec(text)) marks.push(match.index);
  return Int32Array.from(marks);
}

/** Index in `marks` of the first offset at or after `offset`. */
function firstMarkFrom(marks: Int32Array, offset: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (marks[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/u.test(c);

// ":)", ";-)", ":(" are faces, not brackets.
function isEmoticon(text: string, i: number): boolean {
  return /[:;]-?$/.test(text.slice(Math.max(0, i - 2), i));
}

// "a)", "1)", "iv)" at the start of a list item close nothing.
function isEnumerator(text: string, lineStart: number, i: number): boolean {
  const head = text.slice(Math.max(lineStart, i - 5), i);
  const match = /(?:^|[\s(])([\p{L}\d]{1,3})$/u.exec(head);
  if (!match) return false;
  const tokenStart = i - match[1]!.length;
  return tokenStart === lineStart || isSpace(text[tokenStart - 1]) || text[tokenStart - 1] === '(';
}

/** What may follow the mark that closes a quotation: the end of the paragraph, or an attribution after a comma. */
const ENDS_QUOTATION = /^[.!?…]?(?:\s*$|,\s)/;

const opensWord = (text: string, i: number) => isSpace(text[i - 1]) && isLetter(text[i + 1]);

/** Index in `stack` of the innermost opener that `mark` closes, or -1. */
function findOpener(stack: Opener[], mark: string): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.closers.includes(mark)) return k;
  return -1;
}

/** What one paragraph leaves for the document-wide pass: quotes may run from one paragraph (or segment) into another. */
interface ParagraphScan {
  findings: Finding[];
  /** Quotation marks still open at the end of the paragraph, outermost first. */
  openQuotes: Opener[];
  /** Closing quotation marks with no opener in the paragraph. */
  strayClosers: { mark: string; position: number }[];
}

function scanParagraph(text: string, paragraph: Span, lang: string, marks: Int32Array): ParagraphScan {
  const findings: Finding[] = [];
  const strayClosers: ParagraphScan['strayClosers'] = [];
  const stack: Opener[] = [];
  const unclosed = (opener: Opener) =>
    findings.push({ start: opener.position, end: opener.position + 1, messageId: 'unclosed', data: { mark: opener.mark } });
  // Closing `k` closes everything opened inside it too; those are the ones left open.
  const closeAt = (k: number, closeIndex: number) => {
    const [closed, ...inside] = stack.splice(k);
    for (const opener of inside) unclosed(opener);
    const outer = stack[k - 1];
    // Not for a doubled mark („„Wir …“), which is a mark too many.
    const between = closed && outer ? text.slice(outer.position + 1, closed.position) : '';
    if (closed && outer && outer.mark === closed.mark && !(outer.mark in BRACKETS) && /[\p{L}\p{N}]/u.test(between)) {
      outer.closedByInner = ENDS_QUOTATION.test(text.slice(closeIndex + 1, paragraph.end));
    }
  };
  const line = text.slice(paragraph.start, paragraph.end);
  const firstGuillemet = line.search(/[«»]/);
  const guillemetsOpenWith = firstGuillemet < 0 ? '»' : line[firstGuillemet]!;

  for (let m = firstMarkFrom(marks, paragraph.start); m < marks.length && marks[m]! < paragraph.end; m++) {
    const i = marks[m]!;
    const c = text[i]!;
    const prev = text[i - 1];
    const after = text[i + 1];
    if (c in BRACKETS) {
      if (c === '(' && isEmoticon(text, i)) continue;
      stack.push({ mark: c, position: i, closers: BRACKETS[c]! });
    } else if (c in CLOSING_BRACKETS) {
      if (c === ')' && isEmoticon(text, i)) continue;
      const k = findOpener(stack, c);
      if (k >= 0) closeAt(k, i);
      else if (!(c === ')' && isEnumerator(text, paragraph.start, i))) {
        findings.push({ start: i, end: i + 1, messageId: 'unopened', data: { mark: c } });
      }
    } else if (c === '„') {
      stack.push({ mark: c, position: i, closers: '“”"' });
    } else if (c === '“') {
      const k = findOpener(stack, c);
      // In English “ opens; in German it closes „, or opens an English-style quote that ” closes.
      if (k >= 0) closeAt(k, i);
      else stack.push({ mark: c, position: i, closers: '”“' });
    } else if (c === '”') {
      const k = findOpener(stack, c);
      // “…” in German is English style, a matter of house style at most: a pair is a pair.
      if (k >= 0) closeAt(k, i);
      else if (lang === 'sv' || lang === 'fi') stack.push({ mark: c, position: i, closers: '”' });
      else strayClosers.push({ mark: c, position: i });
    } else if (c === '"') {
      const k = findOpener(stack, c);
      if (k >= 0) closeAt(k, i);
      // 12" is inches; "…“ mixes styles but is still a pair.
      else if (!/\d/.test(prev ?? '')) stack.push({ mark: c, position: i, closers: '"“”' });
    } else if (c === '»' || c === '«') {
      const k = findOpener(stack, c);
      if (k >= 0) closeAt(k, i);
      else if (c !== guillemetsOpenWith) strayClosers.push({ mark: c, position: i });
      // An arrow at the end of a link ("Mehr lesen »") is no quotation mark.
      else if (i < paragraph.end - 1) stack.push({ mark: c, position: i, closers: c === '»' ? '«' : '»' });
    } else if (c === '‚') {
      // A low single quote followed by a space is a comma typed with the wrong key, not a quotation.
      if (!isSpace(after)) stack.push({ mark: c, position: i, closers: "‘’'" });
    } else if (c === '‘' || c === '’' || c === "'") {
      // ’ between letters is an apostrophe (it’s, Kyjiw’s); English ‘…’ cannot be told from apostrophes, so only ‚ is paired.
      const k = findOpener(stack, c);
      if (k >= 0 && stack[k]!.mark === '‚' && !(isLetter(prev) && isLetter(after))) closeAt(k, i);
    }
  }

  const openQuotes: Opener[] = [];
  for (const opener of stack) {
    if (opener.closedByInner) continue;
    if (opener.mark in BRACKETS) unclosed(opener);
    // A lone “ in German text closes a quotation whose „ is missing, maybe in an earlier paragraph, unless it
    // stands before a word like an opening mark (English style, “enttäuscht).
    else if (opener.mark === '“' && lang === 'de' && !opensWord(text, opener.position)) {
      strayClosers.push({ mark: opener.mark, position: opener.position });
    } else openQuotes.push(opener);
  }
  return { findings, openQuotes, strayClosers };
}

/** How many paragraphs (or one-sentence lines) a quotation may run over before its missing end is reported. */
const QUOTE_SPAN = 10;

/** Words a quotation must run over to the end of its paragraph to be taken for one that goes on in the next. */
const MIN_RUNNING_QUOTE_WORDS = 4;

// An attribution inside the quoted stretch ("…, sagte das Weiße Haus.") means the closing mark went missing before it.
const ATTRIBUTION =
  /[,;]\s+(?:sagte|sagt|so\s+(?:der|die|das|ein|eine|\p{Lu}\p{L}*)|erklärte|erklärt|betonte|betont|fügte|schrieb|schreibt|hieß es|heißt es|teilte|meinte|sagten|erklärten|said|says|added|wrote|told)\b/u;

// Texts cut into segments (one sentence per line) start or end inside a quotation; „felsenfest. or a quotation
// followed by its attribution is one that lost its end.
function startsQuotationToTheEnd(text: string, opener: Opener, paragraph: Span): boolean {
  const quoted = text.slice(opener.position + 1, paragraph.end);
  if (/[„“”"»«]/.test(quoted) || ATTRIBUTION.test(quoted)) return false;
  const words = quoted.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words >= MIN_RUNNING_QUOTE_WORDS;
}

function endsQuotationFromBefore(text: string, position: number, paragraph: Span): boolean {
  return (
    /[.!?…,]$/.test(text.slice(0, position)) ||
    /^\s*,/.test(text.slice(position + 1)) ||
    /^[\s.!?…:;]*$/.test(text.slice(position + 1, paragraph.end))
  );
}

/** Pair quotation marks across paragraphs, then report what is still unpaired. */
function pairAcrossParagraphs(text: string, paragraphs: readonly Span[], scans: ParagraphScan[]): Finding[] {
  const findings: Finding[] = [];
  let carry: { opener: Opener; paragraph: number }[] = [];
  const unclosed = (opener: Opener) =>
    findings.push({ start: opener.position, end: opener.position + 1, messageId: 'unclosed', data: { mark: opener.mark } });
  scans.forEach((scan, p) => {
    for (const c of carry) {
      if (p - c.paragraph > QUOTE_SPAN && !startsQuotationToTheEnd(text, c.opener, paragraphs[c.paragraph]!)) {
        unclosed(c.opener);
      }
    }
    carry = carry.filter((c) => p - c.paragraph <= QUOTE_SPAN);
    // The convention for a quotation over several paragraphs: each one opens again, only the last one closes.
    const firstMark = text[paragraphs[p]!.start];
    carry = carry.filter((c) => c.opener.mark !== firstMark);
    for (const closer of scan.strayClosers) {
      let k = carry.length - 1;
      while (k >= 0 && !carry[k]!.opener.closers.includes(closer.mark)) k--;
      if (k >= 0) carry.splice(k, 1);
      else if (!(p === 0 && endsQuotationFromBefore(text, closer.position, paragraphs[p]!))) {
        findings.push({ start: closer.position, end: closer.position + 1, messageId: 'unopened', data: { mark: closer.mark } });
      }
    }
    for (const opener of scan.openQuotes) {
      // A straight quote left open may be the end of one opened in an earlier paragraph.
      const k = opener.mark === '"' ? carry.findLastIndex((c) => c.opener.closers.includes('"')) : -1;
      if (k >= 0) carry.splice(k, 1);
      else if (opener.mark === '"' && p === 0 && endsQuotationFromBefore(text, opener.position, paragraphs[p]!)) continue;
      else carry.push({ opener, paragraph: p });
    }
  });
  for (const { opener, paragraph } of carry) {
    if (!startsQuotationToTheEnd(text, opener, paragraphs[paragraph]!)) unclosed(opener);
  }
  return findings;
}

export const unpairedQuoteBracket = defineCheck({
  meta: {
    id: 'unpaired-quote-bracket',
    mqm: 'Fluency/Punctuation',
    severity: 'minor',
    langs: ['*'],
    messages: ['unclosed', 'unopened'],
  },
  detect(ctx) {
    const lang = primaryLanguage(ctx.lang);
    const paragraphs = paragraphsOf(ctx);
    const marks = findMarks(ctx.text);
    const scans = paragraphs.map((paragraph) => scanParagraph(ctx.text, paragraph, lang, marks));
    return [...scans.flatMap((scan) => scan.findings), ...pairAcrossParagraphs(ctx.text, paragraphs, scans)].sort(
      (a, b) => a.start - b.start,
    );
  },
  cases: {
    valid: [
      '„Die beiden Staats- und Regierungschefs werden sprechen“, sagte das Weiße Haus.',
      'Er nannte die Partnerschaft „felsenfest“.',
      'Putins Vorgehen und Kyjiw’s Antwort: it’s done.',
      'Der Bildschirm misst 12" in der Diagonale.',
      'a) erstens, b) zweitens und 1) drittens',
      'Xi Jinping (rechts) und Putin (Alexei Druzhinin, Sputnik, Kremlin Pool Photo via AP)Moskau.',
      '„Er sagte: ‚Wir kommen‘“, berichtete sie.',
      'Sie schrieb »Morgen« auf den Zettel.',
      'Il a dit « bonjour ».',
      'Er sagte "Nein" und ging.',
      'Das war gut :) und lustig ;-)',
      '„Der erste Absatz eines langen Zitats.\n„Der zweite Absatz und das Ende.“',
      { text: 'He said “no” and left.', lang: 'en' },
      'Mehr lesen »',
      // One segment of a text cut into sentences: the quotation goes on in the next segment.
      'Der Sprecher sagte: „Wir führen zwei Überprüfungen der Gesetze durch.',
      'Dies tun wir, um die Bürger zu schützen.“',
      'Er kam am 4. Februar 2022 (Ortszeit) an.',
      // English-style quotes in German are a consistent pair, not an unpaired mark.
      'Er nannte die Partnerschaft “felsenfest”.',
      '“Obwohl Fortschritte erzielt wurden, erfordert das Thema weitere Anstrengungen.”',
      // A quotation inside a quotation whose one closing mark ends both.
      '„Ich begann zu schreien: „Ich hab’s! Ich habe im Lotto gewonnen!“\nDer Gewinner will Rechnungen bezahlen.',
    ],
    invalid: [
      {
        text: '„Wir werden sprechen, sagte das Weiße Haus.\nDas Treffen beginnt am Freitag.',
        findings: [{ messageId: 'unclosed', range: [0, 1], data: { mark: '„' } }],
      },
      {
        text: 'Xi Jinping (rechts und Putin sprechen.',
        findings: [{ messageId: 'unclosed', range: [11, 12], data: { mark: '(' } }],
      },
      {
        text: 'Die Gespräche (in Rom) endeten).',
        findings: [{ messageId: 'unopened', range: [30, 31], data: { mark: ')' } }],
      },
      {
        text: 'Er nannte sie felsenfest“ und ging.',
        findings: [{ messageId: 'unopened', range: [24, 25], data: { mark: '“' } }],
      },
      {
        text: 'Das Haus nannte sie [substanziell.',
        findings: [{ messageId: 'unclosed', range: [20, 21], data: { mark: '[' } }],
      },
      {
        text: 'Sie schrieb »Morgen.\nDann ging sie.',
        findings: [{ messageId: 'unclosed', range: [12, 13], data: { mark: '»' } }],
      },
      {
        text: 'Er sagte "Nein und ging.\nDann kam er zurück.',
        findings: [{ messageId: 'unclosed', range: [9, 10], data: { mark: '"' } }],
      },
      {
        text: 'Er sagte, es sei “enttäuscht über die Änderungen, sagte sie.\nEr ging.',
        findings: [{ messageId: 'unclosed', range: [17, 18], data: { mark: '“' } }],
      },
      {
        text: 'Die Studie läuft.\nDie Forscher testen Medikamente „willkürlich und unüberlegt“ testen“, warnte der Experte.',
        findings: [{ messageId: 'unopened', range: [85, 86], data: { mark: '“' } }],
      },
      {
        text: 'Er sagte: „Das ist (nicht) gut, so der Sprecher.\nEr ging.',
        findings: [{ messageId: 'unclosed', range: [10, 11], data: { mark: '„' } }],
      },
    ],
  },
});
