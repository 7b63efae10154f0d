// `revisor segment FILE`: prints the sentences of a plain-text article, as lines or as JSON with document offsets.
import { detectLanguage, segment } from '../../core/index.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliCommand } from '../command.ts';
import { CliError, EXIT_OK } from '../errors.ts';
import { readInput } from '../read-input.ts';

const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Usage: revisor segment FILE [--lang LANG] [--format text|json]

Split a plain-text article into sentences. FILE may be - to read standard input.
The text may be UTF-8, UTF-16 with a byte order mark, or Windows-1252.

Options:
  -l, --lang LANG      language of the text, a BCP 47 tag such as de or en,
                       or auto to detect it (default: auto)
  -f, --format FORMAT  text: one sentence per line (default)
                       json: [{"start", "end", "text"}], where start and end are
                       offsets in UTF-16 code units into the decoded text
  -h, --help           show this help
`;

const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029\u0085]/g;

export const segmentCommand: CliCommand = {
  name: 'segment',
  args: 'FILE',
  summary: 'split a text file into sentences',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('segment', args, {
      lang: { type: 'string', short: 'l' },
      format: { type: 'string', short: 'f' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.stdout(HELP);
      return EXIT_OK;
    }
    const format = parseFormat(values.format);
    const lang = parseLang(values.lang);
    if (positionals.length === 0) throw new CliError("segment: missing FILE (see 'revisor segment --help')");
    if (positionals.length > 1) throw new CliError(`segment: expected one FILE, got ${positionals.length}`);

    const input = await readInput(positionals[0]!, io);
    const sentences = segment(input.text, lang ?? detectLanguage(input.text).lang);
    if (format === 'json') {
      // One object per line: valid JSON that still greps and diffs line by line.
      const items = sentences.map(({ start, end, text }) => JSON.stringify({ start, end, text }));
      io.stdout(items.length === 0 ? '[]\n' : `[\n${items.join(',\n')}\n]\n`);
    } else {
      // A sentence never spans lines in plain text, but one per line must hold whatever the segmenter does.
      io.stdout(sentences.map((s) => s.text.replace(LINE_BREAKS, ' ') + '\n').join(''));
    }
    return EXIT_OK;
  },
};

function parseFormat(value: string | undefined): Format {
  if (value === undefined) return 'text';
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new CliError(`segment: bad --format '${value}' (expected ${FORMATS.join(' or ')})`);
}

/** The language tag, or undefined to detect it from the text. */
function parseLang(value: string | undefined): string | undefined {
  if (value === undefined || value === 'auto') return undefined;
  try {
    const [canonical] = Intl.getCanonicalLocales(value);
    if (canonical) return canonical;
  } catch {
    // Falls through to the usage error below.
  }
  throw new CliError(`segment: bad --lang '${value}' (expected a language tag such as de or en, or auto)`);
}
