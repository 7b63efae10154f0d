// "Open file…": a real file input inside a button-styled label, so it is focusable and announced as a file picker.
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface OpenFileButtonProps {
  onFile: (file: File) => void;
}

export function OpenFileButton({ onFile }: OpenFileButtonProps) {
  const { t } = useTranslation();
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again still fires a change.
    event.target.value = '';
    if (file) onFile(file);
  };
  return (
    <label className="button file-button">
      <input
        type="file"
        className="visually-hidden"
        accept=".txt,.md,.markdown,text/plain,text/markdown"
        onChange={handleChange}
      />
      <span>{t('header.openFile')}</span>
    </label>
  );
}
