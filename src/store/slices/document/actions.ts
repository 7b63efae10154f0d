// Document actions: opening an article (language detection + segmentation) and switching its language.
import type { StoreApi } from 'zustand';
import { createDocument, type ArticleDocument } from '../../../core/document/document.ts';
import { declaredLanguage, textWork, type Work, type WorkSide } from '../../../core/project/work.ts';
import { detectLanguage, type DetectedLanguage } from '../../../core/document/detect-language.ts';
import { countWords } from '../../../core/text/words.ts';
import type { AppState } from '../../store.ts';
import { isArticleLanguage, type ArticleLanguage, type DocumentActions, type DocumentState } from './state.ts';

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

/** The language to segment a side with: the one asked for, else the file's declared one, else detected. */
function chooseLanguage(side: WorkSide, wanted?: string, detected: DetectedLanguage = detectLanguage(side.text)) {
  const candidates = [wanted, declaredLanguage(side), detected.lang];
  // A language we cannot offer in the menu is segmented as undetermined rather than hidden from the reviewer.
  const lang: ArticleLanguage = candidates.find((c) => c && isArticleLanguage(c) && c !== 'und') as ArticleLanguage | undefined ?? 'und';
  return { lang, detected };
}

/** The source side of a work, segmented; null when it has none. */
export function createSourceDocument(work: Work | null): ArticleDocument | null {
  if (!work?.source) return null;
  const { lang } = chooseLanguage(work.source);
  return createDocument(work.source.text, lang, work.source.layout);
}

export interface TextMeasure {
  words: number;
  detected: DetectedLanguage;
}

/** What opening a text needs besides its segmentation: its word count and its language as detected. */
export function measureText(text: string): TextMeasure {
  return { words: countWords(text), detected: detectLanguage(text) };
}

/** Everything the document slice holds for an opened work in a language. */
export function documentStateFor(
  work: Work,
  input: Pick<DocumentState, 'title' | 'source' | 'encoding' | 'hadBom'>,
  wantedLang?: string,
  /** measureText of the target text, when the caller took it in a task before. */
  counted: TextMeasure = measureText(work.target.text),
): DocumentState {
  const text = work.target.text;
  const { words } = counted;
  const { lang, detected } = chooseLanguage(work.target, wantedLang, counted.detected);
  const document = createDocument(text, lang, work.target.layout);
  return {
    ...input,
    text,
    lang,
    detectedLang: detected,
    document,
    stats: { paragraphs: document.paragraphs.length, sentences: document.sentences.length, words },
    work,
    sourceDocument: createSourceDocument(work),
  };
}

export function createDocumentActions(set: Set, get: Get): DocumentActions {
  return {
    openArticle({ title, text, source, encoding = 'utf-8', hadBom = false, work, lang }) {
      const opened = work ?? textWork(title, text);
      set(documentStateFor(opened, { title, source, encoding, hadBom }, lang));
    },
    openPrepared(state) {
      set(state);
    },

    setArticleLang(lang) {
      const { text, document, stats, work } = get();
      if (!document || document.lang === lang) {
        set({ lang });
        return;
      }
      const next = createDocument(text, lang, work?.target.layout);
      set({
        lang,
        document: next,
        stats: stats && { ...stats, paragraphs: next.paragraphs.length, sentences: next.sentences.length },
      });
    },
  };
}
