// Every importer the fuzzer drives, with the errors it may throw on bad input and the invariants its result must keep.
import { readFileSync } from 'node:fs';
import type { AnalysisInput, Analyzer } from '../../src/core/checks/analyzer.ts';
import { findParagraphs, type DocumentLayout } from '../../src/core/document/document.ts';
import { partsToText, type BilingualDocument, type SegmentPart } from '../../src/core/formats/bilingual.ts';
import { decodeBytes } from '../../src/core/formats/decode.ts';
import { DelimitedParseError, parseDelimited, serializeDelimited, type Delimiter } from '../../src/core/formats/delimited.ts';
import { parseMarkdown, parsePlainText, segmentMarkdown, type MarkdownDocument } from '../../src/core/formats/markdown.ts';
import { MqmTsvParseError, parseMqmTsv, serializeMqmTsv } from '../../src/core/formats/mqm-tsv.ts';
import { parseXliff, serializeXliff, XliffError } from '../../src/core/formats/xliff.ts';
import { XmlError } from '../../src/core/formats/xml.ts';
import { alignSentences } from '../../src/core/segment/align.ts';
import { segment, type SentenceSpan } from '../../src/core/segment/segment.ts';

export const importerNames = ['decode', 'xliff', 'delimited', 'markdown', 'mqm-tsv', 'segment', 'analyzer'] as const;
export type ImporterName = (typeof importerNames)[number];

/** Raw file bytes (decoded first, as the app and the CLI do) or a text handed to the parser as is. */
export type FuzzInput = { kind: 'bytes'; bytes: Uint8Array } | { kind: 'text'; text: string };

/** A result that breaks a promise of the importer (an offset outside the text, a failed round trip): a bug. */
export class InvariantError extends Error {
  override readonly name = 'InvariantError';
}

const TYPED_ERRORS: Record<ImporterName, readonly (abstract new (...args: never[]) => Error)[]> = {
  decode: [],
  xliff: [XmlError, XliffError],
  delimited: [DelimitedParseError],
  markdown: [],
  'mqm-tsv': [MqmTsvParseError],
  segment: [],
  analyzer: [],
};

/** Whether `error` is one the importer documents for bad input (anything else it throws is a crash). */
export function isTypedError(importer: ImporterName, error: unknown): boolean {
  return TYPED_ERRORS[importer].some((type) => error instanceof type);
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new InvariantError(message);
}

const sample = (name: string) => readFileSync(new URL(`../../samples/bilingual/${name}`, import.meta.url), 'utf8');
const germanSample = sample('dailymail.co.uk.365204.de.txt');
const englishSample = sample('dailymail.co.uk.365204.en.txt');
const germanSentences = segment(germanSample, 'de');

// The segmenter's white space: JavaScript's \s plus NEL, which it also treats as a line break.
const BLANK = /^[\s\u0085]*$/;
const EDGE_BLANK = /^[\s\u0085]|[\s\u0085]$/;
const LINE_BREAK = /[\n\v\f\r\u0085\u2028\u2029]/;

/** Sentence spans cover the text losslessly: in order, trimmed, one line each, only blanks between them. */
export function checkSentences(text: string, spans: readonly SentenceSpan[], what: string): void {
  let previousEnd = 0;
  for (const s of spans) {
    check(s.start >= previousEnd && s.end > s.start && s.end <= text.length, `${what}: sentence [${s.start}, ${s.end}) out of order or outside`);
    check(text.slice(s.start, s.end) === s.text, `${what}: sentence text differs from its slice at ${s.start}`);
    check(!EDGE_BLANK.test(s.text), `${what}: untrimmed sentence at ${s.start}`);
    check(!LINE_BREAK.test(s.text), `${what}: line break inside the sentence at ${s.start}`);
    check(BLANK.test(text.slice(previousEnd, s.start)), `${what}: text lost before ${s.start}`);
    previousEnd = s.end;
  }
  check(BLANK.test(text.slice(previousEnd)), `${what}: text lost after ${previousEnd}`);
}

/** Alignment pairs list every sentence of both sides once, in order. */
export function checkAlignment(pairs: readonly { source: number[]; target: number[] }[], n: number, m: number, what: string): void {
  const source = pairs.flatMap((p) => p.source);
  const target = pairs.flatMap((p) => p.target);
  check(source.length === n && source.every((v, i) => v === i), `${what}: source sentences not covered once in order`);
  check(target.length === m && target.every((v, i) => v === i), `${what}: target sentences not covered once in order`);
  check(pairs.every((p) => p.source.length + p.target.length > 0), `${what}: an empty pair`);
}

function runDecode(bytes: Uint8Array): string | undefined {
  const result = decodeBytes(bytes);
  if (!result.ok) {
    check(result.size === bytes.byteLength, 'decode: refusal reports the wrong size');
    return undefined;
  }
  check(/\S/.test(result.text), 'decode: accepted a blank text');
  return result.text;
}

function textOf(parts: SegmentPart[] | null): string {
  return parts ? partsToText(parts) : '';
}

function runXliff(text: string): void {
  const doc = parseXliff(text);
  check(serializeXliff(doc, text) === text, 'xliff: writing back unchanged segments changed the file');
  // Ids shared by two segments (invalid XLIFF) make one correction land in both: that is refused elsewhere, not here.
  const ids = new Set(doc.segments.map((s) => s.id));
  if (ids.size !== doc.segments.length) return;
  // Correct every target and give untranslated segments their source as target, as a reviewer would.
  const edited: BilingualDocument = {
    ...doc,
    segments: doc.segments.map((s) => ({
      ...s,
      target: s.target ? [...s.target, { type: 'text', text: ' ✓ & <ok>' }] : s.source.length ? s.source : [{ type: 'text', text: 'neu' }],
    })),
  };
  let written: string;
  try {
    written = serializeXliff(edited, text);
  } catch (error) {
    // The source's tags may not balance or may use prefixes unbound in the target: a refusal the app reports.
    if (error instanceof XliffError && error.code === 'invalid-target') return;
    throw error;
  }
  const back = parseXliff(written);
  check(back.segments.length === doc.segments.length, `xliff: ${doc.segments.length} segments before the write-back, ${back.segments.length} after`);
  back.segments.forEach((s, i) => {
    const wanted = edited.segments[i]!;
    check(s.id === wanted.id, `xliff: segment ${i} is ${s.id} after the write-back, was ${wanted.id}`);
    check(textOf(s.target) === textOf(wanted.target), `xliff: target of ${s.id} reads back differently`);
    check(textOf(s.source) === textOf(wanted.source), `xliff: source of ${s.id} changed`);
  });
}

function runDelimited(text: string): void {
  const doc = parseDelimited(text);
  check(doc.segments.every((s) => s.source.length === 1), 'delimited: a source is not one text part');
  for (const delimiter of ['\t', ',', ';'] as Delimiter[]) {
    const written = serializeDelimited(doc, {}, { delimiter });
    const strict = parseDelimited(written, { delimiter });
    check(JSON.stringify(strict.segments) === JSON.stringify(doc.segments), `delimited: round trip with ${JSON.stringify(delimiter)} changed the segments`);
    const sniffed = parseDelimited(written);
    check(JSON.stringify(sniffed.segments) === JSON.stringify(doc.segments), `delimited: re-reading its own ${JSON.stringify(delimiter)} output sniffed it wrongly`);
  }
}

/** Blocks in order inside the text, trimmed; proseText as long as the text, prose where blocks are, blanks elsewhere. */
export function checkMarkdown(doc: MarkdownDocument, what: string): void {
  const { text, proseText, blocks } = doc;
  check(proseText.length === text.length, `${what}: proseText is ${proseText.length} long, the text ${text.length}`);
  let last = 0;
  const inBlock = new Uint8Array(text.length);
  for (const block of blocks) {
    check(block.start >= last && block.end > block.start && block.end <= text.length, `${what}: block [${block.start}, ${block.end}) out of order or outside`);
    check(!/^\s|\s$/u.test(text.slice(block.start, block.end)), `${what}: block at ${block.start} is not trimmed`);
    inBlock.fill(1, block.start, block.end);
    last = block.end;
  }
  for (let k = 0; k < text.length; k++) {
    const c = proseText[k]!;
    if (inBlock[k]) {
      const isSoftBreak = c === ' ' && (text[k] === '\n' || text[k] === '\r');
      check(c === text[k] || isSoftBreak, `${what}: proseText differs from the text inside a block at ${k}`);
    } else check(BLANK.test(c), `${what}: markup or prose outside any block at ${k}`);
  }
  const sentences = segmentMarkdown(doc, 'de');
  checkSentences(proseText, sentences, `${what} sentences`);
  for (const s of sentences) check(inBlock[s.start] === 1 && inBlock[s.end - 1] === 1, `${what}: sentence at ${s.start} does not start and end in prose`);
}

function runMarkdown(text: string): void {
  checkMarkdown(parseMarkdown(text), 'markdown');
  checkMarkdown(parsePlainText(text), 'plain text');
}

function runMqmTsv(text: string): void {
  const rows = parseMqmTsv(text);
  for (const row of rows) {
    if (!row.span) continue;
    const clean = row.span.side === 'source' ? row.source : row.target;
    check(row.span.start >= 0 && row.span.start <= row.span.end && row.span.end <= clean.length, `mqm-tsv: span outside its text in segment ${row.segId}`);
  }
  check(JSON.stringify(parseMqmTsv(serializeMqmTsv(rows))) === JSON.stringify(rows), 'mqm-tsv: parse ∘ serialize changed the rows');
}

function runSegment(text: string): void {
  for (const lang of ['de', 'en', 'fr', 'ja', 'und']) checkSentences(text, segment(text, lang), `segment ${lang}`);
  const sentences = segment(text, 'en');
  for (const anchors of [true, false]) {
    const { pairs, score } = alignSentences(sentences, germanSentences, { anchors });
    checkAlignment(pairs, sentences.length, germanSentences.length, 'align');
    check(Number.isFinite(score), 'align: the score is not finite');
  }
}

/** Every line a unit, as the app lays out a bilingual file's segments. */
function unitsOf(text: string): DocumentLayout {
  return { kind: 'units', units: findParagraphs(text) };
}

function runAnalyzer(text: string, analyzer: Analyzer): void {
  const inputs: AnalysisInput[] = [
    { text, lang: 'de' },
    { text, lang: 'en', layout: { kind: 'markdown' } },
    { text: germanSample, lang: 'de', sourceText: text, sourceLang: 'en' },
    { text, lang: 'de', sourceText: englishSample, sourceLang: 'en', layout: unitsOf(text), sourceLayout: unitsOf(englishSample) },
  ];
  for (const input of inputs) {
    const what = `analyzer ${input.lang} ${input.layout?.kind ?? 'plain'}${input.sourceText === undefined ? '' : ' with source'}`;
    const result = analyzer.analyze(input);
    check(result.errors.length === 0, `${what}: check ${result.errors[0]?.check} failed: ${result.errors[0]?.message}`);
    if (!input.layout) checkSentences(input.text, result.sentences, what);
    let previousEnd = 0;
    for (const s of result.sentences) {
      check(s.start >= previousEnd && s.start < s.end && s.end <= input.text.length, `${what}: sentence [${s.start}, ${s.end}) out of order or outside`);
      previousEnd = s.end;
    }
    for (const f of result.flags) {
      check(f.start >= 0 && f.start <= f.end && f.end <= input.text.length, `${what}: flag ${f.id} outside the text`);
      for (const s of f.suggestions) check(s.start >= 0 && s.start <= s.end && s.end <= input.text.length, `${what}: suggestion of ${f.id} outside the text`);
    }
    check(new Set(result.flags.map((f) => f.id)).size === result.flags.length, `${what}: flag ids repeat`);
  }
}

/**
 * Runs one importer on one input. Returns normally on success or on a refusal (decode refused the bytes); throws the
 * importer's own error (see isTypedError) or anything else, which is a crash.
 */
export function runImporter(importer: ImporterName, input: FuzzInput, analyzer: Analyzer | undefined): void {
  let text: string;
  if (input.kind === 'bytes') {
    const decoded = runDecode(input.bytes);
    if (decoded === undefined || importer === 'decode') return;
    text = decoded;
  } else {
    if (importer === 'decode') return;
    text = input.text;
  }
  switch (importer) {
    case 'xliff':
      return runXliff(text);
    case 'delimited':
      return runDelimited(text);
    case 'markdown':
      return runMarkdown(text);
    case 'mqm-tsv':
      return runMqmTsv(text);
    case 'segment':
      return runSegment(text);
    case 'analyzer':
      if (!analyzer) throw new Error('the analyzer importer needs an analyzer');
      return runAnalyzer(text, analyzer);
  }
}

/**
 * Crash files are named `<importer>-<hash>.<ext>`: bytes that go through decodeBytes first. A name ending in `.u16`
 * holds a parser's input text as raw UTF-16LE code units instead, for texts no encoding can carry (lone surrogates).
 */
export function crashFileName(importer: ImporterName, hash: string, ext: string, input: FuzzInput): string {
  return `${importer}-${hash}.${ext}${input.kind === 'text' ? '.u16' : ''}`;
}

/** The importer and input a crash file holds, or undefined when its name does not say. */
export function readCrashFile(name: string, bytes: Uint8Array): { importer: ImporterName; input: FuzzInput } | undefined {
  const importer = importerNames.find((candidate) => name.startsWith(`${candidate}-`));
  if (!importer) return undefined;
  if (!name.endsWith('.u16')) return { importer, input: { kind: 'bytes', bytes } };
  return { importer, input: { kind: 'text', text: utf16ToText(bytes) } };
}

export function textToUtf16(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 * i] = code & 0xff;
    bytes[2 * i + 1] = code >> 8;
  }
  return bytes;
}

function utf16ToText(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) text += String.fromCharCode(bytes[i]! | (bytes[i + 1]! << 8));
  return text;
}
