// Markdown and plain-text import: where the prose is, so sentences are cut from prose only and the markup survives export.
import { findParagraphs } from '../document/paragraphs.ts';
import { segment, type SentenceSpan } from '../segment/segment.ts';

export type MarkdownBlockKind = 'paragraph' | 'heading' | 'list-item' | 'blockquote' | 'table-cell';

/** A run of prose: [start, end) into the original text, free of markup, trimmed of white space at both ends. */
export interface MarkdownBlock {
  start: number;
  end: number;
  kind: MarkdownBlockKind;
}

export interface MarkdownDocument {
  /** The original text, unchanged: exports write it back with only edited sentences replaced. */
  text: string;
  /** Prose runs in text order. A paragraph with inline markup (`**`, `[…](url)`) is several runs. */
  blocks: MarkdownBlock[];
  /**
   * What to segment: exactly as long as `text`, offset for offset, with every markup character (`#`, `-`, `>`,
   * emphasis markers, link URLs, code) replaced by a space, so no sentence can contain markup, and the line breaks
   * inside a paragraph (soft breaks of hard-wrapped text) replaced by spaces, so a wrapped sentence stays one
   * sentence even though the segmenter ends sentences at line breaks. Line breaks between blocks stay, and table
   * cell borders (`|`) become line breaks. A sentence span found in `proseText` is a valid span of `text`.
   */
  proseText: string;
}

interface Line {
  start: number;
  /** End of the content, before the line break. */
  end: number;
  /** End including the line break. */
  next: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /\r\n|\n|\r/gu;
  let start = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    lines.push({ start, end: match.index, next: match.index + match[0].length });
    start = match.index + match[0].length;
  }
  if (start < text.length || lines.length === 0) lines.push({ start, end: text.length, next: text.length });
  return lines;
}

const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/u;
const ALNUM = /[\p{L}\p{N}]/u;

class Marker {
  readonly text: string;
  /** Block id per character; -1 where the character is markup or outside any block. */
  readonly owner: Int32Array;
  /** Line breaks inside a paragraph, shown as spaces in proseText. */
  readonly softBreaks = new Set<number>();
  /** Cell borders, shown as line breaks in proseText. */
  readonly cellBorders = new Set<number>();
  readonly kinds: MarkdownBlockKind[] = [];

  constructor(text: string) {
    this.text = text;
    this.owner = new Int32Array(text.length).fill(-1);
  }

  newBlock(kind: MarkdownBlockKind): number {
    this.kinds.push(kind);
    return this.kinds.length - 1;
  }

  prose(start: number, end: number, block: number): void {
    this.owner.fill(block, start, end);
  }

  /** Inline markup of one line's content: prose characters get `block`, markup keeps -1. */
  inline(start: number, end: number, block: number): void {
    const t = this.text;
    let i = start;
    while (i < end) {
      const c = t[i]!;
      if (c === '\\' && i + 1 < end && /[!-/:-@[-`{-~]/u.test(t[i + 1]!)) {
        this.prose(i + 1, i + 2, block);
        i += 2;
        continue;
      }
      if (c === '`') {
        let run = i;
        while (run < end && t[run] === '`') run++;
        const fence = t.slice(i, run);
        const close = t.indexOf(fence, run);
        // A code span is code, not prose: it stays out of the sentence text entirely.
        if (close >= 0 && close < end) {
          i = close + fence.length;
          continue;
        }
        this.prose(i, run, block);
        i = run;
        continue;
      }
      if (c === '!' && t[i + 1] === '[') {
        const close = this.linkEnd(i + 1, end);
        if (close > 0) {
          i = close;
          continue;
        }
      }
      if (c === '[') {
        const bracket = this.matching(i, end, '[', ']');
        if (bracket > 0 && (t[bracket + 1] === '(' || t[bracket + 1] === '[')) {
          const close = this.linkEnd(i, end);
          if (close > 0) {
            this.inline(i + 1, bracket, block);
            i = close;
            continue;
          }
        }
      }
      if (c === '<') {
        const match = /^(?:<[a-z][a-z0-9+.-]{1,31}:[^\s<>]*>|<[^\s<>@]+@[^\s<>]+>|<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->)/iu.exec(
          t.slice(i, end),
        );
        if (match) {
          i += match[0].length;
          continue;
        }
      }
      if (c === '*' || c === '_' || (c === '~' && t[i + 1] === '~')) {
        let run = i;
        while (run < end && t[run] === c) run++;
        const before = i > start ? t[i - 1]! : ' ';
        const after = run < end ? t[run]! : ' ';
        if (this.isEmphasisRun(c, before, after)) {
          i = run;
          continue;
        }
        this.prose(i, run, block);
        i = run;
        continue;
      }
      this.prose(i, i + 1, block);
      i++;
    }
  }

  // CommonMark's flanking rules, simplified: a run touching a word on one side only is a marker; `_` inside a
  // word (snake_case) is not, and a run between spaces ("2 * 3") is text.
  private isEmphasisRun(c: string, before: string, after: string): boolean {
    const left = !WHITESPACE.test(after) && (!PUNCTUATION.test(after) || WHITESPACE.test(before) || PUNCTUATION.test(before));
    const right = !WHITESPACE.test(before) && (!PUNCTUATION.test(before) || WHITESPACE.test(after) || PUNCTUATION.test(after));
    if (c === '_' && ALNUM.test(before) && ALNUM.test(after)) return false;
    return left || right;
  }

  private matching(open: number, end: number, openChar: string, closeChar: string): number {
    let depth = 0;
    for (let i = open; i < end; i++) {
      const c = this.text[i];
      if (c === '\\') i++;
      else if (c === openChar) depth++;
      else if (c === closeChar && --depth === 0) return i;
    }
    return -1;
  }

  /** End (exclusive) of `[text](url "title")` or `[text][ref]` starting at `open`, or -1. */
  private linkEnd(open: number, end: number): number {
    const bracket = this.matching(open, end, '[', ']');
    if (bracket < 0) return -1;
    const next = this.text[bracket + 1];
    if (next === '(') {
      const paren = this.matching(bracket + 1, end, '(', ')');
      return paren < 0 ? -1 : paren + 1;
    }
    if (next === '[') {
      const ref = this.matching(bracket + 1, end, '[', ']');
      return ref < 0 ? -1 : ref + 1;
    }
    return -1;
  }

  result(): MarkdownDocument {
    const { text, owner } = this;
    const blocks: MarkdownBlock[] = [];
    let i = 0;
    while (i < text.length) {
      const block = owner[i]!;
      if (block < 0) {
        i++;
        continue;
      }
      let end = i;
      while (end < text.length && owner[end] === block) end++;
      let start = i;
      let stop = end;
      while (start < stop && WHITESPACE.test(text[start]!)) start++;
      while (stop > start && WHITESPACE.test(text[stop - 1]!)) stop--;
      if (stop > start) blocks.push({ start, end: stop, kind: this.kinds[block]! });
      i = end;
    }
    let proseText = '';
    for (let k = 0; k < text.length; k++) {
      const c = text[k]!;
      if (c === '\n' || c === '\r') proseText += this.softBreaks.has(k) ? ' ' : c;
      else if (this.cellBorders.has(k)) proseText += '\n';
      else proseText += owner[k]! >= 0 ? c : ' ';
    }
    return { text, blocks, proseText };
  }
}

const BLOCKQUOTE = /^ {0,3}> ?/u;
const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(?:\[[ xX]\][ \t]+)?|$)/u;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/u;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/u;
const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/u;
// CommonMark's HTML block starts: raw-text and block-level tags, comments, or any complete tag alone on its line. An
// inline tag opening a line of prose ("<a href=…>Moskau</a> sagte …") starts a paragraph, whose prose must be checked.
const HTML_BLOCK_TAGS =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|' +
  'figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|' +
  'noframes|ol|optgroup|option|p|param|pre|script|search|section|style|summary|table|tbody|td|textarea|tfoot|th|thead|title|tr|track|ul';
const HTML_BLOCK = new RegExp(
  `^ {0,3}(?:</?(?:${HTML_BLOCK_TAGS})(?:[\\s/>]|$)|<!--|(?:<[a-z][a-z0-9-]*(?:\\s[^<>]*)?/?>|</[a-z][a-z0-9-]*\\s*>)[ \\t]*$)`,
  'iu',
);
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/u;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/u;

/**
 * Where the prose of a Markdown text is. Handles what articles use: ATX and setext headings, paragraphs (a paragraph
 * runs until a blank line), lists, block quotes, fenced and indented code, tables, HTML blocks, front matter, link
 * definitions, and inline emphasis, code, links, images, autolinks and HTML tags. Not a full CommonMark parser.
 */
export function parseMarkdown(text: string): MarkdownDocument {
  const marker = new Marker(text);
  const lines = splitLines(text);
  let fence: string | undefined;
  let inHtml = false;
  let inTable = false;
  /** The open paragraph's block id and the line break that ended its last line, or undefined. */
  let paragraph: { block: number; kind: MarkdownBlockKind; lastBreak: number; hardBreak: boolean } | undefined;
  let first = 0;

  // Front matter: metadata between two --- lines at the very top, never prose. A --- followed by a blank line is a
  // thematic break (as in pandoc), or an article opening with a rule would lose everything up to its next rule.
  const second = lines[1];
  if (/^---[ \t]*$/u.test(text.slice(lines[0]!.start, lines[0]!.end)) && second && text.slice(second.start, second.end).trim() !== '') {
    const close = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*$/u.test(text.slice(line.start, line.end)));
    if (close > 0) first = close + 1;
  }

  for (let n = first; n < lines.length; n++) {
    const line = lines[n]!;
    const content = text.slice(line.start, line.end);
    if (fence !== undefined) {
      if (content.trim().startsWith(fence) && content.trim().replaceAll(fence[0]!, '') === '') fence = undefined;
      continue;
    }
    if (content.trim() === '') {
      paragraph = undefined;
      inHtml = false;
      inTable = false;
      continue;
    }
    if (inHtml) continue;

    let pos = 0;
    let quoted = false;
    for (let match = BLOCKQUOTE.exec(content); match; match = BLOCKQUOTE.exec(content.slice(pos))) {
      pos += match[0].length;
      quoted = true;
    }
    const rest = content.slice(pos);
    const at = line.start + pos;
    if (rest.trim() === '') {
      paragraph = undefined;
      continue;
    }

    const fenceMatch = FENCE.exec(rest);
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      paragraph = undefined;
      continue;
    }
    if (paragraph?.kind === 'paragraph' && !quoted && SETEXT_UNDERLINE.test(rest)) {
      marker.kinds[paragraph.block] = 'heading';
      paragraph = undefined;
      continue;
    }
    if (THEMATIC_BREAK.test(rest)) {
      paragraph = undefined;
      continue;
    }
    const heading = ATX_HEADING.exec(rest);
    if (heading) {
      const closing = /(?:[ \t]+#+)?[ \t]*$/u.exec(rest.slice(heading[0].length));
      const end = at + rest.length - (closing ? closing[0].length : 0);
      marker.inline(at + heading[0].length, Math.max(end, at + heading[0].length), marker.newBlock('heading'));
      paragraph = undefined;
      continue;
    }
    if (!paragraph && !quoted && HTML_BLOCK.test(rest)) {
      inHtml = true;
      continue;
    }
    if (!paragraph && LINK_DEFINITION.test(rest)) continue;
    const nextContent = n + 1 < lines.length ? text.slice(lines[n + 1]!.start, lines[n + 1]!.end) : '';
    if (inTable || (rest.includes('|') && nextContent.includes('|') && TABLE_DELIMITER.test(nextContent))) {
      if (!rest.includes('|')) inTable = false;
      else {
        if (!inTable) n++; // The delimiter row under the header row holds no prose.
        markTableRow(marker, text, at, at + rest.length);
        inTable = true;
        paragraph = undefined;
        continue;
      }
    }
    const list = LIST_MARKER.exec(rest);
    if (!paragraph && !quoted && !list && /^(?: {4}|\t)/u.test(rest)) continue; // Indented code.

    if (paragraph && !list) {
      // A continuation line: the break before it is soft unless the previous line ended in a hard break.
      if (!paragraph.hardBreak) {
        for (let k = paragraph.lastBreak; k < line.start; k++) marker.softBreaks.add(k);
        marker.prose(paragraph.lastBreak, line.start, paragraph.block);
      }
    } else {
      paragraph = { block: marker.newBlock(list ? 'list-item' : quoted ? 'blockquote' : 'paragraph'), kind: 'paragraph', lastBreak: 0, hardBreak: false };
      paragraph.kind = marker.kinds[paragraph.block]!;
    }
    const start = at + (list ? list[0].length : 0);
    let end = line.end;
    const hardBreak = / {2,}$/u.test(rest) || rest.endsWith('\\');
    if (rest.endsWith('\\')) end--;
    marker.inline(start, end, paragraph.block);
    paragraph.lastBreak = line.end;
    paragraph.hardBreak = hardBreak;
  }
  return marker.result();
}

function markTableRow(marker: Marker, text: string, start: number, end: number): void {
  let cellStart = start;
  for (let i = start; i <= end; i++) {
    if (i === end || (text[i] === '|' && text[i - 1] !== '\\')) {
      if (i < end) marker.cellBorders.add(i);
      if (i > cellStart) marker.inline(cellStart, i, marker.newBlock('table-cell'));
      cellStart = i + 1;
    }
  }
}

/**
 * Plain text in the same shape: every non-blank line is a paragraph (as in the seed articles, where single line
 * breaks separate paragraphs), nothing is markup, and proseText is the text itself.
 */
export function parsePlainText(text: string): MarkdownDocument {
  return { text, blocks: findParagraphs(text).map((span) => ({ ...span, kind: 'paragraph' as const })), proseText: text };
}

/**
 * Sentences of a Markdown document: spans into the original text that start and end in prose. Their `text` is
 * taken from proseText, so inline markup inside a sentence (`**`, a link's URL) shows as spaces, never as markup.
 */
export function segmentMarkdown(doc: MarkdownDocument, lang: string): SentenceSpan[] {
  return segment(doc.proseText, lang);
}
