// Flags in the app, with the real analyzer and dictionaries in-process: inline marks, the side list, selection, languages.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/index.ts';
import { loadLexicon } from '../../src/core/lexicon/load-lexicon.ts';
import { createI18n } from '../../src/i18n/index.ts';
import deChecks from '../../src/i18n/locales/de/checks.json';
import enChecks from '../../src/i18n/locales/en/checks.json';
import { createAppStore } from '../../src/store/store.ts';
import { App } from '../../src/ui/App.tsx';
import { SEED_SAMPLE } from '../../src/ui/samples.ts';
import type { AnalysisClient } from '../../src/worker/analysis-client.ts';
import { createRequestHandler } from '../../src/worker/handle-request.ts';
import { createInProcessAnalysisClient } from '../../src/worker/in-process-client.ts';

let client: AnalysisClient;

beforeAll(async () => {
  // One analyzer for the file: loading the German dictionary takes a few hundred milliseconds.
  const analyzer = await createAnalyzer({ loadLexicon, preload: ['de'] });
  client = createInProcessAnalysisClient(createRequestHandler({ createAnalyzer: () => Promise.resolve(analyzer) }));
});

function renderWithFlags(uiLanguage: 'en' | 'de' = 'en', analysisClient: AnalysisClient = client) {
  const store = createAppStore({ uiLanguage });
  const user = userEvent.setup();
  render(<App store={store} i18n={createI18n(uiLanguage)} initialSample={SEED_SAMPLE} analysisClient={analysisClient} />);
  return { store, user };
}

function flagList(): HTMLElement {
  return screen.getByRole('list', { name: /Flags in the article|Markierungen im Artikel/ });
}

async function waitForFlags(): Promise<HTMLElement> {
  return screen.findByRole('list', { name: /Flags in the article|Markierungen im Artikel/ }, { timeout: 10_000 });
}

function listItem(text: string | RegExp): HTMLElement {
  const button = within(flagList()).getByRole('button', { name: text });
  return button.closest('li')!;
}

function sentenceOf(element: Element): HTMLElement {
  return element.closest<HTMLElement>('[data-sentence-index]')!;
}

function marksWithText(text: string): HTMLElement[] {
  return Array.from(screen.getByRole('article').querySelectorAll<HTMLElement>('mark.flag-mark')).filter(
    (mark) => mark.textContent === text,
  );
}

describe('flags', () => {
  it('shows a labelled progress bar with the worker’s phase until the result arrives', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    // Holds the finished result back, so the bar can be seen in its last phase.
    const gated: AnalysisClient = {
      ...client,
      analyze: async (input, onProgress) => {
        const outcome = await client.analyze(input, onProgress);
        await gate;
        return outcome;
      },
    };
    renderWithFlags('en', gated);
    const bar = await screen.findByRole('progressbar', { name: 'Analysis progress' });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuetext', 'Checking the article…'));
    expect(screen.queryByRole('list', { name: 'Flags in the article' })).not.toBeInTheDocument();

    release();
    await waitForFlags();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it.each([
    {
      text: 'die Welt erschrecken',
      check: 'Repeated phrase',
      message: enChecks['repeated-phrase'].repeated.replace('{{phrase}}', 'die Welt erschrecken'),
    },
    {
      text: 'Rettungsleinem',
      check: 'Garbled word',
      message: enChecks['garbled-word'].unknownWord.replace('{{word}}', 'Rettungsleinem'),
    },
  ])('marks “$text” inline and lists it with its English message', async ({ text, check, message }) => {
    renderWithFlags();
    await waitForFlags();

    const [mark] = marksWithText(text);
    expect(mark).toBeDefined();
    expect(mark!.title).toContain(check);
    expect(mark!.title).toContain(message);
    expect(mark).toHaveClass('severity-minor');

    const item = listItem(new RegExp(check));
    expect(within(item).getByText(message)).toBeInTheDocument();
    expect(within(item).getByText(text, { selector: '.flag-excerpt-hit' })).toBeInTheDocument();
    expect(within(item).getAllByText('Minor').length).toBeGreaterThan(0);
  });

  it('leaves the correct “die die Welt” unmarked while marking the repeat', async () => {
    renderWithFlags();
    await waitForFlags();
    const marked = marksWithText('die Welt erschrecken');
    expect(marked).toHaveLength(1);
    const sentence = sentenceOf(marked[0]!);
    expect(sentence.textContent).toContain('die die Welt erschrecken');
    // Only the second “die Welt erschrecken” is in the mark: the text before it holds the first one, unmarked.
    expect(marked[0]!.previousSibling?.textContent).toMatch(/die die Welt erschrecken, $/);
  });

  it('counts the flags per severity and per check', async () => {
    renderWithFlags();
    await waitForFlags();
    const bySeverity = screen.getByRole('list', { name: 'Flags by severity' });
    const total = within(flagList()).getAllByRole('button').length;
    expect(within(bySeverity).getByText(`Minor: ${total}`)).toBeInTheDocument();
    const byCheck = screen.getByRole('list', { name: 'Flags by check' });
    expect(within(byCheck).getByText('Garbled word')).toBeInTheDocument();
    expect(screen.getByText(`Flags found: ${total}`)).toBeInTheDocument();
  });

  it('marks the sentence of a flag as current when its list entry is clicked', async () => {
    const { user } = renderWithFlags();
    await waitForFlags();
    const [mark] = marksWithText('die Welt erschrecken');
    const sentence = sentenceOf(mark!);
    expect(sentence).not.toHaveAttribute('aria-current');

    const button = within(listItem(/Repeated phrase/)).getAllByRole('button')[0]!;
    await user.click(button);

    expect(sentence).toHaveAttribute('aria-current', 'true');
    expect(button).toHaveAttribute('aria-current', 'true');
    expect(mark).toHaveClass('is-selected');
    expect(screen.getByRole('article').querySelectorAll('[aria-current]')).toHaveLength(1);
  });

  it('selects a flag from the keyboard with Enter and moves on with the arrow keys', async () => {
    const { user } = renderWithFlags();
    await waitForFlags();
    const buttons = within(flagList()).getAllByRole('button');
    buttons[0]!.focus();
    await user.keyboard('{Enter}');
    expect(buttons[0]).toHaveAttribute('aria-current', 'true');
    await user.keyboard('{ArrowDown}');
    expect(buttons[1]).toHaveFocus();
    expect(buttons[1]).toHaveAttribute('aria-current', 'true');
    expect(buttons[0]).not.toHaveAttribute('aria-current');
  });

  it('selects the list entry when its inline mark is clicked', async () => {
    const { user } = renderWithFlags();
    await waitForFlags();
    await user.click(marksWithText('Rettungsleinem')[0]!);
    const button = within(listItem(/Garbled word/)).getAllByRole('button')[0]!;
    expect(button).toHaveAttribute('aria-current', 'true');
    expect(button).toHaveFocus();
  });

  it('asks the dictionary for spellings when a garbled word is selected', async () => {
    const { user } = renderWithFlags();
    await waitForFlags();
    const item = listItem(/Garbled word/);
    await user.click(within(item).getAllByRole('button')[0]!);
    expect(await within(item).findByText('Rettungsleinen', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(within(item).getByText('Rettungsleine')).toBeInTheDocument();
    expect(within(item).queryByText('Looking up spellings…')).not.toBeInTheDocument();
  });

  it('shows the messages in German when the interface language is switched', async () => {
    const { user } = renderWithFlags();
    await waitForFlags();
    await user.selectOptions(screen.getByLabelText('Interface language'), 'de');

    const item = await waitFor(() => listItem(/Wiederholte Wortgruppe/));
    expect(
      within(item).getByText(deChecks['repeated-phrase'].repeated.replace('{{phrase}}', 'die Welt erschrecken')),
    ).toBeInTheDocument();
    expect(within(item).getAllByText('Leicht').length).toBeGreaterThan(0);
    expect(marksWithText('Rettungsleinem')[0]!.title).toMatch(/Verstümmeltes Wort/);
  });

  it('analyses the article again when its language is changed', async () => {
    const langs: string[] = [];
    const recording: AnalysisClient = {
      ...client,
      analyze: (input, onProgress) => {
        langs.push(input.lang);
        return client.analyze(input, onProgress);
      },
    };
    const { user } = renderWithFlags('en', recording);
    await waitForFlags();
    await user.selectOptions(screen.getByLabelText('Article language'), 'en');
    await waitFor(() => expect(langs).toEqual(['de', 'en']));
    await waitForFlags();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('shows the error of a failed analysis as a message, not a crash', async () => {
    const failing: AnalysisClient = {
      analyze: () => Promise.reject(new Error('The dictionary could not be loaded')),
      suggest: () => Promise.resolve([]),
      dispose: () => {},
    };
    renderWithFlags('en', failing);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The checks could not run: The dictionary could not be loaded',
    );
    expect(screen.getByRole('article')).toBeInTheDocument();
  });
});
