// The keyboard-shortcut help: a modal listing every shortcut; Escape or Close closes it, Tab stays inside, focus goes back where it was.
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface ShortcutHelpProps {
  onClose: () => void;
}

export function ShortcutHelp({ onClose }: ShortcutHelpProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    return () => opener?.focus();
  }, []);

  const shortcuts: [string, string][] = [
    [t('shortcuts.keysNextSentence'), t('shortcuts.nextSentence')],
    [t('shortcuts.keysPreviousSentence'), t('shortcuts.previousSentence')],
    [t('shortcuts.keysNextFlag'), t('shortcuts.nextFlag')],
    [t('shortcuts.keysPreviousFlag'), t('shortcuts.previousFlag')],
    [t('shortcuts.keysAccept'), t('shortcuts.accept')],
    [t('shortcuts.keysDismiss'), t('shortcuts.dismiss')],
    [t('shortcuts.keysApply'), t('shortcuts.apply')],
    [t('shortcuts.keysEdit'), t('shortcuts.edit')],
    [t('shortcuts.keysSave'), t('shortcuts.save')],
    [t('shortcuts.keysCancel'), t('shortcuts.cancel')],
    [t('shortcuts.keysReviewed'), t('shortcuts.reviewed')],
    [t('shortcuts.keysAnnotate'), t('shortcuts.annotate')],
    [t('shortcuts.keysUndo'), t('shortcuts.undo')],
    [t('shortcuts.keysRedo'), t('shortcuts.redo')],
    [t('shortcuts.keysHelp'), t('shortcuts.help')],
  ];

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab') {
      // The close button is the only control, so Tab keeps the focus on it.
      event.preventDefault();
      closeRef.current?.focus();
    }
  };

  return (
    <div
      className="dialog-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="dialog shortcut-help" role="dialog" aria-modal="true" aria-labelledby={headingId} onKeyDown={handleKeyDown}>
        <h2 id={headingId}>{t('shortcuts.heading')}</h2>
        <table className="shortcut-table">
          <thead>
            <tr>
              <th scope="col">{t('shortcuts.keysColumn')}</th>
              <th scope="col">{t('shortcuts.actionColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {shortcuts.map(([keys, action]) => (
              <tr key={action}>
                <td>
                  <kbd>{keys}</kbd>
                </td>
                <td>{action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="dialog-description">{t('shortcuts.typingNote')}</p>
        <div className="dialog-actions">
          <button ref={closeRef} type="button" className="button button-primary" onClick={onClose}>
            {t('shortcuts.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
