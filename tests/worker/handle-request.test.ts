// The worker's request handler: progress then result for analyze, cached suggestions, every failure answered as an error.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createAnalyzer, type Analyzer } from '../../src/core/index.ts';
import { createRequestHandler } from '../../src/worker/handle-request.ts';
import type { WorkerRequest, WorkerResponse } from '../../src/worker/protocol.ts';

const SEED = readFileSync(join(process.cwd(), 'samples/000_98b1f44858d35dbe.txt'), 'utf8');

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await createAnalyzer({ preload: [] });
});

async function answer(handle: ReturnType<typeof createRequestHandler>, request: WorkerRequest): Promise<WorkerResponse[]> {
  const posted: WorkerResponse[] = [];
  await handle(request, (response) => posted.push(response));
  return posted;
}

/** A stand-in analyzer whose parts fail or count calls as a test needs. */
function fakeAnalyzer(overrides: Partial<Analyzer> = {}): Analyzer {
  return {
    ensureLexicon: () => Promise.resolve(),
    analyze: () => ({ sentences: [], flags: [], stats: { words: 0, sentences: 0 }, errors: [] }),
    suggest: () => [],
    ...overrides,
  };
}

describe('createRequestHandler', () => {
  it('answers analyze with dictionary and analysis progress, then the result with the same id', async () => {
    const handle = createRequestHandler({ createAnalyzer: () => Promise.resolve(analyzer) });
    const posted = await answer(handle, { type: 'analyze', id: 7, text: SEED, lang: 'de' });

    expect(posted.every((response) => response.id === 7)).toBe(true);
    expect(posted.map((r) => (r.type === 'progress' ? `${r.phase} ${r.done}/${r.total}` : r.type))).toEqual([
      'loading-dictionary 0/1',
      'loading-dictionary 1/1',
      'analyzing 0/1',
      'analyzing 1/1',
      'result',
    ]);
    const result = posted.at(-1);
    if (result?.type !== 'result') throw new Error('no result');
    const flagged = result.result.flags.map((flag) => `${flag.check} ${SEED.slice(flag.start, flag.end)}`);
    expect(flagged).toContain('repeated-phrase die Welt erschrecken');
    expect(flagged).toContain('garbled-word Rettungsleinem');
    expect(result.millis).toBeGreaterThanOrEqual(0);
  });

  it('loads the dictionaries of both languages when a source text comes along', async () => {
    const loaded: string[] = [];
    const handle = createRequestHandler({
      createAnalyzer: () => Promise.resolve(fakeAnalyzer({ ensureLexicon: (lang) => Promise.resolve(void loaded.push(lang)) })),
    });
    const posted = await answer(handle, { type: 'analyze', id: 1, text: 'Hallo.', lang: 'de', sourceText: 'Hello.', sourceLang: 'en' });
    expect(loaded).toEqual(['de', 'en']);
    expect(posted.filter((r) => r.type === 'progress' && r.phase === 'loading-dictionary').map((r) => r.type === 'progress' && r.done)).toEqual([0, 1, 2]);
  });

  it('creates the analyzer once for many requests', async () => {
    const create = vi.fn(() => Promise.resolve(fakeAnalyzer()));
    const handle = createRequestHandler({ createAnalyzer: create });
    await Promise.all([
      answer(handle, { type: 'analyze', id: 1, text: 'a', lang: 'de' }),
      answer(handle, { type: 'analyze', id: 2, text: 'b', lang: 'de' }),
      answer(handle, { type: 'suggest', id: 3, word: 'c', lang: 'de' }),
    ]);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('answers suggest with the dictionary suggestions and asks the dictionary once per word and language', async () => {
    const suggest = vi.spyOn(analyzer, 'suggest');
    const handle = createRequestHandler({ createAnalyzer: () => Promise.resolve(analyzer) });
    const first = await answer(handle, { type: 'suggest', id: 1, word: 'Rettungsleinem', lang: 'de' });
    const second = await answer(handle, { type: 'suggest', id: 2, word: 'Rettungsleinem', lang: 'de' });

    expect(first).toHaveLength(1);
    const [answerOne] = first;
    if (answerOne?.type !== 'suggestions') throw new Error(`expected suggestions, got ${answerOne?.type}`);
    expect(answerOne).toMatchObject({ id: 1, word: 'Rettungsleinem' });
    expect(answerOne.suggestions).toContain('Rettungsleine');
    expect(second).toEqual([{ ...answerOne, id: 2 }]);
    expect(suggest).toHaveBeenCalledTimes(1);

    await answer(handle, { type: 'suggest', id: 3, word: 'Rettungsleinem', lang: 'en' });
    expect(suggest).toHaveBeenCalledTimes(2);
    suggest.mockRestore();
  });

  it.each<{ name: string; analyzer: () => Promise<Analyzer>; request: WorkerRequest; message: string }>([
    {
      name: 'the analyzer cannot be created',
      analyzer: () => Promise.reject(new Error('WASM failed')),
      request: { type: 'analyze', id: 4, text: 'x', lang: 'de' },
      message: 'WASM failed',
    },
    {
      name: 'a dictionary fails to load',
      analyzer: () => Promise.resolve(fakeAnalyzer({ ensureLexicon: () => Promise.reject(new Error('HTTP 404')) })),
      request: { type: 'analyze', id: 5, text: 'x', lang: 'de' },
      message: 'HTTP 404',
    },
    {
      name: 'the analysis throws',
      analyzer: () =>
        Promise.resolve(
          fakeAnalyzer({
            analyze: () => {
              throw new Error('boom');
            },
          }),
        ),
      request: { type: 'analyze', id: 6, text: 'x', lang: 'de' },
      message: 'boom',
    },
    {
      name: 'suggest throws something that is not an Error',
      analyzer: () =>
        Promise.resolve(
          fakeAnalyzer({
            suggest: () => {
              // eslint-disable-next-line @typescript-eslint/only-throw-error -- a foreign library may throw anything
              throw 'out of memory';
            },
          }),
        ),
      request: { type: 'suggest', id: 8, word: 'x', lang: 'de' },
      message: 'out of memory',
    },
    {
      name: 'the request type is unknown',
      analyzer: () => Promise.resolve(fakeAnalyzer()),
      request: { type: 'translate', id: 9 } as unknown as WorkerRequest,
      message: 'Unknown request type: translate',
    },
  ])('answers with an error message carrying the request id when $name', async ({ analyzer: create, request, message }) => {
    const handle = createRequestHandler({ createAnalyzer: create });
    const posted = await answer(handle, request);
    expect(posted.at(-1)).toEqual({ type: 'error', id: request.id, message });
  });

  it('answers a message without an id with an error for id -1', async () => {
    const handle = createRequestHandler({ createAnalyzer: () => Promise.resolve(fakeAnalyzer()) });
    const posted = await answer(handle, null as unknown as WorkerRequest);
    expect(posted).toEqual([{ type: 'error', id: -1, message: 'Unknown request type: undefined' }]);
  });

  it('tries to create the analyzer again after a failed start', async () => {
    const create = vi
      .fn<() => Promise<Analyzer>>()
      .mockRejectedValueOnce(new Error('network down'))
      .mockResolvedValue(fakeAnalyzer());
    const handle = createRequestHandler({ createAnalyzer: create });
    const first = await answer(handle, { type: 'analyze', id: 1, text: 'x', lang: 'de' });
    const second = await answer(handle, { type: 'analyze', id: 2, text: 'x', lang: 'de' });
    expect(first.at(-1)?.type).toBe('error');
    expect(second.at(-1)?.type).toBe('result');
  });
});
