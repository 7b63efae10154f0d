// Test helper: renders the whole app with a fresh store and a fresh English i18next instance.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createI18n, type UiLanguage } from '../../src/i18n/index.ts';
import { createAppStore } from '../../src/store/store.ts';
import { App } from '../../src/ui/App.tsx';
import { SEED_SAMPLE } from '../../src/ui/samples.ts';

export const SEED_TEXT = readFileSync(join(process.cwd(), 'samples', SEED_SAMPLE), 'utf8');

interface RenderAppOptions {
  uiLanguage?: UiLanguage;
  initialSample?: string | null;
}

export function renderApp({ uiLanguage = 'en', initialSample = SEED_SAMPLE }: RenderAppOptions = {}) {
  const store = createAppStore({ uiLanguage });
  const i18n = createI18n(uiLanguage);
  // applyAccept off: a reviewer can always switch the picker to "All files".
  const user = userEvent.setup({ applyAccept: false });
  const view = render(<App store={store} i18n={i18n} initialSample={initialSample} />);
  return { store, i18n, user, ...view };
}

/** Renders the app and waits until the seed article is on screen. */
export async function renderAppWithSeed(options: { uiLanguage?: UiLanguage } = {}) {
  const result = renderApp(options);
  await screen.findByRole('heading', { level: 2, name: SEED_SAMPLE });
  return result;
}

export function sentenceItems(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>('[data-sentence-index]'));
}
