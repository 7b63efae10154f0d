// The analysis entry point: segments text (and source), pairs sentences, runs the registered checks with the loaded lexicons.
import { pairDocuments, type Pairing } from '../segment/pairing.ts';
import { createDocument, type DocumentLayout, type Sentence } from '../document/document.ts';

export { pairDocuments, type Pairing };
import type { Lexicon, Lexicons } from '../lexicon/lexicon.ts';
import { countWords, createWordIndex } from '../text/words.ts';
import type { CheckContext, CheckDefinition, Flag, SourceContext } from './define-check.ts';
import { checks as registeredChecks } from './index.ts';
import { primaryLanguage, runChecks, type CheckError, type StepTiming } from './run-checks.ts';

export interface AnalysisInput {
  text: string;
  lang: string;
  /** How the text is cut into paragraphs (plain lines, Markdown prose, a bilingual file's units); default plain. */
  layout?: DocumentLayout;
  sourceText?: string;
  sourceLang?: string;
  sourceLayout?: DocumentLayout;
}


export interface AnalysisResult {
  sentences: Sentence[];
  flags: Flag[];
  stats: { words: number; sentences: number };
  /** Present when a source text was given. */
  pairing?: Pairing;
  /** Checks that failed on this input; their flags are missing, the rest are complete. */
  errors: CheckError[];
  /** Time of each step: "(document)", "(words)", every check that ran, "(word count)"; only with the `now` option. */
  timings?: StepTiming[];
}

export interface Analyzer {
  /** Load the lexicon of `lang` if a loader knows one; checks that need it run once it is there. */
  ensureLexicon(lang: string): Promise<void>;
  analyze(input: AnalysisInput): AnalysisResult;
  /** Spelling suggestions from the lexicon of `lang`; slow, so on demand only; [] without a lexicon. */
  suggest(word: string, lang: string): string[];
}

export interface AnalyzerOptions {
  lexicons?: Lexicons;
  loadLexicon?: (lang: string) => Promise<Lexicon | undefined>;
  /** Languages whose lexicons are loaded before the analyzer is returned; default ['de', 'en']. */
  preload?: string[];
  /** Ids of the checks to run; default all registered ones. */
  checks?: string[];
  /** A clock such as `() => performance.now()`: with it every result reports the time of each step (benchmarks). */
  now?: () => number;
}

/** The context the checks see for one input; `pairing` is set when a source text was given. */
export function createCheckContext(
  input: AnalysisInput,
  lexicons: Lexicons = {},
): { ctx: CheckContext; pairing?: Pairing } {
  const target = createDocument(input.text, input.lang, input.layout);
  const ctx: CheckContext = {
    text: input.text,
    lang: input.lang,
    sentences: target.sentences,
    lexicon: lexicons[primaryLanguage(input.lang)],
    words: createWordIndex(input.text),
    paragraphs: target.paragraphs,
  };
  if (input.sourceText === undefined) return { ctx };
  const sourceLang = input.sourceLang ?? 'en';
  const source = createDocument(input.sourceText, sourceLang, input.sourceLayout);
  const { pairs: allPairs, pairing } = pairDocuments(source, target);
  // The checks compare a sentence with its counterpart; a sentence without one has nothing to compare with.
  const pairs = allPairs.filter((pair) => pair.source.length > 0 && pair.target.length > 0);
  const sourceContext: SourceContext = { text: input.sourceText, lang: sourceLang, sentences: source.sentences, pairs };
  return { ctx: { ...ctx, source: sourceContext }, pairing };
}

async function defaultLoadLexicon(lang: string): Promise<Lexicon | undefined> {
  // Imported on first use so that a browser bundle which injects its own loader never pulls in the Node one.
  const { loadLexicon } = await import('../lexicon/load-lexicon.ts');
  return loadLexicon(lang);
}

function selectChecks(ids: string[] | undefined): readonly CheckDefinition[] {
  if (!ids) return registeredChecks;
  const unknown = ids.filter((id) => !registeredChecks.some((c) => c.meta.id === id));
  if (unknown.length) throw new Error(`Unknown check id: ${unknown.join(', ')}`);
  return registeredChecks.filter((c) => ids.includes(c.meta.id));
}

export async function createAnalyzer(options: AnalyzerOptions = {}): Promise<Analyzer> {
  const lexicons: Lexicons = {};
  for (const [lang, lexicon] of Object.entries(options.lexicons ?? {})) {
    if (lexicon) lexicons[primaryLanguage(lang)] = lexicon;
  }
  const load = options.loadLexicon ?? defaultLoadLexicon;
  const selected = selectChecks(options.checks);
  // Remembers languages already asked for, so concurrent or repeated calls load a dictionary once.
  const pending = new Map<string, Promise<void>>();

  const ensureLexicon = (lang: string): Promise<void> => {
    const key = primaryLanguage(lang);
    if (lexicons[key]) return Promise.resolve();
    let promise = pending.get(key);
    if (!promise) {
      promise = load(key).then(
        (lexicon) => {
          if (lexicon) lexicons[key] = lexicon;
        },
        (error: unknown) => {
          pending.delete(key); // a failed load may be retried
          throw error;
        },
      );
      pending.set(key, promise);
    }
    return promise;
  };

  await Promise.all((options.preload ?? ['de', 'en']).map(ensureLexicon));

  return {
    ensureLexicon,
    suggest: (word, lang) => lexicons[primaryLanguage(lang)]?.suggest?.(word) ?? [],
    analyze(input) {
      const { now } = options;
      const startedAt = now?.() ?? 0;
      const { ctx, pairing } = createCheckContext(input, lexicons);
      const contextAt = now?.() ?? 0;
      // Timed, the shared tokenisation is a step of its own instead of part of the first check that needs words.
      if (now) void ctx.words?.lowerIds.length;
      const wordsAt = now?.() ?? 0;
      const { flags, errors, timings } = runChecks(ctx, selected, now);
      const countedAt = now?.() ?? 0;
      const words = countWords(input.text, ctx.words);
      const result: AnalysisResult = {
        sentences: ctx.sentences,
        flags,
        stats: { words, sentences: ctx.sentences.length },
        errors,
      };
      if (pairing) result.pairing = pairing;
      if (now && timings) {
        result.timings = [
          { step: '(document)', ms: contextAt - startedAt },
          { step: '(words)', ms: wordsAt - contextAt },
          ...timings,
          { step: '(word count)', ms: now() - countedAt },
        ];
      }
      return result;
    },
  };
}
