// `revisor check FILE...`: runs the checks over articles, in worker threads with --jobs, and reports flags with a CI exit code.
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { checks as registeredChecks, createAnalyzer, detectLanguage, type Analyzer, type Severity } from '../../core/index.ts';
import { loadedLexicons } from '../../core/lexicon/load-lexicon.ts';
import { snapshotMemos } from '../../core/lexicon/memo.ts';
import { parseCommandArgs } from '../args.ts';
import { checkInput, UNKNOWN_LANG, type CheckOutcome, type CheckSettings, type CheckTask } from '../check-file.ts';
import type { CliCommand } from '../command.ts';
import { CliError, EXIT_OK, EXIT_USAGE } from '../errors.ts';
import type { CliIo } from '../io.ts';
import type { CheckWorkerData } from '../jobs/check-worker.ts';
import { mapInOrder } from '../jobs/in-order.ts';
import { createWorkerPool } from '../jobs/pool.ts';
import { hasFlagAtOrAbove, LineIndex, type Notice } from '../format/report.ts';
import { createReportWriter, FORMATS } from '../format/writer.ts';
import { readInput } from '../read-input.ts';
import { readVersion } from '../version.ts';

const SEVERITIES: readonly Severity[] = ['minor', 'major', 'critical'];
const DEFAULT_FAIL_ON: Severity = 'major';
const DEFAULT_SYSTEM = 'revisor';
const EXIT_FLAGGED = 1;
/**
 * Without --jobs, worker threads start only when this thread's pace says the files left would take it longer than
 * this: each worker first spends about a second of CPU on its own start (tsx, the core, a dictionary, cold caches),
 * and on a small run it would only slow this thread down.
 */
const WORKER_WORTH_MS = 3000;
/** This thread's pace is trusted after this much checking, not counting its first file. */
const MIN_PACE_MS = 1000;
const WORKER_ENTRY = new URL('../jobs/check-worker-entry.js', import.meta.url);

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
                          mqm-tsv: MQM TSV as WMT writes it (system, doc,
                          doc_id, seg_id, rater, source, target, category,
                          severity): one row per flag, its span marked <v>…</v>,
                          a No-error row per sentence without flags; doc is the
                          path, doc_id its position, seg_id the sentence number
      --system NAME       the system column of mqm-tsv (default: ${DEFAULT_SYSTEM})
      --fail-on SEVERITY  exit 1 when a flag is at least this severe:
                          minor, major or critical (default: ${DEFAULT_FAIL_ON})
      --checks IDS        run only these checks, comma-separated:
${wrapList(CHECK_IDS, 26, 80)}
  -j, --jobs N            check files in N threads: this one and N-1 workers;
                          1 uses no worker. Default: the number of cores, the
                          workers started only when the files left are worth
                          their start (about a second of CPU each); with N
                          they start at once. The output is the same for any N
      --stats             at the end, print files, MB, seconds, files/s and MB/s
                          on stderr (MB = 10^6 bytes of text as UTF-8)
      --progress          show progress on stderr even when it is not a terminal
  -q, --quiet             never show progress
  -h, --help              show this help

Exit status: 0 when no flag reaches --fail-on, 1 when one does, 2 on bad usage
or when a file cannot be read or checked (the others are still checked and reported).
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
  summary: 'flag defects in translated articles (text, JSON, SARIF or MQM TSV)',
  help: HELP,
  async run(args, io) {
    const startedAt = performance.now();
    const { values, positionals } = parseCommandArgs('check', args, {
      lang: { type: 'string', short: 'l' },
      source: { type: 'string', short: 's' },
      'source-lang': { type: 'string' },
      format: { type: 'string', short: 'f' },
      system: { type: 'string' },
      'fail-on': { type: 'string' },
      checks: { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      stats: { type: 'boolean' },
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
    const jobs = parseJobs(values.jobs);
    if (positionals.length === 0) throw new CliError("check: missing FILE (see 'revisor check --help')");
    if (values.source !== undefined && positionals.length > 1) {
      throw new CliError(`check: --source needs exactly one FILE, got ${positionals.length}`);
    }
    if (values['source-lang'] !== undefined && values.source === undefined) {
      throw new CliError('check: --source-lang needs --source');
    }
    if (values.system !== undefined && format !== 'mqm-tsv') throw new CliError('check: --system needs --format mqm-tsv');
    if ([...positionals, values.source].filter((p) => p === '-').length > 1) {
      throw new CliError('check: standard input (-) can be read only once');
    }

    // The source comes first: without it the run would silently lose its source-aware checks.
    const source = values.source === undefined ? undefined : await readInput(values.source, io);
    const settings: CheckSettings = {
      ...(lang ? { lang } : {}),
      ...(checkIds ? { checks: checkIds } : {}),
      ...(source ? { source: { text: source.text, lang: sourceLang ?? detectedOr(source.text, 'en') } } : {}),
      ...(format === 'mqm-tsv' ? { mqm: { system: values.system ?? DEFAULT_SYSTEM } } : {}),
    };
    const workers = Math.min(jobs ?? availableParallelism(), positionals.length);
    const checker =
      workers <= 1
        ? inProcessChecker(settings)
        : parallelChecker(workers, settings, jobs === undefined ? await inputBytes(positionals) : undefined);

    const notices: Notice[] = [];
    const notify = (notice: Notice) => {
      notices.push(notice);
      const where = notice.path === undefined ? '' : `${notice.path}: `;
      io.stderr(`revisor: ${where}${notice.message}\n`);
    };
    const metas = registeredChecks.map((c) => c.meta).filter((meta) => !checkIds || checkIds.includes(meta.id));
    const writer = createReportWriter(format, { write: (text) => io.stdout(text), version: readVersion(), checks: metas });
    const showProgress = !values.quiet && (values.progress === true || io.isStderrTty === true);
    let unreadable = 0;
    let failed = 0;
    let isFlagged = false;
    let checkedFiles = 0;
    let checkedBytes = 0;

    // Everything a file says on stderr is held back with its report, so stderr too comes out in command-line order.
    const checkOne = async (index: number): Promise<FileResult> => {
      const path = positionals[index]!;
      const held: string[] = [];
      const heldIo: CliIo = { ...io, stderr: (text) => void held.push(text) };
      try {
        const input = await readInput(path, heldIo);
        try {
          const outcome = await checker.check({ input, docId: index + 1 });
          return { kind: 'checked', held, outcome, lines: new LineIndex(input.text), bytes: Buffer.byteLength(input.text) };
        } catch (error) {
          const detail = error instanceof Error ? error.message : String(error);
          return { kind: 'failed', held, path: input.name, message: `not checked: ${detail}` };
        }
      } catch (error) {
        if (!(error instanceof CliError)) throw error;
        return { kind: 'unreadable', held, path: path === '-' ? '<stdin>' : path, message: error.message };
      }
    };

    const deliver = (result: FileResult, index: number) => {
      for (const text of result.held) io.stderr(text);
      if (result.kind === 'unreadable') {
        unreadable += 1;
        notices.push({ level: 'error', path: result.path, message: result.message });
        io.stderr(`revisor: ${result.message}\n`);
        return;
      }
      if (result.kind === 'failed') {
        failed += 1;
        notify({ level: 'error', path: result.path, message: result.message });
        return;
      }
      const { report, encoding, notices: fileNotices, mqmRows } = result.outcome;
      for (const notice of fileNotices) notify(notice);
      const file = { report, encoding, lines: result.lines };
      writer.add(file, mqmRows);
      isFlagged ||= hasFlagAtOrAbove([file], failOn);
      checkedFiles += 1;
      checkedBytes += result.bytes;
      if (showProgress) {
        const count = report.flags.length;
        io.stderr(`[${index + 1}/${positionals.length}] ${report.path} … ${count} flag${count === 1 ? '' : 's'}\n`);
      }
    };

    try {
      // Twice as many files in flight as workers: each has its next file waiting while it checks one.
      await mapInOrder(positionals.length, workers > 1 ? workers * 2 : 1, checkOne, deliver);
    } finally {
      await checker.close();
    }
    writer.finish({ unreadable, failed, notices });
    if (values.stats) {
      io.stderr(`revisor: ${formatStats(checkedFiles, checkedBytes, performance.now() - startedAt, Math.max(workers, 1))}\n`);
    }
    if (unreadable > 0 || failed > 0) return EXIT_USAGE;
    return isFlagged ? EXIT_FLAGGED : EXIT_OK;
  },
};

type FileResult = { held: string[] } & (
  | { kind: 'checked'; outcome: CheckOutcome; lines: LineIndex; bytes: number }
  | { kind: 'unreadable'; path: string; message: string }
  | { kind: 'failed'; path: string; message: string }
);

interface Checker {
  check(task: CheckTask): Promise<CheckOutcome>;
  close(): Promise<void>;
}

/** --jobs 1 (or a single file): one analyzer in this thread, created on the first file. */
function inProcessChecker(settings: CheckSettings): Checker {
  let analyzer: Promise<Analyzer> | undefined;
  return {
    async check(task) {
      analyzer ??= createAnalyzer({ preload: [], checks: settings.checks });
      return checkInput(await analyzer, task, settings);
    },
    close: () => Promise.resolve(),
  };
}

/**
 * --jobs N: this thread checks files from the first one on, and N − 1 worker threads join in as soon as they have
 * loaded. With `adaptiveBytes` (the input's size, when --jobs was not given) the workers start only once this
 * thread's pace says that the rest of the input is worth their start; else at once.
 */
function parallelChecker(jobs: number, settings: CheckSettings, adaptiveBytes?: number): Checker {
  const here = inProcessChecker(settings);
  let remainingBytes = adaptiveBytes ?? 0;
  // This thread's pace, from its second file on: the first one also loads the checks and a dictionary.
  let paceBytes = 0;
  let paceMs = 0;
  let checked = 0;
  const local = async (task: CheckTask): Promise<CheckOutcome> => {
    const started = performance.now();
    try {
      return await here.check(task);
    } finally {
      const bytes = Buffer.byteLength(task.input.text);
      remainingBytes -= bytes;
      if (checked++ > 0) {
        paceBytes += bytes;
        paceMs += performance.now() - started;
      }
      if (adaptiveBytes !== undefined && paceMs >= MIN_PACE_MS && (remainingBytes * paceMs) / paceBytes > WORKER_WORTH_MS) {
        pool.start();
      }
    }
  };
  const pool = createWorkerPool<CheckTask, CheckOutcome>({
    url: WORKER_ENTRY,
    size: jobs - 1,
    workerData: (): CheckWorkerData => ({
      settings,
      memos: Object.fromEntries([...loadedLexicons()].map(([lang, lexicon]) => [lang, snapshotMemos(lexicon)])),
    }),
    local,
    deferWorkers: adaptiveBytes !== undefined,
  });
  return { check: (task) => pool.run(task), close: () => pool.close() };
}

/** "3 files, 0.12 MB in 1.50 s: 2.0 files/s, 0.08 MB/s (2 jobs)". */
function formatStats(files: number, bytes: number, ms: number, jobs: number): string {
  const seconds = ms / 1000;
  const mb = bytes / 1e6;
  const rate = (n: number) => (seconds > 0 ? n / seconds : 0);
  return (
    `${files} file${files === 1 ? '' : 's'}, ${mb.toFixed(2)} MB in ${seconds.toFixed(2)} s: ` +
    `${rate(files).toFixed(1)} files/s, ${rate(mb).toFixed(2)} MB/s (${jobs} job${jobs === 1 ? '' : 's'})`
  );
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

/** --jobs: a whole number from 1; undefined when not given. */
function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value) && Number(value) >= 1) return Number(value);
  throw new CliError(`check: bad --jobs '${value}' (expected a whole number from 1)`);
}

/** The bytes of the files to check (standard input and what cannot be read count 0). */
async function inputBytes(paths: readonly string[]): Promise<number> {
  const sizes = await Promise.all(
    paths.map((path) => (path === '-' ? Promise.resolve(0) : stat(path).then((info) => (info.isFile() ? info.size : 0), () => 0))),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
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
