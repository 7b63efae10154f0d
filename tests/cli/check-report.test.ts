// Tests for the pieces of `revisor check` output: positions, excerpts and English messages.
import { describe, expect, it } from 'vitest';
import { excerptOf, LineIndex } from '../../src/cli/format/report.ts';
import { describeCheck, formatMessage } from '../../src/cli/messages.ts';
import { checks, lineAndColumn } from '../../src/core/index.ts';

describe('LineIndex', () => {
  it.each([
    ['LF', 'eins\nzwei\n\ndrei'],
    ['CRLF', 'eins\r\nzwei\r\n\r\ndrei\r\n'],
    ['lone CR', 'eins\rzwei\r\rdrei'],
    ['mixed', '\nA\r\nB\rC\n\r\nD'],
    ['no break', 'Ein Satz ohne Umbruch.'],
  ])('gives the same line and column as the core for every offset with %s breaks', (_name, text) => {
    const index = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      expect(index.position(offset), `offset ${offset}`).toEqual(lineAndColumn(text, offset));
    }
  });
});

describe('excerptOf', () => {
  const text = 'Bilder von Flüchtlingen (Foto via AP)Moskau und Peking sind sich näher gekommen.\nZweite Zeile.';

  it.each([
    ['the flagged text when it is long enough', 'Flüchtlingen', 'Flüchtlingen'],
    ['surroundings for a one-character span', ')', '(Foto via AP)Moskau und P'],
    ['whitespace collapsed to single spaces', 'gekommen.\nZweite', 'gekommen. Zweite'],
  ])('shows %s', (_name, span, excerpt) => {
    const start = text.indexOf(span);
    expect(excerptOf(text, start, start + span.length)).toBe(excerpt);
  });

  it('marks an empty span with ‸ between its neighbours', () => {
    const at = text.indexOf('Moskau');
    expect(excerptOf(text, at, at)).toBe('Foto via AP)‸Moskau und P');
  });

  it('cuts a long span to 60 characters ending in …', () => {
    const excerpt = excerptOf(text, 0, text.length);
    expect(excerpt).toHaveLength(60);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(text.startsWith(excerpt.slice(0, -1))).toBe(true);
  });

  it('never cuts a surrogate pair in half', () => {
    const emoji = '😀'.repeat(80);
    const excerpt = excerptOf(emoji, 0, emoji.length);
    expect(excerpt).toBe(`${'😀'.repeat(59)}…`);
  });
});

describe('formatMessage', () => {
  it.each([
    ['repeated-phrase', 'repeated', { phrase: 'die Welt' }, '“die Welt” is repeated.'],
    ['number-mismatch', 'changed', { source: 300, target: 500 }, 'The source says 300, the translation 500.'],
    ['missing-space', 'betweenWords', { left: 'gekommen' }, 'A space is missing between “gekommen” and “{{right}}”.'],
    ['no-such-check', 'whatever', {}, 'no-such-check.whatever'],
  ])('renders %s.%s from the English locale', (check, messageId, data, text) => {
    expect(formatMessage(check, messageId, data)).toBe(text);
  });

  it('has English text for every message of every registered check', () => {
    const missing = checks.flatMap((c) =>
      c.meta.messages.filter((m) => formatMessage(c.meta.id, m) === `${c.meta.id}.${m}`).map((m) => `${c.meta.id}.${m}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('describeCheck', () => {
  it('has its own sentence for every registered check', () => {
    const generic = checks.map((c) => c.meta.id).filter((id) => describeCheck(id).startsWith('Finds '));
    expect(generic).toEqual([]);
  });
});
