// Runs the persistence controller for the app's store: started on mount, flushed when the page is hidden, stopped on unmount.
import { createContext, useContext, useEffect, useMemo } from 'react';
import { flushOnPageHide } from '../../store/persistence/index.ts';
import {
  createPersistenceController,
  type PersistenceController,
  type PersistenceOptions,
} from '../../store/slices/reviews/persistence-controller.ts';
import { useAppStoreApi } from '../../store/store.ts';

/** The running controller; null when the app runs without persistence (most component tests). */
export const PersistenceContext = createContext<PersistenceController | null>(null);

export function usePersistenceController(): PersistenceController | null {
  return useContext(PersistenceContext);
}

/** Creates the controller for `options` (null: none) and keeps it running while the app is mounted. */
export function usePersistence(options: PersistenceOptions | null): PersistenceController | null {
  const store = useAppStoreApi();
  // Creating it has no side effects; start() does them, once per mount (twice under StrictMode, stopped in between).
  const controller = useMemo(() => (options ? createPersistenceController(store, options) : null), [store, options]);
  useEffect(() => {
    if (!controller) return;
    const stop = controller.start();
    const stopFlushing = flushOnPageHide(controller);
    return () => {
      stopFlushing();
      stop();
    };
  }, [controller]);
  return controller;
}
