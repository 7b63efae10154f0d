// The app shell: providers, header, article column, side panel, paste and shortcut dialogs, drop overlay; review shortcuts and re-checks.
import { useEffect, useRef, useState } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { StoreContext, useAppStore, useAppStoreApi, type AppStore } from '../store/store.ts';
import { AppHeader } from './components/Header/AppHeader.tsx';
import { ArticleView } from './components/Article/ArticleView.tsx';
import { DropOverlay } from './components/Feedback/DropOverlay.tsx';
import { ErrorBanner } from './components/Feedback/ErrorBanner.tsx';
import { LoadingIndicator } from './components/Feedback/LoadingIndicator.tsx';
import { PasteDialog } from './components/Paste/PasteDialog.tsx';
import { SidePanel } from './components/SidePanel/SidePanel.tsx';
import { useFileDrop } from './hooks/useFileDrop.ts';
import { useOpenArticle } from './hooks/useOpenArticle.ts';
import { useUiLanguageSync } from './hooks/useUiLanguageSync.ts';
import { useKeyboardShortcuts } from './hooks/useKeyboardShortcuts.ts';
import { useSentenceRechecks } from './hooks/useSentenceRechecks.ts';
import { ShortcutHelp } from './components/Review/ShortcutHelp.tsx';
import { selectIsShortcutHelpOpen, selectSetShortcutHelpOpen } from '../store/slices/review/selectors.ts';
import { AnalysisClientContext, useAnalysisRunner } from './hooks/useAnalysis.ts';
import { PersistenceContext, usePersistence } from './hooks/usePersistence.ts';
import { StorageAlert } from './components/Feedback/StorageAlert.tsx';
import type { PersistenceOptions } from '../store/slices/reviews/persistence-controller.ts';
import type { AnalysisClient } from '../worker/analysis-client.ts';
import { SAMPLES, SEED_SAMPLE } from './samples.ts';
import { selectStartup } from '../store/slices/reviews/selectors.ts';

interface AppProps {
  store: AppStore;
  i18n: I18n;
  /** Sample opened on start when no article is open; null opens nothing. */
  initialSample?: string | null;
  /** Runs the checks (a Web Worker in the browser, in-process in tests); without one no flags are shown. */
  analysisClient?: AnalysisClient | null;
  /** Where reviews are saved (IndexedDB, tab channel); null saves nothing and always starts from `initialSample`. */
  persistence?: PersistenceOptions | null;
}

export function App({ store, i18n, initialSample = SEED_SAMPLE, analysisClient = null, persistence = null }: AppProps) {
  return (
    <StoreContext value={store}>
      <I18nextProvider i18n={i18n}>
        <AnalysisClientContext value={analysisClient}>
          <Shell initialSample={initialSample} persistence={persistence} />
        </AnalysisClientContext>
      </I18nextProvider>
    </StoreContext>
  );
}

function Shell({ initialSample, persistence }: { initialSample: string | null; persistence: PersistenceOptions | null }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const opener = useOpenArticle();
  const [isPasteOpen, setIsPasteOpen] = useState(false);
  const isDragging = useFileDrop((file) => void opener.openFile(file));
  const hasOpenedInitial = useRef(false);
  const pasteOpener = useRef<HTMLElement | null>(null);
  const isHelpOpen = useAppStore(selectIsShortcutHelpOpen);
  const setHelpOpen = useAppStore(selectSetShortcutHelpOpen);
  useUiLanguageSync();
  const persistenceController = usePersistence(persistence);
  const startup = useAppStore(selectStartup);
  useAnalysisRunner();
  useSentenceRechecks();
  useKeyboardShortcuts();

  useEffect(() => {
    // Back to the button that opened the dialog, once the page is no longer inert.
    if (isPasteOpen || !pasteOpener.current) return;
    pasteOpener.current.focus();
    pasteOpener.current = null;
  }, [isPasteOpen]);

  useEffect(() => {
    // The ref survives StrictMode's second effect run, so the seed is fetched once.
    // With persistence, the seed opens only on a first visit: after start-up found no saved review.
    if (hasOpenedInitial.current || !initialSample || store.getState().document || store.getState().startup !== 'fresh') return;
    hasOpenedInitial.current = true;
    void opener.openSample(initialSample);
  }, [initialSample, opener, store, startup]);

  return (
    <PersistenceContext value={persistenceController}>
      <a className="skip-link" href="#main">
        {t('app.skipToArticle')}
      </a>
      <div className="app" inert={isPasteOpen || isHelpOpen}>
        <AppHeader
          samples={SAMPLES}
          onOpenFile={(file) => void opener.openFile(file)}
          onOpenSource={(file) => void opener.openSourceFile(file)}
          onOpenSample={(name) => void opener.openSample(name)}
          onPaste={() => {
            pasteOpener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
            setIsPasteOpen(true);
          }}
        />
        <div className="layout">
          <main id="main" className="main" tabIndex={-1}>
            <LoadingIndicator />
            <StorageAlert />
            <ErrorBanner />
            <ArticleView />
          </main>
          <SidePanel />
        </div>
      </div>
      {isPasteOpen && (
        <PasteDialog
          onClose={() => setIsPasteOpen(false)}
          onSubmit={(title, text) => {
            setIsPasteOpen(false);
            void opener.openPasted(title, text);
          }}
        />
      )}
      {isHelpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} />}
      {isDragging && <DropOverlay />}
    </PersistenceContext>
  );
}
