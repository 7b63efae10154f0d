// The persistent message when changes are not being saved or another tab has the review, with what the reviewer can do about it.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../../store/store.ts';
import { selectOwnership, selectSaveStatus } from '../../../store/slices/reviews/selectors.ts';
import { usePersistenceController } from '../../hooks/usePersistence.ts';
import { downloadReviewProject } from '../Reviews/export-project.ts';

export function StorageAlert() {
  const { t } = useTranslation();
  const controller = usePersistenceController();
  const { kind } = useAppStore(selectSaveStatus);
  const ownership = useAppStore(selectOwnership);
  if (!controller) return null;

  const exportButton = (
    <button type="button" className="button button-primary" onClick={() => downloadReviewProject(controller)}>
      {t('saveStatus.exportNow')}
    </button>
  );
  const takeOverButton = (
    <button type="button" className="button" onClick={() => void controller.takeOver()}>
      {t('saveStatus.takeOver')}
    </button>
  );

  let message: string;
  let actions: ReactNode;
  // Storage problems first: they risk losing work, a read-only tab does not.
  if (kind === 'quota') {
    message = t('saveStatus.quota');
    actions = exportButton;
  } else if (kind === 'unavailable') {
    message = t('saveStatus.unavailable');
    actions = exportButton;
  } else if (kind === 'failed') {
    message = t('saveStatus.failed');
    actions = exportButton;
  } else if (kind === 'conflict') {
    message = t('saveStatus.conflict');
    actions = (
      <button type="button" className="button button-primary" onClick={() => void controller.reload()}>
        {t('saveStatus.reload')}
      </button>
    );
  } else if (ownership === 'asking') {
    message = t('saveStatus.asking');
    actions = (
      <>
        <button type="button" className="button" onClick={() => controller.chooseReadOnly()}>
          {t('saveStatus.keepReadOnly')}
        </button>
        {takeOverButton}
      </>
    );
  } else if (ownership === 'read-only') {
    message = t('saveStatus.readOnlyNote');
    actions = takeOverButton;
  } else if (ownership === 'lost') {
    message = t('saveStatus.lost');
    actions = takeOverButton;
  } else {
    return null;
  }

  return (
    <div role="alert" className="alert storage-alert">
      <span className="alert-icon" aria-hidden="true">
        ⚠
      </span>
      <div className="alert-body">
        <p>{message}</p>
      </div>
      <div className="storage-alert-actions">{actions}</div>
    </div>
  );
}
