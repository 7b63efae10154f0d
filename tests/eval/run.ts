// `npm run eval`: precision/recall on annotated MT, false flags on clean text, recall on injected defects.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checks, createAnalyzer, type Analyzer, type AnalysisResult } from '../../src/core/index.ts';
import {
  createRandom,
  injectBoilerplate,
  injectGarbledWord,
  injectGluedWord,
  injectMissingSpace,
  injectNearDuplicate,
  injectRepeatedPhrase,
  injectUntranslated,
  type Injection,
  type Random,
} from './inject.ts';

const SEED = 20_221_126;
const ARTICLE_LINES = 20;
const INJECTIONS_PER_KIND = Number(process.env.EVAL_INJECTIONS ?? 300);
const MT_SAMPLE = Number(process.env.EVAL_MT_SAMPLE ?? 8000);

interface MqmError {
  category: string;
  severity: string;
  side: 'target' | 'source' | null;
  start: number;
  end: number;
}

interface Segment {
  testset: string;
  system: string;
  doc: string;
  is_human: boolean;
  source: string;
  target: string;
  errors: MqmError[];
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = resolve(root, '../shared/corpus');

function loadCorpus(): { segments: Segment[]; references: string[] } {
  const mqm = join(corpusDir, 'mqm-ende.jsonl');
  const refs = join(corpusDir, 'references-de.txt');
  if (!existsSync(mqm) || !existsSync(refs)) {
    console.error(`Eval corpus not found: expected ${mqm} and ${refs} (../shared/corpus relative to the repo root).`);
    process.exit(2);
  }
  const segments = readFileSync(mqm, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Segment);
  const references = readFileSync(refs, 'utf8').split('\n').filter((l) => l.trim());
  return { segments, references };
}

/**
 * Reference lines as pseudo-articles of up to ARTICLE_LINES lines, one human translator's document at a time:
 * the file lists every human translation of a segment next to the others, and neighbouring paraphrases of
 * one sentence would otherwise count as near-duplicates. Lines no document claims are grouped in file order.
 */
function groupReferences(references: string[], segments: Segment[]): string[] {
  const documentOf = new Map<string, string>();
  for (const s of segments) {
    if (s.is_human) documentOf.set(s.target.replace(/\s*\n\s*/g, ' ').trim(), `${s.testset}|${s.system}|${s.doc}`);
  }
  const byDocument = new Map<string, string[]>();
  for (const line of references) {
    const key = documentOf.get(line.trim()) ?? 'unassigned';
    byDocument.set(key, [...(byDocument.get(key) ?? []), line]);
  }
  const articles: string[] = [];
  for (const lines of byDocument.values()) {
    for (let i = 0; i < lines.length; i += ARTICLE_LINES) articles.push(lines.slice(i, i + ARTICLE_LINES).join('\n'));
  }
  return articles;
}

function shuffle<T>(items: T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  if (b[0] === b[1]) return a[0] <= b[0] && b[0] <= a[1];
  return a[0] < b[1] && b[0] < a[1];
}

// Annotated spans of defects the MQM scheme has no category for, found by the patterns the corpus README uses.
const GLUE = /[a-zäöüß][.,;:!?)][A-ZÄÖÜ„"]|[a-zäöüß]{2}[A-ZÄÖÜ][a-zäöüß]/g;
const REPETITION = /(?<![\p{L}\p{N}])([\p{L}\p{N}]+(?:[ -][\p{L}\p{N}]+){0,6})[ ,]+\1(?![\p{L}\p{N}])/giu;

function matchSpans(text: string, pattern: RegExp, keep: (match: RegExpMatchArray) => boolean = () => true) {
  return [...text.matchAll(pattern)].filter(keep).map((m): [number, number] => [m.index, m.index + m[0].length]);
}

// "die die", "das das", "sie sie" are grammatical; the detectors must not count them.
const isPhraseRepeat = (m: RegExpMatchArray) => m[1]!.includes(' ') || m[1]!.length > 4;

interface Mapping {
  describe: string;
  relevant(error: MqmError, segment: Segment): boolean;
}

const onTarget = (e: MqmError) => e.side === 'target';
const spanOf = (e: MqmError): [number, number] => [Math.max(0, e.start - 1), e.end + 1];

/** Which annotated errors each check is meant to find. */
const MAPPINGS: Record<string, Mapping> = {
  untranslated: {
    describe: 'Accuracy/Untranslated text',
    relevant: (e) => onTarget(e) && e.category === 'Accuracy/Untranslated text',
  },
  'garbled-word': {
    describe: 'Fluency/Spelling, Fluency/Character encoding',
    relevant: (e) => onTarget(e) && /^Fluency\/(Spelling|Character encoding)$/.test(e.category),
  },
  'missing-space': {
    describe: 'any error whose span touches punctuation/case glue ([a-z][.,;:!?)][A-Z], lower→Upper in a token)',
    relevant: (e, s) => onTarget(e) && matchSpans(s.target, GLUE).some((g) => overlaps(g, spanOf(e))),
  },
  'repeated-phrase': {
    describe: 'any error whose span overlaps a back-to-back repeated n-gram (not "die die")',
    relevant: (e, s) =>
      onTarget(e) && matchSpans(s.target, REPETITION, isPhraseRepeat).some((r) => overlaps(r, [e.start, e.end])),
  },
  'unpaired-quote-bracket': {
    describe: 'Fluency/Punctuation spans containing a quote or bracket',
    relevant: (e, s) =>
      onTarget(e) && e.category === 'Fluency/Punctuation' && /["„“”‚‘’»«()[\]]/.test(s.target.slice(e.start, e.end)),
  },
  'number-mismatch': {
    describe: 'Accuracy/Mistranslation and Locale convention spans containing a digit',
    relevant: (e, s) =>
      onTarget(e) &&
      /^(Accuracy\/Mistranslation|Locale convention)/.test(e.category) &&
      /\d/.test(s.target.slice(e.start, e.end)),
  },
  'truncated-sentence': {
    describe: 'Accuracy/Omission (source-side spans count for the whole segment)',
    relevant: (e) => e.category === 'Accuracy/Omission',
  },
  'length-ratio': {
    describe: 'Accuracy/Omission, Accuracy/Addition (source-side spans count for the whole segment)',
    relevant: (e) => /^Accuracy\/(Omission|Addition)$/.test(e.category),
  },
};

const LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}\p{L}*/gu;

/** Recall on narrower slices the goals name: English text rather than names, glue rather than any punctuation. */
const GOAL_SLICES: { check: string; label: string; relevant: Mapping['relevant'] }[] = [
  {
    check: 'untranslated',
    label: 'untranslated English text (≥ 3 words, ≥ 2 in lower case: not a name or title)',
    relevant: (e, s) => {
      const span = s.target.slice(e.start, e.end);
      return (
        MAPPINGS.untranslated!.relevant(e, s) &&
        (span.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3 &&
        (span.match(LOWER_WORD) ?? []).length >= 2
      );
    },
  },
  { check: 'missing-space', label: 'annotated missing spaces', relevant: (e, s) => MAPPINGS['missing-space']!.relevant(e, s) },
];

// A source-side or span-less error has no target offsets: any flag in its segment overlaps it.
function flagHitsError(flag: [number, number], error: MqmError): boolean {
  return error.side !== 'target' || overlaps(flag, [error.start, error.end]);
}

function analyzeSegment(analyzer: Analyzer, segment: Segment): AnalysisResult {
  return analyzer.analyze({ text: segment.target, lang: 'de', sourceText: segment.source, sourceLang: 'en' });
}

interface Counts {
  flags: number;
  truePositives: number;
  errors: number;
  found: number;
}

function evaluateAnnotated(analyzer: Analyzer, segments: Segment[]) {
  const counts = new Map<string, Counts>(
    checks.map((c) => [c.meta.id, { flags: 0, truePositives: 0, errors: 0, found: 0 }]),
  );
  const goals = GOAL_SLICES.map((g) => ({ ...g, errors: 0, found: 0 }));
  for (const segment of segments) {
    const { flags } = analyzeSegment(analyzer, segment);
    for (const check of checks) {
      const id = check.meta.id;
      const mapping = MAPPINGS[id];
      const count = counts.get(id)!;
      const own = flags.filter((f) => f.check === id).map((f): [number, number] => [f.start, f.end]);
      const relevant = mapping ? segment.errors.filter((e) => mapping.relevant(e, segment)) : [];
      count.flags += own.length;
      count.truePositives += own.filter((f) => relevant.some((e) => flagHitsError(f, e))).length;
      count.errors += relevant.length;
      count.found += relevant.filter((e) => own.some((f) => flagHitsError(f, e))).length;
    }
    goals.forEach((goal) => {
      const own = flags.filter((f) => f.check === goal.check).map((f): [number, number] => [f.start, f.end]);
      const relevant = segment.errors.filter((e) => goal.relevant(e, segment));
      goal.errors += relevant.length;
      goal.found += relevant.filter((e) => own.some((f) => flagHitsError(f, e))).length;
    });
  }
  return { counts, goals };
}

function evaluateClean(analyze: (text: string, i: number) => AnalysisResult, texts: string[]) {
  const perCheck = new Map<string, number>(checks.map((c) => [c.meta.id, 0]));
  const examples = new Map<string, string[]>();
  let sentences = 0;
  texts.forEach((text, i) => {
    const result = analyze(text, i);
    sentences += result.stats.sentences;
    for (const flag of result.flags) {
      perCheck.set(flag.check, (perCheck.get(flag.check) ?? 0) + 1);
      const list = examples.get(flag.check) ?? [];
      if (list.length < 3) list.push(text.slice(Math.max(0, flag.start - 20), flag.end + 20).replace(/\n/g, '⏎'));
      examples.set(flag.check, list);
    }
  });
  return { perCheck, sentences, examples };
}

type Injector = (text: string, random: Random) => Injection | undefined;

function evaluateInjections(analyzer: Analyzer, articles: string[], english: string[]) {
  const kinds: { name: string; checks: string[]; inject: Injector }[] = [
    { name: 'repeated phrase', checks: ['repeated-phrase'], inject: injectRepeatedPhrase },
    { name: 'missing space', checks: ['missing-space'], inject: injectMissingSpace },
    { name: 'glued words', checks: ['missing-space', 'garbled-word'], inject: injectGluedWord },
    { name: 'garbled word', checks: ['garbled-word'], inject: injectGarbledWord },
    { name: 'near-duplicate sentence', checks: ['near-duplicate-sentence'], inject: injectNearDuplicate },
    {
      name: 'untranslated sentence',
      checks: ['untranslated'],
      inject: (text, random) => injectUntranslated(text, random, english[Math.floor(random() * english.length)]!),
    },
    { name: 'boilerplate line', checks: ['boilerplate'], inject: injectBoilerplate },
  ];
  const registered = new Set(checks.map((c) => c.meta.id));
  return kinds.map((kind, k) => {
    const random = createRandom(SEED + k);
    let tried = 0;
    let found = 0;
    for (let n = 0; n < INJECTIONS_PER_KIND; n++) {
      const article = articles[Math.floor(random() * articles.length)]!;
      const injection = kind.inject(article, random);
      if (!injection) continue;
      tried++;
      const { flags } = analyzer.analyze({ text: injection.text, lang: 'de' });
      if (flags.some((f) => kind.checks.includes(f.check) && overlaps([f.start, f.end], injection.span))) found++;
    }
    const available = kind.checks.some((c) => registered.has(c));
    return { name: kind.name, checks: kind.checks, tried, found, available };
  });
}

const pct = (n: number, d: number) => (d ? (n / d).toFixed(2) : '–');
const per100 = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(2) : '–');

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

async function makeAnalyzer(): Promise<{ analyzer: Analyzer; note: string }> {
  try {
    return { analyzer: await createAnalyzer(), note: 'lexicons de, en loaded' };
  } catch (error) {
    const analyzer = await createAnalyzer({ preload: [], loadLexicon: () => Promise.resolve(undefined) });
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { analyzer, note: `no lexicon (${reason}): checks that need one are skipped` };
  }
}

async function main() {
  const started = Date.now();
  const { segments, references } = loadCorpus();
  const { analyzer, note } = await makeAnalyzer();
  const random = createRandom(SEED);
  const mt = segments.filter((s) => !s.is_human);
  const sampled = shuffle(mt, random).slice(0, MT_SAMPLE);
  const cleanMt = mt.filter((s) => s.errors.length === 0);
  const articles = groupReferences(references, segments);
  const english = [...new Set(mt.map((s) => s.source))].filter((s) => s.length > 40 && s.length < 200 && !/\n/.test(s));

  console.log(`Revisor eval (seed ${SEED}; ${note})`);
  console.log(`checks: ${checks.map((c) => c.meta.id).join(', ')}`);
  console.log(
    `sampled: ${sampled.length} of ${mt.length} MT segments (seeded shuffle) for precision/recall; ` +
      `all ${cleanMt.length} error-free MT segments; all ${references.length} reference lines as ` +
      `${articles.length} pseudo-articles of ≤ ${ARTICLE_LINES} lines (one human translator's document each); ${INJECTIONS_PER_KIND} injections per defect kind ` +
      `(env EVAL_MT_SAMPLE, EVAL_INJECTIONS change the sizes)`,
  );

  console.log('\nMQM category mapping');
  console.log(table(['check', 'annotated errors it should find'], checks.map((c) => [c.meta.id, MAPPINGS[c.meta.id]?.describe ?? '– (no MQM counterpart in segment-level data)'])));

  const { counts: annotated, goals } = evaluateAnnotated(analyzer, sampled);
  console.log('\n(a) Annotated MT segments: a flag is right when it overlaps a mapped error span');
  console.log(
    table(
      ['check', 'flags', 'true pos.', 'precision', 'mapped errors', 'found', 'recall'],
      checks.map((c) => {
        const n = annotated.get(c.meta.id)!;
        const mapped = Boolean(MAPPINGS[c.meta.id]);
        return [
          c.meta.id,
          String(n.flags),
          mapped ? String(n.truePositives) : '–',
          mapped ? pct(n.truePositives, n.flags) : '–',
          mapped ? String(n.errors) : '–',
          mapped ? String(n.found) : '–',
          mapped ? pct(n.found, n.errors) : '–',
        ];
      }),
    ),
  );

  console.log('\nRecall on the slices the goals name');
  console.log(
    table(
      ['check', 'slice', 'errors', 'found', 'recall'],
      goals.map((g) => [g.check, g.label, String(g.errors), String(g.found), pct(g.found, g.errors)]),
    ),
  );

  const refs = evaluateClean((text) => analyzer.analyze({ text, lang: 'de' }), articles);
  const clean = evaluateClean(
    (_text, i) => analyzeSegment(analyzer, cleanMt[i]!),
    cleanMt.map((s) => s.target),
  );
  console.log(`\n(b) False flags per 100 sentences (references: ${refs.sentences} sentences; clean MT: ${clean.sentences})`);
  const totalRefs = [...refs.perCheck.values()].reduce((a, b) => a + b, 0);
  const totalClean = [...clean.perCheck.values()].reduce((a, b) => a + b, 0);
  console.log(
    table(
      ['check', 'refs flags', 'per 100', 'clean MT flags', 'per 100'],
      [
        ...checks.map((c) => {
          const r = refs.perCheck.get(c.meta.id) ?? 0;
          const m = clean.perCheck.get(c.meta.id) ?? 0;
          return [c.meta.id, String(r), per100(r, refs.sentences), String(m), per100(m, clean.sentences)];
        }),
        ['total', String(totalRefs), per100(totalRefs, refs.sentences), String(totalClean), per100(totalClean, clean.sentences)],
      ],
    ),
  );
  for (const [label, result] of [['references', refs], ['clean MT', clean]] as const) {
    for (const [check, list] of result.examples) console.log(`  e.g. ${check} on ${label}: ${list.map((x) => `«${x}»`).join(' ')}`);
  }

  const injected = evaluateInjections(analyzer, articles, english);
  console.log('\n(c) Recall on defects injected into reference pseudo-articles');
  console.log(
    table(
      ['defect', 'expected check', 'injected', 'found', 'recall'],
      injected.map((r) => [r.name, r.checks.join(' or '), String(r.tried), String(r.found), r.available ? pct(r.found, r.tried) : 'n/a (check missing)']),
    ),
  );

  console.log('\nSummary (markdown)\n');
  console.log('| check | precision | recall | false flags/100 refs | false flags/100 clean MT | injected recall |');
  console.log('|---|---|---|---|---|---|');
  for (const c of checks) {
    const id = c.meta.id;
    const n = annotated.get(id)!;
    const mapped = Boolean(MAPPINGS[id]);
    const inj = injected.filter((r) => r.checks[0] === id || (id === 'missing-space' && r.name === 'glued words'));
    const injText = inj.map((r) => `${pct(r.found, r.tried)} (${r.name})`).join(', ') || '–';
    console.log(
      `| ${id} | ${mapped ? pct(n.truePositives, n.flags) : '–'} | ${mapped ? pct(n.found, n.errors) : '–'} | ` +
        `${per100(refs.perCheck.get(id) ?? 0, refs.sentences)} | ${per100(clean.perCheck.get(id) ?? 0, clean.sentences)} | ${injText} |`,
    );
  }
  console.log(
    `| **all** | | | ${per100(totalRefs, refs.sentences)} | ${per100(totalClean, clean.sentences)} | |`,
  );
  console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

await main();
