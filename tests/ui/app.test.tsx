// The app shell as a reviewer uses it: the seed article, opening files and pasted text, bad input, languages.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createDocument } from '../../src/core/index.ts';
import { MAX_ARTICLE_BYTES } from '../../src/ui/hooks/useOpenArticle.ts';
import { SEED_SAMPLE } from '../../src/ui/samples.ts';
import { renderApp, renderAppWithSeed, SEED_TEXT, sentenceItems } from './render-app.tsx';

afterEach(() => {
  localStorage.clear();
  document.documentElement.lang = 'en';
});

function article(): HTMLElement {
  return screen.getByRole('article');
}

function textFile(name: string, content: string | Uint8Array<ArrayBuffer>, type = 'text/plain'): File {
  return new File([content], name, { type });
}

describe('App', () => {
  it('shows the seed article as numbered sentences grouped by paragraph when it starts', async () => {
    await renderAppWithSeed();
    const expected = createDocument(SEED_TEXT, 'de');

    const paragraphs = within(article()).getAllByRole('list');
    expect(paragraphs).toHaveLength(expected.paragraphs.length);
    expected.paragraphs.forEach((paragraph, p) => {
      const items = within(paragraphs[p]!).getAllByRole('listitem');
      expect(items).toHaveLength(paragraph.endSentence - paragraph.firstSentence);
    });

    const items = sentenceItems(article());
    expect(items).toHaveLength(expected.sentences.length);
    expected.sentences.forEach((sentence, i) => {
      expect(items[i]).toHaveAttribute('data-sentence-index', String(sentence.index));
      expect(items[i]).toHaveTextContent(`${sentence.index + 1}${sentence.text}`);
    });
    expect(screen.getByLabelText('Article language')).toHaveValue('de');
  });

  it('shows the paragraph, sentence and word counts in the side panel', async () => {
    await renderAppWithSeed();
    const expected = createDocument(SEED_TEXT, 'de');
    const panel = screen.getByRole('complementary', { name: 'Article details' });
    const value = (term: string) => within(panel).getByText(term).nextElementSibling;
    expect(value('Paragraphs')).toHaveTextContent(String(expected.paragraphs.length));
    expect(value('Sentences')).toHaveTextContent(String(expected.sentences.length));
    expect(value('Detected language')).toHaveTextContent('German');
  });

  it('has the landmarks and a heading structure', async () => {
    await renderAppWithSeed();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('complementary')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Revisor' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Flags' })).toBeInTheDocument();
  });

  it('switches visible strings, <html lang> and the saved choice when German is chosen', async () => {
    const { user } = await renderAppWithSeed();
    expect(screen.getByRole('button', { name: 'Paste text…' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Interface language'), 'de');

    expect(await screen.findByRole('button', { name: 'Text einfügen…' })).toBeInTheDocument();
    expect(screen.getByLabelText('Sprache des Artikels')).toHaveDisplayValue('Deutsch');
    expect(screen.getByRole('heading', { level: 2, name: 'Markierungen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Paste text…' })).not.toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
    expect(localStorage.getItem('revisor.uiLanguage')).toBe('de');
  });

  it('formats counts in the interface language', async () => {
    const { user } = renderApp({ initialSample: null });
    const text = Array.from({ length: 1200 }, (_, i) => `Wort${i}`).join(' ');
    await user.click(screen.getByRole('button', { name: 'Paste text…' }));
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: text } });
    await user.click(screen.getByRole('button', { name: 'Open' }));
    // The article details, not the MQM score, which shows the word count too.
    const panel = await screen.findByRole('region', { name: 'About this article' });
    await within(panel).findByText('1,200');

    await user.selectOptions(screen.getByLabelText('Interface language'), 'de');
    expect(await within(panel).findByText('1.200')).toBeInTheDocument();
  });

  it('replaces the article when a file is opened with the file input', async () => {
    const { user } = await renderAppWithSeed();
    const content = 'First line of the new article.\nSecond paragraph. It has two sentences.';
    await user.upload(screen.getByLabelText('Open file…'), textFile('new-article.txt', content));

    expect(await screen.findByRole('heading', { level: 2, name: 'new-article.txt' })).toBeInTheDocument();
    const expected = createDocument(content, 'en');
    expect(within(article()).getAllByRole('list')).toHaveLength(expected.paragraphs.length);
    expect(sentenceItems(article()).map((item) => item.textContent)).toEqual(
      expected.sentences.map((s) => `${s.index + 1}${s.text}`),
    );
    expect(screen.queryByText(SEED_SAMPLE)).not.toBeInTheDocument();
  });

  it.each([
    { case: 'an empty file', file: () => textFile('empty.txt', ''), message: /“empty\.txt” is empty/ },
    {
      case: 'a binary file',
      file: () => textFile('data.bin', new Uint8Array([0, 1, 2, 3, 0, 255, 0, 16, 127, 0, 0, 0, 65, 0, 0, 156]), ''),
      message: /“data\.bin” looks like a binary file/,
    },
    {
      case: 'a file over the size limit',
      file: () => textFile('huge.txt', new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61)),
      message: /“huge\.txt” is 5 MB, larger than the limit of 5 MB/,
    },
  ])('shows an alert and keeps the article when $case is opened', async ({ file, message }) => {
    const { user } = await renderAppWithSeed();
    const before = sentenceItems(article()).map((item) => item.textContent);

    await user.upload(screen.getByLabelText('Open file…'), file());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent('The current article is unchanged.');
    expect(screen.getByRole('heading', { level: 2, name: SEED_SAMPLE })).toBeInTheDocument();
    expect(sentenceItems(article()).map((item) => item.textContent)).toEqual(before);

    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('gives the file size and the limit when a file is too large', async () => {
    const { user } = await renderAppWithSeed();
    await user.upload(screen.getByLabelText('Open file…'), textFile('big.txt', new Uint8Array(7 * 1024 * 1024)));
    expect(await screen.findByRole('alert')).toHaveTextContent('“big.txt” is 7 MB, larger than the limit of 5 MB');
  });

  it('decodes a Windows-1252 file and says so', async () => {
    const { user } = await renderAppWithSeed();
    // "Preis: 5 € pro Stück." in Windows-1252: € is 0x80, ü is 0xFC.
    const bytes = new Uint8Array([
      0x50, 0x72, 0x65, 0x69, 0x73, 0x3a, 0x20, 0x35, 0x20, 0x80, 0x20, 0x70, 0x72, 0x6f, 0x20, 0x53, 0x74, 0xfc, 0x63,
      0x6b, 0x2e,
    ]);
    await user.upload(screen.getByLabelText('Open file…'), textFile('preise.txt', bytes));

    expect(await screen.findByRole('heading', { level: 2, name: 'preise.txt' })).toBeInTheDocument();
    expect(within(article()).getByText('Preis: 5 € pro Stück.')).toBeInTheDocument();
    expect(within(article()).getByText('Decoded as Windows-1252')).toBeInTheDocument();
  });

  it('opens pasted text under the given title', async () => {
    const { user } = await renderAppWithSeed();
    await user.click(screen.getByRole('button', { name: 'Paste text…' }));
    const dialog = screen.getByRole('dialog', { name: 'Paste text' });
    await user.type(within(dialog).getByLabelText('Title'), 'My note');
    await user.type(within(dialog).getByLabelText('Text'), 'One sentence here. Another one there.');
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'My note' })).toBeInTheDocument();
    const expected = createDocument('One sentence here. Another one there.', 'en');
    expect(sentenceItems(article())).toHaveLength(expected.sentences.length);
    expect(screen.getByRole('button', { name: 'Paste text…' })).toHaveFocus();
  });

  it('keeps the paste dialog open with a message when the text is empty, and Escape closes it', async () => {
    const { user } = await renderAppWithSeed();
    await user.click(screen.getByRole('button', { name: 'Paste text…' }));
    const dialog = screen.getByRole('dialog', { name: 'Paste text' });
    expect(within(dialog).getByLabelText('Text')).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('There is no text to open yet.');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: SEED_SAMPLE })).toBeInTheDocument();
  });

  it('re-segments the article when another article language is chosen', async () => {
    const { user, store } = await renderAppWithSeed();
    const select = screen.getByLabelText('Article language');
    const body = article().querySelector('[lang]');
    expect(body).toHaveAttribute('lang', 'de');
    const before = store.getState().document;

    await user.selectOptions(select, 'en');

    expect(select).toHaveValue('en');
    expect(store.getState().document?.lang).toBe('en');
    expect(store.getState().document).not.toBe(before);
    expect(article().querySelector('[lang]')).toHaveAttribute('lang', 'en');
    expect(sentenceItems(article())).toHaveLength(createDocument(SEED_TEXT, 'en').sentences.length);
  });

  it('opens a sample from the Samples menu by keyboard', async () => {
    const { user } = await renderAppWithSeed();
    await user.upload(screen.getByLabelText('Open file…'), textFile('other.txt', 'Something else.'));
    await screen.findByRole('heading', { level: 2, name: 'other.txt' });

    screen.getByRole('button', { name: 'Samples' }).focus();
    await user.keyboard('{Enter}');
    const item = within(screen.getByRole('menu', { name: 'Samples' })).getByRole('menuitem', { name: SEED_SAMPLE });
    expect(item).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { level: 2, name: SEED_SAMPLE })).toBeInTheDocument();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('opens a file dropped on the page and shows the drop overlay while dragging', async () => {
    await renderAppWithSeed();
    const file = textFile('dropped.txt', 'Dropped text.');
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };

    fireEvent.dragEnter(window, { dataTransfer });
    expect(await screen.findByText('Drop the file to open it')).toBeInTheDocument();
    fireEvent.drop(window, { dataTransfer });

    expect(await screen.findByRole('heading', { level: 2, name: 'dropped.txt' })).toBeInTheDocument();
    expect(screen.queryByText('Drop the file to open it')).not.toBeInTheDocument();
  });

  it('shows a prompt to open something when started without a sample', async () => {
    renderApp({ initialSample: null });
    expect(screen.getByText(/No article is open/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Article language')).toBeDisabled());
  });
});
