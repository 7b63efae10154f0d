// The Reviews button and its list of saved reviews: which one is open, open another (click or Enter), delete one after confirming.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewSummary } from '../../../store/persistence/index.ts';
import { isArticleLanguage } from '../../../store/slices/document/state.ts';
import { selectCurrentReviewId, selectSavedReviews } from '../../../store/slices/reviews/selectors.ts';
import { useAppStore } from '../../../store/store.ts';
import { useArticleLanguageNames } from '../../hooks/useLanguageNames.ts';
import { usePersistenceController } from '../../hooks/usePersistence.ts';
import { DeleteReviewDialog } from './DeleteReviewDialog.tsx';
import './reviews.css';

export function ReviewsMenu() {
  const { t, i18n } = useTranslation();
  const controller = usePersistenceController();
  const reviews = useAppStore(selectSavedReviews);
  const currentId = useAppStore(selectCurrentReviewId);
  const languageNames = useArticleLanguageNames();
  const [isOpen, setIsOpen] = useState(false);
  const [toDelete, setToDelete] = useState<ReviewSummary | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  // The delete button that opened the dialog, where focus goes back to on cancel.
  const deleteOpener = useRef<HTMLElement | null>(null);
  const panelId = useId();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }), [locale]);

  useEffect(() => {
    if (!isOpen || toDelete) return;
    const handlePointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setIsOpen(false);
    };
    document.addEventListener('pointerdown', handlePointerDown);
    return () => document.removeEventListener('pointerdown', handlePointerDown);
  }, [isOpen, toDelete]);

  if (!controller) return null;

  const languageOf = (lang: string) => (isArticleLanguage(lang) ? languageNames[lang] : lang);
  const timeOf = (iso: string) => {
    const time = Date.parse(iso);
    return Number.isNaN(time) ? iso : dateFormat.format(time);
  };

  const handlePanelKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    setIsOpen(false);
    toggleRef.current?.focus();
  };

  const handleOpen = (id: string) => {
    setIsOpen(false);
    toggleRef.current?.focus();
    void controller.openReview(id);
  };

  const closeDialog = (isDeleted: boolean) => {
    setToDelete(null);
    // The deleted entry's button is gone; the list's toggle is the nearest stable place.
    const target = isDeleted ? toggleRef.current : deleteOpener.current;
    deleteOpener.current = null;
    target?.focus();
  };

  return (
    <div className="reviews-menu" ref={rootRef}>
      <button
        ref={toggleRef}
        type="button"
        className="button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setIsOpen((open) => !open)}
      >
        {t('reviews.button', { count: reviews.length })}
      </button>
      {isOpen && (
        <div id={panelId} className="reviews-panel" role="region" aria-label={t('reviews.listLabel')} onKeyDown={handlePanelKeyDown}>
          {reviews.length === 0 ? (
            <p className="reviews-empty">{t('reviews.empty')}</p>
          ) : (
            <ul className="reviews-list">
              {reviews.map((review) => {
                const isCurrent = review.id === currentId;
                const title = review.title || t('reviews.untitled');
                return (
                  <li key={review.id} className={isCurrent ? 'reviews-item reviews-item-current' : 'reviews-item'}>
                    <button
                      type="button"
                      className="reviews-open"
                      aria-current={isCurrent ? 'true' : undefined}
                      onClick={() => handleOpen(review.id)}
                    >
                      <span className="reviews-title">{title}</span>
                      <span className="reviews-meta">
                        {t('reviews.meta', { language: languageOf(review.lang), time: timeOf(review.updatedAt) })}
                        {isCurrent && <span className="reviews-current"> · {t('reviews.current')}</span>}
                      </span>
                    </button>
                    <button
                      type="button"
                      className="button button-quiet reviews-delete"
                      aria-label={t('reviews.delete', { title })}
                      onClick={(event) => {
                        deleteOpener.current = event.currentTarget;
                        setToDelete(review);
                      }}
                    >
                      <span aria-hidden="true">🗑</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
      {toDelete && (
        <DeleteReviewDialog
          title={toDelete.title || t('reviews.untitled')}
          onCancel={() => closeDialog(false)}
          onConfirm={() => {
            const { id } = toDelete;
            closeDialog(true);
            void controller.deleteReview(id);
          }}
        />
      )}
    </div>
  );
}
