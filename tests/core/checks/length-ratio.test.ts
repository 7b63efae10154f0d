// Length ratio: omissions and additions get their own MQM category; short sentences are not judged.
import { describe, expect, it } from 'vitest';
import { createCheckContext } from '../../../src/core/checks/analyzer.ts';
import { lengthRatio } from '../../../src/core/checks/length-ratio.ts';

function detect(text: string, sourceText: string, sourceLang = 'en') {
  const { ctx } = createCheckContext({ text, lang: 'de', sourceText, sourceLang });
  return lengthRatio.detect(ctx).map((f) => ({ messageId: f.messageId, category: f.category }));
}

const SOURCE = 'The president will speak with his Chinese counterpart on Friday about the war.';

describe('length-ratio', () => {
  it.each([
    ['Der Präsident spricht.', [{ messageId: 'tooShort', category: undefined }]],
    [
      'Der Präsident wird am Freitag mit seinem chinesischen Amtskollegen über den Krieg, den Handel, ' +
        'das Klima, die Gesundheit, die Wirtschaft und vieles mehr sprechen, sagte das Weiße Haus am Abend.',
      [{ messageId: 'tooLong', category: 'Accuracy/Addition' }],
    ],
    ['Der Präsident wird am Freitag mit seinem chinesischen Amtskollegen über den Krieg sprechen.', []],
  ])('judges %s', (text, expected) => {
    expect(detect(text, SOURCE)).toEqual(expected);
  });

  it('leaves short source sentences alone', () => {
    expect(detect('Ja.', 'Yes, sure.')).toEqual([]);
  });
});
