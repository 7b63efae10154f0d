// The article's annotations for the side panel, grouped by sentence; each one is a button that goes to it, ↑/↓ move between them.
import { useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../core/review/types.ts';
import { AnnotationDetails } from './AnnotationDetails.tsx';
import { groupAnnotationsBySentence } from './annotate-spans.ts';
import './annotations.css';

export interface AnnotationListProps {
  annotations: readonly Annotation[];
  onSelect: (annotation: Annotation) => void;
  /** The annotation shown as current, if any. */
  selectedId?: string | null;
}

const STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index, count) => Math.min(count - 1, index + 1),
  ArrowUp: (index) => Math.max(0, index - 1),
  Home: () => 0,
  End: (_index, count) => count - 1,
};

export function AnnotationList({ annotations, onSelect, selectedId = null }: AnnotationListProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLDivElement>(null);
  const helpId = useId();
  const groups = groupAnnotationsBySentence(annotations);

  if (groups.length === 0) return <p className="annotation-list-empty">{t('workspace:annotationList.empty')}</p>;

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = STEPS[event.key];
    if (!step || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const buttons = Array.from(listRef.current?.querySelectorAll<HTMLButtonElement>('.annotation-list-item') ?? []);
    const index = buttons.findIndex((button) => button === document.activeElement);
    if (index < 0) return;
    // Handled here, so the page's ↑/↓ (previous/next sentence) do not move as well.
    event.preventDefault();
    buttons[step(index, buttons.length)]?.focus();
  };

  return (
    <div ref={listRef} className="annotation-list" onKeyDown={handleKeyDown}>
      <p id={helpId} className="annotation-list-help">
        {t('workspace:annotationList.help')}
      </p>
      {groups.map(([sentence, list]) => {
        const headingId = `${helpId}-s${sentence}`;
        return (
          <section key={sentence} className="annotation-list-group" aria-labelledby={headingId}>
            <h3 id={headingId} className="annotation-list-heading">
              {t('workspace:annotationList.sentence', { number: sentence + 1, count: list.length })}
            </h3>
            <ul>
              {list.map((annotation) => (
                <li key={annotation.id}>
                  <button
                    type="button"
                    className={annotation.id === selectedId ? 'annotation-list-item is-selected' : 'annotation-list-item'}
                    aria-current={annotation.id === selectedId ? 'true' : undefined}
                    onClick={() => onSelect(annotation)}
                  >
                    <AnnotationDetails annotation={annotation} />
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
