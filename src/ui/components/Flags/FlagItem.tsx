// One flag in the side list: severity, check, message and excerpt on a button that selects it; its suggestions below.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flag } from '../../../core/index.ts';
import type { SuggestionEntry } from '../../../store/slices/analysis/state.ts';
import type { FlagText } from '../../hooks/useFlagText.ts';

const CONTEXT = 28;
/** Longer flagged spans (whole sentences) are shortened in the middle. */
const MAX_HIT = 90;

interface FlagItemProps {
  flag: Flag;
  documentText: string;
  sentenceNumber: string | null;
  isSelected: boolean;
  /** Dictionary suggestions for a spelling flag, once they were asked for. */
  lookup: SuggestionEntry | undefined;
  text: FlagText;
  onSelect: (flagId: string) => void;
}

/** The flagged text with a little context on each side, cut at line breaks. */
function excerptOf(documentText: string, flag: Flag) {
  const lineStart = documentText.lastIndexOf('\n', flag.start - 1) + 1;
  const lineEndAt = documentText.indexOf('\n', flag.end);
  const lineEnd = lineEndAt < 0 ? documentText.length : lineEndAt;
  const from = Math.max(lineStart, flag.start - CONTEXT);
  const to = Math.min(lineEnd, flag.end + CONTEXT);
  const hit = documentText.slice(flag.start, flag.end);
  return {
    before: (from > lineStart ? '…' : '') + documentText.slice(from, flag.start),
    hit: hit.length > MAX_HIT ? `${hit.slice(0, MAX_HIT * 0.6).trimEnd()} … ${hit.slice(-MAX_HIT * 0.3).trimStart()}` : hit,
    after: documentText.slice(flag.end, to).replace(/\s+$/, '') + (to < lineEnd ? '…' : ''),
  };
}

/** Leading and trailing spaces shown as ␣: a fix like ") " is otherwise indistinguishable from ")". */
function VisibleSpaces({ text }: { text: string }) {
  const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/su.exec(text) ?? [];
  const mark = (spaces: string) =>
    spaces && (
      <span className="suggestion-space" aria-hidden="true">
        {'␣'.repeat(spaces.length)}
      </span>
    );
  return (
    <>
      {mark(lead)}
      {core}
      {mark(trail)}
    </>
  );
}

export const FlagItem = memo(function FlagItem({
  flag,
  documentText,
  sentenceNumber,
  isSelected,
  lookup,
  text,
  onSelect,
}: FlagItemProps) {
  const { t } = useTranslation();
  const excerpt = excerptOf(documentText, flag);
  const replacements = [...new Set([...flag.suggestions.map((s) => s.replacement), ...(lookup?.words ?? [])])];

  return (
    <li className={`flag-item severity-${flag.severity}${isSelected ? ' is-selected' : ''}`} data-flag-id={flag.id}>
      <button
        type="button"
        className="flag-button"
        aria-current={isSelected ? 'true' : undefined}
        onClick={() => onSelect(flag.id)}
      >
        <span className="flag-head">
          <span className={`severity-badge severity-${flag.severity}`}>{text.severityName(flag.severity)}</span>
          <span className="flag-check">{text.checkName(flag.check)}</span>
        </span>
        <span className="flag-message">{text.message(flag)}</span>
        <span className="flag-excerpt">
          {sentenceNumber ? (
            <span className="flag-where">{t('flags.sentence', { number: sentenceNumber })}: </span>
          ) : (
            <span className="visually-hidden">{t('flags.excerpt')}: </span>
          )}
          {excerpt.before}
          <span className="flag-excerpt-hit">{excerpt.hit || '‸'}</span>
          {excerpt.after}
        </span>
      </button>
      {(replacements.length > 0 || lookup) && (
        <div className="flag-suggestions">
          <span className="flag-suggestions-label">{t('flags.suggestions')}</span>
          {replacements.length > 0 && (
            <ul className="suggestion-list">
              {replacements.map((replacement) => (
                <li key={replacement} className={replacement === '' ? 'suggestion suggestion-delete' : 'suggestion'}>
                  {replacement === '' ? t('flags.deleteSuggestion') : <VisibleSpaces text={replacement} />}
                </li>
              ))}
            </ul>
          )}
          {lookup?.status === 'loading' && (
            <span className="suggestion-status" role="status">
              {t('flags.suggestionsLoading')}
            </span>
          )}
          {lookup?.status === 'failed' && <span className="suggestion-status">{t('flags.suggestionsFailed')}</span>}
          {lookup?.status === 'done' && replacements.length === 0 && (
            <span className="suggestion-status">{t('flags.suggestionsNone')}</span>
          )}
        </div>
      )}
    </li>
  );
});
