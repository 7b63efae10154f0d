// Opening an article from a file (any format, or a project), pasted text or a sample, and adding a source beside it: size limits, decoding, progress, errors; the last request wins.
import { useMemo } from 'react';
import { looksLikeProject, parseProject } from '../../core/project/project-json.ts';
import { openFile, openPair, openWork, textWork, type Work } from '../../core/project/work.ts';
import { decodeBytes } from '../../core/formats/decode.ts';
import { documentStateFor, measureText } from '../../store/slices/document/actions.ts';
import { useAppStoreApi, type AppStore } from '../../store/store.ts';
import type { ArticleSource, TextEncodingName } from '../../store/slices/document/state.ts';
import { findSample } from '../samples.ts';
import { describeOpenFailure } from './open-errors.ts';

/** A cap on what is read, segmented on the main thread and analysed in one go; the article view renders only what is on screen. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
/** Above this, reading and segmenting take long enough to need a progress indicator. */
export const PROGRESS_THRESHOLD_BYTES = 1024 * 1024;

export interface ArticleOpener {
  /** Any supported file: text, Markdown, XLIFF, TSV/CSV or a project JSON (whose review is restored). */
  openFile: (file: File) => Promise<void>;
  openPasted: (title: string, text: string) => Promise<void>;
  openSample: (name: string) => Promise<void>;
  /** Puts a source article beside the open plain-text article; the two are aligned sentence by sentence. */
  openSourceFile: (file: File) => Promise<void>;
}

type OpenInput = { title: string; text: string; source: ArticleSource; encoding?: TextEncodingName; hadBom?: boolean };

/** What a decoded file opens as: a project (work + language + review), or a work read by the file's format. */
function readOpened(input: OpenInput, asFile: boolean) {
  if (asFile && looksLikeProject(input.text)) {
    const project = parseProject(input.text);
    return { work: openWork(project.file), title: project.title || input.title, lang: project.lang, review: project.review };
  }
  const work: Work = asFile ? openFile(input.title, input.text) : textWork(input.title, input.text);
  return { work, title: input.title, lang: undefined, review: undefined };
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

  const finish = async (isCurrent: () => boolean, input: OpenInput, size: number, asFile = input.source !== 'paste') => {
    const { showError, setLoading } = store.getState();
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
    let opened: ReturnType<typeof readOpened>;
    try {
      opened = readOpened(input, asFile);
    } catch (error) {
      // A broken or hostile file changes nothing: the open article stays.
      showError(describeOpenFailure(error, input.title));
      return;
    }
    const { encoding, hadBom, source } = input;
    if (size > PROGRESS_THRESHOLD_BYTES) {
      // Counting words (and detecting the language), segmenting and the first render in three tasks: together they were one task of a quarter
      // of a second on a 1.5 MB article, in which the page could not answer.
      const counted = measureText(opened.work.target.text);
      await nextTask();
      if (!isCurrent()) return;
      const details = { title: opened.title, source, encoding: encoding ?? 'utf-8', hadBom: hadBom ?? false };
      const prepared = documentStateFor(opened.work, details, opened.lang, counted);
      await nextTask();
      if (!isCurrent()) return;
      store.getState().openPrepared(prepared);
    } else {
      store.getState().openArticle({ title: opened.title, text: opened.work.target.text, source, encoding, hadBom, work: opened.work, lang: opened.lang });
    }
    if (opened.review) store.getState().restoreReview(opened.review);
  };

  /** Reads and decodes a file with the size limit and progress; null (after showing why) when it cannot be opened. */
  const readText = async (file: File, isCurrent: () => boolean) => {
    const { showError, setLoading } = store.getState();
    const name = file.name;
    if (file.size > MAX_ARTICLE_BYTES) {
      showError({ kind: 'too-large', name, size: file.size, limit: MAX_ARTICLE_BYTES });
      return null;
    }
    const isLarge = file.size > PROGRESS_THRESHOLD_BYTES;
    if (isLarge) setLoading({ phase: 'reading', name, loaded: 0, total: file.size });
    let bytes: Uint8Array;
    try {
      bytes = await readFileBytes(
        file,
        isLarge ? (loaded, total) => isCurrent() && setLoading({ phase: 'reading', name, loaded, total }) : undefined,
      );
    } catch {
      if (isCurrent()) showError({ kind: 'read-failed', name, size: file.size });
      return null;
    }
    if (!isCurrent()) return null;
    const decoded = decodeBytes(bytes, { maxBytes: MAX_ARTICLE_BYTES });
    if (!decoded.ok) {
      showError({ kind: decoded.error, name, size: decoded.size, limit: MAX_ARTICLE_BYTES });
      return null;
    }
    return { ...decoded, size: bytes.byteLength };
  };

  return {
    async openFile(file) {
      const isCurrent = begin();
      try {
        const decoded = await readText(file, isCurrent);
        if (!decoded) return;
        const { text, encoding, hadBom, size } = decoded;
        await finish(isCurrent, { title: file.name, text, source: 'file', encoding, hadBom }, size);
      } finally {
        if (isCurrent()) store.getState().setLoading(null);
      }
    },

    async openSourceFile(file) {
      const isCurrent = begin();
      try {
        const state = store.getState();
        const work = state.work;
        if (!work || !state.document || (work.file.format !== 'text' && work.file.format !== 'pairs')) {
          state.showError({ kind: 'source-needs-text', name: state.title ?? file.name });
          return;
        }
        const decoded = await readText(file, isCurrent);
        if (!decoded) return;
        let paired: Work;
        try {
          paired = openPair({ name: file.name, text: decoded.text }, { name: work.file.name, text: work.target.text });
        } catch (error) {
          store.getState().showError(describeOpenFailure(error, file.name));
          return;
        }
        const { title, source, encoding, hadBom, lang } = store.getState();
        // Same text, same language: the same sentences, so the review in progress is kept.
        store.getState().openArticle({
          title: title ?? work.file.name,
          text: paired.target.text,
          source: source ?? 'file',
          encoding: encoding ?? undefined,
          hadBom,
          work: paired,
          lang,
        });
      } finally {
        if (isCurrent()) store.getState().setLoading(null);
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
      let sourceText: string | null;
      const sample = findSample(name);
      try {
        if (!sample) throw new Error(`no sample ${name}`);
        [text, sourceText] = await Promise.all([sample.load(), sample.source?.load() ?? null]);
      } catch {
        if (isCurrent()) store.getState().showError({ kind: 'sample-failed', name });
        return;
      }
      if (!isCurrent()) return;
      try {
        if (sample.source && sourceText !== null) {
          const work = openPair({ name: sample.source.name, text: sourceText }, { name, text });
          store.getState().openArticle({ title: name, text, source: 'sample', work });
          return;
        }
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

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    // A frame callback runs before the paint; the timeout after it runs once the paint is done.
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}
