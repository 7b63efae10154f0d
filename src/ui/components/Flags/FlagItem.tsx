// One flag in the side list: severity, check, message and excerpt on a button that selects it; its suggestions, decision and triage actions below.
import { memo, useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlagDecision, SentenceFlag } from '../../../core/review/types.ts';
import type { SuggestionEntry } from '../../../store/slices/analysis/state.ts';
import type { FlagText } from '../../hooks/useFlagText.ts';

const CONTEXT = 28;
/** Longer flagged spans (whole sentences) are shortened in the middle. */
const MAX_HIT = 90;

export interface TriageHandlers {
  onAccept: (flagId: string) => void;
  onDismiss: (flagId: string, reason?: string) => void;
  onReopen: (flagId: string) => void;
  onApply: (flagId: string, suggestion: number) => void;
}

interface FlagItemProps {
  flag: SentenceFlag;
  /** The sentence text the flag's offsets index into. */
  sentenceText: string;
  sentenceNumber: string;
  isSelected: boolean;
  /** A decided flag of a sentence edited since: its decision can only be taken back by undo. */
  isOutdated: boolean;
  decision: FlagDecision | undefined;
  /** Dictionary suggestions for a spelling flag, once they were asked for. */
  lookup: SuggestionEntry | undefined;
  text: FlagText;
  triage: TriageHandlers;
  onSelect: (flagId: string) => void;
}

/** The flagged text with a little context on each side. */
function excerptOf(text: string, flag: SentenceFlag) {
  const from = Math.max(0, flag.start - CONTEXT);
  const to = Math.min(text.length, flag.end + CONTEXT);
  const hit = text.slice(flag.start, flag.end);
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, flag.start),
    hit: hit.length > MAX_HIT ? `${hit.slice(0, MAX_HIT * 0.6).trimEnd()} … ${hit.slice(-MAX_HIT * 0.3).trimStart()}` : hit,
    after: text.slice(flag.end, to).replace(/\s+$/, '') + (to < text.length ? '…' : ''),
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

function DecisionNote({ decision }: { decision: FlagDecision }) {
  const { t } = useTranslation();
  const label =
    decision.status === 'accepted'
      ? t('triage.statusAccepted')
      : decision.status === 'fixed'
        ? t('triage.statusFixed')
        : t('triage.statusDismissed');
  return (
    <p className={`flag-decision decision-${decision.status}`}>
      <span className="flag-decision-icon" aria-hidden="true" />
      {label}
      {decision.reason && <span className="flag-decision-reason">{t('triage.reasonShown', { reason: decision.reason })}</span>}
    </p>
  );
}

function DismissForm({ onDismiss, onCancel }: { onDismiss: (reason: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const id = useId();
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onDismiss(reason);
  };
  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };
  return (
    <form className="dismiss-form" onSubmit={handleSubmit} onKeyDown={handleKeyDown}>
      <label htmlFor={id}>{t('triage.reasonLabel')}</label>
      <input id={id} type="text" value={reason} onChange={(event) => setReason(event.target.value)} autoFocus />
      <div className="triage-buttons">
        <button type="submit">{t('triage.confirmDismiss')}</button>
        <button type="button" onClick={onCancel}>
          {t('triage.cancel')}
        </button>
      </div>
    </form>
  );
}

export const FlagItem = memo(function FlagItem({
  flag,
  sentenceText,
  sentenceNumber,
  isSelected,
  isOutdated,
  decision,
  lookup,
  text,
  triage,
  onSelect,
}: FlagItemProps) {
  const { t } = useTranslation();
  const [isDismissing, setIsDismissing] = useState(false);
  const excerpt = excerptOf(sentenceText, flag);
  const replacements = [...new Set([...flag.suggestions.map((s) => s.replacement), ...(lookup?.words ?? [])])];
  const status = decision?.status ?? 'open';
  const canApply = !decision && !isOutdated && flag.suggestions.length > 0;

  return (
    <li
      className={`flag-item severity-${flag.severity} status-${status}${isSelected ? ' is-selected' : ''}`}
      data-flag-id={flag.id}
    >
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
          <span className="flag-where">{t('flags.sentence', { number: sentenceNumber })}: </span>
          {excerpt.before}
          <span className="flag-excerpt-hit">{excerpt.hit || '‸'}</span>
          {excerpt.after}
        </span>
      </button>
      {decision && <DecisionNote decision={decision} />}
      {!decision && (replacements.length > 0 || lookup) && (
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
      {decision && !isOutdated && (
        <div className="triage-buttons">
          <button type="button" onClick={() => triage.onReopen(flag.id)}>
            {t('triage.reopen')}
          </button>
        </div>
      )}
      {/* The actions of the selected flag only, so the list stays short; a, d and s do the same from the keyboard. */}
      {!decision && isSelected && !isDismissing && (
        <div className="triage-buttons" role="group" aria-label={t('triage.actions')}>
          <button type="button" onClick={() => triage.onAccept(flag.id)}>
            {t('triage.accept')}
          </button>
          <button type="button" onClick={() => setIsDismissing(true)}>
            {t('triage.dismiss')}
          </button>
          {canApply && (
            <button type="button" onClick={() => triage.onApply(flag.id, 0)}>
              {flag.suggestions[0]!.replacement === ''
                ? t('triage.applyDelete')
                : t('triage.apply', { replacement: flag.suggestions[0]!.replacement })}
            </button>
          )}
        </div>
      )}
      {!decision && isSelected && isDismissing && (
        <DismissForm
          onDismiss={(reason) => {
            setIsDismissing(false);
            triage.onDismiss(flag.id, reason);
          }}
          onCancel={() => setIsDismissing(false)}
        />
      )}
    </li>
  );
});
