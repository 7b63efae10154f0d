// Lexicon memos: a lexicon given another one's answers (as `revisor check --jobs` gives its workers) finds exactly what a cold one finds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import dictionary from 'dictionary-de';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/checks/analyzer.ts';
import { createHunspellLexicon } from '../../src/core/lexicon/hunspell.ts';
import { restoreMemos, snapshotMemos } from '../../src/core/lexicon/memo.ts';

const SEED = readFileSync(join(process.cwd(), 'samples/000_98b1f44858d35dbe.txt'), 'utf8');
const OTHER = readFileSync(join(process.cwd(), 'samples/bilingual/dailymail.co.uk.365204.de.txt'), 'utf8');

const freshLexicon = () => createHunspellLexicon('de', dictionary.aff, dictionary.dic);
const analyzerWith = async (lexicon: Awaited<ReturnType<typeof freshLexicon>>) => createAnalyzer({ lexicons: { de: lexicon }, preload: [] });

describe('lexicon memos', () => {
  it('hold the answers found so far, survive a trip to another thread, and change no flag of another text', async () => {
    const warm = await freshLexicon();
    (await analyzerWith(warm)).analyze({ text: OTHER, lang: 'de' });
    const snapshot = snapshotMemos(warm);
    expect([...snapshot.keys()]).toEqual(expect.arrayContaining(['hunspell.spell', 'hunspell.words', 'garbled-word.known']));
    expect(snapshot.get('garbled-word.known')!.size).toBeGreaterThan(50);

    const started = await freshLexicon();
    // What a worker receives: a structured clone, as postMessage and workerData make.
    restoreMemos(started, structuredClone(snapshot));
    expect(snapshotMemos(started).get('garbled-word.known')!.size).toBe(snapshot.get('garbled-word.known')!.size);

    const withMemos = (await analyzerWith(started)).analyze({ text: SEED, lang: 'de' });
    const cold = (await analyzerWith(await freshLexicon())).analyze({ text: SEED, lang: 'de' });
    expect(withMemos.flags).toEqual(cold.flags);
    expect(withMemos.flags.length).toBeGreaterThan(0);
  }, 60_000);

  it('keeps a lexicon’s own answers over a snapshot’s', async () => {
    const lexicon = await freshLexicon();
    lexicon.isWord('Haus');
    restoreMemos(lexicon, new Map([['hunspell.words', new Map<string, unknown>([['Haus', false]])]]));
    expect(lexicon.isWord('Haus')).toBe(true);
  });
});
