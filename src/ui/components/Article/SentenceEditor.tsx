// The in-place editor of one sentence: prefilled with its current text; Ctrl+Enter or Ctrl+S saves, Escape cancels.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface SentenceEditorProps {
  initialText: string;
  number: string;
  onSave: (text: string) => void;
  onCancel: () => void;
}

export function SentenceEditor({ initialText, number, onSave, onCancel }: SentenceEditorProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initialText);
  const ref = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  useEffect(() => {
    const area = ref.current;
    if (!area) return;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  }, []);

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Handled here and stopped, so the page's shortcuts never see keys typed into the editor.
    event.stopPropagation();
    const isSave = (event.ctrlKey || event.metaKey) && (event.key === 'Enter' || event.key.toLowerCase() === 's');
    if (isSave) {
      event.preventDefault();
      onSave(value);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <div className="sentence-editor">
      <label htmlFor={id} className="visually-hidden">
        {t('editor.label', { number })}
      </label>
      <textarea
        id={id}
        ref={ref}
        value={value}
        rows={Math.min(8, Math.max(2, Math.ceil(value.length / 70)))}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={handleKeyDown}
      />
      <div className="sentence-editor-buttons">
        <button type="button" onClick={() => onSave(value)}>
          {t('editor.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('editor.cancel')}
        </button>
        <span className="sentence-editor-hint">{t('editor.hint')}</span>
      </div>
    </div>
  );
}
