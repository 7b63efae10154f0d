// The document slice's shape: the open article's title, text, languages, encoding and its segmented document.
import type { ArticleDocument, Work } from '../../../core/index.ts';

/** Article languages offered in the language menu; 'und' = other or undetermined. */
export const ARTICLE_LANGUAGES = ['de', 'en', 'fr', 'es', 'it', 'nl', 'pt', 'und'] as const;
export type ArticleLanguage = (typeof ARTICLE_LANGUAGES)[number];

export type ArticleSource = 'file' | 'paste' | 'sample';

/** Same union as decodeBytes() reports; kept here so the store does not depend on the decoder module. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DetectedLanguage {
  lang: string;
  confidence: number;
}

export interface ArticleStats {
  paragraphs: number;
  sentences: number;
  words: number;
}

export interface DocumentState {
  title: string | null;
  text: string;
  source: ArticleSource | null;
  /** The language the article is segmented with: detected, or chosen by the reviewer. */
  lang: ArticleLanguage;
  detectedLang: DetectedLanguage | null;
  encoding: TextEncodingName | null;
  hadBom: boolean;
  document: ArticleDocument | null;
  stats: ArticleStats | null;
  /** The opened file: its format, the text reviewed, the source beside it (bilingual files, two texts). */
  work: Work | null;
  /** The source side, segmented, when the work has one; shown beside the target and given to the checks. */
  sourceDocument: ArticleDocument | null;
}

export interface OpenArticleInput {
  title: string;
  /** A plain-text article; ignored when `work` is given (its target text is the article). */
  text: string;
  source: ArticleSource;
  encoding?: TextEncodingName;
  hadBom?: boolean;
  /** The opened file in any format; absent = `text` as plain text. */
  work?: Work;
  /** The language to segment with (a saved or imported review's); absent = the file's declared language, else detected. */
  lang?: string;
}

export interface DocumentActions {
  /** Replace the article: detect its language and segment it. */
  openArticle: (input: OpenArticleInput) => void;
  /**
   * Replace the article by one made ready beforehand with documentStateFor: the opener segments a long article in a
   * task of its own, and the first render of it comes in the next.
   */
  openPrepared: (state: DocumentState) => void;
  /** Re-segment the open article in another language. */
  setArticleLang: (lang: ArticleLanguage) => void;
}

export type DocumentSlice = DocumentState & DocumentActions;

export const initialDocumentState: DocumentState = {
  title: null,
  text: '',
  source: null,
  lang: 'und',
  detectedLang: null,
  encoding: null,
  hadBom: false,
  document: null,
  stats: null,
  work: null,
  sourceDocument: null,
};

export function isArticleLanguage(value: unknown): value is ArticleLanguage {
  return typeof value === 'string' && (ARTICLE_LANGUAGES as readonly string[]).includes(value);
}
