// The paste dialog: a title and a textarea; modal, Escape or Cancel closes it, Tab stays inside.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../Dialog/ModalDialog.tsx';

interface PasteDialogProps {
  onSubmit: (title: string, text: string) => void;
  onClose: () => void;
}

export function PasteDialog({ onSubmit, onClose }: PasteDialogProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [isEmpty, setIsEmpty] = useState(false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const ids = { title: useId(), text: useId(), error: useId() };

  useEffect(() => {
    textareaRef.current?.focus();
  }, []);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (text.trim() === '') {
      setIsEmpty(true);
      textareaRef.current?.focus();
      return;
    }
    onSubmit(title.trim() || t('paste.defaultTitle'), text);
  };

  return (
    <ModalDialog heading={t('paste.heading')} description={t('paste.description')} onCancel={onClose} closeOnBackdrop>
      <form onSubmit={handleSubmit} noValidate>
        <div className="form-row">
          <label htmlFor={ids.title}>{t('paste.titleLabel')}</label>
          <input
            id={ids.title}
            type="text"
            value={title}
            placeholder={t('paste.titlePlaceholder')}
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        <div className="form-row">
          <label htmlFor={ids.text}>{t('paste.textLabel')}</label>
          <textarea
            id={ids.text}
            ref={textareaRef}
            rows={12}
            value={text}
            placeholder={t('paste.textPlaceholder')}
            aria-invalid={isEmpty}
            aria-describedby={isEmpty ? ids.error : undefined}
            onChange={(event) => {
              setText(event.target.value);
              if (event.target.value.trim() !== '') setIsEmpty(false);
            }}
          />
          {isEmpty && (
            <p id={ids.error} role="alert" className="field-error">
              <span aria-hidden="true">⚠ </span>
              {t('paste.empty')}
            </p>
          )}
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('paste.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('paste.submit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
