// Untranslated English in German targets: caption credits and sentences flagged, names, anglicisms and titles left alone.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCheckContext } from '../../../src/core/checks/analyzer.ts';
import { untranslated } from '../../../src/core/checks/untranslated.ts';

function flagged(text: string, sourceText?: string): string[] {
  const { ctx } = createCheckContext({ text, lang: 'de', sourceText, sourceLang: 'en' });
  return untranslated.detect(ctx).map((f) => text.slice(f.start, f.end));
}

describe('untranslated', () => {
  it('flags the untranslated photo credit of the seed article and nothing else there', () => {
    const seed = readFileSync(new URL('../../../samples/000_98b1f44858d35dbe.txt', import.meta.url), 'utf8');
    expect(flagged(seed)).toEqual(['Kremlin Pool Photo via AP']);
  });

  it.each([
    'Das Central Board of Direct Taxes (CBDT) entließ zwölf Beamte.',
    'Die Serie „Keeping Up With The Kardashians“ läuft seit Jahren.',
    'Die Centers for Disease Control and Prevention warnten am Montag.',
    'Im Homeoffice nutzt das Team Social Media, Online-Meetings und Fake News.',
    'Es ist ein bisschen wie ding, ding, ding.',
  ])('does not flag names, titles and anglicisms: %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it.each([
    ['Die Polizei sagte, the suspect was arrested on Friday.', 'the suspect was arrested on Friday'],
    ['Sie riefen „we will not give up the fight“ vor dem Rathaus.', 'we will not give up the fight'],
  ])('flags an English fragment in a German sentence: %s', (text, fragment) => {
    expect(flagged(text)).toEqual([fragment]);
  });

  it('flags the whole sentence as major when it repeats its source verbatim', () => {
    const text = 'Dr Bashir Khan examined Chuka Umunna carefully';
    const { ctx } = createCheckContext({ text, lang: 'de', sourceText: text, sourceLang: 'en' });
    expect(untranslated.detect(ctx)).toEqual([{ start: 0, end: text.length, messageId: 'sentence' }]);
  });

  it('does not flag a names-only line that is the same in both languages', () => {
    expect(flagged('Joe Biden und Xi Jinping', 'Joe Biden and Xi Jinping')).toEqual([]);
  });
});
