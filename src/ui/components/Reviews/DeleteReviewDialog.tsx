// Asks before a saved review is deleted; Escape or Cancel keeps it, Tab stays inside.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../Dialog/ModalDialog.tsx';

interface DeleteReviewDialogProps {
  title: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function DeleteReviewDialog({ title, onConfirm, onCancel }: DeleteReviewDialogProps) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // The harmless choice has focus, so a stray Enter does not delete.
    cancelRef.current?.focus();
  }, []);

  return (
    <ModalDialog
      role="alertdialog"
      heading={t('reviews.deleteHeading')}
      description={t('reviews.deleteDescription', { title })}
      onCancel={onCancel}
      closeOnBackdrop
    >
      <div className="dialog-actions">
        <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
          {t('reviews.cancel')}
        </button>
        <button type="button" className="button button-danger" onClick={onConfirm}>
          {t('reviews.confirmDelete')}
        </button>
      </div>
    </ModalDialog>
  );
}
