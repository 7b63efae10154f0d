// A long article's flags: the list renders a page of them at first, more on request, and always the selected flag.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/index.ts';
import { createI18n } from '../../src/i18n/index.ts';
import { createAppStore } from '../../src/store/store.ts';
import { App } from '../../src/ui/App.tsx';
import { FLAG_PAGE_SIZE } from '../../src/ui/components/Flags/FlagList.tsx';
import { SEED_SAMPLE } from '../../src/ui/samples.ts';
import type { AnalysisClient } from '../../src/worker/analysis-client.ts';
import { createRequestHandler } from '../../src/worker/handle-request.ts';
import { createInProcessAnalysisClient } from '../../src/worker/in-process-client.ts';

let client: AnalysisClient;

beforeAll(async () => {
  // Only the repeated-phrase check: no dictionary needed, and one flag per line below.
  const analyzer = await createAnalyzer({ checks: ['repeated-phrase'], preload: [] });
  client = createInProcessAnalysisClient(createRequestHandler({ createAnalyzer: () => Promise.resolve(analyzer) }));
});

const LINES = FLAG_PAGE_SIZE + 60;
const ARTICLE = Array.from({ length: LINES }, (_, i) => `Im Bericht ${i + 1} stehen die Zahlen die Zahlen der Woche.`).join('\n');

describe('flag list of a long article', () => {
  it('renders a page of flags, the rest on request, and the selected flag wherever it is', { timeout: 30_000 }, async () => {
    const store = createAppStore({ uiLanguage: 'en' });
    const user = userEvent.setup();
    render(<App store={store} i18n={createI18n('en')} initialSample={SEED_SAMPLE} analysisClient={client} />);
    await screen.findByRole('list', { name: 'Flags in the article' }, { timeout: 10_000 });
    act(() => store.getState().openArticle({ title: 'lang.txt', text: ARTICLE, source: 'paste' }));
    const more = await screen.findByRole('button', { name: `Showing ${FLAG_PAGE_SIZE} of ${LINES} flags: show more` }, { timeout: 10_000 });
    const list = screen.getByRole('list', { name: 'Flags in the article' });
    expect(list.querySelectorAll('[data-flag-id]')).toHaveLength(FLAG_PAGE_SIZE);

    // A flag far down selected from elsewhere (n, or a mark in the article) is rendered with the ones before it.
    const last = store.getState().flags.at(-1)!;
    act(() => store.getState().selectFlag(last.id, 'article'));
    expect(list.querySelector(`[data-flag-id="${CSS.escape(last.id)}"]`)).not.toBeNull();
    expect(list.querySelectorAll('[data-flag-id]')).toHaveLength(LINES);
    expect(more).not.toBeInTheDocument();

    act(() => store.getState().selectFlag(null));
    act(() => store.getState().openArticle({ title: 'lang2.txt', text: `${ARTICLE}\nNoch ein Satz ein Satz hier.`, source: 'paste' }));
    await user.click(await screen.findByRole('button', { name: /show more/u }, { timeout: 10_000 }));
    expect(screen.getByRole('list', { name: 'Flags in the article' }).querySelectorAll('[data-flag-id]')).toHaveLength(LINES + 1);
  });
});
