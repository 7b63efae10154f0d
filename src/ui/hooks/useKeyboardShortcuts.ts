// The review's keyboard shortcuts on the whole page; keys typed into fields, and anything while a dialog is open, are left alone.
import { spanPickerDomId } from '../components/Annotate/annotate-spans.ts';
import { useEffect } from 'react';
import type { AppState } from '../../store/store.ts';
import { useAppStoreApi } from '../../store/store.ts';
import {
  selectActiveSentence,
  selectOpenFlags,
  selectReview,
  selectReviewFlags,
  selectSelectedReviewFlag,
  selectSentences,
  type ReviewFlagEntry,
} from '../../store/slices/review/selectors.ts';

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/** Enter on these does their own thing (press a button, follow a link). */
function isInteractive(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a[href], summary, [role="button"]') !== null;
}

/** The flag a/d/s act on: the selected one while open, else the first open flag of the current sentence. */
export function targetFlag(state: AppState): ReviewFlagEntry | undefined {
  const selected = selectSelectedReviewFlag(state);
  const open = selectOpenFlags(state);
  if (selected && open.includes(selected)) return selected;
  const sentence = selectActiveSentence(state);
  return sentence === null ? undefined : open.find((entry) => entry.flag.sentence === sentence);
}

/** The next (or previous) open flag after the selected flag, or from the current sentence when none is selected. */
export function stepOpenFlag(state: AppState, direction: 1 | -1): ReviewFlagEntry | undefined {
  const all = selectReviewFlags(state);
  const open = selectOpenFlags(state);
  const selected = selectSelectedReviewFlag(state);
  if (selected) {
    const at = all.indexOf(selected);
    const candidates = open.filter((entry) => (all.indexOf(entry) - at) * direction > 0);
    return direction === 1 ? candidates[0] : candidates.at(-1);
  }
  const sentence = selectActiveSentence(state);
  if (sentence === null) return direction === 1 ? open[0] : open.at(-1);
  return direction === 1
    ? open.find((entry) => entry.flag.sentence >= sentence)
    : open.filter((entry) => entry.flag.sentence < sentence).at(-1);
}

function moveSentence(state: AppState, direction: 1 | -1): void {
  const count = selectSentences(state).length;
  if (count === 0) return;
  const current = selectActiveSentence(state);
  const next = current === null ? (direction === 1 ? 0 : count - 1) : Math.min(count - 1, Math.max(0, current + direction));
  state.selectFlag(null);
  state.setReviewCursor(next);
}

export function useKeyboardShortcuts(): void {
  const store = useAppStoreApi();

  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || isTypingTarget(event.target)) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      const state = store.getState();
      if (!state.document) return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      const done = () => event.preventDefault();

      if (event.ctrlKey || event.metaKey) {
        if (key === 'z' && !event.shiftKey) {
          state.undoReview();
          done();
        } else if ((key === 'z' && event.shiftKey) || key === 'y') {
          state.redoReview();
          done();
        }
        return;
      }

      switch (key) {
        case 'j':
        case 'ArrowDown':
          moveSentence(state, 1);
          return done();
        case 'k':
        case 'ArrowUp':
          moveSentence(state, -1);
          return done();
        case 'n':
        case 'p': {
          const entry = stepOpenFlag(state, key === 'n' ? 1 : -1);
          if (entry) state.selectFlag(entry.flag.id, 'list');
          return done();
        }
        case 'a': {
          const entry = targetFlag(state);
          if (entry) state.acceptFlag(entry.flag.id);
          return done();
        }
        case 'd': {
          const entry = targetFlag(state);
          if (entry) state.dismissFlag(entry.flag.id);
          return done();
        }
        case 's': {
          const entry = targetFlag(state);
          if (entry?.flag.suggestions.length) state.applySuggestion(entry.flag.id, 0);
          return done();
        }
        case 'r': {
          const sentence = selectActiveSentence(state);
          if (sentence !== null) state.setSentenceReviewed(sentence, !selectReview(state).reviewed[sentence]);
          return done();
        }
        case 'Enter':
        case 'e': {
          // Enter on a button or link does that control's own thing.
          if (key === 'Enter' && isInteractive(event.target)) return;
          const sentence = selectActiveSentence(state);
          if (sentence !== null) state.startEditing(sentence);
          return done();
        }
        case 'Escape': {
          // Letting go of a flag keeps its sentence as the current one.
          const entry = selectSelectedReviewFlag(state);
          if (!entry) return;
          state.selectFlag(null);
          state.setReviewCursor(entry.flag.sentence);
          return;
        }
        case 'm': {
          // The span picker of the current sentence takes the keyboard from here (see the Annotations section).
          const sentence = selectActiveSentence(state);
          if (sentence === null) return;
          document.getElementById(spanPickerDomId(sentence))?.focus();
          return done();
        }
        case '?':
          state.setShortcutHelpOpen(true);
          return done();
      }
    };
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, [store]);
}
