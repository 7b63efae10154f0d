// Broken-off sentences flagged; headlines, bylines and pronoun endings left alone.
import { describe, expect, it } from 'vitest';
import { createCheckContext } from '../../../src/core/checks/analyzer.ts';
import { truncatedSentence } from '../../../src/core/checks/truncated-sentence.ts';

function flagged(text: string, sourceText?: string): string[] {
  const { ctx } = createCheckContext({ text, lang: 'de', sourceText, sourceLang: 'en' });
  return truncatedSentence.detect(ctx).map((f) => f.messageId);
}

describe('truncated-sentence', () => {
  it.each([
    'Uganda: Regierung führt oralen HIV-Selbsttest ein',
    'Großbritannien stellt Ermittlungen zur Insolvenz von Thomas Cook an',
    'Das ist hochinteressant, oder?',
    'Die Unterdrückung der Mittelschicht ist das eine. Das andere ist die Wirtschaft.',
    'Einkommensungleichheit auf Rekordhoch? In den USA liegt die Ungleichheit auf einem neuen Höchststand',
    'Anforderungen nicht erfüllen',
    'Weitere Informationen sind auf travel.gov.gr veröffentlicht\nIm Moment gibt es keine Änderung.',
    'Und das ist eine Nachahmerin,\neine Pflanze, die das Original kopiert.',
    'Kudlow sagte im CNN-Programm „State of the Union“,\n„aber politisch ist das egal“.',
  ])('does not flag %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it.each([
    ['Die Minister trafen sich am Freitag mit den Vertretern der', 'endsMidClause'],
    ['Die Regierung sagte, dass sie die Steuern senken und.', 'endsMidClause'],
  ])('flags %s', (text, messageId) => {
    expect(flagged(text)).toEqual([messageId]);
  });

  it.each([
    ['The government announced new measures that apply immediately.', ['noFinalPunctuation']],
    ['The government announced new measures that apply immediately', []],
  ])('flags a missing full stop only when the source sentence “%s” has one', (source, messages) => {
    const text = 'Die Regierung hat am Montag neue Maßnahmen angekündigt, die ab sofort gelten';
    expect(flagged(text, source)).toEqual(messages);
  });
});
