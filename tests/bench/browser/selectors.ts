// Every DOM hook the browser benchmark relies on, in one place: update here when the article view changes.

export interface BenchSelectors {
  /** Any of the header's file pickers (Header/OpenFileButton.tsx); "Add source…" is one too. */
  fileInput: string;
  /** The accessible name of the picker that opens an article, in the English interface the benchmark runs. */
  openFileLabel: string;
  /** The open article's title, the file name (Article/ArticleView.tsx). */
  articleTitle: string;
  /** One sentence of the article (Article/SentenceItem.tsx). */
  sentence: string;
  /** Inside a sentence: its number, a click target that is never a flag mark (Article/SentenceItem.tsx). */
  sentenceNumber: string;
  /** The in-place sentence editor's text field (Article/SentenceEditor.tsx). */
  editorTextarea: string;
  /** Shown while the worker checks the article (Flags/AnalysisProgress.tsx). */
  analysisProgress: string;
  /** "Flags found: N", rendered once the analysis is done (Flags/FlagCounts.tsx). */
  flagTotal: string;
  /** The flags panel's error when the analysis failed (Flags/FlagsPanel.tsx). */
  analysisFailed: string;
}

export const SELECTORS: BenchSelectors = {
  fileInput: 'input[type="file"]',
  openFileLabel: 'Open file…',
  articleTitle: '#article-title',
  sentence: '[data-sentence-index]',
  sentenceNumber: '.sentence-number',
  editorTextarea: '.sentence-editor textarea',
  analysisProgress: '.analysis-progress',
  flagTotal: '.flag-total',
  analysisFailed: '.flags-error[role="alert"]',
};

/** The sentence element with this index. */
export function sentenceWithIndex(index: number): string {
  return `[data-sentence-index="${index}"]`;
}
