// What a SentenceAnnotator shows for one sentence of the open review: its current text and its annotations.
import { useMemo } from 'react';
import type { Annotation } from '../../core/review/types.ts';
import { useAppStore } from '../../store/store.ts';
import { selectAnnotations, sentenceTextOf } from '../../store/slices/review/selectors.ts';

export interface SentenceAnnotations {
  text: string;
  annotations: Annotation[];
}

export function useAnnotateSentence(sentence: number): SentenceAnnotations {
  const text = useAppStore((state) => sentenceTextOf(state, sentence));
  const all = useAppStore(selectAnnotations);
  const annotations = useMemo(() => all.filter((annotation) => annotation.sentence === sentence), [all, sentence]);
  return { text, annotations };
}
