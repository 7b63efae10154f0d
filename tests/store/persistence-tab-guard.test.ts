// Tab guard: a second tab on the same review is told, and chooses read-only or take-over; the first then stops writing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTabGuard, openBroadcastGuardChannel } from '../../src/store/persistence/index.ts';
import type { ClaimOptions, GuardChannel, TabGuard } from '../../src/store/persistence/index.ts';

/** An in-memory BroadcastChannel: every endpoint but the sender receives each message, asynchronously. */
function createHub() {
  const endpoints = new Set<{ handler?: (message: unknown) => void; isDead: boolean }>();
  return {
    connect(): GuardChannel & { crash(): void } {
      const endpoint: { handler?: (message: unknown) => void; isDead: boolean } = { isDead: false };
      endpoints.add(endpoint);
      return {
        post(message) {
          if (endpoint.isDead) return;
          const copy = structuredClone(message);
          for (const other of endpoints) {
            if (other !== endpoint && !other.isDead) queueMicrotask(() => other.handler?.(copy));
          }
        },
        listen(handler) {
          endpoint.handler = handler;
        },
        close() {
          endpoints.delete(endpoint);
        },
        /** The tab died without a word: it neither answers nor sends. */
        crash() {
          endpoint.isDead = true;
        },
      };
    },
    broadcastRaw(message: unknown) {
      for (const other of endpoints) other.handler?.(message);
    },
  };
}

const readOnly: ClaimOptions = { onConflict: () => 'read-only' };

describe('createTabGuard', () => {
  let hub: ReturnType<typeof createHub>;
  let first: TabGuard;
  let second: TabGuard;

  beforeEach(() => {
    vi.useFakeTimers();
    hub = createHub();
    first = createTabGuard({ writerId: 'tab-1', channel: hub.connect(), answerTimeoutMs: 100 });
    second = createTabGuard({ writerId: 'tab-2', channel: hub.connect(), answerTimeoutMs: 100 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  async function claim(guard: TabGuard, id: string, options: ClaimOptions = readOnly) {
    const claimed = guard.claimReview(id, options);
    await vi.advanceTimersByTimeAsync(3000);
    return claimed;
  }

  it('makes the only tab on a review its owner without asking', async () => {
    const onConflict = vi.fn(() => 'read-only' as const);
    expect((await claim(first, 'r1', { onConflict })).mode).toBe('owner');
    expect(onConflict).not.toHaveBeenCalled();
  });

  it('tells the second tab who has the review and leaves it read-only when chosen', async () => {
    const owner = await claim(first, 'r1');
    const onConflict = vi.fn(() => 'read-only' as const);

    const viewer = await claim(second, 'r1', { onConflict });

    expect(onConflict).toHaveBeenCalledWith({ id: 'r1', otherWriterId: 'tab-1' });
    expect(viewer.mode).toBe('read-only');
    expect(owner.mode).toBe('owner');
  });

  it('hands the review over on take-over after the first tab has flushed, and tells the first tab', async () => {
    const events: string[] = [];
    const owner = await claim(first, 'r1', {
      ...readOnly,
      onLost: async ({ byWriterId }) => {
        events.push(`lost to ${byWriterId}`);
        await new Promise((resolve) => setTimeout(resolve, 300));
        events.push('last changes flushed');
      },
    });

    const claimed = second.claimReview('r1', { onConflict: () => 'take-over' });
    void claimed.then(() => events.push('second owns'));
    await vi.advanceTimersByTimeAsync(3000);
    const taker = await claimed;

    expect(taker.mode).toBe('owner');
    expect(owner.mode).toBe('read-only');
    expect(events).toEqual(['lost to tab-2', 'last changes flushed', 'second owns']);
  });

  it('lets a read-only tab take over later', async () => {
    const owner = await claim(first, 'r1');
    const viewer = await claim(second, 'r1');

    const done = viewer.takeOver();
    await vi.advanceTimersByTimeAsync(100);
    await done;

    expect([owner.mode, viewer.mode]).toEqual(['read-only', 'owner']);
  });

  it('takes over from a tab that crashed without answering, after the yield timeout', async () => {
    const channel = hub.connect();
    const crashed = createTabGuard({ writerId: 'tab-0', channel, answerTimeoutMs: 100 });
    await claim(crashed, 'r1');
    const viewer = await claim(second, 'r1');
    channel.crash();

    const done = viewer.takeOver();
    await vi.advanceTimersByTimeAsync(1999);
    expect(viewer.mode).toBe('read-only');
    await vi.advanceTimersByTimeAsync(1);
    await done;
    expect(viewer.mode).toBe('owner');
  });

  it('tells read-only tabs when the owner releases, and the next claim owns without asking', async () => {
    const owner = await claim(first, 'r1');
    const onOwnerReleased = vi.fn();
    await claim(second, 'r1', { ...readOnly, onOwnerReleased });

    owner.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(onOwnerReleased).toHaveBeenCalledWith({ id: 'r1', writerId: 'tab-1' });

    const third = createTabGuard({ writerId: 'tab-3', channel: hub.connect(), answerTimeoutMs: 100 });
    const onConflict = vi.fn(() => 'read-only' as const);
    expect((await claim(third, 'r1', { onConflict })).mode).toBe('owner');
    expect(onConflict).not.toHaveBeenCalled();
  });

  it('gives exactly one owner when two tabs open the review at the same moment', async () => {
    const claims = Promise.all([first.claimReview('r1', readOnly), second.claimReview('r1', readOnly)]);
    await vi.advanceTimersByTimeAsync(3000);
    const modes = (await claims).map((claimed) => claimed.mode);
    expect(modes.sort()).toEqual(['owner', 'read-only']);
  });

  it('does not mix up different reviews', async () => {
    await claim(first, 'r1');
    expect((await claim(second, 'r2')).mode).toBe('owner');
  });

  it('ignores messages that are not guard messages', async () => {
    const owner = await claim(first, 'r1');
    for (const junk of [null, 'claim', { type: 'take-over', id: 'r1' }, { type: 'held', id: 'r1', from: 'x' }]) hub.broadcastRaw(junk);
    await vi.advanceTimersByTimeAsync(100);
    expect(owner.mode).toBe('owner');
  });

  it('owns alone when there is no channel to ask (no BroadcastChannel)', async () => {
    const guard = createTabGuard({ writerId: 'solo', channel: null, answerTimeoutMs: 100 });
    expect(guard.writerId).toBe('solo');
    expect((await claim(guard, 'r1')).mode).toBe('owner');
  });
});

describe('createTabGuard over a real BroadcastChannel', () => {
  it('tells the second guard that the first has the review', async () => {
    const channelA = openBroadcastGuardChannel('revisor-reviews-test');
    const channelB = openBroadcastGuardChannel('revisor-reviews-test');
    expect(channelA).not.toBeNull();
    const a = createTabGuard({ writerId: 'real-a', channel: channelA!, answerTimeoutMs: 50 });
    const b = createTabGuard({ writerId: 'real-b', channel: channelB!, answerTimeoutMs: 50 });
    const onConflict = vi.fn(() => 'read-only' as const);

    await a.claimReview('r1', readOnly);
    const viewer = await b.claimReview('r1', { onConflict });

    expect(onConflict).toHaveBeenCalledWith({ id: 'r1', otherWriterId: 'real-a' });
    expect(viewer.mode).toBe('read-only');
    a.close();
    b.close();
  });
});
