// The list of all flags: click, Enter or Space selects one; arrow keys move through the list; selection from the article scrolls here.
import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Flag } from '../../../core/index.ts';
import { useAppStore } from '../../../store/store.ts';
import { selectDocument } from '../../../store/slices/document/selectors.ts';
import {
  findTouchedSentences,
  selectSelectedFlag,
  selectSelectFlag,
  selectSelection,
  selectSuggestions,
} from '../../../store/slices/analysis/selectors.ts';
import { spellingLookupKey, useFlagSuggestions } from '../../hooks/useAnalysis.ts';
import type { FlagText } from '../../hooks/useFlagText.ts';
import { FlagItem } from './FlagItem.tsx';
import { scrollIntoViewIfPossible } from './scroll.ts';

interface FlagListProps {
  flags: readonly Flag[];
  text: FlagText;
  formatNumber: (value: number) => string;
}

export function FlagList({ flags, text, formatNumber }: FlagListProps) {
  const { t } = useTranslation();
  const document = useAppStore(selectDocument);
  const selectedFlag = useAppStore(selectSelectedFlag);
  const selection = useAppStore(useShallow(selectSelection));
  const selectFlag = useAppStore(selectSelectFlag);
  const lookups = useAppStore(selectSuggestions);
  useFlagSuggestions(selectedFlag);
  const listRef = useRef<HTMLUListElement>(null);

  const handleSelect = useCallback((flagId: string) => selectFlag(flagId, 'list'), [selectFlag]);

  useEffect(() => {
    // A mark clicked in the article brings its entry into view and gives it focus, so the keyboard carries on from there.
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
    if (!next) return;
    next.focus();
    const id = next.closest<HTMLElement>('[data-flag-id]')?.dataset.flagId;
    if (id) handleSelect(id);
  };

  const sentenceNumber = (flag: Flag) => {
    const index = document ? findTouchedSentences(document.sentences, flag.start, flag.end)[0] : undefined;
    return index === undefined ? null : formatNumber(index + 1);
  };

  return (
    // The arrow keys only move between the buttons inside; each button stays reachable with Tab as well.
    <ul ref={listRef} className="flag-list" aria-label={t('flags.listLabel')} onKeyDown={handleKeyDown}>
      {flags.map((flag) => {
        const isSelected = flag.id === selectedFlag?.id;
        const lookupKey = spellingLookupKey(flag, document);
        return (
          <FlagItem
            key={flag.id}
            flag={flag}
            documentText={document?.text ?? ''}
            sentenceNumber={sentenceNumber(flag)}
            isSelected={isSelected}
            lookup={lookupKey === null ? undefined : lookups[lookupKey]}
            text={text}
            onSelect={handleSelect}
          />
        );
      })}
    </ul>
  );
}
