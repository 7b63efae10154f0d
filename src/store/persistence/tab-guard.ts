// Tells two tabs on the same review apart: the second learns the first has it and picks read-only or take-over.
// The database's revision check is what makes overwrites impossible; this guard makes the situation visible early.

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
  /** Another tab has the review open: ask the reviewer. */
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
}

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
}

export function createTabGuard(options: TabGuardOptions = {}): TabGuard {
  const writerId = options.writerId ?? newWriterId();
  const channel = options.channel === undefined ? openBroadcastGuardChannel() : options.channel;
  const answerTimeoutMs = options.answerTimeoutMs ?? 200;
  const yieldTimeoutMs = options.yieldTimeoutMs ?? 2000;
  const claims = new Map<string, ClaimState>();
  const post = (message: GuardMessage) => channel?.post(message);

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
            .then(() => post({ type: 'yielded', id: raw.id, from: writerId, to: raw.from }));
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
    if (claims.get(id) === state) state.mode = 'owner';
  };

  const release = (id: string, state: ClaimState) => {
    if (claims.get(id) !== state) return;
    if (state.mode === 'owner') post({ type: 'released', id, from: writerId });
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
      if (state.heldBy === undefined) {
        state.mode = 'owner';
      } else {
        // Read-only until the reviewer decides, so a claim answered meanwhile is not mistaken for ownership.
        state.mode = 'read-only';
        const choice = await claimOptions.onConflict({ id, otherWriterId: state.heldBy });
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
