// The promise client over the worker protocol: answers routed by id, progress forwarded, errors and dead workers rejected.
import { describe, expect, it } from 'vitest';
import { createChannelClient, type AnalysisProgress } from '../../src/worker/analysis-client.ts';
import type { WorkerRequest, WorkerResponse } from '../../src/worker/protocol.ts';

const RESULT = { sentences: [], flags: [], stats: { words: 0, sentences: 0 }, errors: [] };

/** A channel the test answers by hand, recording what was sent and how often it was opened. */
function manualChannel() {
  const sent: WorkerRequest[] = [];
  let receive: (response: WorkerResponse) => void = () => {};
  let fail: (message: string) => void = () => {};
  let opened = 0;
  const client = createChannelClient((onResponse, onFail) => {
    opened++;
    receive = onResponse;
    fail = onFail;
    return { send: (request) => void sent.push(request), dispose: () => {} };
  });
  return { client, sent, receive: (r: WorkerResponse) => receive(r), fail: (m: string) => fail(m), opened: () => opened };
}

describe('createChannelClient', () => {
  it('opens the channel on the first request only and routes answers by id', async () => {
    const channel = manualChannel();
    expect(channel.opened()).toBe(0);
    const first = channel.client.analyze({ text: 'a', lang: 'de' });
    const second = channel.client.suggest('Wrot', 'de');
    expect(channel.opened()).toBe(1);
    const [a, b] = channel.sent;
    expect(a).toMatchObject({ type: 'analyze', text: 'a', lang: 'de' });
    expect(b).toMatchObject({ type: 'suggest', word: 'Wrot', lang: 'de' });

    channel.receive({ type: 'suggestions', id: b!.id, word: 'Wrot', suggestions: ['Wort'] });
    channel.receive({ type: 'result', id: a!.id, result: RESULT, millis: 12 });
    await expect(second).resolves.toEqual(['Wort']);
    await expect(first).resolves.toEqual({ result: RESULT, millis: 12 });
  });

  it('forwards progress to the request it belongs to', async () => {
    const channel = manualChannel();
    const seen: AnalysisProgress[] = [];
    const done = channel.client.analyze({ text: 'a', lang: 'de' }, (progress) => seen.push(progress));
    const id = channel.sent[0]!.id;
    channel.receive({ type: 'progress', id, phase: 'loading-dictionary', done: 0, total: 1 });
    channel.receive({ type: 'progress', id: id + 100, phase: 'analyzing', done: 0, total: 1 });
    channel.receive({ type: 'result', id, result: RESULT, millis: 1 });
    await done;
    expect(seen).toEqual([{ phase: 'loading-dictionary', done: 0, total: 1 }]);
  });

  it('rejects with the worker’s message when it answers with an error', async () => {
    const channel = manualChannel();
    const done = channel.client.analyze({ text: 'a', lang: 'de' });
    channel.receive({ type: 'error', id: channel.sent[0]!.id, message: 'HTTP 404' });
    await expect(done).rejects.toThrow('HTTP 404');
  });

  it('rejects everything pending when the worker dies, and starts a new one for the next request', async () => {
    const channel = manualChannel();
    const a = channel.client.analyze({ text: 'a', lang: 'de' });
    const b = channel.client.suggest('x', 'de');
    channel.fail('worker crashed');
    await expect(a).rejects.toThrow('worker crashed');
    await expect(b).rejects.toThrow('worker crashed');
    void channel.client.suggest('y', 'de');
    expect(channel.opened()).toBe(2);
  });

  it('rejects when the worker cannot be started at all', async () => {
    const client = createChannelClient(() => {
      throw new Error('Worker is not defined');
    });
    await expect(client.analyze({ text: 'a', lang: 'de' })).rejects.toThrow('Worker is not defined');
  });
});
