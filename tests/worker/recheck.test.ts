// Re-checks through the worker: against the article analysed last, with the edits sent along; the client falls back to the sentence alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, createDocument, type Analyzer, type RecheckResult } from '../../src/core/index.ts';
import { createChannelClient } from '../../src/worker/analysis-client.ts';
import { createRequestHandler, type RequestHandler } from '../../src/worker/handle-request.ts';
import type { RecheckRequest, WorkerRequest, WorkerResponse } from '../../src/worker/protocol.ts';

const SEED = readFileSync(join(process.cwd(), 'samples/000_98b1f44858d35dbe.txt'), 'utf8');
const texts = createDocument(SEED, 'de').sentences.map((s) => s.text);
const NEAR_COPY_OF_3 = texts[3]!.replace('Management', 'Handhabung').replace('gemeinsamem', 'beiderseitigem');

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await createAnalyzer({ preload: ['de'] });
});

async function answer(handle: RequestHandler, request: WorkerRequest): Promise<WorkerResponse[]> {
  const posted: WorkerResponse[] = [];
  await handle(request, (response) => posted.push(response));
  return posted;
}

async function recheck(handle: RequestHandler, request: Omit<RecheckRequest, 'type' | 'id'>): Promise<RecheckResult | null> {
  const [response] = await answer(handle, { type: 'recheck', id: 99, ...request });
  if (response?.type !== 'recheck-result') throw new Error(`unexpected answer ${JSON.stringify(response)}`);
  return response.result;
}

const duplicates = (result: RecheckResult | null) =>
  result?.flags.filter((flag) => flag.check === 'near-duplicate-sentence').map((flag) => flag.data.other);

describe('recheck requests', () => {
  it('compares the edited sentence with the article analysed last, and reports the earlier copy it now repeats', async () => {
    const handle = createRequestHandler({ createAnalyzer: () => Promise.resolve(analyzer) });
    await answer(handle, { type: 'analyze', id: 1, text: SEED, lang: 'de' });

    const result = await recheck(handle, { article: 1, sentence: 6, text: NEAR_COPY_OF_3, edits: {} });
    expect(result?.sentence).toBe(6);
    expect(duplicates(result)).toEqual([4]);
    expect(result?.related.map(({ sentence, flag }) => [sentence, flag.data.other])).toEqual([[3, 7]]);
    expect(result?.articleChecks).toEqual(['near-duplicate-sentence']);

    const garbled = await recheck(handle, { article: 1, sentence: 13, text: 'Stattdessen warf Peking die Rettungsleinem aus.', edits: {} });
    expect(garbled?.flags.map((flag) => `${flag.check} ${flag.start}-${flag.end}`)).toEqual(['garbled-word 28-42']);
  });

  it('takes the other sentences as the request’s edits say, whatever earlier requests sent', async () => {
    const handle = createRequestHandler({ createAnalyzer: () => Promise.resolve(analyzer) });
    await answer(handle, { type: 'analyze', id: 1, text: SEED, lang: 'de' });
    // Sentence 7 edited into a copy of sentence 4: sentence 4, edited too, now repeats it.
    const slightlyOther = NEAR_COPY_OF_3.replace('Erklärung', 'Mitteilung');
    expect(duplicates(await recheck(handle, { article: 1, sentence: 3, text: slightlyOther, edits: { 6: NEAR_COPY_OF_3 } }))).toEqual([7]);
    // Sentence 7 was reverted since: it is no longer in the edits, so the worker takes its original text again.
    expect(duplicates(await recheck(handle, { article: 1, sentence: 3, text: slightlyOther, edits: {} }))).toEqual([]);
    // The teaser's later copy edited away: the teaser repeats nothing any more.
    expect(duplicates(await recheck(handle, { article: 1, sentence: 0, text: texts[0]!, edits: { 2: 'Ganz anders.' } }))).toEqual([]);
    expect(duplicates(await recheck(handle, { article: 1, sentence: 0, text: texts[0]!, edits: {} }))).toEqual([3]);
  });

  it('answers null for an article it does not hold: none analysed, another one since, or an index outside it', async () => {
    const handle = createRequestHandler({ createAnalyzer: () => Promise.resolve(analyzer) });
    expect(await recheck(handle, { article: 1, sentence: 0, text: 'Hallo.', edits: {} })).toBeNull();
    await answer(handle, { type: 'analyze', id: 1, text: SEED, lang: 'de' });
    expect(await recheck(handle, { article: 1, sentence: texts.length, text: 'Hallo.', edits: {} })).toBeNull();
    expect(await recheck(handle, { article: 1, sentence: 0, text: 'Hallo.', edits: { 500: 'x' } })).toBeNull();
    await answer(handle, { type: 'analyze', id: 2, text: 'Ein anderer Text.', lang: 'de' });
    expect(await recheck(handle, { article: 1, sentence: 0, text: 'Hallo.', edits: {} })).toBeNull();
    expect(await recheck(handle, { article: 2, sentence: 0, text: 'Hallo.', edits: {} })).not.toBeNull();
  });
});

describe('AnalysisClient.recheck', () => {
  it('re-checks against the analysed article, and analyses the text alone for an article the worker does not hold', async () => {
    const sent: WorkerRequest[] = [];
    const handle = createRequestHandler({ createAnalyzer: () => Promise.resolve(analyzer) });
    const client = createChannelClient((receive) => ({
      send: (request) => {
        sent.push(request);
        void handle(request, (response) => queueMicrotask(() => receive(response)));
      },
      dispose: () => {},
    }));
    const article = { text: SEED, lang: 'de' };
    await client.analyze(article);

    const incremental = await client.recheck!({ article, sentence: 6, text: NEAR_COPY_OF_3, edits: {} });
    expect(incremental.isIncremental).toBe(true);
    expect(duplicates(incremental.result)).toEqual([4]);
    expect(sent.at(-1)).toMatchObject({ type: 'recheck', article: 1, sentence: 6, text: NEAR_COPY_OF_3 });

    const other = await client.recheck!({ article: { text: 'Nicht analysiert.', lang: 'de' }, sentence: 0, text: NEAR_COPY_OF_3, edits: {} });
    expect(other.isIncremental).toBe(false);
    expect(duplicates(other.result)).toEqual([]);
    expect(other.result.articleChecks).toEqual([]);
    expect(sent.at(-1)).toMatchObject({ type: 'analyze', text: NEAR_COPY_OF_3 });
  });

  it('falls back when the worker lost the article, e.g. after a restart', async () => {
    let handle = createRequestHandler({ createAnalyzer: () => Promise.resolve(analyzer) });
    const client = createChannelClient((receive) => ({
      send: (request) => void handle(request, (response) => queueMicrotask(() => receive(response))),
      dispose: () => {},
    }));
    const article = { text: SEED, lang: 'de' };
    await client.analyze(article);
    handle = createRequestHandler({ createAnalyzer: () => Promise.resolve(analyzer) }); // a fresh worker, no article
    const outcome = await client.recheck!({ article, sentence: 13, text: 'Stattdessen warf Peking die Rettungsleinem aus.', edits: {} });
    expect(outcome.isIncremental).toBe(false);
    expect(outcome.result.flags.map((flag) => flag.check)).toEqual(['garbled-word']);
  });
});
