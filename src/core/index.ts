// The one public entry of the core: segmentation, documents, checks and analysis.
export { segment, type SentenceSpan } from './segment/segment.ts';
export {
  alignSentences,
  type AlignableSentence,
  type Alignment,
  type AlignmentPair,
  type AlignOptions,
} from './segment/align.ts';
export {
  createDocument,
  findParagraphs,
  PLAIN_LAYOUT,
  lineAndColumn,
  type ArticleDocument,
  type DocumentLayout,
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
  pairDocuments,
  type AnalysisInput,
  type AnalysisResult,
  type Analyzer,
  type AnalyzerOptions,
  type Pairing,
} from './checks/analyzer.ts';
export { runChecks, type CheckError, type CheckRun } from './checks/run-checks.ts';
export { checks } from './checks/index.ts';
export { findNearDuplicates, type NearDuplicate } from './checks/near-duplicate-sentence.ts';
export {
  ARTICLE_LEVEL_CHECKS,
  checkSentenceText,
  createRecheckIndex,
  recheckSentence,
  type RecheckIndex,
  type RecheckInput,
  type RecheckResult,
  type RelatedFlag,
} from './checks/recheck.ts';
export type {
  Annotation,
  AnnotationChanges,
  AnnotationOrigin,
  AnnotationSeverity,
  FlagDecision,
  FlagStatus,
  MqmWeights,
  ReviewAction,
  ReviewSettings,
  ReviewSettingsChanges,
  ReviewState,
  SentenceFlag,
} from './review/types.ts';
export {
  defaultMqmWeights,
  defaultPassThreshold,
  findMqmCategory,
  isMqmCategory,
  mqmCategories,
  mqmSeverities,
  normalizeMqmCategory,
  scoreMqm,
  severityMessageKeys,
  weightOf,
  type MqmCategory,
  type MqmCategoryScore,
  type MqmScore,
} from './review/mqm.ts';
export { createReview, reduceReview } from './review/review.ts';
export { createAnchorer, reanchorSpan, type Anchor } from './review/anchor.ts';
export {
  applyWithHistory,
  canRedo,
  canUndo,
  createHistory,
  defaultHistoryLimit,
  redo,
  redoAction,
  undo,
  undoAction,
  type HistoryStep,
  type ReviewHistory,
} from './review/history.ts';
export {
  currentSentenceText,
  dismissalStats,
  isSentenceEdited,
  openFlags,
  progress,
  sentenceStatus,
  type CheckDismissalStats,
  type ReviewProgress,
  type SentenceStatus,
} from './review/selectors.ts';
export { wordDiff, type DiffPart } from './review/diff.ts';
export {
  annotationCsvColumns,
  annotationsJsonFormat,
  annotationsToCsv,
  annotationsToJson,
  annotationsToRecords,
  buildCorrectedText,
  csvField,
  type AnnotationRecord,
} from './review/export.ts';
export { partsToText, type BilingualDocument, type BilingualSegment, type InlineTag, type SegmentPart } from './formats/bilingual.ts';
export { parseXliff, serializeXliff, XliffError } from './formats/xliff.ts';
export { XmlError } from './formats/xml.ts';
export { DelimitedParseError, parseDelimited, serializeDelimited } from './formats/delimited.ts';
export { parseMarkdown, parsePlainText, segmentMarkdown } from './formats/markdown.ts';
export { annotationsToMqmRows, MqmTsvParseError, parseMqmTsv, serializeMqmTsv } from './formats/mqm-tsv.ts';
export { createUnifiedDiff } from './formats/unified-diff.ts';
export { defaultHtmlReportLabels, renderHtmlReport, type HtmlReportLabels } from './formats/html-report.ts';
export { countWords } from './text/words.ts';
export { validateReviewState } from './review/validate.ts';
export {
  declaredLanguage,
  detectFormat,
  openFile,
  openPair,
  openWork,
  textWork,
  UNIT_SEPARATOR,
  WorkError,
  WORK_FORMATS,
  type TagAt,
  type Work,
  type WorkFile,
  type WorkFormat,
  type WorkSide,
} from './project/work.ts';
export {
  annotationNote,
  baseNameOf,
  correctedBilingual,
  correctedText,
  correctedUnitTexts,
  exportAlignedXliff,
  exportCorrectedFile,
  exportHtmlReport,
  exportMqmTsv,
  exportUnifiedDiff,
  placeTags,
  sourceTextsBySentence,
  type ExportContext,
  type ExportedFile,
} from './project/export-work.ts';
export {
  looksLikeProject,
  parseProject,
  ProjectError,
  PROJECT_FORMAT,
  PROJECT_VERSION,
  serializeProject,
  type ReviewProjectFile,
} from './project/project-json.ts';
