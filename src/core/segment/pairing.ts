// Pairs the sentences of a source and its translation: segment by segment for bilingual files, one to one, or aligned.
import type { SentencePair } from '../checks/define-check.ts';
import type { ArticleDocument } from '../document/document.ts';
import { alignSentences } from './align.ts';

export interface Pairing {
  /**
   * 'units' when both sides are a bilingual file's segments (segment i with segment i); 'one-to-one' when both
   * sides have as many sentences; otherwise 'aligned' by length and anchors.
   */
  method: 'units' | 'one-to-one' | 'aligned';
  note?: string;
}

/** Sentence pairs of a source and its translation, including groups without a counterpart (1–0, 0–1). */
export function pairDocuments(source: ArticleDocument, target: ArticleDocument): { pairs: SentencePair[]; pairing: Pairing } {
  if (source.layout?.kind === 'units' && target.layout?.kind === 'units' && source.paragraphs.length === target.paragraphs.length) {
    const pairs: SentencePair[] = [];
    source.paragraphs.forEach((sourceUnit, index) => {
      const targetUnit = target.paragraphs[index]!;
      const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
      const pair = {
        source: range(sourceUnit.firstSentence, sourceUnit.endSentence),
        target: range(targetUnit.firstSentence, targetUnit.endSentence),
      };
      if (pair.source.length > 0 || pair.target.length > 0) pairs.push(pair);
    });
    return { pairs, pairing: { method: 'units' } };
  }
  const sourceSentences = source.sentences;
  const targetSentences = target.sentences;
  if (sourceSentences.length === targetSentences.length) {
    return {
      pairs: sourceSentences.map((_, i) => ({ source: [i], target: [i] })),
      pairing: { method: 'one-to-one' },
    };
  }
  const { pairs } = alignSentences(sourceSentences, targetSentences);
  const unpaired = pairs.filter((pair) => pair.source.length === 0 || pair.target.length === 0).length;
  return {
    pairs,
    pairing: {
      method: 'aligned',
      note:
        `The source has ${sourceSentences.length} sentences and the translation ${targetSentences.length}; they were ` +
        `aligned by length and anchors (${unpaired} without a counterpart).`,
    },
  };
}
