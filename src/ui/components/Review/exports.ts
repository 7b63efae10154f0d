// Builds every export of the open review from the store's state: corrected text/file, annotations, MQM TSV, diff, HTML report, project.
import type { HtmlReportLabels } from '../../../core/formats/html-report.ts';
import {
  baseNameOf,
  correctedText,
  exportAlignedXliff,
  exportCorrectedFile,
  exportHtmlReport,
  exportMqmTsv,
  exportUnifiedDiff,
  type ExportContext,
  type ExportedFile,
} from '../../../core/project/export-work.ts';
import { serializeProject } from '../../../core/project/project-json.ts';
import { textWork } from '../../../core/project/work.ts';
import { annotationsToCsv, annotationsToJson } from '../../../core/review/export.ts';
import { mqmCategories } from '../../../core/review/mqm.ts';
import type { AppState } from '../../../store/store.ts';
import { selectReview } from '../../../store/slices/review/selectors.ts';
import { projectOf } from '../../../store/slices/reviews/persistence-controller.ts';
import type { MqmText } from '../Annotate/useMqmText.ts';

export type ExportKind = 'corrected-text' | 'corrected-file' | 'annotations-json' | 'annotations-csv' | 'mqm-tsv' | 'diff' | 'html-report' | 'project';

/** The export context of the open review; null without an article. */
export function exportContextOf(state: AppState): ExportContext | null {
  if (!state.document) return null;
  const title = state.title ?? '';
  return {
    work: state.work ?? textWork(title, state.text),
    document: state.document,
    sourceDocument: state.sourceDocument,
    review: selectReview(state),
    title,
  };
}

/** Whether the open work has a file format of its own to write corrections into (XLIFF, TSV/CSV). */
export function correctedFileFormat(state: AppState): 'xliff' | 'tsv' | 'csv' | null {
  const format = state.work?.file.format;
  // Two aligned texts have no file of their own to write into: they are handed back as a new XLIFF.
  if (format === 'xliff-1.2' || format === 'xliff-2.0' || format === 'pairs') return 'xliff';
  return format === 'tsv' || format === 'csv' ? format : null;
}

/** The report's labels in the interface language; `t` is the ui namespace's. */
export function reportLabels(t: (key: string) => string, mqm: MqmText, lang: string): Partial<HtmlReportLabels> {
  return {
    lang,
    reportTitle: t('report.reportTitle'),
    summary: t('report.summary'),
    sourceLanguage: t('report.sourceLanguage'),
    targetLanguage: t('report.targetLanguage'),
    words: t('report.words'),
    sentences: t('report.sentences'),
    annotations: t('report.annotations'),
    mqmScore: t('report.mqmScore'),
    qualityScore: t('report.qualityScore'),
    penalty: t('report.penalty'),
    penaltyPer100Words: t('report.penaltyPer100Words'),
    passed: t('report.passed'),
    failed: t('report.failed'),
    byCategory: t('report.byCategory'),
    category: t('report.category'),
    severity: t('report.severity'),
    count: t('report.count'),
    sentence: t('report.sentence'),
    source: t('report.source'),
    comment: t('report.comment'),
    correction: t('report.correction'),
    noAnnotations: t('report.noAnnotations'),
    correctedText: t('report.correctedText'),
    severities: {
      neutral: mqm.severityName('neutral'),
      minor: mqm.severityName('minor'),
      major: mqm.severityName('major'),
      critical: mqm.severityName('critical'),
    },
    categories: Object.fromEntries(mqmCategories.map((category) => [category.id, mqm.categoryPath(category.id)])),
  };
}

/** The file of one export; null when there is nothing to export (no article, or no corrected file format). */
export function buildExport(state: AppState, kind: ExportKind, labels?: Partial<HtmlReportLabels>): ExportedFile | null {
  const ctx = exportContextOf(state);
  if (!ctx) return null;
  const base = baseNameOf(ctx.work.file.name || ctx.title);
  const { annotations } = ctx.review;
  switch (kind) {
    case 'corrected-text': {
      const markdown = ctx.work.file.format === 'markdown';
      return {
        name: `${base}.corrected.${markdown ? 'md' : 'txt'}`,
        text: correctedText(ctx),
        mime: markdown ? 'text/markdown;charset=utf-8' : 'text/plain;charset=utf-8',
      };
    }
    case 'corrected-file':
      if (ctx.work.file.format === 'pairs') return exportAlignedXliff(ctx);
      return correctedFileFormat(state) ? exportCorrectedFile(ctx) : null;
    case 'annotations-json':
      return { name: `${base}.annotations.json`, text: annotationsToJson(annotations), mime: 'application/json' };
    case 'annotations-csv':
      return { name: `${base}.annotations.csv`, text: annotationsToCsv(annotations), mime: 'text/csv;charset=utf-8' };
    case 'mqm-tsv':
      return exportMqmTsv(ctx);
    case 'diff':
      return exportUnifiedDiff(ctx);
    case 'html-report':
      return exportHtmlReport(ctx, labels);
    case 'project': {
      const project = projectOf(state);
      if (!project) return null;
      return { name: `${base}.review.json`, text: serializeProject(project), mime: 'application/json' };
    }
  }
}
