// The review section of the side panel: progress, annotation count, undo/redo, the shortcut help and the exports.
import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../../store/store.ts';
import {
  selectAnnotationCount,
  selectCanRedo,
  selectCanUndo,
  selectRedoReview,
  selectReview,
  selectReviewProgress,
  selectSetShortcutHelpOpen,
  selectUndoReview,
} from '../../../store/slices/review/selectors.ts';
import { selectHasDocument } from '../../../store/slices/document/selectors.ts';
import { useFormatters } from '../../hooks/useFormatters.ts';
import { useMqmText } from '../Annotate/useMqmText.ts';
import { downloadText } from './download.ts';
import { buildExport, correctedFileFormat, reportLabels, type ExportKind } from './exports.ts';
import './review.css';

export function ReviewPanel() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const hasDocument = useAppStore(selectHasDocument);
  const progress = useAppStore(selectReviewProgress);
  const annotationCount = useAppStore(selectAnnotationCount);
  const canUndo = useAppStore(selectCanUndo);
  const canRedo = useAppStore(selectCanRedo);
  const undo = useAppStore(selectUndoReview);
  const redo = useAppStore(selectRedoReview);
  const openHelp = useAppStore(selectSetShortcutHelpOpen);
  const { formatNumber } = useFormatters();
  const mqmText = useMqmText();
  const fileFormat = useAppStore(correctedFileFormat);
  const hasEdits = useAppStore((state) => Object.keys(selectReview(state).edits).length > 0);

  if (!hasDocument) return <p className="panel-placeholder">{t('review.noArticle')}</p>;

  const runExport = (kind: ExportKind) => {
    const state = store.getState();
    const labels = kind === 'html-report' ? reportLabels(t, mqmText, state.uiLanguage) : undefined;
    const file = buildExport(state, kind, labels);
    if (file) downloadText(file.name, file.text, file.mime);
  };
  const exportButton = (kind: ExportKind, label: string, disabled = false, hint?: string) => (
    <button type="button" onClick={() => runExport(kind)} disabled={disabled} title={hint}>
      {label}
    </button>
  );

  const progressText = t('review.progress', {
    reviewed: formatNumber(progress.reviewed),
    total: formatNumber(progress.total),
  });

  return (
    <div className="review-panel">
      <p className="review-progress-text">{progressText}</p>
      {/* The sentence above says it in words; the bar only shows it at a glance. */}
      <div className="review-meter" aria-hidden="true">
        <span style={{ width: `${Math.round(progress.ratio * 100)}%` }} />
      </div>
      <p className="review-annotations">{t('review.annotations', { number: formatNumber(annotationCount) })}</p>
      <div className="review-buttons" role="group" aria-label={t('review.historyGroup')}>
        <button type="button" disabled={!canUndo} onClick={undo} aria-keyshortcuts="Control+Z">
          {t('review.undo')}
        </button>
        <button type="button" disabled={!canRedo} onClick={redo} aria-keyshortcuts="Control+Shift+Z Control+Y">
          {t('review.redo')}
        </button>
        <button type="button" onClick={() => openHelp(true)} aria-keyshortcuts="?">
          {t('review.shortcuts')}
        </button>
      </div>
      <div className="review-buttons review-exports" role="group" aria-label={t('review.exportGroup')}>
        {exportButton('corrected-text', t('review.exportCorrected'))}
        {fileFormat === 'xliff' && exportButton('corrected-file', t('review.exportCorrectedXliff'))}
        {fileFormat === 'tsv' && exportButton('corrected-file', t('review.exportCorrectedTsv'))}
        {fileFormat === 'csv' && exportButton('corrected-file', t('review.exportCorrectedCsv'))}
        {exportButton('annotations-json', t('review.exportJson'))}
        {exportButton('annotations-csv', t('review.exportCsv'))}
        {exportButton('mqm-tsv', t('review.exportMqmTsv'))}
        {exportButton('diff', t('review.exportDiff'), !hasEdits, hasEdits ? undefined : t('review.exportDiffNone'))}
        {exportButton('html-report', t('review.exportReport'))}
        {exportButton('project', t('review.exportProject'))}
      </div>
    </div>
  );
}
