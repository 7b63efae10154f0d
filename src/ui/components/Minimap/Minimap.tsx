// Slim overview of the whole document: a listbox of rows (one per sentence, or per run of sentences in long articles)
// showing sentence status by pattern and colour and flags/annotations by marker shape and size; click or keyboard to go.
import { useDeferredValue, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SentenceStatus } from '../../../core/review/selectors.ts';
import { useSeverityName } from '../Filters/useSeverityName.ts';
import { buildMinimapRows, markedSentences, MAX_ROWS, type MinimapMark, type MinimapRow, type MinimapSentence } from './minimap-rows.ts';
import './minimap.css';

export type { MinimapMark, MinimapSentence } from './minimap-rows.ts';

export interface MinimapProps {
  sentences: readonly MinimapSentence[];
  marks: readonly MinimapMark[];
  /** Status by sentence index; a missing entry is 'untouched'. */
  statuses: Readonly<Record<number, SentenceStatus>>;
  currentSentence?: number;
  onSelect: (sentence: number) => void;
  /** Most rows to draw; more sentences share rows. */
  maxRows?: number;
}

// Beyond this many the text alternative ends in "and N more": a screen reader should not read out hundreds of numbers.
const LISTED_SENTENCES = 50;
const PAGE = 10;

/** Which row the keyboard cursor is on, remembered only while the current sentence stays the one it started from. */
interface Cursor {
  row: number;
  anchor: number | undefined;
}

// Row labels by what they say, per translation function (a new language starts a new cache).
const labelCaches = new WeakMap<object, Map<string, string>>();
const MAX_CACHED_LABELS = 5_000;
function labelCacheOf(t: object): Map<string, string> {
  let cache = labelCaches.get(t);
  if (!cache) {
    cache = new Map();
    labelCaches.set(t, cache);
  }
  return cache;
}

const NO_SENTENCES: readonly MinimapSentence[] = [];
const NO_MARKS: readonly MinimapMark[] = [];
const NO_STATUSES: Readonly<Record<number, SentenceStatus>> = {};

export function Minimap({ sentences: current, marks: currentMarks, statuses: currentStatuses, currentSentence, onSelect, maxRows = MAX_ROWS }: MinimapProps) {
  const { t } = useTranslation();
  // Drawn in deferred renders of their own: the rows cover every sentence, and neither the first render of a long
  // article nor the one that shows its flags or an edit had time to spare for them (up to 30 ms on 10,000
  // sentences). The three change together, in one deferred render; a new map starts empty.
  const sentences = useDeferredValue(current, NO_SENTENCES);
  const marks = useDeferredValue(currentMarks, NO_MARKS);
  const statuses = useDeferredValue(currentStatuses, NO_STATUSES);
  const severityName = useSeverityName();
  const ids = { help: useId(), list: useId(), rows: useId() };
  const { rows, rowOf } = useMemo(() => buildMinimapRows(sentences, marks, statuses, maxRows), [sentences, marks, statuses, maxRows]);
  const marked = useMemo(() => markedSentences(marks), [marks]);
  const [cursor, setCursor] = useState<Cursor | null>(null);

  const currentRow = currentSentence === undefined ? undefined : rowOf.get(currentSentence);
  const activeRow =
    cursor && cursor.anchor === currentSentence && cursor.row < rows.length ? cursor.row : Math.min(currentRow ?? 0, rows.length - 1);

  const statusNames: Record<SentenceStatus, string> = {
    untouched: t('workspace:filters.sentenceStatus.untouched'),
    reviewed: t('workspace:filters.sentenceStatus.reviewed'),
    edited: t('workspace:filters.sentenceStatus.edited'),
    'has-open-flags': t('workspace:filters.sentenceStatus.hasOpenFlags'),
  };

  // Labels by what they say: an edit changes one or two rows, and translating every row's label again (four t()
  // calls for each of up to 200 rows) was about 30 ms of each commit on a long article. New texts, new cache.
  const labels = labelCacheOf(t);
  const labelOf = (row: MinimapRow, isCurrent: boolean) => {
    const key = [row.first, row.last, row.status, row.flags, row.flagSeverity, row.annotations, row.annotationSeverity, isCurrent].join('|');
    let label = labels.get(key);
    if (label === undefined) {
      label = composeLabel(row, isCurrent);
      // Bounded: a long session changes many rows.
      if (labels.size >= MAX_CACHED_LABELS) labels.clear();
      labels.set(key, label);
    }
    return label;
  };
  const composeLabel = (row: MinimapRow, isCurrent: boolean) => {
    const parts = [
      row.size === 1
        ? t('workspace:minimap.sentence', { number: row.first + 1 })
        : t('workspace:minimap.sentences', { from: row.first + 1, to: row.last + 1 }),
      statusNames[row.status],
    ];
    if (row.flagSeverity !== undefined) {
      parts.push(t('workspace:minimap.flags', { count: row.flags, severity: severityName(row.flagSeverity) }));
    }
    if (row.annotationSeverity !== undefined) {
      parts.push(t('workspace:minimap.annotations', { count: row.annotations, severity: severityName(row.annotationSeverity) }));
    }
    if (isCurrent) parts.push(t('workspace:minimap.current'));
    return parts.join(', ');
  };

  const listed = marked.slice(0, LISTED_SENTENCES).map((index) => index + 1).join(', ');
  const flaggedText =
    marked.length === 0
      ? t('workspace:minimap.flaggedNone')
      : t('workspace:minimap.flaggedList', {
          list:
            marked.length > LISTED_SENTENCES
              ? t('workspace:minimap.flaggedMore', { list: listed, more: marked.length - LISTED_SENTENCES })
              : listed,
        });

  const moveTo = (row: number) => setCursor({ row: Math.max(0, Math.min(rows.length - 1, row)), anchor: currentSentence });

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Partial<Record<string, number>> = {
      ArrowDown: activeRow + 1,
      ArrowRight: activeRow + 1,
      ArrowUp: activeRow - 1,
      ArrowLeft: activeRow - 1,
      PageDown: activeRow + PAGE,
      PageUp: activeRow - PAGE,
      Home: 0,
      End: rows.length - 1,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      moveTo(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const row = rows[activeRow];
      if (row) onSelect(row.target);
    }
  };

  if (rows.length === 0) return null;

  return (
    <div className="minimap">
      <div
        className="minimap-track"
        role="listbox"
        tabIndex={0}
        aria-label={t('workspace:minimap.label')}
        aria-describedby={`${ids.list} ${ids.help}`}
        aria-activedescendant={`${ids.rows}-${activeRow}`}
        onKeyDown={handleKeyDown}
      >
        {rows.map((row, i) => {
          const isCurrent = i === currentRow;
          const label = labelOf(row, isCurrent);
          return (
            <div
              key={row.first}
              id={`${ids.rows}-${i}`}
              role="option"
              aria-selected={isCurrent}
              aria-label={label}
              title={label}
              className="minimap-row"
              data-status={row.status}
              data-flag={row.flagSeverity}
              data-annotation={row.annotationSeverity}
              data-paragraph-start={row.paragraphStart || undefined}
              data-active={i === activeRow || undefined}
              style={{ flexGrow: row.weight }}
              onClick={() => {
                setCursor({ row: i, anchor: currentSentence });
                onSelect(row.target);
              }}
            />
          );
        })}
      </div>
      <p id={ids.list} className="visually-hidden">
        {flaggedText}
      </p>
      <p id={ids.help} className="visually-hidden">
        {t('workspace:minimap.help')}
      </p>
      <details className="minimap-legend">
        <summary>{t('workspace:minimap.legend')}</summary>
        <ul>
          <li>
            <span aria-hidden="true">▲</span> {t('workspace:minimap.legendFlag')}
          </li>
          <li>
            <span aria-hidden="true">●</span> {t('workspace:minimap.legendAnnotation')}
          </li>
          <li>
            <span aria-hidden="true">△ ▲</span> {t('workspace:minimap.legendSeverity')}
          </li>
          {(['has-open-flags', 'edited', 'reviewed', 'untouched'] as const).map((status) => (
            <li key={status}>
              <span className="minimap-swatch" data-status={status} aria-hidden="true" /> {statusNames[status]}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
