// Re-checks in the app: an edited sentence is compared with the rest of the article, so a sentence edited into a copy is flagged.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, createDocument } from '../../src/core/index.ts';
import { loadLexicon } from '../../src/core/lexicon/load-lexicon.ts';
import { createI18n } from '../../src/i18n/index.ts';
import { selectReview, selectReviewFlags } from '../../src/store/slices/review/selectors.ts';
import { createAppStore } from '../../src/store/store.ts';
import { App } from '../../src/ui/App.tsx';
import { SEED_SAMPLE } from '../../src/ui/samples.ts';
import type { AnalysisClient } from '../../src/worker/analysis-client.ts';
import { createRequestHandler } from '../../src/worker/handle-request.ts';
import { createInProcessAnalysisClient } from '../../src/worker/in-process-client.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SEED = readFileSync(join(process.cwd(), 'samples', SEED_SAMPLE), 'utf8');
const texts = createDocument(SEED, 'de').sentences.map((s) => s.text);

let client: AnalysisClient;
beforeAll(async () => {
  const analyzer = await createAnalyzer({ loadLexicon, preload: ['de'] });
  client = createInProcessAnalysisClient(createRequestHandler({ createAnalyzer: () => Promise.resolve(analyzer) }));
});

const flagList = () => screen.getByRole('list', { name: 'Flags in the article' });
const sentenceAt = (index: number) => screen.getByRole('article').querySelector<HTMLElement>(`[data-sentence-index="${index}"]`)!;
const duplicateEntries = (sentence: number) =>
  within(flagList())
    .queryAllByRole('button', { name: /nearly repeats sentence/ })
    .filter((entry) => entry.textContent?.includes(`Sentence ${sentence}`));

async function editSentence(user: ReturnType<typeof userEvent.setup>, index: number, text: string) {
  await user.click(sentenceAt(index));
  await user.click(within(sentenceAt(index)).getByRole('button', { name: 'Edit' }));
  const editor = screen.getByRole('textbox', { name: `Edit sentence ${index + 1}` });
  await user.clear(editor);
  await user.click(editor);
  await user.paste(text);
  await user.keyboard('{Control>}{Enter}{/Control}');
}

describe('sentence re-checks', () => {
  it('flags a sentence edited into a near-copy of another one, and drops the flag when it is edited away', async () => {
    const user = userEvent.setup();
    render(<App store={createAppStore({ uiLanguage: 'en' })} i18n={createI18n('en')} initialSample={SEED_SAMPLE} analysisClient={client} />);
    await screen.findByRole('list', { name: 'Flags in the article' }, { timeout: 10_000 });
    expect(duplicateEntries(7)).toHaveLength(0);

    const nearCopy = texts[3]!.replace('Management', 'Handhabung').replace('gemeinsamem', 'beiderseitigem');
    await editSentence(user, 6, nearCopy);
    await waitFor(() => expect(duplicateEntries(7)).toHaveLength(1));
    expect(sentenceAt(6)).toHaveTextContent('Handhabung');
    expect(duplicateEntries(7)[0]).toHaveTextContent('This sentence nearly repeats sentence 4.');
    // The earlier copy is flagged too, as the full analysis of the edited article would flag it.
    await waitFor(() => expect(duplicateEntries(4)).toHaveLength(1));
    expect(duplicateEntries(4)[0]).toHaveTextContent('This sentence nearly repeats sentence 7.');

    await editSentence(user, 6, 'Sullivan und Yang trafen sich in Rom.');
    // Shown as a diff against the original: the near-copy's words are gone.
    await waitFor(() => expect(sentenceAt(6)).not.toHaveTextContent('Handhabung'));
    await waitFor(() => expect(duplicateEntries(7)).toHaveLength(0));
    expect(duplicateEntries(4)).toHaveLength(0);
  });

  it('updates an edited sentence’s flag when the other edited sentence it repeats is reverted', async () => {
    const user = userEvent.setup();
    render(<App store={createAppStore({ uiLanguage: 'en' })} i18n={createI18n('en')} initialSample={SEED_SAMPLE} analysisClient={client} />);
    await screen.findByRole('list', { name: 'Flags in the article' }, { timeout: 10_000 });

    await editSentence(user, 6, texts[3]!.replace('Management', 'Handhabung').replace('gemeinsamem', 'beiderseitigem'));
    await waitFor(() => expect(duplicateEntries(7)).toHaveLength(1));
    await editSentence(user, 3, texts[3]!.replace('Erklärung', 'Mitteilung'));
    await waitFor(() => expect(duplicateEntries(4)).toHaveLength(1));
    expect(duplicateEntries(4)[0]).toHaveTextContent('This sentence nearly repeats sentence 7.');

    await user.click(within(sentenceAt(6)).getByRole('button', { name: 'Revert' }));
    await waitFor(() => expect(duplicateEntries(4)).toHaveLength(0));
    expect(duplicateEntries(7)).toHaveLength(0);
  });

  describe('a near-duplicate pair in the original article', () => {
    const nearCopy = texts[3]!.replace('Management', 'Handhabung').replace('gemeinsamem', 'beiderseitigem');
    const article = SEED.replace(texts[6]!, nearCopy);

    function renderPair() {
      const store = createAppStore({ uiLanguage: 'en' });
      store.getState().openArticle({ title: 'pair.txt', text: article, source: 'paste' });
      render(<App store={store} i18n={createI18n('en')} initialSample={null} analysisClient={client} />);
      return store;
    }

    it('drops the earlier copy’s flag once the later copy is edited into something else', async () => {
      const user = userEvent.setup();
      renderPair();
      // The full analysis flags the earlier copy, naming the later one.
      await waitFor(() => expect(duplicateEntries(4)).toHaveLength(1), { timeout: 10_000 });
      expect(duplicateEntries(4)[0]).toHaveTextContent('This sentence nearly repeats sentence 7.');

      await editSentence(user, 6, 'Sullivan und Yang trafen sich in Rom.');
      await waitFor(() => expect(duplicateEntries(4)).toHaveLength(0));
      expect(duplicateEntries(7)).toHaveLength(0);
      expect(sentenceAt(3).querySelector('mark')).toBeNull();

      // Reverted, the original analysis holds again.
      await user.click(within(sentenceAt(6)).getByRole('button', { name: 'Revert' }));
      await waitFor(() => expect(duplicateEntries(4)).toHaveLength(1));
    });

    it('keeps the earlier copy’s dismissed flag dismissed when an edit leaves the later one a copy', async () => {
      const user = userEvent.setup();
      const store = renderPair();
      await waitFor(() => expect(duplicateEntries(4)).toHaveLength(1), { timeout: 10_000 });
      const [entry] = duplicateEntries(4);
      const flagId = selectReviewFlags(store.getState()).find((e) => e.flag.sentence === 3 && e.flag.check === 'near-duplicate-sentence')!.flag.id;
      act(() => store.getState().dismissFlag(flagId));
      expect(entry).toBeDefined();

      await editSentence(user, 6, nearCopy.replace('Erklärung', 'Mitteilung'));
      // The edited copy is flagged by its re-check; the earlier one keeps its flag, with the reviewer's decision.
      await waitFor(() => expect(duplicateEntries(7)).toHaveLength(1));
      const onFour = selectReviewFlags(store.getState()).filter((e) => e.flag.sentence === 3 && e.flag.check === 'near-duplicate-sentence');
      expect(onFour.map((e) => [e.flag.id, e.isOutdated])).toEqual([[flagId, false]]);
      expect(selectReview(store.getState()).decisions[flagId]?.status).toBe('dismissed');
    });
  });
});
