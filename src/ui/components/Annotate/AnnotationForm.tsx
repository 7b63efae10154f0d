// The annotation dialog: MQM category, severity, comment and correction for a selected span; modal and usable by keyboard alone.
import { trapFocus } from '../Dialog/trap-focus.ts';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findMqmCategory, mqmCategories, mqmSeverities } from '../../../core/review/mqm.ts';
import type { AnnotationSeverity } from '../../../core/review/types.ts';
import { useMqmText } from './useMqmText.ts';
import './annotate.css';

export interface AnnotationFormValues {
  /** MQM category path from the typology, e.g. "Fluency/Grammar". */
  category: string;
  severity: AnnotationSeverity;
  comment: string;
  /** Proposed replacement of the span; '' when none. */
  correction: string;
}

export interface AnnotationFormProps {
  /** Values to start from: an existing annotation, or an accepted flag's category and severity. */
  initial?: Partial<AnnotationFormValues>;
  /** The annotated text, shown quoted; '' for an insertion point. */
  selectedText: string;
  onSubmit: (values: AnnotationFormValues) => void;
  onCancel: () => void;
  /** Given when editing an existing annotation: shows a Delete button. */
  onDelete?: () => void;
}


/** Keys 1–4 pick the severities in order, neutral to critical. */
const severityByKey = new Map(mqmSeverities.map((severity, i) => [String(i + 1), severity]));

const DEFAULT_SEVERITY: AnnotationSeverity = 'minor';

interface CategoryGroup {
  /** Top-level category id. */
  id: string;
  /** Selectable ids in the group, the top level first when it is selectable itself (Terminology). */
  options: string[];
}

// Top levels with subcategories become <optgroup>s; the rest (Other, Non-translation, Source error) stay plain options.
const categoryGroups: CategoryGroup[] = mqmCategories
  .filter((category) => category.parent === undefined)
  .map((top) => ({
    id: top.id,
    options: [
      ...(top.selectable ? [top.id] : []),
      ...mqmCategories.filter((category) => category.parent === top.id && category.selectable).map((c) => c.id),
    ],
  }));

function isTextEntry(target: EventTarget): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && target.type !== 'radio' && target.type !== 'checkbox';
}

export function AnnotationForm({ initial, selectedText, onSubmit, onCancel, onDelete }: AnnotationFormProps) {
  const { t } = useTranslation();
  const mqm = useMqmText();
  const [category, setCategory] = useState(initial?.category ?? '');
  const [severity, setSeverity] = useState<AnnotationSeverity>(initial?.severity ?? DEFAULT_SEVERITY);
  const [comment, setComment] = useState(initial?.comment ?? '');
  const [correction, setCorrection] = useState(initial?.correction ?? '');
  const [isMissingCategory, setIsMissingCategory] = useState(false);
  const dialogRef = useRef<HTMLDivElement>(null);
  const categoryRef = useRef<HTMLSelectElement>(null);
  const ids = {
    heading: useId(),
    hint: useId(),
    quote: useId(),
    category: useId(),
    description: useId(),
    error: useId(),
    severity: useId(),
    comment: useId(),
    correction: useId(),
    correctionHint: useId(),
  };

  useEffect(() => {
    // Give focus back to whatever opened the dialog (a mark, a button) so keyboard work continues where it was.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    categoryRef.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  // An initial category outside the selectable typology (an old export, a custom check) is kept, not silently replaced.
  const initialCategory = initial?.category;
  const isForeignInitial =
    initialCategory !== undefined && initialCategory !== '' && findMqmCategory(initialCategory)?.selectable !== true;

  const submit = () => {
    if (category === '') {
      setIsMissingCategory(true);
      categoryRef.current?.focus();
      return;
    }
    onSubmit({ category, severity, comment: comment.trim(), correction });
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submit();
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.nativeEvent.isComposing) return;
    const { key, target } = event;
    if (key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    if (key === 'Enter') {
      // Buttons keep their own action (Enter on Cancel cancels); Shift+Enter is a line break in the comment.
      if (target instanceof HTMLButtonElement) return;
      if (target instanceof HTMLTextAreaElement && event.shiftKey) return;
      event.preventDefault();
      submit();
      return;
    }
    const shortcut = severityByKey.get(key);
    if (shortcut && !event.ctrlKey && !event.metaKey && !event.altKey && !isTextEntry(target)) {
      event.preventDefault();
      setSeverity(shortcut);
      return;
    }
    trapFocus(event, dialogRef.current);
  };

  // Literal keys, so the locale test can see each one.
  const severityDescriptions: Record<AnnotationSeverity, string> = {
    neutral: t('mqm:severityDescription.neutral'),
    minor: t('mqm:severityDescription.minor'),
    major: t('mqm:severityDescription.major'),
    critical: t('mqm:severityDescription.critical'),
  };
  const description = category === '' ? '' : mqm.categoryDescription(category);
  const categoryDescribedBy = [description ? ids.description : '', isMissingCategory ? ids.error : '']
    .filter(Boolean)
    .join(' ');

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialogRef}
        className="dialog annotation-form"
        role="dialog"
        aria-modal="true"
        aria-labelledby={ids.heading}
        aria-describedby={ids.hint}
        onKeyDown={handleKeyDown}
      >
        <h2 id={ids.heading}>{onDelete ? t('mqm:annotate.headingEdit') : t('mqm:annotate.headingNew')}</h2>
        <p id={ids.hint} className="dialog-description">
          {t('mqm:annotate.keyboardHint')}
        </p>
        <form onSubmit={handleSubmit} noValidate>
          <div className="annotation-quote">
            <span id={ids.quote} className="annotation-quote-label">
              {t('mqm:annotate.selectedText')}
            </span>
            <blockquote aria-labelledby={ids.quote}>
              {selectedText === '' ? <em>{t('mqm:annotate.emptySelection')}</em> : <q>{selectedText}</q>}
            </blockquote>
          </div>

          <div className="form-row">
            <label htmlFor={ids.category}>{t('mqm:annotate.category')}</label>
            <select
              id={ids.category}
              ref={categoryRef}
              value={category}
              required
              aria-invalid={isMissingCategory}
              aria-describedby={categoryDescribedBy || undefined}
              onChange={(event) => {
                setCategory(event.target.value);
                if (event.target.value !== '') setIsMissingCategory(false);
              }}
            >
              <option value="">{t('mqm:annotate.categoryPlaceholder')}</option>
              {isForeignInitial && (
                <option value={initialCategory}>
                  {t('mqm:annotate.categoryUnknown', { category: initialCategory })}
                </option>
              )}
              {categoryGroups.map((group) =>
                group.options.length === 1 && group.options[0] === group.id ? (
                  <option key={group.id} value={group.id}>
                    {mqm.categoryName(group.id)}
                  </option>
                ) : (
                  <optgroup key={group.id} label={mqm.categoryName(group.id)}>
                    {group.options.map((id) => (
                      <option key={id} value={id}>
                        {id === group.id
                          ? t('mqm:annotate.categoryGeneral', { category: mqm.categoryName(id) })
                          : mqm.categoryName(id)}
                      </option>
                    ))}
                  </optgroup>
                ),
              )}
            </select>
            {description && (
              <p id={ids.description} className="annotation-category-description">
                {description}
              </p>
            )}
            {isMissingCategory && (
              <p id={ids.error} role="alert" className="field-error">
                <span aria-hidden="true">⚠ </span>
                {t('mqm:annotate.categoryRequired')}
              </p>
            )}
          </div>

          <fieldset className="annotation-severity">
            <legend>{t('mqm:annotate.severity')}</legend>
            {mqmSeverities.map((option, i) => {
              const inputId = `${ids.severity}-${option}`;
              return (
                <div key={option} className="annotation-severity-option">
                  <input
                    id={inputId}
                    type="radio"
                    name={ids.severity}
                    value={option}
                    checked={severity === option}
                    aria-describedby={`${inputId}-description`}
                    onChange={() => setSeverity(option)}
                  />
                  <label htmlFor={inputId}>
                    {t('mqm:annotate.severityOption', { severity: mqm.severityName(option), key: i + 1 })}
                  </label>
                  <span id={`${inputId}-description`} className="annotation-severity-description">
                    {severityDescriptions[option]}
                  </span>
                </div>
              );
            })}
          </fieldset>

          <div className="form-row">
            <label htmlFor={ids.comment}>{t('mqm:annotate.comment')}</label>
            <textarea id={ids.comment} rows={3} value={comment} onChange={(event) => setComment(event.target.value)} />
          </div>

          <div className="form-row">
            <label htmlFor={ids.correction}>{t('mqm:annotate.correction')}</label>
            <input
              id={ids.correction}
              type="text"
              value={correction}
              aria-describedby={ids.correctionHint}
              onChange={(event) => setCorrection(event.target.value)}
            />
            <p id={ids.correctionHint} className="annotation-field-hint">
              {t('mqm:annotate.correctionHint')}
            </p>
          </div>

          <div className="dialog-actions">
            {onDelete && (
              <button type="button" className="button annotation-delete" onClick={onDelete}>
                {t('mqm:annotate.delete')}
              </button>
            )}
            <button type="button" className="button" onClick={onCancel}>
              {t('mqm:annotate.cancel')}
            </button>
            <button type="submit" className="button button-primary">
              {t('mqm:annotate.save')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
