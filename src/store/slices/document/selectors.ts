// Named selectors for the document slice; components pick fields only through these.
import type { AppState } from '../../store.ts';

export const selectDocument = (s: AppState) => s.document;
export const selectTitle = (s: AppState) => s.title;
export const selectArticleLang = (s: AppState) => s.lang;
export const selectDetectedLang = (s: AppState) => s.detectedLang;
export const selectEncoding = (s: AppState) => s.encoding;
export const selectHasDocument = (s: AppState) => s.document !== null;

/** Pick with useShallow: several fields for the side panel. */
export const selectArticleInfo = (s: AppState) => ({
  title: s.title,
  source: s.source,
  encoding: s.encoding,
  detectedLang: s.detectedLang,
  stats: s.stats,
});

export const selectOpenArticle = (s: AppState) => s.openArticle;
export const selectSetArticleLang = (s: AppState) => s.setArticleLang;

/** Pick with useShallow: what the article column shows. */
export const selectArticleView = (s: AppState) => ({ document: s.document, title: s.title, encoding: s.encoding });

/** A source text can be put beside a plain-text article (or replace the source of two aligned texts). */
export const selectCanAddSource = (s: AppState) =>
  s.document !== null && (s.work === null || s.work.file.format === 'text' || s.work.file.format === 'pairs');
export const selectWork = (s: AppState) => s.work;
export const selectSourceDocument = (s: AppState) => s.sourceDocument;
