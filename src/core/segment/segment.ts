// PLACEHOLDER until the rule-based segmenter lands: Intl.Segmenter per line, trimmed.
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

export function segment(text: string, lang: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  for (const line of text.matchAll(/[^\r\n]+/g)) {
    for (const s of segmenter.segment(line[0])) {
      const lead = s.segment.length - s.segment.trimStart().length;
      const body = s.segment.trim();
      if (!body) continue;
      const start = line.index + s.index + lead;
      out.push({ start, end: start + body.length, text: body });
    }
  }
  return out;
}
