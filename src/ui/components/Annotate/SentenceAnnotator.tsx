// Annotating one sentence by hand: pick a span, describe it in the form, and edit or delete the sentence's annotations.
import { ModalDialog } from '../Dialog/ModalDialog.tsx';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, AnnotationChanges } from '../../../core/review/types.ts';
import { AnnotationDetails } from './AnnotationDetails.tsx';
import { AnnotationForm, type AnnotationFormValues } from './AnnotationForm.tsx';
import { compareAnnotations, spanPickerDomId, type AnnotationDraft, type TextSpan } from './annotate-spans.ts';
import { SpanPicker } from './SpanPicker.tsx';
import { useMqmText } from './useMqmText.ts';
import './annotations.css';

export interface SentenceAnnotatorProps {
  /** Index of the sentence (0-based); shown as its number. */
  sentence: number;
  /** The sentence's current text. */
  text: string;
  /** This sentence's annotations. */
  annotations: readonly Annotation[];
  onAdd: (draft: AnnotationDraft) => void;
  onUpdate: (id: string, changes: AnnotationChanges) => void;
  onDelete: (id: string) => void;
  /** Another tab owns the review: the form does not open, so no comment is typed only to be dropped. */
  isReadOnly?: boolean;
}

type Dialog = { kind: 'add'; span: TextSpan } | { kind: 'edit'; id: string } | { kind: 'delete'; id: string };

const TYPING = 'input, textarea, select, [contenteditable="true"], [role="dialog"], [role="alertdialog"]';

export function SentenceAnnotator({ sentence, text, annotations, onAdd, onUpdate, onDelete, isReadOnly = false }: SentenceAnnotatorProps) {
  const { t } = useTranslation();
  const pickerId = spanPickerDomId(sentence);
  const hintId = useId();
  // The selection belongs to the text it was made in; after an edit of the sentence it is gone.
  const [selection, setSelection] = useState<{ text: string; span: TextSpan } | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const span = selection?.text === text ? selection.span : null;
  const sorted = [...annotations].sort(compareAnnotations);
  const dialogAnnotation = dialog && dialog.kind !== 'add' ? annotations.find((a) => a.id === dialog.id) : undefined;
  const number = sentence + 1;

  const focusPicker = () => document.getElementById(pickerId)?.focus();

  const openAddForm = () => {
    if (isReadOnly) return;
    if (span) setDialog({ kind: 'add', span });
    else focusPicker();
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key.toLowerCase() !== 'm' || event.ctrlKey || event.metaKey || event.altKey || dialog) return;
    if (event.target instanceof HTMLElement && event.target.closest(TYPING)) return;
    event.preventDefault();
    openAddForm();
  };

  const handleAdd = (values: AnnotationFormValues) => {
    if (dialog?.kind !== 'add') return;
    onAdd({ ...values, start: dialog.span.start, end: dialog.span.end });
    setSelection(null);
    setDialog(null);
  };

  const handleUpdate = (id: string, values: AnnotationFormValues) => {
    onUpdate(id, values);
    setDialog(null);
  };

  const handleConfirmDelete = (id: string) => {
    onDelete(id);
    setDialog(null);
  };

  return (
    <div className="sentence-annotator" role="group" aria-label={t('workspace:annotate.groupLabel', { number })} onKeyDown={handleKeyDown}>
      <SpanPicker
        id={pickerId}
        text={text}
        value={span}
        onChange={(next) => setSelection(next && { text, span: next })}
        onConfirm={openAddForm}
        annotations={sorted}
        label={t('workspace:annotate.pickerLabelNumbered', { number })}
      />
      <div className="sentence-annotator-actions">
        <button
          type="button"
          className="button button-primary"
          aria-disabled={span === null}
          aria-describedby={hintId}
          aria-keyshortcuts="M"
          onClick={openAddForm}
        >
          {t('workspace:annotate.button')}
        </button>
        <span id={hintId} className="sentence-annotator-hint">
          {span ? t('workspace:annotate.buttonHint') : t('workspace:annotate.buttonHintEmpty')}
        </span>
      </div>

      <h4 className="sentence-annotations-heading">{t('workspace:annotate.listHeading', { count: sorted.length })}</h4>
      {sorted.length === 0 ? (
        <p className="sentence-annotations-empty">{t('workspace:annotate.listEmpty')}</p>
      ) : (
        <ul className="sentence-annotations">
          {sorted.map((annotation) => (
            <SentenceAnnotationItem
              key={annotation.id}
              annotation={annotation}
              onEdit={() => setDialog({ kind: 'edit', id: annotation.id })}
              onDelete={() => setDialog({ kind: 'delete', id: annotation.id })}
            />
          ))}
        </ul>
      )}

      {dialog?.kind === 'add' && (
        <AnnotationForm
          selectedText={text.slice(dialog.span.start, dialog.span.end)}
          onSubmit={handleAdd}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'edit' && dialogAnnotation && (
        <AnnotationForm
          initial={dialogAnnotation}
          selectedText={dialogAnnotation.quote}
          onSubmit={(values) => handleUpdate(dialogAnnotation.id, values)}
          onCancel={() => setDialog(null)}
          onDelete={() => setDialog({ kind: 'delete', id: dialogAnnotation.id })}
        />
      )}
      {dialog?.kind === 'delete' && dialogAnnotation && (
        <ConfirmDeleteDialog
          annotation={dialogAnnotation}
          onConfirm={() => handleConfirmDelete(dialogAnnotation.id)}
          onCancel={() => setDialog(null)}
          fallbackFocus={focusPicker}
        />
      )}
    </div>
  );
}

interface SentenceAnnotationItemProps {
  annotation: Annotation;
  onEdit: () => void;
  onDelete: () => void;
}

function SentenceAnnotationItem({ annotation, onEdit, onDelete }: SentenceAnnotationItemProps) {
  const { t } = useTranslation();
  const mqm = useMqmText();
  const names = { category: mqm.categoryPath(annotation.category), quote: annotation.quote };
  return (
    <li className={annotation.stale ? 'sentence-annotation is-stale' : 'sentence-annotation'}>
      <AnnotationDetails annotation={annotation} />
      <span className="sentence-annotation-actions">
        <button type="button" className="button button-quiet" aria-label={t('workspace:annotate.editNamed', names)} onClick={onEdit}>
          {t('workspace:annotate.edit')}
        </button>
        <button type="button" className="button button-quiet" aria-label={t('workspace:annotate.deleteNamed', names)} onClick={onDelete}>
          {t('workspace:annotate.delete')}
        </button>
      </span>
    </li>
  );
}

interface ConfirmDeleteDialogProps {
  annotation: Annotation;
  onConfirm: () => void;
  onCancel: () => void;
  /** Where the focus goes when the button that opened the dialog is gone (its annotation was deleted). */
  fallbackFocus: () => void;
}

function ConfirmDeleteDialog({ annotation, onConfirm, onCancel, fallbackFocus }: ConfirmDeleteDialogProps) {
  const { t } = useTranslation();
  const mqm = useMqmText();
  const keepRef = useRef<HTMLButtonElement>(null);
  const fallbackRef = useRef(fallbackFocus);

  useEffect(() => {
    fallbackRef.current = fallbackFocus;
  });

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // The harmless choice has the focus, so a stray Enter deletes nothing.
    keepRef.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
      else fallbackRef.current();
    };
  }, []);

  return (
    <ModalDialog
      role="alertdialog"
      className="annotation-confirm"
      heading={t('workspace:annotate.confirmHeading')}
      description={t('workspace:annotate.confirmText', {
        category: mqm.categoryPath(annotation.category),
        severity: mqm.severityName(annotation.severity),
        quote: annotation.quote,
      })}
      onCancel={onCancel}
    >
      <div className="dialog-actions">
        <button ref={keepRef} type="button" className="button" onClick={onCancel}>
          {t('workspace:annotate.confirmKeep')}
        </button>
        <button type="button" className="button annotation-delete-confirm" onClick={onConfirm}>
          {t('workspace:annotate.confirmDelete')}
        </button>
      </div>
    </ModalDialog>
  );
}
