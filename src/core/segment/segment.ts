// Sentence segmentation: every line break ends a sentence; German and English lines go through the rules,
// other languages through Intl.Segmenter in bounded chunks. Lossless: spans index the original text exactly.
import { listsFor } from './abbreviations.ts';
import { isSpace } from './chars.ts';
import { splitLineByIntl } from './intl-fallback.ts';
import { RuleSplitter } from './rules.ts';

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * Sentences of `text` in order, without surrounding white space; everything between them is white space
 * (JavaScript's `\s` or NEL). `lang` is a BCP 47 tag; "de" and "en" (any region) use the rules.
 */
export function segment(text: string, lang: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const emit = (start: number, end: number) => {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  };
  const lists = listsFor(lang);
  const splitter = lists ? new RuleSplitter(text, lists) : undefined;
  // \n \v \f \r NEL LS PS: the regex engine finds them far faster than a loop over char codes.
  const lineBreak = /[\n\v\f\r\u0085\u2028\u2029]/g;
  let lineStart = 0;
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    let from = lineStart;
    let to = lineEnd;
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (to > from) {
      if (splitter) splitter.splitLine(from, to, emit);
      else splitLineByIntl(text, from, to, lang, emit);
    }
    if (!match) break;
    lineStart = lineEnd + 1;
  }
  return out;
}
