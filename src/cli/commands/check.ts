// `revisor check FILE...`: runs the checks over articles and reports flags as text, JSON or SARIF, with a CI exit code.
import { checks as registeredChecks, createAnalyzer, detectLanguage, type Severity } from '../../core/index.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliCommand } from '../command.ts';
import { CliError, EXIT_OK, EXIT_USAGE } from '../errors.ts';
import { formatJson } from '../format/json.ts';
import { buildFileReport, hasFlagAtOrAbove, type CheckedFile, type Notice } from '../format/report.ts';
import { formatSarif } from '../format/sarif.ts';
import { formatText } from '../format/text.ts';
import { readInput, type InputText } from '../read-input.ts';
import { readVersion } from '../version.ts';

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

const SEVERITIES: readonly Severity[] = ['minor', 'major', 'critical'];
const DEFAULT_FAIL_ON: Severity = 'major';
const EXIT_FLAGGED = 1;
/** What detectLanguage answers when it cannot tell; such a file gets only the language-independent checks. */
const UNKNOWN_LANG = 'und';

const CHECK_IDS = registeredChecks.map((c) => c.meta.id);

const HELP = `Usage: revisor check FILE... [options]

Check machine-translated articles for defects and report the flags.
FILE may be - to read standard input. Files may be UTF-8, UTF-16 with a byte
order mark, or Windows-1252.

Options:
  -l, --lang LANG         language of the files, a BCP 47 tag such as de or en,
                          or auto to detect it per file (default: auto)
  -s, --source FILE       the source text the one FILE was translated from; runs
                          the source-aware checks (numbers, length, untranslated);
                          sentences are paired one to one, or aligned when counts differ
      --source-lang LANG  language of the source (default: auto, else en)
  -f, --format FORMAT     text: one line per flag, grouped per file (default)
                          json: {"files": [{path, lang, stats, flags}]}, where
                          start and end are offsets in UTF-16 code units into the
                          decoded text, line and column are 1-based
                          sarif: SARIF 2.1.0, for code-scanning tools
      --fail-on SEVERITY  exit 1 when a flag is at least this severe:
                          minor, major or critical (default: ${DEFAULT_FAIL_ON})
      --checks IDS        run only these checks, comma-separated:
${wrapList(CHECK_IDS, 26, 80)}
      --progress          show progress on stderr even when it is not a terminal
  -q, --quiet             never show progress
  -h, --help              show this help

Exit status: 0 when no flag reaches --fail-on, 1 when one does, 2 on bad usage
or when a file cannot be read (the readable files are still checked and reported).
`;

function wrapList(items: readonly string[], indent: number, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    const next = line === '' ? item : `${line}, ${item}`;
    if (indent + next.length + 1 > width && line !== '') {
      lines.push(`${line},`);
      line = item;
    } else {
      line = next;
    }
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => ' '.repeat(indent) + l).join('\n');
}

export const checkCommand: CliCommand = {
  name: 'check',
  args: 'FILE...',
  summary: 'flag defects in translated articles (text, JSON or SARIF)',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('check', args, {
      lang: { type: 'string', short: 'l' },
      source: { type: 'string', short: 's' },
      'source-lang': { type: 'string' },
      format: { type: 'string', short: 'f' },
      'fail-on': { type: 'string' },
      checks: { type: 'string' },
      progress: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.stdout(HELP);
      return EXIT_OK;
    }
    const format = parseChoice('format', values.format, FORMATS, 'text');
    const failOn = parseChoice('fail-on', values['fail-on'], SEVERITIES, DEFAULT_FAIL_ON);
    const lang = parseLang('lang', values.lang);
    const sourceLang = parseLang('source-lang', values['source-lang']);
    const checkIds = parseChecks(values.checks);
    if (positionals.length === 0) throw new CliError("check: missing FILE (see 'revisor check --help')");
    if (values.source !== undefined && positionals.length > 1) {
      throw new CliError(`check: --source needs exactly one FILE, got ${positionals.length}`);
    }
    if (values['source-lang'] !== undefined && values.source === undefined) {
      throw new CliError('check: --source-lang needs --source');
    }
    if ([...positionals, values.source].filter((p) => p === '-').length > 1) {
      throw new CliError('check: standard input (-) can be read only once');
    }

    const notices: Notice[] = [];
    const notify = (notice: Notice) => {
      notices.push(notice);
      const where = notice.path === undefined ? '' : `${notice.path}: `;
      io.stderr(`revisor: ${where}${notice.message}\n`);
    };

    // The source comes first: without it the run would silently lose its source-aware checks.
    const source = values.source === undefined ? undefined : await readInput(values.source, io);
    const inputs: InputText[] = [];
    for (const path of positionals) {
      try {
        inputs.push(await readInput(path, io));
      } catch (error) {
        if (!(error instanceof CliError)) throw error;
        notices.push({ level: 'error', path: path === '-' ? '<stdin>' : path, message: error.message });
        io.stderr(`revisor: ${error.message}\n`);
      }
    }
    const unreadable = positionals.length - inputs.length;

    const langs = inputs.map((input) => lang ?? detectLanguage(input.text).lang);
    inputs.forEach((input, i) => {
      if (langs[i] === UNKNOWN_LANG) {
        notify({ level: 'warning', path: input.name, message: 'cannot tell the language; only language-independent checks ran (use --lang)' });
      }
    });
    const resolvedSourceLang = source && (sourceLang ?? detectedOr(source.text, 'en'));
    const preload = [...new Set([...langs, ...(resolvedSourceLang ? [resolvedSourceLang] : [])])].filter((l) => l !== UNKNOWN_LANG);
    const analyzer = await createAnalyzer({ preload, checks: checkIds });

    const showProgress = !values.quiet && (values.progress === true || io.isStderrTty === true);
    const files: CheckedFile[] = inputs.map((input, i) => {
      const result = analyzer.analyze({
        text: input.text,
        lang: langs[i]!,
        ...(source ? { sourceText: source.text, sourceLang: resolvedSourceLang } : {}),
      });
      if (result.pairing?.note) notify({ level: 'note', path: input.name, message: result.pairing.note });
      for (const failure of result.errors) {
        notify({
          level: 'error',
          path: input.name,
          check: failure.check,
          message: `check ${failure.check} failed, its flags are missing: ${failure.message}`,
        });
      }
      const file = buildFileReport(input.name, input.text, langs[i]!, result, input.encoding);
      if (showProgress) {
        io.stderr(`[${i + 1}/${inputs.length}] ${input.name} … ${file.report.flags.length} flag${file.report.flags.length === 1 ? '' : 's'}\n`);
      }
      return file;
    });

    io.stdout(render(format, files, unreadable, notices, checkIds));
    if (unreadable > 0) return EXIT_USAGE;
    return hasFlagAtOrAbove(files, failOn) ? EXIT_FLAGGED : EXIT_OK;
  },
};

function render(format: Format, files: CheckedFile[], unreadable: number, notices: Notice[], checkIds: string[] | undefined): string {
  switch (format) {
    case 'text':
      return formatText(files, unreadable);
    case 'json':
      return formatJson(files);
    case 'sarif': {
      const metas = registeredChecks.map((c) => c.meta).filter((meta) => !checkIds || checkIds.includes(meta.id));
      return formatSarif(files, { version: readVersion(), checks: metas, notices });
    }
  }
}

function detectedOr(text: string, fallback: string): string {
  const { lang } = detectLanguage(text);
  return lang === UNKNOWN_LANG ? fallback : lang;
}

function parseChoice<T extends string>(option: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new CliError(`check: bad --${option} '${value}' (expected ${choices.slice(0, -1).join(', ')} or ${choices.at(-1)})`);
}

/** The language tag, or undefined to detect it from the text. */
function parseLang(option: string, value: string | undefined): string | undefined {
  if (value === undefined || value === 'auto') return undefined;
  try {
    const [canonical] = Intl.getCanonicalLocales(value);
    if (canonical) return canonical;
  } catch {
    // Falls through to the usage error below.
  }
  throw new CliError(`check: bad --${option} '${value}' (expected a language tag such as de or en, or auto)`);
}

/** The selected check ids, or undefined for all of them. */
function parseChecks(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const ids = value.split(',').map((id) => id.trim()).filter((id) => id !== '');
  if (ids.length === 0) throw new CliError('check: --checks needs at least one check id');
  const unknown = ids.filter((id) => !CHECK_IDS.includes(id));
  if (unknown.length > 0) {
    throw new CliError(`check: unknown check ${unknown.map((id) => `'${id}'`).join(', ')} (known: ${CHECK_IDS.join(', ')})`);
  }
  return [...new Set(ids)];
}
