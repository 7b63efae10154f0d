// Checks one article with a loaded analyzer; the same code runs in-process (--jobs 1) and in each worker thread.
import { createCheckContext, detectLanguage, type Analyzer, type TextEncodingName } from '../core/index.ts';
import { flagsToMqmRows, type MqmTsvRow } from './format/mqm-tsv.ts';
import { buildFileReport, type FileReport, type Notice } from './format/report.ts';
import type { InputText } from './read-input.ts';

/** What detectLanguage answers when it cannot tell; such a file gets only the language-independent checks. */
export const UNKNOWN_LANG = 'und';

/** The settings of one run, the same for every file; plain data, so it can be sent to a worker. */
export interface CheckSettings {
  /** Language of every file; undefined to detect it per file. */
  lang?: string;
  checks?: string[];
  source?: { text: string; lang: string };
  /** Set for --format mqm-tsv: the outcome then carries the file's rows. */
  mqm?: { system: string };
}

/** One file to check; `docId` is its 1-based position on the command line. */
export interface CheckTask {
  input: InputText;
  docId: number;
}

/** Everything the main thread needs of a checked file; plain data, so it can come back from a worker. */
export interface CheckOutcome {
  report: FileReport;
  encoding: TextEncodingName;
  notices: Notice[];
  mqmRows?: MqmTsvRow[];
}

export async function checkInput(analyzer: Analyzer, { input, docId }: CheckTask, settings: CheckSettings): Promise<CheckOutcome> {
  const notices: Notice[] = [];
  const lang = settings.lang ?? detectLanguage(input.text).lang;
  if (lang === UNKNOWN_LANG) {
    notices.push({ level: 'warning', path: input.name, message: 'cannot tell the language; only language-independent checks ran (use --lang)' });
  } else {
    await analyzer.ensureLexicon(lang);
  }
  const { source } = settings;
  if (source && source.lang !== UNKNOWN_LANG) await analyzer.ensureLexicon(source.lang);
  const analysisInput = { text: input.text, lang, ...(source ? { sourceText: source.text, sourceLang: source.lang } : {}) };
  const result = analyzer.analyze(analysisInput);
  if (result.pairing?.note) notices.push({ level: 'note', path: input.name, message: result.pairing.note });
  for (const failure of result.errors) {
    notices.push({
      level: 'error',
      path: input.name,
      check: failure.check,
      message: `check ${failure.check} failed, its flags are missing: ${failure.message}`,
    });
  }
  const { report, encoding } = buildFileReport(input.name, input.text, lang, result, input.encoding);
  const outcome: CheckOutcome = { report, encoding, notices };
  if (settings.mqm) {
    const sources = source ? pairedSources(analysisInput) : undefined;
    outcome.mqmRows = flagsToMqmRows(result.flags, result.sentences, sources, { system: settings.mqm.system, doc: input.name, docId: String(docId) });
  }
  return outcome;
}

/** The source text paired with each target sentence, as the analyzer pairs them; '' where none is paired. */
function pairedSources(input: Parameters<typeof createCheckContext>[0]): string[] {
  const { ctx } = createCheckContext(input);
  const sources = ctx.sentences.map(() => '');
  const side = ctx.source;
  if (!side) return sources;
  for (const pair of side.pairs) {
    const first = side.sentences[pair.source[0]!]!;
    const last = side.sentences[pair.source.at(-1)!]!;
    const text = side.text.slice(first.start, last.end);
    for (const target of pair.target) sources[target] = text;
  }
  return sources;
}
