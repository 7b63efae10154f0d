// Opening an article from a file, pasted text or a sample: size limits, decoding, progress, errors; the last request wins.
import { useMemo } from 'react';
import { decodeBytes } from '../../core/formats/decode.ts';
import { useAppStoreApi, type AppStore } from '../../store/store.ts';
import type { ArticleSource, TextEncodingName } from '../../store/slices/document/state.ts';
import { findSample } from '../samples.ts';

/** Every sentence is a DOM node until the list is virtualised, so larger articles would stall the page. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
/** Above this, reading and segmenting take long enough to need a progress indicator. */
export const PROGRESS_THRESHOLD_BYTES = 1024 * 1024;

export interface ArticleOpener {
  openFile: (file: File) => Promise<void>;
  openPasted: (title: string, text: string) => Promise<void>;
  openSample: (name: string) => Promise<void>;
}

export function useOpenArticle(): ArticleOpener {
  const store = useAppStoreApi();
  return useMemo(() => createArticleOpener(store), [store]);
}

// One counter per store, shared by every component's opener, so a newer request makes older ones drop their results.
const generations = new WeakMap<AppStore, number>();

export function createArticleOpener(store: AppStore): ArticleOpener {
  const begin = () => {
    const token = (generations.get(store) ?? 0) + 1;
    generations.set(store, token);
    store.getState().dismissError();
    store.getState().setLoading(null);
    return () => generations.get(store) === token;
  };

  const finish = async (
    isCurrent: () => boolean,
    input: { title: string; text: string; source: ArticleSource; encoding?: TextEncodingName; hadBom?: boolean },
    size: number,
  ) => {
    const { showError, setLoading, openArticle } = store.getState();
    if (input.text.trim() === '') {
      showError({ kind: 'empty', name: input.title, size });
      return;
    }
    if (size > PROGRESS_THRESHOLD_BYTES) {
      setLoading({ phase: 'segmenting', name: input.title, loaded: 0, total: 0 });
      // Let the browser paint the indicator before the synchronous segmentation blocks the thread.
      await nextPaint();
      if (!isCurrent()) return;
    }
    openArticle(input);
  };

  return {
    async openFile(file) {
      const isCurrent = begin();
      const { showError, setLoading } = store.getState();
      const name = file.name;
      if (file.size > MAX_ARTICLE_BYTES) {
        showError({ kind: 'too-large', name, size: file.size, limit: MAX_ARTICLE_BYTES });
        return;
      }
      const isLarge = file.size > PROGRESS_THRESHOLD_BYTES;
      try {
        if (isLarge) setLoading({ phase: 'reading', name, loaded: 0, total: file.size });
        let bytes: Uint8Array;
        try {
          bytes = await readFileBytes(
            file,
            isLarge ? (loaded, total) => isCurrent() && setLoading({ phase: 'reading', name, loaded, total }) : undefined,
          );
        } catch {
          if (isCurrent()) showError({ kind: 'read-failed', name, size: file.size });
          return;
        }
        if (!isCurrent()) return;
        const decoded = decodeBytes(bytes, { maxBytes: MAX_ARTICLE_BYTES });
        if (!decoded.ok) {
          showError({ kind: decoded.error, name, size: decoded.size, limit: MAX_ARTICLE_BYTES });
          return;
        }
        const { text, encoding, hadBom } = decoded;
        await finish(isCurrent, { title: name, text, source: 'file', encoding, hadBom }, bytes.byteLength);
      } finally {
        if (isCurrent()) setLoading(null);
      }
    },

    async openPasted(title, text) {
      const isCurrent = begin();
      const size = new Blob([text]).size;
      if (size > MAX_ARTICLE_BYTES) {
        store.getState().showError({ kind: 'too-large', name: title, size, limit: MAX_ARTICLE_BYTES });
        return;
      }
      try {
        await finish(isCurrent, { title, text, source: 'paste' }, size);
      } finally {
        if (isCurrent()) store.getState().setLoading(null);
      }
    },

    async openSample(name) {
      const isCurrent = begin();
      let text: string;
      try {
        const sample = findSample(name);
        if (!sample) throw new Error(`no sample ${name}`);
        text = await sample.load();
      } catch {
        if (isCurrent()) store.getState().showError({ kind: 'sample-failed', name });
        return;
      }
      if (!isCurrent()) return;
      try {
        await finish(isCurrent, { title: name, text, source: 'sample' }, text.length);
      } finally {
        if (isCurrent()) store.getState().setLoading(null);
      }
    },
  };
}

/** The file's bytes; with `onProgress`, read through FileReader so a large file reports how far it got. */
export function readFileBytes(file: Blob, onProgress?: (loaded: number, total: number) => void): Promise<Uint8Array> {
  if (!onProgress) return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    reader.onload = () => {
      const result = reader.result;
      // Not instanceof ArrayBuffer: under jsdom the buffer comes from another realm.
      if (result !== null && typeof result !== 'string') resolve(new Uint8Array(result));
      else reject(new Error('FileReader gave no ArrayBuffer'));
    };
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(file);
  });
}

function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    // A frame callback runs before the paint; the timeout after it runs once the paint is done.
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}
