// Debounced autosave that still writes within maxDelayMs under continuous typing, one write at a time.

export type AutosaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'error'; error: unknown };

export interface AutosaverOptions<T> {
  /** Writes one snapshot; its rejection (e.g. QuotaError, ConflictError) becomes an `error` status. */
  save: (snapshot: T) => Promise<unknown>;
  /** Quiet time after the last change before writing. */
  delayMs?: number;
  /** Longest time a change may stay unsaved while changes keep coming. */
  maxDelayMs?: number;
  onStatus?: (status: AutosaveStatus) => void;
}

export interface Autosaver<T> {
  /** Records the latest state; only the latest snapshot is ever written. */
  change(snapshot: T): void;
  /** Starts a write of any unsaved change now (pagehide, visibilitychange, Ctrl+S); resolves when it has finished. */
  flush(): Promise<void>;
  readonly status: AutosaveStatus;
  /** True while a change has not reached storage (for a beforeunload warning). */
  readonly hasUnsavedChanges: boolean;
  /** Stops the timers; later changes are ignored (after losing the review to another tab). */
  dispose(): void;
}

export function createAutosaver<T>({ save, delayMs = 500, maxDelayMs = 1000, onStatus }: AutosaverOptions<T>): Autosaver<T> {
  let pending: { snapshot: T } | undefined;
  let inFlight: Promise<void> | undefined;
  let debounceTimer: ReturnType<typeof setTimeout> | undefined;
  let deadlineTimer: ReturnType<typeof setTimeout> | undefined;
  // A timer fired (or flush was called) while a write was in flight: write again as soon as it ends.
  let isWriteDue = false;
  let isDisposed = false;
  let status: AutosaveStatus = { kind: 'idle' };

  const setStatus = (next: AutosaveStatus) => {
    status = next;
    onStatus?.(next);
  };

  const clearTimers = () => {
    clearTimeout(debounceTimer);
    clearTimeout(deadlineTimer);
    debounceTimer = undefined;
    deadlineTimer = undefined;
  };

  const write = (): Promise<void> => {
    clearTimers();
    if (inFlight) {
      isWriteDue = true;
      return inFlight;
    }
    if (!pending) return Promise.resolve();
    const { snapshot } = pending;
    pending = undefined;
    isWriteDue = false;
    setStatus({ kind: 'saving' });
    inFlight = save(snapshot).then(
      () => {
        inFlight = undefined;
        if (!pending) setStatus({ kind: 'saved', at: Date.now() });
        else if (isWriteDue) return write();
        else setStatus({ kind: 'pending' });
      },
      (error: unknown) => {
        inFlight = undefined;
        // Keep the unsaved snapshot (unless a newer one arrived) so the next change or flush retries it.
        pending ??= { snapshot };
        isWriteDue = false;
        clearTimers();
        setStatus({ kind: 'error', error });
      },
    );
    return inFlight;
  };

  return {
    change(snapshot) {
      if (isDisposed) return;
      pending = { snapshot };
      if (!inFlight && status.kind !== 'error') setStatus({ kind: 'pending' });
      clearTimeout(debounceTimer);
      debounceTimer = setTimeout(() => void write(), delayMs);
      // The deadline starts at the first unsaved change and is not pushed back by later ones.
      deadlineTimer ??= setTimeout(() => void write(), maxDelayMs);
    },
    flush() {
      // With a write in flight this marks the latest snapshot due, and the returned promise covers both writes.
      return isDisposed ? Promise.resolve() : write();
    },
    get status() {
      return status;
    },
    get hasUnsavedChanges() {
      return pending !== undefined || inFlight !== undefined;
    },
    dispose() {
      isDisposed = true;
      pending = undefined;
      clearTimers();
    },
  };
}

/** Flushes on pagehide and when the page is hidden, the last moments a browser reliably runs script. */
export function flushOnPageHide(autosaver: Pick<Autosaver<unknown>, 'flush'>, target: Window = window): () => void {
  const handlePageHide = () => void autosaver.flush();
  const handleVisibility = () => {
    if (target.document.visibilityState === 'hidden') void autosaver.flush();
  };
  target.addEventListener('pagehide', handlePageHide);
  target.document.addEventListener('visibilitychange', handleVisibility);
  return () => {
    target.removeEventListener('pagehide', handlePageHide);
    target.document.removeEventListener('visibilitychange', handleVisibility);
  };
}
