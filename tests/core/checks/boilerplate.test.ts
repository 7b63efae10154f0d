// Boilerplate check on the seed's footer and on site furniture inside an article.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boilerplate } from '../../../src/core/checks/boilerplate.ts';
import { createDocument } from '../../../src/core/document/document.ts';

const seed = readFileSync(new URL('../../../samples/000_98b1f44858d35dbe.txt', import.meta.url), 'utf8');

const detect = (text: string) => boilerplate.detect({ text, lang: 'de', sentences: createDocument(text, 'de').sentences });

describe('boilerplate', () => {
  it('flags only the seed’s “bbabo.Net” footer, and its fix leaves the article ending on its last sentence', () => {
    const findings = detect(seed);
    expect(findings.map((f) => seed.slice(f.start, f.end))).toEqual(['bbabo.Net']);
    const s = findings[0]!.suggestions![0]!;
    const fixed = seed.slice(0, s.start) + s.replacement + seed.slice(s.end);
    expect(fixed.trimEnd().endsWith('als „felsenfest“.')).toBe(true);
    expect(fixed).not.toContain('bbabo');
  });

  it('removes a furniture line in the middle together with its line break', () => {
    const text = 'Erster Absatz.\nTeilen Sie diesen Artikel\nZweiter Absatz.';
    const [finding] = detect(text);
    const s = finding!.suggestions![0]!;
    expect(text.slice(0, s.start) + s.replacement + text.slice(s.end)).toBe('Erster Absatz.\nZweiter Absatz.');
  });

  it('leaves article sentences that mention a site or sharing alone', () => {
    expect(detect('Laut bbabo.Net teilen viele Leser den Artikel.\nMehr als 100 Menschen kamen.')).toEqual([]);
  });
});
