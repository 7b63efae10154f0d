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
export { detectLanguage, type DetectedLanguage } from './document/detect-language.ts';
export {
  decodeBytes,
  type DecodeError,
  type DecodeOptions,
  type DecodeResult,
  type TextEncodingName,
} from './formats/decode.ts';
export type { Lexicon, Lexicons } from './lexicon/lexicon.ts';
export { createHunspellLexicon } from './lexicon/hunspell.ts';
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
export {
  createAnalyzer,
  createCheckContext,
  countWords,
  type AnalysisInput,
  type AnalysisResult,
  type Analyzer,
  type AnalyzerOptions,
  type Pairing,
} from './checks/analyzer.ts';
export { runChecks, type CheckError, type CheckRun } from './checks/run-checks.ts';
export { checks } from './checks/index.ts';
export { findNearDuplicates, type NearDuplicate } from './checks/near-duplicate-sentence.ts';
