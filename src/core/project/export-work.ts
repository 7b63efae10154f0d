// Every export of a review of a Work: the corrected file in its own format, MQM TSV, a unified diff and the HTML report.
import { diffChars } from 'diff';
import { pairDocuments } from '../segment/pairing.ts';
import type { ArticleDocument } from '../document/document.ts';
import type { BilingualDocument, SegmentPart } from '../formats/bilingual.ts';
import { serializeDelimited, sniffDelimiter, type Delimiter } from '../formats/delimited.ts';
import { renderHtmlReport, type HtmlReportLabels } from '../formats/html-report.ts';
import { annotationsToMqmRows, serializeMqmTsv, type MqmTsvSegment } from '../formats/mqm-tsv.ts';
import { createUnifiedDiff } from '../formats/unified-diff.ts';
import { serializeXliff } from '../formats/xliff.ts';
import { escapeXmlAttribute, escapeXmlText } from '../formats/xml.ts';
import { createOffsetMap } from '../review/anchor.ts';
import { buildCorrectedText } from '../review/export.ts';
import type { Annotation, ReviewState } from '../review/types.ts';
import { countWords } from '../text/words.ts';
import type { TagAt, Work } from './work.ts';

/** What every export needs: the opened work, its documents as the app segmented them, and the review. */
export interface ExportContext {
  work: Work;
  /** The target document (sentences the review's indexes refer to). */
  document: ArticleDocument;
  sourceDocument?: ArticleDocument | null;
  review: Pick<ReviewState, 'edits' | 'annotations' | 'reviewed' | 'settings'>;
  title: string;
}

export interface ExportedFile {
  name: string;
  text: string;
  mime: string;
}

/** The file name without its last extension ('' → 'review'), safe to build export names from. */
export function baseNameOf(name: string): string {
  const trimmed = name.trim().replace(/[\\/:*?"<>|\p{Cc}]+/gu, '_');
  const dot = trimmed.lastIndexOf('.');
  const base = dot > 0 ? trimmed.slice(0, dot) : trimmed;
  return base || 'review';
}

function extensionOf(name: string, fallback: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? name.slice(dot) : fallback;
}

/**
 * A Markdown sentence's text is its span with the markup blanked (same length); the edit of that text is applied to
 * the span change by change, so markup the reviewer never saw (emphasis, a link's URL) stays where it was. When the
 * edit removed some of the blanks that stand for markup, half the markup could survive ("**Kreml*"): the edit then
 * replaces the span as it is, markup and all.
 */
function editMarkdownSpan(span: string, shown: string, edit: string): string {
  if (span.length !== shown.length) return edit;
  let out = '';
  let at = 0;
  for (const change of diffChars(shown, edit)) {
    if (change.added) {
      out += change.value;
      continue;
    }
    const end = at + change.value.length;
    if (!change.removed) out += span.slice(at, end);
    else if (span.slice(at, end) !== shown.slice(at, end)) return edit;
    at = end;
  }
  return out;
}

/** The corrected target text: the review's text with each edited sentence replaced, everything else byte for byte. */
export function correctedText(ctx: Pick<ExportContext, 'document' | 'review'>): string {
  const { document, review } = ctx;
  let edits = review.edits;
  if (document.layout?.kind === 'markdown') {
    const spanEdits: Record<number, string> = {};
    for (const [key, edit] of Object.entries(review.edits)) {
      const sentence = document.sentences[Number(key)];
      spanEdits[Number(key)] = sentence ? editMarkdownSpan(document.text.slice(sentence.start, sentence.end), sentence.text, edit) : edit;
    }
    edits = spanEdits;
  }
  return buildCorrectedText(document.text, document.sentences, edits);
}

/** The current text of each paragraph (a bilingual file's unit) with the edits of its sentences applied. */
export function correctedUnitTexts(document: ArticleDocument, edits: Readonly<Record<number, string>>): string[] {
  return document.paragraphs.map((unit) => {
    let out = '';
    let cursor = unit.start;
    for (let i = unit.firstSentence; i < unit.endSentence; i++) {
      const sentence = document.sentences[i]!;
      const edit = edits[i];
      if (edit === undefined) continue;
      out += document.text.slice(cursor, sentence.start) + edit;
      cursor = sentence.end;
    }
    return out + document.text.slice(cursor, unit.end);
  });
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Puts a unit's protected tags back into its corrected text: each tag follows the text around it through the diff,
 * an opening tag stays in front of the text it opened, a closing tag behind it, and tags never change order.
 */
export function placeTags(oldText: string, newText: string, tags: readonly TagAt[]): SegmentPart[] {
  const map = oldText === newText ? null : createOffsetMap(diffChars(oldText, newText));
  const placed: { offset: number; tag: TagAt['tag'] }[] = [];
  const openAt = new Map<string, number>();
  let floor = 0;
  for (const { offset, tag } of tags) {
    let mapped = offset;
    if (map) {
      // Text inserted at the tag stays on the tag's outside, unless it continues the word on the inside, so no tag
      // splits a word the edit made ("{1}paket" → "{1}Postpaket", "Paket{/1}" → "Pakete{/1}").
      const front = map.before(offset);
      const behind = map.after(offset);
      const isWord = (at: number) => WORD.test(newText[at] ?? '');
      if (tag.kind === 'open') {
        mapped = behind;
        if (isWord(behind)) while (mapped > front && isWord(mapped - 1)) mapped--;
      } else {
        mapped = front;
        const open = tag.kind === 'close' ? openAt.get(tag.id) : undefined;
        if (open === undefined || offset > open) {
          // The text in front of the tag was replaced ("chuté{2/}" → "chutait", "{1}Talks{/1}" → "Talked"): the
          // replacement stands where that text stood, so the tag goes behind it. (An empty pair has nothing inside.)
          if (offset > 0 && map.after(offset - 1) === front) mapped = behind;
          else if (isWord(front - 1)) while (mapped < behind && isWord(mapped)) mapped++;
        }
      }
    }
    mapped = Math.min(Math.max(mapped, floor), newText.length);
    floor = mapped;
    if (tag.kind === 'open') openAt.set(tag.id, offset);
    placed.push({ offset: mapped, tag });
  }
  const parts: SegmentPart[] = [];
  let cursor = 0;
  for (const { offset, tag } of placed) {
    if (offset > cursor) parts.push({ type: 'text', text: newText.slice(cursor, offset) });
    cursor = Math.max(cursor, offset);
    parts.push({ type: 'tag', tag });
  }
  if (cursor < newText.length || parts.length === 0) parts.push({ type: 'text', text: newText.slice(cursor) });
  return parts;
}

function annotationsByParagraph(document: ArticleDocument, annotations: readonly Annotation[]): Map<number, Annotation[]> {
  const byParagraph = new Map<number, Annotation[]>();
  for (const annotation of annotations) {
    const sentence = document.sentences[annotation.sentence];
    if (!sentence) continue;
    const list = byParagraph.get(sentence.paragraph) ?? [];
    list.push(annotation);
    byParagraph.set(sentence.paragraph, list);
  }
  return byParagraph;
}

/** An annotation as one line of an XLIFF note: category, severity, the marked text, comment and correction. */
export function annotationNote(annotation: Annotation): string {
  let note = `MQM ${annotation.category} (${annotation.severity}): “${annotation.quote}”`;
  if (annotation.comment) note += ` — ${annotation.comment}`;
  if (annotation.correction) note += ` → “${annotation.correction}”`;
  if (annotation.stale) note += ' [text changed since]';
  return note;
}

const STATES = {
  'xliff-1.2': { edited: 'translated', reviewed: 'signed-off' },
  'xliff-2.0': { edited: 'translated', reviewed: 'reviewed' },
  // Trados keeps a segment's state in sdl:seg/@conf, which takes only its own values.
  sdlxliff: { edited: 'Translated', reviewed: 'ApprovedTranslation' },
} as const;

const SDL_NAMESPACE = 'http://sdl.com/FileTypes/SdlXliff/1.0';

function statesOf(work: Work): { edited: string; reviewed: string } | null {
  const { format, original } = work.file;
  if (format === 'xliff-1.2' && original.includes(SDL_NAMESPACE)) return STATES.sdlxliff;
  return format === 'xliff-1.2' || format === 'xliff-2.0' ? STATES[format] : null;
}

/** The bilingual file with the review's corrected targets (tags kept), new states and nothing else changed. */
export function correctedBilingual(ctx: ExportContext): { bilingual: BilingualDocument; changed: Set<number> } {
  const { work, document, review } = ctx;
  const bilingual = work.bilingual;
  if (!bilingual) throw new Error('Not a bilingual file');
  const texts = correctedUnitTexts(document, review.edits);
  const states = statesOf(work);
  const changed = new Set<number>();
  const segments = bilingual.segments.map((segment, index) => {
    const unit = document.paragraphs[index];
    if (!unit) return segment;
    const oldText = document.text.slice(unit.start, unit.end);
    const newText = texts[index]!;
    let isEdited = false;
    let isReviewed = unit.endSentence > unit.firstSentence;
    for (let i = unit.firstSentence; i < unit.endSentence; i++) {
      if (review.edits[i] !== undefined) isEdited = true;
      if (!review.reviewed[i]) isReviewed = false;
    }
    if (!isEdited && !isReviewed) return segment;
    const next = { ...segment };
    if (isEdited && newText !== oldText) {
      next.target = placeTags(oldText, newText, work.target.tags?.[index] ?? []);
      changed.add(index);
    }
    if (states) next.state = isReviewed ? states.reviewed : isEdited ? states.edited : segment.state;
    return next;
  });
  return { bilingual: { ...bilingual, segments }, changed };
}

function lineEndOf(text: string): '\n' | '\r\n' {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The corrected file in the format it came in: text, Markdown, XLIFF (targets, states, annotations as notes), TSV/CSV. */
export function exportCorrectedFile(ctx: ExportContext): ExportedFile {
  const { work, document, review } = ctx;
  const name = work.file.name || ctx.title;
  const base = baseNameOf(name);
  switch (work.file.format) {
    case 'xliff-1.2':
    case 'xliff-2.0': {
      const { bilingual } = correctedBilingual(ctx);
      const notesByIndex: Record<number, string[]> = {};
      for (const [paragraph, annotations] of annotationsByParagraph(document, review.annotations)) {
        if (!bilingual.segments[paragraph]) continue;
        const sorted = [...annotations].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
        notesByIndex[paragraph] = sorted.map(annotationNote);
      }
      return {
        name: `${base}.corrected${extensionOf(name, '.xlf')}`,
        text: serializeXliff(bilingual, work.file.original, { notesByIndex }),
        mime: 'application/xliff+xml',
      };
    }
    case 'tsv':
    case 'csv': {
      const { bilingual } = correctedBilingual(ctx);
      const corrections: Record<number, string> = {};
      bilingual.segments.forEach((segment, index) => {
        if (segment.target && segment !== work.bilingual!.segments[index]) {
          corrections[index] = segment.target.map((part) => (part.type === 'text' ? part.text : '')).join('');
        }
      });
      const delimiter: Delimiter = work.file.format === 'tsv' ? '\t' : sniffDelimiter(work.file.original);
      return {
        name: `${base}.corrected${extensionOf(name, work.file.format === 'tsv' ? '.tsv' : '.csv')}`,
        text: serializeDelimited(work.bilingual!, corrections, { delimiter, lineEnd: lineEndOf(work.file.original) }),
        mime: work.file.format === 'tsv' ? 'text/tab-separated-values' : 'text/csv',
      };
    }
    default:
      return {
        name: `${base}.corrected${extensionOf(name, work.file.format === 'markdown' ? '.md' : '.txt')}`,
        text: correctedText(ctx),
        mime: work.file.format === 'markdown' ? 'text/markdown' : 'text/plain',
      };
  }
}

// Characters XML 1.0 cannot hold at all (controls, lone surrogates, U+FFFE/FFFF) become U+FFFD in a new XLIFF.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const xmlText = (value: string) => escapeXmlText(value.replace(NOT_XML, '\uFFFD'));
const xmlAttribute = (value: string) => escapeXmlAttribute(value.replace(NOT_XML, '\uFFFD'));

/**
 * A new XLIFF 2.0 file for two aligned texts: one unit per aligned group (1–1, 1–2, 2–1, and 1–0 / 0–1 with an
 * empty side), the corrected target, a state (initial, translated when edited, reviewed when every sentence is
 * marked reviewed) and the annotations as notes.
 */
export function exportAlignedXliff(ctx: ExportContext): ExportedFile {
  const { document, sourceDocument, review } = ctx;
  if (!sourceDocument) throw new Error('Two aligned texts need a source');
  const { pairs } = pairDocuments(sourceDocument, document);
  const byTarget = new Map<number, Annotation[]>();
  for (const annotation of review.annotations) {
    const list = byTarget.get(annotation.sentence) ?? [];
    list.push(annotation);
    byTarget.set(annotation.sentence, list);
  }
  const name = ctx.work.file.name || ctx.title || 'article.txt';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${xmlAttribute(sourceDocument.lang)}" trgLang="${xmlAttribute(document.lang)}">`,
    ` <file id="f1" original="${xmlAttribute(name)}">`,
  ];
  pairs.forEach((pair, index) => {
    const source = pair.source.map((i) => sourceDocument.sentences[i]!.text).join(' ');
    const target = pair.target.map((i) => review.edits[i] ?? document.sentences[i]!.text).join(' ');
    const edited = pair.target.some((i) => review.edits[i] !== undefined);
    const reviewed = pair.target.length > 0 && pair.target.every((i) => review.reviewed[i]);
    const state = reviewed ? 'reviewed' : edited ? 'translated' : 'initial';
    const notes = pair.target.flatMap((i) => (byTarget.get(i) ?? []).sort((a, b) => a.start - b.start).map(annotationNote));
    lines.push(`  <unit id="u${index + 1}">`);
    if (notes.length > 0) {
      lines.push('   <notes>');
      for (const note of notes) lines.push(`    <note category="revisor">${xmlText(note)}</note>`);
      lines.push('   </notes>');
    }
    lines.push(`   <segment id="s${index + 1}" state="${state}">`);
    lines.push(`    <source>${xmlText(source)}</source>`);
    if (pair.target.length > 0) lines.push(`    <target>${xmlText(target)}</target>`);
    lines.push('   </segment>', '  </unit>');
  });
  lines.push(' </file>', '</xliff>', '');
  return { name: `${baseNameOf(name)}.xlf`, text: lines.join('\n'), mime: 'application/xliff+xml' };
}

/** The source text beside each target sentence: its unit's source, its aligned source sentences, or ''. */
export function sourceTextsBySentence(ctx: Pick<ExportContext, 'document' | 'sourceDocument'>): string[] {
  const { document, sourceDocument } = ctx;
  const texts = document.sentences.map(() => '');
  if (!sourceDocument) return texts;
  const { pairs } = pairDocuments(sourceDocument, document);
  for (const pair of pairs) {
    const source = pair.source.map((i) => sourceDocument.sentences[i]!.text).join(' ');
    for (const target of pair.target) texts[target] = source;
  }
  return texts;
}

export interface MqmExportOptions {
  system?: string;
  rater?: string;
}

/** The annotations as WMT MQM TSV: one row per annotation (span in <v>…</v>), a No-error row per clean sentence. */
export function exportMqmTsv(ctx: ExportContext, options: MqmExportOptions = {}): ExportedFile {
  const sources = sourceTextsBySentence(ctx);
  const segments: MqmTsvSegment[] = ctx.document.sentences.map((sentence, index) => ({
    source: sources[index]!,
    target: ctx.review.edits[index] ?? sentence.text,
  }));
  const base = baseNameOf(ctx.work.file.name || ctx.title);
  const rows = annotationsToMqmRows(ctx.review.annotations, segments, {
    system: options.system ?? 'mt',
    doc: base,
    docId: base,
    rater: options.rater ?? 'revisor',
  });
  return { name: `${base}.mqm.tsv`, text: serializeMqmTsv(rows), mime: 'text/tab-separated-values' };
}

/** A unified diff of the original target text against the corrected one. */
export function exportUnifiedDiff(ctx: ExportContext): ExportedFile {
  const name = ctx.work.file.name || ctx.title || 'article.txt';
  const base = baseNameOf(name);
  return {
    name: `${base}.diff`,
    text: createUnifiedDiff(ctx.document.text, correctedText(ctx), { oldName: `a/${name}`, newName: `b/${name}` }),
    mime: 'text/x-diff',
  };
}

/** The self-contained HTML report (summary, MQM score and chart, every annotation in context, corrected text). */
export function exportHtmlReport(ctx: ExportContext, labels?: Partial<HtmlReportLabels>): ExportedFile {
  const { document, sourceDocument, review } = ctx;
  const sources = sourceDocument ? sourceTextsBySentence(ctx) : undefined;
  const base = baseNameOf(ctx.work.file.name || ctx.title);
  const text = renderHtmlReport({
    title: ctx.title,
    targetLang: document.lang,
    sourceLang: sourceDocument?.lang,
    words: countWords(document.text),
    sentences: document.sentences.map((sentence) => sentence.text),
    sourceSentences: sources,
    edits: review.edits,
    annotations: review.annotations,
    correctedText: correctedText(ctx),
    weights: review.settings.weights,
    passThreshold: review.settings.passThreshold,
    labels,
  });
  return { name: `${base}.report.html`, text, mime: 'text/html' };
}
