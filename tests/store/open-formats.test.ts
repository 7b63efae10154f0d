// Opening files of every format through the app's opener: the document, the source beside it, clear errors for broken or hostile files, projects, exports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMqmTsv, parseProject, parseXliff, partsToText } from '../../src/core/index.ts';
import { createAppStore, type AppStore } from '../../src/store/store.ts';
import { buildExport } from '../../src/ui/components/Review/exports.ts';
import { createArticleOpener } from '../../src/ui/hooks/useOpenArticle.ts';

const root = process.cwd();
const fixture = (name: string) => readFileSync(join(root, 'tests/fixtures/xliff', name), 'utf8');
const SEED = readFileSync(join(root, 'samples/000_98b1f44858d35dbe.txt'), 'utf8');
const PAIR_EN = readFileSync(join(root, 'samples/bilingual/dailymail.co.uk.365204.en.txt'), 'utf8');
const PAIR_DE = readFileSync(join(root, 'samples/bilingual/dailymail.co.uk.365204.de.txt'), 'utf8');

const file = (name: string, text: string) => new File([text], name);

async function opened(name: string, text: string): Promise<AppStore> {
  const store = createAppStore();
  await createArticleOpener(store).openFile(file(name, text));
  return store;
}

describe('opening bilingual files', () => {
  it('opens XLIFF 1.2 with one unit per segment, the source beside it and tags kept out of the text', async () => {
    const store = await opened('moskau.xlf', fixture('memoq-plain.xlf'));
    const { document, sourceDocument, work, error } = store.getState();
    expect(error).toBeNull();
    expect(work?.file.format).toBe('xliff-1.2');
    expect(document?.paragraphs).toHaveLength(work!.bilingual!.segments.length);
    expect(document?.lang).toBe('en');
    expect(sourceDocument?.lang).toBe('de');
    expect(document?.text).not.toMatch(/<bpt|<ph|&lt;/u);
    expect(document?.sentences[1]?.text).toBe('The package includes  measures.');
  });

  it('opens XLIFF 2.0 and a TSV with quoted multi-line cells', async () => {
    const xliff = await opened('okapi.xlf', fixture('okapi-2.0.xlf'));
    expect(xliff.getState().work?.file.format).toBe('xliff-2.0');
    const tsv = await opened('pairs.tsv', 'en\tde\nHello world.\t"Hallo\nWelt."\nBye.\tTschüss.\n');
    const state = tsv.getState();
    expect(state.work?.file.format).toBe('tsv');
    expect(state.document?.paragraphs).toHaveLength(2);
    expect(state.sourceDocument?.text).toBe('Hello world.\n\nBye.');
  });

  it('opens the bilingual sample as two aligned texts', async () => {
    const store = createAppStore();
    await createArticleOpener(store).openSample('dailymail.co.uk.365204.de.txt');
    const { work, document, sourceDocument } = store.getState();
    expect(work?.file.format).toBe('pairs');
    expect(document?.text).toBe(PAIR_DE);
    expect(sourceDocument?.text).toBe(PAIR_EN);
    expect(sourceDocument?.lang).toBe('en');
  });

  it('puts a source beside an open plain-text article and keeps its review', async () => {
    const store = await opened('artikel.de.txt', PAIR_DE);
    store.getState().editSentence(0, 'Geänderter erster Satz.');
    await createArticleOpener(store).openSourceFile(file('article.en.txt', PAIR_EN));
    const state = store.getState();
    expect(state.work?.file.format).toBe('pairs');
    expect(state.sourceDocument?.text).toBe(PAIR_EN);
    expect(state.reviewHistory.present.edits[0]).toBe('Geänderter erster Satz.');
  });
});

describe('bad input changes nothing', () => {
  it.each([
    ['hostile-xxe.xlf', 'unsafe-xml'],
    ['hostile-billion-laughs.xlf', 'unsafe-xml'],
    ['hostile-parameter-entity.xlf', 'unsafe-xml'],
    ['malformed-mismatch.xlf', 'malformed'],
    ['malformed-truncated.xlf', 'malformed'],
    ['version-3.xlf', 'unsupported-version'],
  ])('refuses %s with a %s message and keeps the open article', async (name, kind) => {
    const store = createAppStore();
    const opener = createArticleOpener(store);
    await opener.openFile(file('seed.txt', SEED));
    const before = store.getState().document;
    await opener.openFile(file(name, fixture(name)));
    const state = store.getState();
    expect(state.error).toMatchObject({ kind, name });
    expect(state.document).toBe(before);
  });

  it('names the line of a CSV with a broken quote', async () => {
    const store = await opened('broken.csv', 'source,target\n"ok","gut"\n"broken,"kaputt\n');
    expect(store.getState().error).toMatchObject({ kind: 'malformed', line: 3 });
    expect(store.getState().document).toBeNull();
  });

  it('refuses a damaged project file with its reason', async () => {
    const store = await opened('x.review.json', '{"format":"revisor-project","version":2,"title":"t","lang":"de","file":{"format":"text","name":"t","original":"Hallo."},"review":{"edits":[]}}');
    expect(store.getState().error).toMatchObject({ kind: 'invalid-project' });
    expect(store.getState().error?.detail).toMatch(/annotations is not a list/u);
  });
});

describe('exports of a bilingual review', () => {
  it('writes the corrected XLIFF, MQM TSV and a project that opens to the same review', async () => {
    const store = await opened('moskau.xlf', fixture('memoq-plain.xlf'));
    store.getState().editSentence(1, 'The package contains  measures.');
    store.getState().setSentenceReviewed(1, true);

    const xliff = buildExport(store.getState(), 'corrected-file')!;
    expect(xliff.name).toBe('moskau.corrected.xlf');
    const segments = parseXliff(xliff.text).segments;
    expect(partsToText(segments[1]!.target!)).toBe('The package contains  measures.');
    // The protected tags survive the edit.
    expect(segments[1]!.target!.filter((part) => part.type === 'tag')).toHaveLength(3);
    expect(segments[1]!.state).toBe('signed-off');

    const rows = parseMqmTsv(buildExport(store.getState(), 'mqm-tsv')!.text);
    expect(rows[1]).toMatchObject({ source: 'Das Paket umfasst  Maßnahmen.', target: 'The package contains  measures.' });

    const project = buildExport(store.getState(), 'project')!;
    const again = createAppStore();
    await createArticleOpener(again).openFile(file(project.name, project.text));
    expect(again.getState().work?.file).toEqual(store.getState().work?.file);
    expect(again.getState().reviewHistory.present).toEqual(store.getState().reviewHistory.present);
    expect(parseProject(project.text).file.format).toBe('xliff-1.2');
  });

  it('exports a unified diff and an HTML report that shows article HTML as text', async () => {
    const store = await opened('evil.txt', 'Der <script>alert(1)</script> Satz ist hier. Zweiter Satz.');
    store.getState().editSentence(1, 'Anderer Satz.');
    const diff = buildExport(store.getState(), 'diff')!;
    expect(diff.text).toContain('+Der <script>alert(1)</script> Satz ist hier. Anderer Satz.');
    const report = buildExport(store.getState(), 'html-report')!.text;
    expect(report).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(report).not.toContain('<script>');
  });
});

describe('two aligned texts', () => {
  it('export as a new XLIFF 2.0 with the correction, its state and the source of every group', async () => {
    const store = createAppStore();
    await createArticleOpener(store).openSample('dailymail.co.uk.365204.de.txt');
    const first = store.getState().document!.sentences[0]!;
    store.getState().editSentence(0, `${first.text} <korrigiert & geprüft>`);
    const xliff = buildExport(store.getState(), 'corrected-file')!;
    expect(xliff.name).toBe('dailymail.co.uk.365204.de.xlf');
    const parsed = parseXliff(xliff.text);
    expect(parsed).toMatchObject({ format: 'xliff-2.0', sourceLang: 'en', targetLang: 'de' });
    expect(partsToText(parsed.segments[0]!.target!)).toBe(`${first.text} <korrigiert & geprüft>`);
    expect(parsed.segments[0]!.state).toBe('translated');
    expect(parsed.segments.map((segment) => partsToText(segment.source)).join(' ')).toBe(
      store.getState().sourceDocument!.sentences.map((sentence) => sentence.text).join(' '),
    );
  });
});

describe('opening a long article', () => {
  // Over the progress threshold: counted, segmented and shown in tasks of their own.
  const LONG = Array.from({ length: 700 }, (_, i) => SEED.replace(/2022/gu, String(1000 + i))).join('\n');

  it('gives the same document and counts as opening it at once, and its review can be restored', async () => {
    expect(new Blob([LONG]).size).toBeGreaterThan(1024 * 1024);
    const store = await opened('lang.txt', LONG);
    const direct = createAppStore();
    direct.getState().openArticle({ title: 'lang.txt', text: LONG, source: 'file' });
    const { document, stats, title, loading } = store.getState();
    expect(title).toBe('lang.txt');
    expect(loading).toBeNull();
    expect(document?.sentences.map((s) => s.text)).toEqual(direct.getState().document?.sentences.map((s) => s.text));
    expect(stats).toEqual(direct.getState().stats);
    expect(store.getState().detectedLang).toEqual(direct.getState().detectedLang);
    expect(document?.lang).toBe('de');
    expect(stats?.words).toBeGreaterThan(100_000);
  });

  it('drops a long article whose opening a newer one overtook', async () => {
    const store = createAppStore();
    const opener = createArticleOpener(store);
    const slow = opener.openFile(file('lang.txt', LONG));
    await opener.openPasted('kurz', 'Ein kurzer Text. Noch ein Satz.');
    await slow;
    expect(store.getState().title).toBe('kurz');
    expect(store.getState().document?.sentences).toHaveLength(2);
  });
});
