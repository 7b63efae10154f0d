// The full-page overlay shown while a file is dragged over the window.
import { useTranslation } from 'react-i18next';

export function DropOverlay() {
  const { t } = useTranslation();
  return (
    // Pointer-only affordance; keyboard users have the Open file button.
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-target">
        <p className="drop-title">{t('drop.overlay')}</p>
        <p className="drop-hint">{t('drop.hint')}</p>
      </div>
    </div>
  );
}
