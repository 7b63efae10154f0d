// Asks before a saved review is deleted; Escape or Cancel keeps it, Tab stays inside.
import { trapFocus } from '../Dialog/trap-focus.ts';
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface DeleteReviewDialogProps {
  title: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function DeleteReviewDialog({ title, onConfirm, onCancel }: DeleteReviewDialogProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const ids = { heading: useId(), description: useId() };

  useEffect(() => {
    // The harmless choice has focus, so a stray Enter does not delete.
    cancelRef.current?.focus();
  }, []);

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
      return;
    }
    trapFocus(event, dialogRef.current);
  };

  return (
    <div
      className="dialog-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onCancel();
      }}
    >
      <div
        ref={dialogRef}
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={ids.heading}
        aria-describedby={ids.description}
        onKeyDown={handleKeyDown}
      >
        <h2 id={ids.heading}>{t('reviews.deleteHeading')}</h2>
        <p id={ids.description} className="dialog-description">
          {t('reviews.deleteDescription', { title })}
        </p>
        <div className="dialog-actions">
          <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
            {t('reviews.cancel')}
          </button>
          <button type="button" className="button button-danger" onClick={onConfirm}>
            {t('reviews.confirmDelete')}
          </button>
        </div>
      </div>
    </div>
  );
}
