// "Open file…" and "Add source…": a real file input inside a button-styled label, so it is focusable and announced as a file picker.
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Everything the app opens: text, Markdown, XLIFF, TSV/CSV and its own project JSON. */
export const OPEN_FILE_ACCEPT =
  '.txt,.md,.markdown,.xlf,.xliff,.sdlxliff,.mxliff,.tsv,.tab,.csv,.json,text/plain,text/markdown,application/xliff+xml,text/tab-separated-values,text/csv,application/json';

interface OpenFileButtonProps {
  onFile: (file: File) => void;
  /** Label text; default "Open file…". */
  label?: string;
  accept?: string;
  disabled?: boolean;
  title?: string;
}

export function OpenFileButton({ onFile, label, accept = OPEN_FILE_ACCEPT, disabled = false, title }: OpenFileButtonProps) {
  const { t } = useTranslation();
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again still fires a change.
    event.target.value = '';
    if (file) onFile(file);
  };
  return (
    <label className={disabled ? 'button file-button is-disabled' : 'button file-button'} title={title}>
      <input type="file" className="visually-hidden" accept={accept} disabled={disabled} onChange={handleChange} />
      <span>{label ?? t('header.openFile')}</span>
    </label>
  );
}
