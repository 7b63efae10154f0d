// The review section of the side panel: progress, annotation count, undo/redo, the shortcut help and the exports.
import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../../store/store.ts';
import { annotationsToCsv, annotationsToJson, buildCorrectedText } from '../../../core/review/export.ts';
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
import { baseName, downloadText } from './download.ts';
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

  if (!hasDocument) return <p className="panel-placeholder">{t('review.noArticle')}</p>;

  const exportCorrected = () => {
    const state = store.getState();
    if (!state.document) return;
    const text = buildCorrectedText(state.document.text, state.document.sentences, selectReview(state).edits);
    downloadText(`${baseName(state.title)}.corrected.txt`, text, 'text/plain;charset=utf-8');
  };
  const exportAnnotations = (format: 'json' | 'csv') => {
    const state = store.getState();
    const annotations = selectReview(state).annotations;
    if (format === 'json') downloadText(`${baseName(state.title)}.annotations.json`, annotationsToJson(annotations), 'application/json');
    else downloadText(`${baseName(state.title)}.annotations.csv`, annotationsToCsv(annotations), 'text/csv;charset=utf-8');
  };

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
      <div className="review-buttons" role="group" aria-label={t('review.exportGroup')}>
        <button type="button" onClick={exportCorrected}>
          {t('review.exportCorrected')}
        </button>
        <button type="button" onClick={() => exportAnnotations('json')}>
          {t('review.exportJson')}
        </button>
        <button type="button" onClick={() => exportAnnotations('csv')}>
          {t('review.exportCsv')}
        </button>
      </div>
    </div>
  );
}
