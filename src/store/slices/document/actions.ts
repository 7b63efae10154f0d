// Document actions: opening an article (language detection + segmentation) and switching its language.
import type { StoreApi } from 'zustand';
import { createDocument } from '../../../core/index.ts';
import { detectLanguage } from '../../../core/document/detect-language.ts';
import { countWords } from '../../../core/text/words.ts';
import type { AppState } from '../../store.ts';
import { isArticleLanguage, type DocumentActions } from './state.ts';

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

export function createDocumentActions(set: Set, get: Get): DocumentActions {
  return {
    openArticle({ title, text, source, encoding = 'utf-8', hadBom = false }) {
      const detected = detectLanguage(text);
      // A language we cannot offer in the menu is segmented as undetermined rather than hidden from the reviewer.
      const lang = isArticleLanguage(detected.lang) ? detected.lang : 'und';
      const document = createDocument(text, lang);
      set({
        title,
        text,
        source,
        encoding,
        hadBom,
        lang,
        detectedLang: detected,
        document,
        stats: {
          paragraphs: document.paragraphs.length,
          sentences: document.sentences.length,
          words: countWords(text),
        },
      });
    },

    setArticleLang(lang) {
      const { text, document, stats } = get();
      if (!document || document.lang === lang) {
        set({ lang });
        return;
      }
      const next = createDocument(text, lang);
      set({
        lang,
        document: next,
        stats: stats && { ...stats, paragraphs: next.paragraphs.length, sentences: next.sentences.length },
      });
    },
  };
}
