// The paste dialog: a title and a textarea; modal, Escape or Cancel closes it, Tab stays inside.
import { trapFocus } from '../Dialog/trap-focus.ts';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface PasteDialogProps {
  onSubmit: (title: string, text: string) => void;
  onClose: () => void;
}


export function PasteDialog({ onSubmit, onClose }: PasteDialogProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [isEmpty, setIsEmpty] = useState(false);
  const dialogRef = useRef<HTMLDivElement>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const ids = { heading: useId(), description: useId(), title: useId(), text: useId(), error: useId() };

  useEffect(() => {
    textareaRef.current?.focus();
  }, []);

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    trapFocus(event, dialogRef.current);
  };

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
    <div
      className="dialog-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div
        ref={dialogRef}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={ids.heading}
        aria-describedby={ids.description}
        onKeyDown={handleKeyDown}
      >
        <h2 id={ids.heading}>{t('paste.heading')}</h2>
        <p id={ids.description} className="dialog-description">
          {t('paste.description')}
        </p>
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
      </div>
    </div>
  );
}
