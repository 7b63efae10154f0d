// Properties of the analyzer on random articles with planted defects: no check ever fails, flags and sentences stay inside the text, pairs are valid.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, createCheckContext, type AnalysisInput, type Analyzer } from '../../src/core/checks/analyzer.ts';
import { checks } from '../../src/core/checks/index.ts';
import { findParagraphs, type DocumentLayout } from '../../src/core/document/document.ts';
import { checkSentences } from '../fuzz/importers.ts';

// Sentences of news prose with the defects the checks look for, and the look-alikes they must leave alone.
const fragment = fc.constantFrom(
  'Der Kreml sagte am Montag',
  'Moskau und Peking sind sich näher gekommen',
  'die die Welt erschrecken, die Welt erschrecken',
  'seine Rettungsleinem isolierten Russland',
  '(Kremlin Pool Photo via AP)Moskau',
  'etabliert.Doch',
  '„Wir sind Partner“, sagte er',
  '„ohne Ende',
  'Xi Jinping traf Jake Sullivan am 4. Februar 2022',
  'Die Preise stiegen um 3.000 Euro auf 2,5 Prozent',
  'Staats- und Regierungschefs',
  'The Kremlin said on Monday',
  'Read more',
  'bbabo.Net',
  'https://example.org/a?b=c',
  'z. B. Dr. Müller u. a.',
  '(ohne Klammer',
  'Truppenmit Panzern',
  '😀 Ölpreis',
  'Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz',
  'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
);
const sentence = fc.tuple(fragment, fc.constantFrom('.', '!', '?', '', '…', ':', '."')).map(([words, end]) => words + end);
const line = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((sentences) => sentences.join(' '));
const article = fc
  .tuple(fc.array(fc.oneof(line, fc.constantFrom('', ' ', '# Titel', '- Punkt eins.', '> Zitat.')), { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\n\n'))
  .map(([lines, end]) => lines.join(end));
const lang = fc.constantFrom('de', 'en', 'de-CH', 'fr', 'xx');

/** Line spans as the units of a bilingual file, some of them empty (a segment without target). */
function unitsOf(text: string): DocumentLayout {
  const units = findParagraphs(text).flatMap((span) => [span, { start: span.end, end: span.end }]);
  return { kind: 'units', units };
}

const layoutOf = (kind: 'plain' | 'markdown' | 'units', text: string): DocumentLayout =>
  kind === 'units' ? unitsOf(text) : { kind };

const checkIds = new Set(checks.map((c) => c.meta.id));

function expectSoundResult(analyzer: Analyzer, input: AnalysisInput): void {
  const result = analyzer.analyze(input);
  expect(result.errors).toEqual([]);
  const { text } = input;
  for (const s of result.sentences) expect(s.start < s.end && s.end <= text.length && text.slice(s.start, s.end).length === s.text.length).toBe(true);
  if (input.layout === undefined || input.layout.kind === 'plain') checkSentences(text, result.sentences, 'sentences');
  let lastStart = 0;
  for (const f of result.flags) {
    expect(f.start >= lastStart && f.start <= f.end && f.end <= text.length, f.id).toBe(true);
    expect(checkIds.has(f.check) && ['minor', 'major', 'critical'].includes(f.severity), f.id).toBe(true);
    for (const s of f.suggestions) expect(s.start >= 0 && s.start <= s.end && s.end <= text.length, f.id).toBe(true);
    lastStart = f.start;
  }
  expect(new Set(result.flags.map((f) => f.id)).size).toBe(result.flags.length);
  expect(result.stats.sentences).toBe(result.sentences.length);
  // The same input gives the same flags: ids are stable across runs (decisions refer to them).
  expect(analyzer.analyze(input).flags).toEqual(result.flags);
}

describe('createAnalyzer on random articles', () => {
  let analyzer: Analyzer;
  beforeAll(async () => {
    analyzer = await createAnalyzer();
    analyzer.analyze({ text: 'Der Kreml sagte am Montag.', lang: 'de' });
  }, 60_000);

  it('runs every check without failure and keeps flags, suggestions and sentences inside the text', () => {
    fc.assert(
      fc.property(article, lang, fc.constantFrom('plain', 'markdown', 'units'), (text, language, layout) => {
        expectSoundResult(analyzer, { text, lang: language, layout: layoutOf(layout, text) });
      }),
      { numRuns: 50 },
    );
  }, 60_000);

  it('does the same with a source text, whatever the two sentence counts', () => {
    fc.assert(
      fc.property(article, article, fc.boolean(), (source, text, asUnits) => {
        const layouts = asUnits ? { layout: unitsOf(text), sourceLayout: unitsOf(source) } : {};
        expectSoundResult(analyzer, { text, lang: 'de', sourceText: source, sourceLang: 'en', ...layouts });
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});

describe('createCheckContext', () => {
  it('gives sentence pairs in order whose indices exist on both sides, and every sentence inside its paragraph', () => {
    fc.assert(
      fc.property(article, article, (source, text) => {
        const { ctx, pairing } = createCheckContext({ text, lang: 'de', sourceText: source, sourceLang: 'en' });
        const pairs = ctx.source!.pairs;
        const sourceCount = ctx.source!.sentences.length;
        const targetCount = ctx.sentences.length;
        expect(pairing?.method).toBe(sourceCount === targetCount ? 'one-to-one' : 'aligned');
        let lastSource = -1;
        let lastTarget = -1;
        for (const pair of pairs) {
          expect(pair.source.length > 0 && pair.target.length > 0).toBe(true);
          for (const i of pair.source) {
            expect(i > lastSource && i < sourceCount).toBe(true);
            lastSource = i;
          }
          for (const j of pair.target) {
            expect(j > lastTarget && j < targetCount).toBe(true);
            lastTarget = j;
          }
        }
        const paragraphs = ctx.paragraphs ?? [];
        for (const s of ctx.sentences) {
          const p = paragraphs[s.paragraph];
          expect(p !== undefined && s.start >= p.start && s.end <= p.end, `sentence at ${s.start}`).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
