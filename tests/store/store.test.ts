// The store: document slice (open, detect, re-segment) and view slice (language, errors, loading); a fresh store each test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/core/index.ts';
import { createAppStore } from '../../src/store/store.ts';
import {
  selectArticleInfo,
  selectArticleLang,
  selectDocument,
} from '../../src/store/slices/document/selectors.ts';
import { selectError, selectUiLanguage } from '../../src/store/slices/view/selectors.ts';

const SEED = readFileSync(join(process.cwd(), 'samples/000_98b1f44858d35dbe.txt'), 'utf8');
const ENGLISH = 'The council met on Monday. It approved the budget for next year.\nThe vote was close.';

describe('createAppStore', () => {
  it('starts with no article and the given interface language', () => {
    const store = createAppStore({ uiLanguage: 'de' });
    expect(selectDocument(store.getState())).toBeNull();
    expect(selectUiLanguage(store.getState())).toBe('de');
  });

  it('gives each call its own state', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().openArticle({ title: 'a', text: ENGLISH, source: 'paste' });
    expect(selectDocument(b.getState())).toBeNull();
  });
});

describe('document slice', () => {
  it.each([
    { name: 'the German seed', text: SEED, lang: 'de' },
    { name: 'English prose', text: ENGLISH, lang: 'en' },
  ])('detects the language of $name and segments it in that language', ({ text, lang }) => {
    const store = createAppStore();
    store.getState().openArticle({ title: 't.txt', text, source: 'file', encoding: 'windows-1252' });
    const state = store.getState();
    expect(selectArticleLang(state)).toBe(lang);
    expect(state.detectedLang?.lang).toBe(lang);
    expect(state.document).toEqual(createDocument(text, lang));
    expect(selectArticleInfo(state)).toMatchObject({
      title: 't.txt',
      source: 'file',
      encoding: 'windows-1252',
      stats: { paragraphs: state.document!.paragraphs.length, sentences: state.document!.sentences.length },
    });
  });

  it('segments as undetermined when the text gives no language away', () => {
    const store = createAppStore();
    store.getState().openArticle({ title: 'n', text: '12345 67890', source: 'paste' });
    expect(selectArticleLang(store.getState())).toBe('und');
    expect(store.getState().document?.lang).toBe('und');
  });

  it('re-segments and keeps the word count when the article language changes', () => {
    const store = createAppStore();
    store.getState().openArticle({ title: 'seed', text: SEED, source: 'sample' });
    const words = store.getState().stats?.words;
    store.getState().setArticleLang('en');
    const state = store.getState();
    expect(state.lang).toBe('en');
    expect(state.document).toEqual(createDocument(SEED, 'en'));
    expect(state.stats?.words).toBe(words);
    expect(state.detectedLang?.lang).toBe('de');
  });
});

describe('view slice', () => {
  it('shows and dismisses an error', () => {
    const store = createAppStore();
    store.getState().showError({ kind: 'binary', name: 'x.bin', size: 3 });
    expect(selectError(store.getState())).toEqual({ kind: 'binary', name: 'x.bin', size: 3 });
    store.getState().dismissError();
    expect(selectError(store.getState())).toBeNull();
  });

  it('changes the interface language', () => {
    const store = createAppStore({ uiLanguage: 'en' });
    store.getState().setUiLanguage('de');
    expect(selectUiLanguage(store.getState())).toBe('de');
  });
});
