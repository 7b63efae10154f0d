// Re-checking one edited sentence of the seed: its own checks as a full analysis finds them, near-duplicates against the rest of the article.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkSentenceText,
  createAnalyzer,
  createDocument,
  createRecheckIndex,
  recheckSentence,
  type Analyzer,
  type Flag,
  type Lexicons,
} from '../../src/core/index.ts';
import { loadLexicon } from '../../src/core/lexicon/load-lexicon.ts';

const seed = readFileSync(new URL('../../samples/000_98b1f44858d35dbe.txt', import.meta.url), 'utf8');
const doc = createDocument(seed, 'de');
const texts = doc.sentences.map((s) => s.text);
const DUPLICATE = 'near-duplicate-sentence';
/** Sentence 4 of the seed ("„Die beiden Staats- und Regierungschefs …"), with two words changed. */
const NEAR_COPY_OF_3 = texts[3]!.replace('Management', 'Handhabung').replace('gemeinsamem', 'beiderseitigem');

let lexicons: Lexicons;
let analyzer: Analyzer;
let duplicatesOnly: Analyzer;
beforeAll(async () => {
  lexicons = { de: await loadLexicon('de') };
  analyzer = await createAnalyzer({ lexicons });
  duplicatesOnly = await createAnalyzer({ checks: [DUPLICATE], preload: [] });
});

const withEdit = (index: number, text: string) => texts.map((t, i) => (i === index ? text : t));
const describeFlag = (flag: Flag) => `${flag.check} ${flag.start}-${flag.end} ${JSON.stringify(flag.data)}`;
const duplicatesIn = (flags: readonly Flag[]) => flags.filter((flag) => flag.check === DUPLICATE).map(describeFlag);

/** Near-duplicate flags of a full analysis of the seed with one sentence replaced, by sentence, offsets into it. */
function fullDuplicates(index: number, text: string): Map<number, string[]> {
  const s = doc.sentences[index]!;
  const edited = seed.slice(0, s.start) + text + seed.slice(s.end);
  const { sentences, flags } = duplicatesOnly.analyze({ text: edited, lang: 'de' });
  expect(sentences.map((x) => x.text)).toEqual(withEdit(index, text));
  const bySentence = new Map<number, string[]>();
  for (const flag of flags) {
    const owner = sentences.find((x) => x.start <= flag.start && flag.end <= x.end)!;
    const local = { ...flag, start: flag.start - owner.start, end: flag.end - owner.start };
    bySentence.set(owner.index, [...(bySentence.get(owner.index) ?? []), describeFlag(local)]);
  }
  return bySentence;
}

describe('recheckSentence', () => {
  it('flags a sentence edited into a near-copy of an earlier one, and the earlier copy as the full analysis does', () => {
    const result = recheckSentence({ texts: withEdit(6, NEAR_COPY_OF_3), lang: 'de', sentence: 6, lexicons });
    expect(duplicatesIn(result.flags)).toEqual([`${DUPLICATE} 0-${NEAR_COPY_OF_3.length} {"other":4}`]);
    expect(result.related.map(({ sentence, flag }) => [sentence, describeFlag(flag)])).toEqual([
      [3, `${DUPLICATE} 0-${texts[3]!.length} {"other":7}`],
    ]);
    // The full analysis puts the flag on the earlier copy only, naming the edited sentence.
    expect(fullDuplicates(6, NEAR_COPY_OF_3).get(3)).toEqual([`${DUPLICATE} 0-${texts[3]!.length} {"other":7}`]);
  });

  it('flags a sentence edited into a near-copy of a later one, naming it as the full analysis does', () => {
    const result = recheckSentence({ texts: withEdit(1, NEAR_COPY_OF_3), lang: 'de', sentence: 1, lexicons });
    expect(duplicatesIn(result.flags)).toEqual([`${DUPLICATE} 0-${NEAR_COPY_OF_3.length} {"other":4}`]);
    expect(result.related).toEqual([]);
    expect(fullDuplicates(1, NEAR_COPY_OF_3).get(1)).toEqual(duplicatesIn(result.flags));
  });

  it('keeps the teaser’s flag when its text stays, and drops it when either copy is edited away', () => {
    expect(duplicatesIn(recheckSentence({ texts, lang: 'de', sentence: 0 }).flags)).toEqual([`${DUPLICATE} 0-206 {"other":3}`]);

    const teaserAway = 'Peking hält weiter zu Moskau.';
    const teaser = recheckSentence({ texts: withEdit(0, teaserAway), lang: 'de', sentence: 0, lexicons });
    expect(duplicatesIn(teaser.flags)).toEqual([]);
    expect(teaser.related).toEqual([]);
    expect(fullDuplicates(0, teaserAway).size).toBe(0);

    const bodyAway = 'Peking hat sich geweigert, Russland zu verurteilen, und gibt der NATO die Schuld an den Spannungen.';
    const body = recheckSentence({ texts: withEdit(2, bodyAway), lang: 'de', sentence: 2, lexicons });
    expect(duplicatesIn(body.flags)).toEqual([]);
    expect(body.related).toEqual([]);
    expect(fullDuplicates(2, bodyAway).size).toBe(0);
  });

  it('reports the sentence’s own flags exactly as a full analysis of its text, for every sentence of the seed', () => {
    for (const [index, text] of [...texts.entries(), [13, 'Stattdessen warf Peking die Rettungsleinem aus.'] as const]) {
      const own = recheckSentence({ texts: withEdit(index, text), lang: 'de', sentence: index, lexicons }).flags.filter(
        (flag) => flag.check !== DUPLICATE,
      );
      expect(own).toEqual(analyzer.analyze({ text, lang: 'de' }).flags);
    }
    expect(checkSentenceText('Stattdessen warf Peking die Rettungsleinem aus.', 'de', lexicons).map(describeFlag)).toContain(
      'garbled-word 28-42 {"word":"Rettungsleinem"}',
    );
  });
});

describe('createRecheckIndex', () => {
  it('answers after a series of edits and undos as a fresh index of the same texts does', () => {
    const index = createRecheckIndex(texts);
    index.setText(6, NEAR_COPY_OF_3);
    index.setText(2, 'Ganz anders.');
    expect(duplicatesIn(index.articleFlags(6).flags)).toEqual([`${DUPLICATE} 0-${NEAR_COPY_OF_3.length} {"other":4}`]);
    expect(index.articleFlags(0).flags).toEqual([]);

    index.setText(2, texts[2]!);
    index.setText(6, texts[6]!);
    for (const sentence of [0, 2, 3, 6]) {
      expect(index.articleFlags(sentence)).toEqual(createRecheckIndex(texts).articleFlags(sentence));
    }
    expect(index.articleFlags(6).flags).toEqual([]);
    expect(duplicatesIn(index.articleFlags(2).flags)).toEqual([`${DUPLICATE} 0-${texts[2]!.length} {"other":1}`]);
  });

  it('finds the one near-copy among thousands of sentences of made-up words', () => {
    let state = 7;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
    const many = Array.from({ length: 5000 }, () => Array.from({ length: 12 }, () => `w${(next() % 50_000).toString(36)}`).join(' '));
    const index = createRecheckIndex(many);
    const words = many[1200]!.split(' ');
    words[5] = 'anders';
    index.setText(4321, words.join(' '));
    expect(index.articleFlags(4321).flags.map((flag) => flag.data)).toEqual([{ other: 1201 }]);
    expect(index.articleFlags(4321).related.map(({ sentence, flag }) => [sentence, flag.data])).toEqual([[1200, { other: 4322 }]]);
  });
});
