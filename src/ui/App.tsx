// The app shell: providers, header, article column, side panel, paste dialog and drop overlay.
import { useEffect, useRef, useState } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { StoreContext, useAppStoreApi, type AppStore } from '../store/store.ts';
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
import { AnalysisClientContext, useAnalysisRunner } from './hooks/useAnalysis.ts';
import type { AnalysisClient } from '../worker/analysis-client.ts';
import { SAMPLES, SEED_SAMPLE } from './samples.ts';

interface AppProps {
  store: AppStore;
  i18n: I18n;
  /** Sample opened on start when no article is open; null opens nothing. */
  initialSample?: string | null;
  /** Runs the checks (a Web Worker in the browser, in-process in tests); without one no flags are shown. */
  analysisClient?: AnalysisClient | null;
}

export function App({ store, i18n, initialSample = SEED_SAMPLE, analysisClient = null }: AppProps) {
  return (
    <StoreContext value={store}>
      <I18nextProvider i18n={i18n}>
        <AnalysisClientContext value={analysisClient}>
          <Shell initialSample={initialSample} />
        </AnalysisClientContext>
      </I18nextProvider>
    </StoreContext>
  );
}

function Shell({ initialSample }: { initialSample: string | null }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const opener = useOpenArticle();
  const [isPasteOpen, setIsPasteOpen] = useState(false);
  const isDragging = useFileDrop((file) => void opener.openFile(file));
  const hasOpenedInitial = useRef(false);
  const pasteOpener = useRef<HTMLElement | null>(null);
  useUiLanguageSync();
  useAnalysisRunner();

  useEffect(() => {
    // Back to the button that opened the dialog, once the page is no longer inert.
    if (isPasteOpen || !pasteOpener.current) return;
    pasteOpener.current.focus();
    pasteOpener.current = null;
  }, [isPasteOpen]);

  useEffect(() => {
    // The ref survives StrictMode's second effect run, so the seed is fetched once.
    if (hasOpenedInitial.current || !initialSample || store.getState().document) return;
    hasOpenedInitial.current = true;
    void opener.openSample(initialSample);
  }, [initialSample, opener, store]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToArticle')}
      </a>
      <div className="app" inert={isPasteOpen}>
        <AppHeader
          samples={SAMPLES}
          onOpenFile={(file) => void opener.openFile(file)}
          onOpenSample={(name) => void opener.openSample(name)}
          onPaste={() => {
            pasteOpener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
            setIsPasteOpen(true);
          }}
        />
        <div className="layout">
          <main id="main" className="main" tabIndex={-1}>
            <LoadingIndicator />
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
      {isDragging && <DropOverlay />}
    </>
  );
}
