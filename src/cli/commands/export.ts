// `revisor export`: turns a saved review (project JSON) or any openable file into a deliverable: corrected file, XLIFF, MQM TSV, CSV/JSON, diff, HTML report.
import { writeFile } from 'node:fs/promises';
import {
  annotationsToCsv,
  annotationsToJson,
  correctedText,
  createAnalyzer,
  createDocument,
  createReview,
  declaredLanguage,
  detectLanguage,
  exportAlignedXliff,
  exportCorrectedFile,
  exportHtmlReport,
  exportMqmTsv,
  exportUnifiedDiff,
  looksLikeProject,
  openFile,
  openPair,
  openWork,
  parseProject,
  reduceReview,
  serializeProject,
  type ArticleDocument,
  type ExportContext,
  type ExportedFile,
  type ReviewState,
  type Work,
  type WorkSide,
} from '../../core/index.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliCommand } from '../command.ts';
import { CliError, EXIT_OK } from '../errors.ts';
import type { CliIo } from '../io.ts';
import { readInput } from '../read-input.ts';

const FORMATS = ['corrected', 'text', 'xliff', 'mqm-tsv', 'csv', 'json', 'diff', 'html', 'project'] as const;
type ExportFormat = (typeof FORMATS)[number];

const HELP = `Usage: revisor export FILE [options]

Writes a deliverable of a review. FILE is a project saved by the app (*.review.json: the file, its
languages and the whole review) or any file the app opens (text, Markdown, XLIFF, TSV/CSV); for the
latter the review is empty, or holds every flag of the checks as an annotation with --flags.

Options:
  --format FORMAT     corrected (default: the corrected file in its own format: text, Markdown,
                      XLIFF, TSV/CSV), text (corrected text), xliff (also for two aligned texts),
                      mqm-tsv, csv, json (annotations), diff (unified), html (report), project
  --source SRC        the source article of a plain-text FILE (two aligned texts)
  --lang LANG         the target language to segment with (default: the project's, the file's,
                      else detected)
  --flags             run the checks and record every flag as an annotation (not for projects)
  -o, --output PATH   write to PATH instead of standard output
  -h, --help          show this help
`;

/** The language to segment a side with: the one asked for, the declared one, else detected. */
function languageOf(side: WorkSide, wanted?: string): string {
  if (wanted) return wanted;
  return declaredLanguage(side) || detectLanguage(side.text).lang;
}

function describeOpenError(name: string, error: unknown): CliError {
  const message = error instanceof Error ? error.message : String(error);
  return new CliError(`${name}: ${message}`);
}

async function reviewWithFlags(work: Work, document: ArticleDocument, source: ArticleDocument | null): Promise<ReviewState> {
  const analyzer = await createAnalyzer({ preload: [] });
  await analyzer.ensureLexicon(document.lang);
  if (source) await analyzer.ensureLexicon(source.lang);
  const result = analyzer.analyze({
    text: document.text,
    lang: document.lang,
    layout: work.target.layout,
    ...(source && work.source ? { sourceText: source.text, sourceLang: source.lang, sourceLayout: work.source.layout } : {}),
  });
  let review = createReview();
  const at = new Date().toISOString();
  let next = 1;
  for (const flag of result.flags) {
    const sentence = document.sentences.find((s) => flag.start >= s.start && flag.start < Math.max(s.end, s.start + 1));
    if (!sentence) continue;
    review = reduceReview(review, {
      type: 'accept-flag',
      flag: {
        ...flag,
        sentence: sentence.index,
        start: flag.start - sentence.start,
        end: Math.min(flag.end, sentence.end) - sentence.start,
        suggestions: flag.suggestions.map((s) => ({ ...s, start: s.start - sentence.start, end: s.end - sentence.start })),
      },
      sentenceText: sentence.text,
      annotationId: `flag-${next++}`,
      at,
    });
  }
  return review;
}

function exportOf(format: ExportFormat, ctx: ExportContext & { review: ReviewState }, lang: string, sourceLang?: string): ExportedFile {
  const base = ctx.work.file.name || ctx.title;
  switch (format) {
    case 'corrected':
      return exportCorrectedFile(ctx);
    case 'text':
      return { name: base, text: correctedText(ctx), mime: 'text/plain' };
    case 'xliff': {
      const format_ = ctx.work.file.format;
      if (format_ === 'xliff-1.2' || format_ === 'xliff-2.0') return exportCorrectedFile(ctx);
      if (ctx.sourceDocument) return exportAlignedXliff(ctx);
      throw new CliError('export: XLIFF needs a source: give --source SRC, or export a bilingual file');
    }
    case 'mqm-tsv':
      return exportMqmTsv(ctx);
    case 'csv':
      return { name: base, text: annotationsToCsv(ctx.review.annotations), mime: 'text/csv' };
    case 'json':
      return { name: base, text: annotationsToJson(ctx.review.annotations), mime: 'application/json' };
    case 'diff':
      return exportUnifiedDiff(ctx);
    case 'html':
      return exportHtmlReport(ctx);
    case 'project':
      return {
        name: base,
        text: serializeProject({
          title: ctx.title,
          lang,
          ...(sourceLang ? { sourceLang } : {}),
          file: ctx.work.file,
          review: ctx.review,
          exportedAt: new Date().toISOString(),
        }),
        mime: 'application/json',
      };
  }
}

export const exportCommand: CliCommand = {
  name: 'export',
  args: 'FILE',
  summary: 'write a review as corrected file, XLIFF, MQM TSV, CSV/JSON, diff, HTML report or project',
  help: HELP,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs('export', args, {
      format: { type: 'string', default: 'corrected' },
      source: { type: 'string' },
      lang: { type: 'string' },
      flags: { type: 'boolean', default: false },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h', default: false },
    });
    if (values.help) {
      io.stdout(HELP);
      return EXIT_OK;
    }
    if (positionals.length !== 1) throw new CliError("export: give exactly one FILE (see 'revisor export --help')");
    const format = values.format as ExportFormat;
    if (!FORMATS.includes(format)) throw new CliError(`export: unknown format '${values.format}' (one of ${FORMATS.join(', ')})`);
    const input = await readInput(positionals[0]!, io);
    const fileName = input.name.slice(input.name.lastIndexOf('/') + 1);

    let work: Work;
    let review: ReviewState | null = null;
    let title = fileName;
    let wantedLang = values.lang;
    let wantedSourceLang: string | undefined;
    try {
      if (looksLikeProject(input.text)) {
        if (values.source) throw new CliError('export: a project already holds its source; drop --source');
        if (values.flags) throw new CliError('export: --flags is for files, not projects (a project holds its review)');
        const project = parseProject(input.text);
        work = openWork(project.file);
        review = project.review;
        title = project.title || fileName;
        wantedLang ??= project.lang;
        wantedSourceLang = project.sourceLang;
      } else if (values.source) {
        const source = await readInput(values.source, io);
        work = openPair({ name: source.name, text: source.text }, { name: fileName, text: input.text });
      } else {
        work = openFile(fileName, input.text);
      }
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw describeOpenError(input.name, error);
    }

    const lang = languageOf(work.target, wantedLang);
    const document = createDocument(work.target.text, lang, work.target.layout);
    const sourceDocument = work.source
      ? createDocument(work.source.text, languageOf(work.source, wantedSourceLang), work.source.layout)
      : null;
    if (!review) review = values.flags ? await reviewWithFlags(work, document, sourceDocument) : createReview();
    // A review made in the app refers to the sentences the app made: the same text must give as many.
    const highest = Math.max(-1, ...review.annotations.map((a) => a.sentence), ...Object.keys(review.edits).map(Number));
    if (highest >= document.sentences.length) {
      throw new CliError(`export: the review refers to sentence ${highest + 1}, but the text has ${document.sentences.length} in ${lang}; give --lang`);
    }
    const ctx = { work, document, sourceDocument, review, title };
    const file = exportOf(format, ctx, lang, sourceDocument?.lang);
    if (values.output) {
      try {
        await writeFile(values.output, file.text, 'utf8');
      } catch (error) {
        throw new CliError(`export: cannot write ${values.output} (${error instanceof Error ? error.message : String(error)})`);
      }
    } else {
      io.stdout(file.text);
    }
    return EXIT_OK;
  },
};
