// The analyzer and the check runner: flags with stable ids, skipped and failing checks, pairing, lexicons, any input.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createAnalyzer, type Analyzer } from '../../src/core/checks/analyzer.ts';
import { defineCheck, type CheckContext, type CheckDefinition } from '../../src/core/checks/define-check.ts';
import { runChecks } from '../../src/core/checks/run-checks.ts';
import { createDocument } from '../../src/core/document/document.ts';
import type { Lexicon } from '../../src/core/lexicon/lexicon.ts';

const seed = readFileSync(new URL('../../samples/000_98b1f44858d35dbe.txt', import.meta.url), 'utf8');

function fakeCheck(id: string, detect: CheckDefinition['detect'], meta: Partial<CheckDefinition['meta']> = {}) {
  return defineCheck({
    meta: { id, mqm: 'Other', severity: 'minor', langs: ['*'], messages: ['found'], ...meta },
    detect,
    cases: { valid: ['x'], invalid: [{ text: 'y', findings: [{ messageId: 'found', range: [0, 1] }] }] },
  });
}

function context(text: string, extra: Partial<CheckContext> = {}): CheckContext {
  return { text, lang: 'de', sentences: createDocument(text, 'de').sentences, ...extra };
}

const everyWord: CheckDefinition['detect'] = (ctx) =>
  [...ctx.text.matchAll(/\p{L}+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, messageId: 'found' }));

describe('runChecks', () => {
  it('turns findings into flags with the check, category and default severity, sorted by start', () => {
    const late = fakeCheck('late', () => [{ start: 4, end: 7, messageId: 'found', data: { n: 1 } }], { mqm: 'Fluency/Spelling' });
    const early = fakeCheck('early', () => [{ start: 0, end: 3, messageId: 'found', severity: 'major' }]);
    const { flags, errors } = runChecks(context('Das ist gut.'), [late, early]);
    expect(errors).toEqual([]);
    expect(flags).toEqual([
      { id: 'early:0:3:0', check: 'early', start: 0, end: 3, category: 'Other', severity: 'major', messageId: 'found', data: {}, suggestions: [] },
      { id: 'late:4:7:0', check: 'late', start: 4, end: 7, category: 'Fluency/Spelling', severity: 'minor', messageId: 'found', data: { n: 1 }, suggestions: [] },
    ]);
  });

  it('keeps ids unique when a check reports the same range twice', () => {
    const twice = fakeCheck('twice', () => [
      { start: 0, end: 3, messageId: 'found' },
      { start: 0, end: 3, messageId: 'found' },
    ]);
    expect(runChecks(context('Das ist gut.'), [twice]).flags.map((f) => f.id)).toEqual(['twice:0:3:0', 'twice:0:3:1']);
  });

  it('reports a throwing check as an error and still returns the other checks’ flags', () => {
    const broken = fakeCheck('broken', () => {
      throw new Error('boom');
    });
    const { flags, errors } = runChecks(context('Das ist gut.'), [broken, fakeCheck('words', everyWord)]);
    expect(errors).toEqual([{ check: 'broken', message: 'boom' }]);
    expect(flags.map((f) => f.check)).toEqual(['words', 'words', 'words']);
  });

  it('drops findings outside the text or with an unknown message, and says so', () => {
    const sloppy = fakeCheck('sloppy', () => [
      { start: 5, end: 99, messageId: 'found' },
      { start: 3, end: 1, messageId: 'found' },
      { start: 0, end: 1, messageId: 'nope' },
      { start: 0, end: 1, messageId: 'found', suggestions: [{ start: 0, end: 50, replacement: '' }] },
      { start: 0, end: 3, messageId: 'found' },
    ]);
    const { flags, errors } = runChecks(context('Das ist gut.'), [sloppy]);
    expect(flags.map((f) => [f.start, f.end])).toEqual([[0, 3]]);
    expect(errors).toHaveLength(4);
  });

  it.each([
    ['a check for other languages', { langs: ['en', 'fr'] }, {}],
    ['a check that needs a lexicon when none is loaded', { requiresLexicon: true }, {}],
    ['a check that needs a source when there is none', { requiresSource: true }, {}],
  ])('skips %s', (_name, meta, extra) => {
    const detect = vi.fn(everyWord);
    expect(runChecks(context('Das ist gut.', extra), [fakeCheck('c', detect, meta)]).flags).toEqual([]);
    expect(detect).not.toHaveBeenCalled();
  });

  it('runs a check whose language matches the primary tag of a regional one', () => {
    const flags = runChecks(context('Gut.', { lang: 'de-CH' }), [fakeCheck('c', everyWord, { langs: ['de'] })]).flags;
    expect(flags).toHaveLength(1);
  });
});

describe('createAnalyzer', () => {
  let analyzer: Analyzer;
  beforeAll(async () => {
    analyzer = await createAnalyzer();
  }, 30_000);

  it('flags the seed article’s repeated phrase, teaser and site footer', () => {
    const { flags } = analyzer.analyze({ text: seed, lang: 'de' });
    const repeatAt = seed.indexOf('die Welt erschrecken.');
    const footerAt = seed.indexOf('bbabo.Net');
    expect(flags).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ check: 'repeated-phrase', start: repeatAt, end: repeatAt + 'die Welt erschrecken'.length }),
        expect.objectContaining({ check: 'near-duplicate-sentence', start: 0, data: { other: 3 } }),
        expect.objectContaining({ check: 'boilerplate', start: footerAt, end: footerAt + 'bbabo.Net'.length }),
      ]),
    );
  });

  it.each([
    'die die Welt',
    'Staats- und Regierungschefs',
    '4. Februar 2022',
    'Xi Jinping',
    'Jake Sullivan',
    'Osterweiterung',
    'Chefdiplomat',
    '„felsenfest“',
    '„substanzielle“',
  ])('leaves “%s” in the seed unflagged', (span) => {
    const { flags } = analyzer.analyze({ text: seed, lang: 'de' });
    const start = seed.indexOf(span);
    const end = start + span.length;
    const touching = flags.filter((f) => f.start < end && f.end > start && f.check !== 'near-duplicate-sentence');
    expect(touching).toEqual([]);
  });

  it('gives the same flag ids for the same text, all different', () => {
    const first = analyzer.analyze({ text: seed, lang: 'de' }).flags.map((f) => f.id);
    expect(analyzer.analyze({ text: seed, lang: 'de' }).flags.map((f) => f.id)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('counts words with letters, not numbers, and sentences', () => {
    const { stats } = analyzer.analyze({ text: 'Das kostet 2.500 Euro.\nEr zahlt 10 %.', lang: 'de' });
    expect(stats).toEqual({ words: 5, sentences: 2 });
  });

  it('pairs source and target one to one when they have as many sentences', () => {
    const result = analyzer.analyze({ text: 'Er kam.\nSie ging.', lang: 'de', sourceText: 'He came.\nShe left.', sourceLang: 'en' });
    expect(result.pairing).toEqual({ method: 'one-to-one' });
  });

  it('aligns the sentences, with a note, when the counts differ', () => {
    const result = analyzer.analyze({
      text: 'Er kam am Montag um 10 Uhr. Sie ging, und dann regnete es 3 Tage lang.',
      lang: 'de',
      sourceText: 'He came on Monday at 10. She left. Then it rained for 3 days.',
      sourceLang: 'en',
    });
    expect(result.pairing?.method).toBe('aligned');
    expect(result.pairing?.note).toMatch(/3.*2/);
  });

  it('checks numbers within aligned pairs when the counts differ', () => {
    const result = analyzer.analyze({
      text: 'Er kam am Montag um 11 Uhr. Sie ging, und dann regnete es 3 Tage lang.',
      lang: 'de',
      sourceText: 'He came on Monday at 10. She left. Then it rained for 3 days.',
      sourceLang: 'en',
    });
    const numbers = result.flags.filter((f) => f.check === 'number-mismatch');
    expect(numbers.map((f) => result.sentences.findIndex((s) => s.start <= f.start && f.start < s.end))).toContain(0);
  });

  it('reports no pairing without a source', () => {
    expect(analyzer.analyze({ text: 'Er kam.', lang: 'de' }).pairing).toBeUndefined();
  });

  it('never throws and keeps every flag inside the text, whatever the input', () => {
    const pieces = fc.constantFrom(
      'die ', 'Welt ', 'Welt, ', '„', '“', '”', '"', '(', ')', '[', '»', '«', '‚', '’', '\n', '\r\n', '. ', 'bbabo.Net',
      'Read more', '1) ', 'a) ', ' ', ':)', '\u00a0', '\ud83d\ude00', '\ud800', '10, 10 ',
    );
    const texts = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(pieces, { maxLength: 60 }).map((p) => p.join('')));
    fc.assert(
      fc.property(texts, fc.constantFrom('de', 'en', 'fr', 'xx'), (text, lang) => {
        const { flags, sentences } = analyzer.analyze({ text, lang });
        for (const s of sentences) expect(s.start <= s.end && s.end <= text.length).toBe(true);
        for (const f of flags) {
          expect(f.start >= 0 && f.start <= f.end && f.end <= text.length, f.id).toBe(true);
          for (const s of f.suggestions) expect(s.start >= 0 && s.start <= s.end && s.end <= text.length).toBe(true);
        }
        expect(new Set(flags.map((f) => f.id)).size).toBe(flags.length);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('createAnalyzer options', () => {
  const lexicon = (lang: string): Lexicon => ({ lang, isWord: () => true });

  it('loads each language’s lexicon once, however often and however spelled it is asked for', async () => {
    const load = vi.fn((lang: string) => Promise.resolve<Lexicon | undefined>(lexicon(lang)));
    const analyzer = await createAnalyzer({ loadLexicon: load, preload: ['de'] });
    await Promise.all([analyzer.ensureLexicon('de-AT'), analyzer.ensureLexicon('en'), analyzer.ensureLexicon('en')]);
    expect(load.mock.calls).toEqual([['de'], ['en']]);
  });

  it('does not load a lexicon that was passed in', async () => {
    const load = vi.fn(() => Promise.resolve<Lexicon | undefined>(undefined));
    await createAnalyzer({ lexicons: { de: lexicon('de') }, loadLexicon: load, preload: ['de'] });
    expect(load).not.toHaveBeenCalled();
  });

  it('runs only the checks it is asked for', async () => {
    const analyzer = await createAnalyzer({ preload: [], checks: ['boilerplate'] });
    const { flags } = analyzer.analyze({ text: seed, lang: 'de' });
    expect(flags.map((f) => f.check)).toEqual(['boilerplate']);
  });

  it('rejects an unknown check id', async () => {
    await expect(createAnalyzer({ preload: [], checks: ['no-such-check'] })).rejects.toThrow(/no-such-check/);
  });
});
