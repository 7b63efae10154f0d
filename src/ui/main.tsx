// Browser entry: mounts the app with its store and an i18next instance in the interface language chosen before.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createI18n } from '../i18n/index.ts';
import { appStore } from '../store/store.ts';
import { createWorkerAnalysisClient } from '../worker/worker-client.ts';
import { App } from './App.tsx';
import './styles/app.css';

/** The browser's IndexedDB, BroadcastChannel and localStorage; one object, so the controller is made once. */
const BROWSER_PERSISTENCE = {};

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App
      store={appStore}
      i18n={createI18n(appStore.getState().uiLanguage)}
      analysisClient={createWorkerAnalysisClient()}
      persistence={BROWSER_PERSISTENCE}
    />
  </StrictMode>,
);
