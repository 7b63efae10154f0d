// The review in the app, with the real analyzer in-process: triage, edits with diffs and re-checks, undo/redo, exports.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAnalyzer } from '../../src/core/index.ts';
import { loadLexicon } from '../../src/core/lexicon/load-lexicon.ts';
import { createI18n } from '../../src/i18n/index.ts';
import { createAppStore } from '../../src/store/store.ts';
import { App } from '../../src/ui/App.tsx';
import { SEED_SAMPLE } from '../../src/ui/samples.ts';
import type { AnalysisClient } from '../../src/worker/analysis-client.ts';
import { createRequestHandler } from '../../src/worker/handle-request.ts';
import { createInProcessAnalysisClient } from '../../src/worker/in-process-client.ts';

const SEED = readFileSync(join(process.cwd(), 'samples', SEED_SAMPLE), 'utf8');
const REPEATED = 'die die Welt erschrecken, die Welt erschrecken.';

let client: AnalysisClient;

beforeAll(async () => {
  const analyzer = await createAnalyzer({ loadLexicon, preload: ['de'] });
  client = createInProcessAnalysisClient(createRequestHandler({ createAnalyzer: () => Promise.resolve(analyzer) }));
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function renderReview(analysisClient: AnalysisClient = client) {
  const store = createAppStore({ uiLanguage: 'en' });
  const user = userEvent.setup();
  render(<App store={store} i18n={createI18n('en')} initialSample={SEED_SAMPLE} analysisClient={analysisClient} />);
  await screen.findByRole('list', { name: 'Flags in the article' }, { timeout: 10_000 });
  return { store, user };
}

const flagList = () => screen.getByRole('list', { name: 'Flags in the article' });
const flagItem = (name: RegExp) => within(flagList()).getByRole('button', { name }).closest('li')!;
const sentenceWith = (text: string) =>
  Array.from(screen.getByRole('article').querySelectorAll<HTMLElement>('[data-sentence-index]')).find((item) =>
    item.textContent?.includes(text),
  )!;

/** Captures what the export buttons hand to the browser. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  Object.assign(URL, {
    createObjectURL: vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    }),
    revokeObjectURL: vi.fn(),
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

describe('review', () => {
  it('shows an accepted flag as accepted and counts its annotation', async () => {
    const { user } = await renderReview();
    expect(screen.getByText('Annotations: 0')).toBeInTheDocument();
    const item = flagItem(/Rettungsleinem/);
    await user.click(within(item).getAllByRole('button')[0]!);
    await user.click(within(item).getByRole('button', { name: 'Accept' }));
    expect(within(item).getByText('Accepted: now an annotation')).toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Reopen' })).toBeInTheDocument();
    expect(screen.getByText('Annotations: 1')).toBeInTheDocument();
  });

  it('counts a dismissal with its reason in the per-check stats', async () => {
    const { user } = await renderReview();
    const item = flagItem(/Rettungsleinem/);
    await user.click(within(item).getAllByRole('button')[0]!);
    await user.click(within(item).getByRole('button', { name: 'Dismiss…' }));
    await user.type(within(item).getByLabelText('Reason (optional)'), 'a real word');
    await user.click(within(item).getByRole('button', { name: 'Dismiss flag' }));
    expect(within(item).getByText('Dismissed')).toBeInTheDocument();
    expect(within(item).getByText(/a real word/)).toBeInTheDocument();
    const row = within(screen.getByRole('list', { name: 'Flags by check' })).getByText('Garbled word').closest('li')!;
    expect(row).toHaveTextContent('dismissed 1 · false alarms 100%');
    expect(screen.getByText('Annotations: 0')).toBeInTheDocument();
  });

  it('hides a muted check’s flags from the list and the article', async () => {
    const { user } = await renderReview();
    expect(screen.getByRole('article').querySelector('mark')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Mute Garbled word' }));
    expect(screen.getByRole('button', { name: 'Mute Garbled word' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(flagList()).queryByRole('button', { name: /Garbled word/ })).not.toBeInTheDocument();
    const marks = Array.from(screen.getByRole('article').querySelectorAll('mark'));
    expect(marks.some((mark) => mark.textContent === 'Rettungsleinem')).toBe(false);
  });

  it('applies the repeated phrase’s suggestion as a diff, exports the corrected text, and undoes and redoes it', async () => {
    const { user } = await renderReview();
    const { blobs, names } = captureDownloads();
    const item = flagItem(/Repeated phrase/);
    await user.click(within(item).getAllByRole('button')[0]!);
    await user.click(within(item).getByRole('button', { name: /^Apply/ }));

    const sentence = sentenceWith('die die Welt erschrecken');
    const removed = sentence.querySelector('del');
    expect(removed).toHaveTextContent(/^, die Welt erschrecken$/);
    expect(within(sentence).getByText('edited')).toBeInTheDocument();
    expect(within(sentence).getByRole('img', { name: 'Edited' })).toBeInTheDocument();
    expect(within(item).getByText('Fixed by the suggestion')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Corrected text' }));
    expect(names).toEqual([SEED_SAMPLE.replace(/\.txt$/, '.corrected.txt')]);
    expect(await blobs[0]!.text()).toBe(SEED.replace(REPEATED, 'die die Welt erschrecken.'));

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(sentenceWith('die die Welt erschrecken').querySelector('del')).toBeNull();
    expect(sentenceWith('die die Welt erschrecken')).toHaveTextContent(REPEATED);
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(sentenceWith('die die Welt erschrecken').querySelector('del')).toHaveTextContent(', die Welt erschrecken');
  });

  it('exports the annotations as JSON and CSV', async () => {
    const { user } = await renderReview();
    const { blobs, names } = captureDownloads();
    const item = flagItem(/Rettungsleinem/);
    await user.click(within(item).getAllByRole('button')[0]!);
    await user.click(within(item).getByRole('button', { name: 'Accept' }));
    await user.click(screen.getByRole('button', { name: 'Annotations (JSON)' }));
    await user.click(screen.getByRole('button', { name: 'Annotations (CSV)' }));
    expect(names).toEqual(['000_98b1f44858d35dbe.annotations.json', '000_98b1f44858d35dbe.annotations.csv']);
    const json = JSON.parse(await blobs[0]!.text()) as { annotations: { text: string; origin: string }[] };
    expect(json.annotations).toMatchObject([{ text: 'Rettungsleinem', origin: 'check:garbled-word' }]);
    const csv = (await blobs[1]!.text()).split('\r\n');
    expect(csv[0]).toMatch(/^sentence,start,end,text,category,severity/);
    expect(csv[1]).toContain('Rettungsleinem');
  });

  it('re-runs the checks on an edited sentence and marks what they find in it', async () => {
    const texts: string[] = [];
    const recording: AnalysisClient = {
      ...client,
      analyze: (input, onProgress) => {
        texts.push(input.text);
        return client.analyze(input, onProgress);
      },
      recheck: (request) => {
        texts.push(request.text);
        return client.recheck!(request);
      },
    };
    const { user } = await renderReview(recording);
    const original = sentenceWith('Stattdessen bezeichnete Peking');
    await user.click(original);
    await user.click(within(original).getByRole('button', { name: 'Edit' }));
    const number = original.getAttribute('data-sentence-index');
    const editor = screen.getByRole('textbox', { name: `Edit sentence ${Number(number) + 1}` });
    expect(editor).toHaveValue(original.textContent.match(/Stattdessen.*„felsenfest“\./)![0]);
    await user.clear(editor);
    await user.type(editor, 'Stattdessen warf Peking die Rettungsleinem aus.');
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(texts.at(-1)).toBe('Stattdessen warf Peking die Rettungsleinem aus.');
    const edited = sentenceWith('Stattdessen');
    await waitFor(() => expect(within(edited).getByText('Rettungsleinem', { selector: 'mark' })).toBeInTheDocument());
    expect(within(edited).getByText('edited')).toBeInTheDocument();
    const entries = within(flagList()).getAllByRole('button', { name: /Rettungsleinem/ });
    expect(entries.some((entry) => entry.textContent?.includes(`Sentence ${Number(number) + 1}`))).toBe(true);
    expect(edited.querySelector('del')).toHaveTextContent(/bezeichnete/);
    expect(edited.querySelector('ins')).toHaveTextContent(/warf/);
  });
});

describe('review keyboard', () => {
  it('moves with j, steps to flags with n, accepts with a and dismisses with d, undoes with Ctrl+Z', async () => {
    const { user } = await renderReview();
    await user.keyboard('j');
    const first = screen.getByRole('article').querySelector('[data-sentence-index="0"]')!;
    expect(first).toHaveAttribute('aria-current', 'true');
    await user.keyboard('j');
    expect(screen.getByRole('article').querySelector('[data-sentence-index="1"]')).toHaveAttribute('aria-current', 'true');

    await user.keyboard('n');
    const selected = within(flagList()).getAllByRole('button').find((b) => b.getAttribute('aria-current') === 'true')!;
    expect(selected).toBeDefined();
    const item = selected.closest('li')!;
    await user.keyboard('a');
    expect(within(item).getByText('Accepted: now an annotation')).toBeInTheDocument();
    expect(screen.getByText('Annotations: 1')).toBeInTheDocument();

    await user.keyboard('n');
    const next = within(flagList()).getAllByRole('button').find((b) => b.getAttribute('aria-current') === 'true')!;
    expect(next).not.toBe(selected);
    await user.keyboard('d');
    expect(within(next.closest('li')!).getByText('Dismissed')).toBeInTheDocument();

    await user.keyboard('{Control>}z{/Control}');
    expect(within(next.closest('li')!).queryByText('Dismissed')).not.toBeInTheDocument();
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.getByText('Annotations: 0')).toBeInTheDocument();
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(screen.getByText('Annotations: 1')).toBeInTheDocument();
  });

  it('opens the editor with e, cancels with Escape, and marks a sentence reviewed with r', async () => {
    const { user } = await renderReview();
    await user.keyboard('jj');
    await user.keyboard('e');
    const editor = screen.getByRole('textbox', { name: 'Edit sentence 2' });
    expect(editor).toHaveFocus();
    // Letters typed into the editor are text, not shortcuts.
    await user.type(editor, 'jk');
    expect(screen.getByRole('textbox', { name: 'Edit sentence 2' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Edit sentence 2' })).not.toBeInTheDocument();
    const second = screen.getByRole('article').querySelector<HTMLElement>('[data-sentence-index="1"]')!;
    expect(second).not.toHaveTextContent('jk');
    expect(second).toHaveFocus();

    await user.keyboard('r');
    expect(screen.getByText(/Reviewed 1 of \d+ sentences/)).toBeInTheDocument();
    expect(within(second).getByRole('img', { name: /Reviewed|Has open flags/ })).toBeInTheDocument();
  });

  it('lists every shortcut in a help dialog on ?, closes it with Escape and gives focus back', async () => {
    const { user } = await renderReview();
    const undo = screen.getByRole('button', { name: 'Shortcuts (?)' });
    undo.focus();
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const action of ['Next sentence', 'Next open flag', 'Accept the flag (it becomes an annotation)', 'Undo', 'Redo']) {
      expect(within(dialog).getByRole('cell', { name: action })).toBeInTheDocument();
    }
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(undo).toHaveFocus());
  });
});

// Keeps act() warnings about late suggestion lookups from leaking between tests.
afterEach(async () => {
  await act(async () => {});
});
