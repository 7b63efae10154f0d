// Broken-off sentences flagged; headlines, bylines and pronoun endings left alone.
import { describe, expect, it } from 'vitest';
import { createCheckContext } from '../../../src/core/checks/analyzer.ts';
import { truncatedSentence } from '../../../src/core/checks/truncated-sentence.ts';

function flagged(text: string): string[] {
  const { ctx } = createCheckContext({ text, lang: 'de' });
  return truncatedSentence.detect(ctx).map((f) => f.messageId);
}

describe('truncated-sentence', () => {
  it.each([
    'Uganda: Regierung führt oralen HIV-Selbsttest ein',
    'Großbritannien stellt Ermittlungen zur Insolvenz von Thomas Cook an',
    'Das ist hochinteressant, oder?',
    'Die Unterdrückung der Mittelschicht ist das eine. Das andere ist die Wirtschaft.',
    'Einkommensungleichheit auf Rekordhoch? In den USA liegt die Ungleichheit auf einem neuen Höchststand',
  ])('does not flag %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it.each([
    ['Die Minister trafen sich am Freitag mit den Vertretern der', 'endsMidClause'],
    ['Die Regierung sagte, dass sie die Steuern senken und.', 'endsMidClause'],
    ['Die Lage ist ernst. Die Regierung hat am Montag neue Maßnahmen angekündigt, die ab sofort gelten', 'noFinalPunctuation'],
  ])('flags %s', (text, messageId) => {
    expect(flagged(text)).toEqual([messageId]);
  });
});
