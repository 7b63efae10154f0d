// The header's short save state: "Saving…", "Saved", "Not saved" or "Read-only"; the reasons and actions are in StorageAlert.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../../store/store.ts';
import { selectIsReadOnly, selectSaveStatus } from '../../../store/slices/reviews/selectors.ts';
import type { SaveStatusKind } from '../../../store/slices/reviews/state.ts';

const PROBLEMS: readonly SaveStatusKind[] = ['quota', 'unavailable', 'failed', 'conflict'];

export function SaveStatus() {
  const { t } = useTranslation();
  const { kind } = useAppStore(selectSaveStatus);
  const isReadOnly = useAppStore(selectIsReadOnly);
  if (kind === 'off' || kind === 'idle') return null;
  let text: string;
  if (PROBLEMS.includes(kind)) text = t('saveStatus.notSaved');
  else if (isReadOnly) text = t('saveStatus.readOnly');
  else if (kind === 'saved') text = t('saveStatus.saved');
  else text = t('saveStatus.saving');
  const isProblem = PROBLEMS.includes(kind) || isReadOnly;
  return (
    <p role="status" aria-label={t('saveStatus.label')} className={isProblem ? 'save-status save-status-problem' : 'save-status'}>
      <span aria-hidden="true">{isProblem ? '⚠ ' : kind === 'saved' ? '✓ ' : '… '}</span>
      {text}
    </p>
  );
}
