// Test helper: an in-memory stand-in for BroadcastChannel, so several app instances in one test can see each other's claims.
import type { GuardChannel } from '../../src/store/persistence/index.ts';

/** Every endpoint but the sender receives each message, asynchronously, as a structured clone. */
export function createGuardHub() {
  const endpoints = new Set<{ handler?: (message: unknown) => void }>();
  return {
    connect(): GuardChannel {
      const endpoint: { handler?: (message: unknown) => void } = {};
      endpoints.add(endpoint);
      return {
        post(message) {
          const copy = structuredClone(message);
          for (const other of endpoints) if (other !== endpoint) queueMicrotask(() => other.handler?.(copy));
        },
        listen(handler) {
          endpoint.handler = handler;
        },
        close() {
          endpoints.delete(endpoint);
        },
      };
    },
  };
}

/** A localStorage stand-in per test, so the remembered last review does not leak between tests. */
export function createMemoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
  };
}
