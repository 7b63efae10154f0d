// The list of all flags with their triage: click, Enter or Space selects one; arrow keys move through the list; selection from the article scrolls here.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../../store/store.ts';
import { selectDocument } from '../../../store/slices/document/selectors.ts';
import {
  selectFlags,
  selectSelectedFlag,
  selectSelectFlag,
  selectSelection,
  selectSuggestions,
} from '../../../store/slices/analysis/selectors.ts';
import {
  selectAcceptFlag,
  selectApplySuggestion,
  selectDismissFlag,
  selectFlagDecisions,
  selectEdits,
  selectReopenFlag,
  type ReviewFlagEntry,
} from '../../../store/slices/review/selectors.ts';
import { spellingLookupKey, useFlagSuggestions } from '../../hooks/useAnalysis.ts';
import type { FlagText } from '../../hooks/useFlagText.ts';
import { FlagItem, type TriageHandlers } from './FlagItem.tsx';
import { scrollIntoViewIfPossible } from './scroll.ts';

/**
 * Flags rendered at first; more on request. A long article brings hundreds at once, and rendering them all in one go
 * blocked the page for about 180 ms (825 flags on 10,000 sentences); the selected flag is always rendered.
 */
export const FLAG_PAGE_SIZE = 150;

interface FlagListProps {
  entries: readonly ReviewFlagEntry[];
  text: FlagText;
  formatNumber: (value: number) => string;
}

export function FlagList({ entries, text, formatNumber }: FlagListProps) {
  const { t } = useTranslation();
  const document = useAppStore(selectDocument);
  const originals = useAppStore(selectFlags);
  const selectedFlag = useAppStore(selectSelectedFlag);
  const selection = useAppStore(useShallow(selectSelection));
  const selectFlag = useAppStore(selectSelectFlag);
  const lookups = useAppStore(selectSuggestions);
  const decisions = useAppStore(selectFlagDecisions);
  const edits = useAppStore(selectEdits);
  const acceptFlag = useAppStore(selectAcceptFlag);
  const dismissFlag = useAppStore(selectDismissFlag);
  const reopenFlag = useAppStore(selectReopenFlag);
  const applySuggestion = useAppStore(selectApplySuggestion);
  useFlagSuggestions(selectedFlag);
  const listRef = useRef<HTMLUListElement>(null);
  const [limit, setLimit] = useState(FLAG_PAGE_SIZE);
  const selectedAt = selection.flagId === null ? -1 : entries.findIndex((entry) => entry.flag.id === selection.flagId);
  const shown = Math.min(entries.length, Math.max(limit, selectedAt + 1));

  const originalById = useMemo(() => new Map(originals.map((flag) => [flag.id, flag])), [originals]);
  const handleSelect = useCallback((flagId: string) => selectFlag(flagId, 'list'), [selectFlag]);
  const triage = useMemo<TriageHandlers>(
    () => ({ onAccept: acceptFlag, onDismiss: dismissFlag, onReopen: reopenFlag, onApply: applySuggestion }),
    [acceptFlag, dismissFlag, reopenFlag, applySuggestion],
  );

  useEffect(() => {
    // A mark clicked in the article (or n/p) brings its entry into view and gives it focus, so the keyboard carries on from there.
    if (selection.origin !== 'article' || selection.flagId === null) return;
    const button = listRef.current?.querySelector<HTMLElement>(`[data-flag-id="${CSS.escape(selection.flagId)}"] .flag-button`);
    if (!button) return;
    button.focus({ preventScroll: true });
    scrollIntoViewIfPossible(button, 'nearest');
  }, [selection.flagId, selection.origin, selection.count]);

  const handleKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('.flag-button') ?? []);
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    event.preventDefault();
    const next = buttons[at + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) {
      // Past the last rendered flag: render the next page, into which the next press carries on.
      if (event.key === 'ArrowDown' && shown < entries.length) setLimit(shown + FLAG_PAGE_SIZE);
      return;
    }
    next.focus();
    const id = next.closest<HTMLElement>('[data-flag-id]')?.dataset.flagId;
    if (id) handleSelect(id);
  };

  return (
    // The arrow keys only move between the flags' buttons; each button stays reachable with Tab as well.
    <>
      <ul ref={listRef} className="flag-list" aria-label={t('flags.listLabel')} onKeyDown={handleKeyDown}>
        {entries.slice(0, shown).map(({ flag, isOutdated }) => {
          const original = document?.sentences[flag.sentence]?.text ?? '';
          const lookupKey = spellingLookupKey(originalById.get(flag.id) ?? null, document);
          return (
            <FlagItem
              key={flag.id}
              flag={flag}
              sentenceText={isOutdated ? original : (edits[flag.sentence] ?? original)}
              sentenceNumber={formatNumber(flag.sentence + 1)}
              isSelected={flag.id === selection.flagId}
              isOutdated={isOutdated}
              decision={decisions[flag.id]}
              lookup={lookupKey === null ? undefined : lookups[lookupKey]}
              text={text}
              triage={triage}
              onSelect={handleSelect}
            />
          );
        })}
      </ul>
      {shown < entries.length && (
        <button type="button" className="button button-quiet flag-more" onClick={() => setLimit(shown + FLAG_PAGE_SIZE * 4)}>
          {t('flags.showMore', { shown: formatNumber(shown), total: formatNumber(entries.length) })}
        </button>
      )}
    </>
  );
}
