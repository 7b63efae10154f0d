// Tells two tabs on the same review apart: the second learns the first has it and picks read-only or take-over.
// The database's revision check is what makes overwrites impossible; this guard makes the situation visible early.
// The owner also holds the review's Web Lock, so a second tab learns it is taken even from an owner too busy to answer in time.

export const GUARD_CHANNEL_NAME = 'revisor-reviews';

export type GuardMessage =
  | { type: 'claim'; id: string; from: string }
  | { type: 'held'; id: string; from: string; to: string }
  | { type: 'take-over'; id: string; from: string }
  | { type: 'yielded'; id: string; from: string; to: string }
  | { type: 'released'; id: string; from: string };

/** The transport between tabs; BroadcastChannel in the browser, an in-memory hub in tests. */
export interface GuardChannel {
  post(message: GuardMessage): void;
  listen(handler: (message: unknown) => void): void;
  close(): void;
}

export type ClaimMode = 'owner' | 'read-only';
export type ConflictChoice = 'read-only' | 'take-over';

export interface ClaimOptions {
  /** Another tab has the review open: ask the reviewer. `otherWriterId` is '' when only its lock said so. */
  onConflict: (info: { id: string; otherWriterId: string }) => ConflictChoice | Promise<ConflictChoice>;
  /** Another tab took the review over: stop writing. The guard waits for the returned promise before handing over, so a final flush still lands. */
  onLost?: (info: { id: string; byWriterId: string }) => void | Promise<void>;
  /** The owning tab released the review (closed it); a read-only tab may now take over. */
  onOwnerReleased?: (info: { id: string; writerId: string }) => void;
}

export interface ReviewClaim {
  readonly id: string;
  readonly mode: ClaimMode;
  /** Becomes owner; the previous owner is told and given time to flush. Reload the review afterwards: its revision moved on. */
  takeOver(): Promise<void>;
  /** Gives the review up (closing it or the tab); read-only tabs are told. */
  release(): void;
}

export interface TabGuard {
  readonly writerId: string;
  claimReview(id: string, options: ClaimOptions): Promise<ReviewClaim>;
  /** Releases every claim and closes the channel (pagehide). */
  close(): void;
}

export interface TabGuardOptions {
  writerId?: string;
  /** Defaults to a BroadcastChannel; null runs without one (every claim owns). */
  channel?: GuardChannel | null;
  /** How long a claim waits for an owner to answer. */
  answerTimeoutMs?: number;
  /** How long a take-over waits for the old owner to flush and yield. */
  yieldTimeoutMs?: number;
  /**
   * Web Locks: the owner holds the review's lock while it owns it; the browser drops it when the tab closes or crashes.
   * Defaults to navigator.locks where it exists; null relies on the channel's answers alone.
   */
  locks?: Pick<LockManager, 'request'> | null;
}

const lockName = (id: string) => `revisor-review:${id}`;

/** A GuardChannel over BroadcastChannel; null where BroadcastChannel does not exist. */
export function openBroadcastGuardChannel(name = GUARD_CHANNEL_NAME): GuardChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    listen: (handler) => {
      channel.onmessage = (event: MessageEvent<unknown>) => handler(event.data);
    },
    close: () => channel.close(),
  };
}

function isGuardMessage(value: unknown): value is GuardMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  if (typeof message.id !== 'string' || typeof message.from !== 'string') return false;
  switch (message.type) {
    case 'claim':
    case 'take-over':
    case 'released':
      return true;
    case 'held':
    case 'yielded':
      return typeof message.to === 'string';
    default:
      return false;
  }
}

function newWriterId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `w-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

interface ClaimState {
  mode: ClaimMode | 'pending' | 'released';
  options: ClaimOptions;
  /** The owner that answered this tab's claim, if any. */
  heldBy?: string;
  /** Resolves a take-over waiting for the old owner's 'yielded'. */
  onYielded?: () => void;
  /** Lets go of the review's lock, while this tab holds it. */
  releaseLock?: () => void;
}

export function createTabGuard(options: TabGuardOptions = {}): TabGuard {
  const writerId = options.writerId ?? newWriterId();
  const channel = options.channel === undefined ? openBroadcastGuardChannel() : options.channel;
  const answerTimeoutMs = options.answerTimeoutMs ?? 200;
  const yieldTimeoutMs = options.yieldTimeoutMs ?? 2000;
  const claims = new Map<string, ClaimState>();
  const locks = options.locks === undefined ? (globalThis.navigator?.locks ?? null) : options.locks;
  const post = (message: GuardMessage) => channel?.post(message);

  const releaseLock = (state: ClaimState) => {
    state.releaseLock?.();
    state.releaseLock = undefined;
  };

  /**
   * Takes the review's lock and holds it until releaseLock. Without `steal`, resolves false when another tab holds it;
   * a take-over steals it, since the old owner has yielded or is gone (a late write of its own would conflict anyway).
   */
  const acquireLock = (id: string, state: ClaimState, steal: boolean): Promise<boolean> => {
    if (!locks) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      locks
        .request(lockName(id), steal ? { steal: true } : { ifAvailable: true }, (lock) => {
          if (!lock) {
            resolve(false);
            return undefined;
          }
          return new Promise<void>((release) => {
            state.releaseLock = release;
            resolve(true);
          });
        })
        // Stolen by a take-over after it was granted (settled already; the take-over message tells this tab the rest),
        // or locks refused here: the channel's answers decide alone.
        .catch(() => resolve(true));
    });
  };

  const handleMessage = (raw: unknown) => {
    if (!isGuardMessage(raw) || raw.from === writerId) return;
    const state = claims.get(raw.id);
    if (!state) return;
    switch (raw.type) {
      case 'claim':
        // Two tabs claiming at once: the smaller writer id answers as if it already held the review.
        if (state.mode === 'owner' || (state.mode === 'pending' && writerId < raw.from)) {
          post({ type: 'held', id: raw.id, from: writerId, to: raw.from });
        }
        break;
      case 'held':
        if (raw.to === writerId && state.mode === 'pending') state.heldBy ??= raw.from;
        break;
      case 'take-over':
        if (state.mode === 'owner') {
          state.mode = 'read-only';
          void Promise.resolve(state.options.onLost?.({ id: raw.id, byWriterId: raw.from }))
            .catch(() => undefined)
            .then(() => {
              releaseLock(state);
              post({ type: 'yielded', id: raw.id, from: writerId, to: raw.from });
            });
        }
        break;
      case 'yielded':
        if (raw.to === writerId) state.onYielded?.();
        break;
      case 'released':
        if (state.mode === 'read-only') state.options.onOwnerReleased?.({ id: raw.id, writerId: raw.from });
        break;
    }
  };
  channel?.listen(handleMessage);

  const takeOver = async (id: string, state: ClaimState) => {
    if (state.mode === 'owner' || state.mode === 'released') return;
    const yielded = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, yieldTimeoutMs);
      state.onYielded = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    post({ type: 'take-over', id, from: writerId });
    // Without an answer the old owner is gone (crashed or closed): owning is safe, and its late writes would conflict anyway.
    await yielded;
    state.onYielded = undefined;
    if (claims.get(id) !== state) return;
    await acquireLock(id, state, true);
    if (claims.get(id) === state) state.mode = 'owner';
    else releaseLock(state);
  };

  const release = (id: string, state: ClaimState) => {
    if (claims.get(id) !== state) return;
    if (state.mode === 'owner') post({ type: 'released', id, from: writerId });
    releaseLock(state);
    state.mode = 'released';
    claims.delete(id);
  };

  return {
    writerId,
    async claimReview(id, claimOptions) {
      if (claims.has(id)) throw new Error(`Review ${id} is already claimed by this tab.`);
      const state: ClaimState = { mode: 'pending', options: claimOptions };
      claims.set(id, state);
      if (channel) {
        post({ type: 'claim', id, from: writerId });
        await new Promise((resolve) => setTimeout(resolve, answerTimeoutMs));
      }
      // No answer may only mean the owner was too busy to give one in time: its lock still says it is there.
      if (state.heldBy === undefined && (await acquireLock(id, state, false))) {
        if (claims.get(id) === state) state.mode = 'owner';
        else releaseLock(state);
      } else if (claims.get(id) === state) {
        // Read-only until the reviewer decides, so a claim answered meanwhile is not mistaken for ownership.
        state.mode = 'read-only';
        const choice = await claimOptions.onConflict({ id, otherWriterId: state.heldBy ?? '' });
        if (choice === 'take-over') await takeOver(id, state);
      }
      return {
        id,
        get mode(): ClaimMode {
          return state.mode === 'owner' ? 'owner' : 'read-only';
        },
        takeOver: () => takeOver(id, state),
        release: () => release(id, state),
      };
    },
    close() {
      for (const [id, state] of [...claims]) release(id, state);
      channel?.close();
    },
  };
}
