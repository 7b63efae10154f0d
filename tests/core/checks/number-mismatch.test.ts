// Numbers compared across English and German formats: no flag for locale rewrites, a flag for lost or changed values.
import { describe, expect, it } from 'vitest';
import { createCheckContext } from '../../../src/core/checks/analyzer.ts';
import { numberMismatch } from '../../../src/core/checks/number-mismatch.ts';

function detect(text: string, sourceText: string) {
  const { ctx } = createCheckContext({ text, lang: 'de', sourceText, sourceLang: 'en' });
  return numberMismatch.detect(ctx).map((f) => ({ messageId: f.messageId, data: f.data }));
}

describe('number-mismatch', () => {
  it.each([
    ['3,000 people', '3.000 Menschen'],
    ['a 2.5 percent rise', 'ein Anstieg um 2,5 Prozent'],
    ['$5 billion', '5 Mrd. Dollar'],
    ['at 10:30 a.m.', 'um 10.30 Uhr'],
    ['a 2-0 win', 'ein 2:0-Sieg'],
    ['since he was 8 years old', 'seit seinem achten Lebensjahr'],
    ['a disc 80 feet down', 'eine Scheibe in 24 Metern Tiefe'],
    ['in the 1960s', 'in den 60er Jahren'],
  ])('accepts "%s" translated as "%s"', (source, target) => {
    expect(detect(`${target}.`, `${source}.`)).toEqual([]);
  });

  it.each([
    ['About 3,000 people came.', 'Etwa 30.000 Menschen kamen.', [{ messageId: 'changed', data: { source: '3,000', target: '30.000' } }]],
    ['Prices rose 7 percent in May.', 'Die Preise stiegen im Mai.', [{ messageId: 'missing', data: { number: '7' } }]],
  ])('flags %s → %s', (source, target, expected) => {
    expect(detect(target, source)).toEqual(expected);
  });

  it('does not flag a number that moved to another sentence of the translation', () => {
    expect(detect('Er kam. Es war 2019.', 'He came in 2019. It was late.')).toEqual([]);
  });
});
