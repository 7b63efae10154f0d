// The one public entry of the core: segmentation, documents, checks and analysis.
export { segment, type SentenceSpan } from './segment/segment.ts';
export {
  createDocument,
  findParagraphs,
  lineAndColumn,
  type ArticleDocument,
  type Paragraph,
  type Sentence,
  type Span,
} from './document/document.ts';
export type { Lexicon, Lexicons } from './lexicon/lexicon.ts';
export type {
  CheckContext,
  CheckDefinition,
  CheckMeta,
  Finding,
  Flag,
  MessageData,
  Severity,
  Suggestion,
} from './checks/define-check.ts';
