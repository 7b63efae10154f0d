// Paragraphs of plain text: its non-blank lines, as [start, end) spans; shared by the document model and the Markdown reader.
import { isSpace } from '../segment/chars.ts';

/** A [start, end) range in UTF-16 code units of the document's original text. */
export interface Span {
  start: number;
  end: number;
}

/** Non-blank lines of `text`, trimmed of surrounding whitespace: the paragraphs of a plain-text article. */
export function findParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  // Lines never hold NEL (it breaks them), so the segmenter's white space is JavaScript's \s here.
  const pushLine = (lineEnd: number) => {
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) spans.push({ start, end });
  };
  const lineBreak = /\r\n|\n|\r|\u2028|\u2029|\u0085/g;
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
    pushLine(match.index);
    lineStart = match.index + match[0].length;
  }
  pushLine(text.length);
  return spans;
}
