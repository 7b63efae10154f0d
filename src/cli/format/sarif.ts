// SARIF 2.1.0 output of `revisor check`, for code-scanning dashboards and CI annotations.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckMeta, Severity, Suggestion } from '../../core/index.ts';
import { describeCheck } from '../messages.ts';
import type { CheckedFile, LineIndex, Notice } from './report.ts';

export interface SarifOptions {
  version: string;
  /** The checks that ran, in registry order: one rule each. */
  checks: readonly CheckMeta[];
  notices: readonly Notice[];
  /** Relative URIs are resolved against it; default the working directory. */
  cwd?: string;
}

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';
/** The name read-input.ts gives standard input. */
const STDIN_NAME = '<stdin>';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVELS: Record<Severity, SarifLevel> = { critical: 'error', major: 'error', minor: 'warning' };

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
}

/** "repeated-phrase" → "RepeatedPhrase": SARIF wants rule names that read as identifiers. */
const ruleName = (id: string) => id.replace(/(^|-)(\w)/g, (_, _dash, c: string) => c.toUpperCase());

function artifactLocationOf(path: string, cwd: string): ArtifactLocation {
  // Standard input has no path; a bare relative name is the most a viewer can do with it.
  if (path === STDIN_NAME) return { uri: 'stdin' };
  const absolute = resolve(cwd, path);
  const fromRoot = relative(cwd, absolute);
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) return { uri: pathToFileURL(absolute).href };
  return { uri: fromRoot.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function regionOf(lines: LineIndex, start: number, end: number) {
  const from = lines.position(start);
  const to = lines.position(end);
  // SARIF's endColumn is exclusive, like our end offset, so both map one to one.
  return {
    startLine: from.line,
    startColumn: from.column,
    endLine: to.line,
    endColumn: to.column,
    charOffset: start,
    charLength: end - start,
  };
}

function fixOf(suggestion: Suggestion, location: ArtifactLocation, lines: LineIndex) {
  const description =
    suggestion.replacement === '' ? 'Delete the text' : `Replace with “${suggestion.replacement}”`;
  return {
    description: { text: description },
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: [
          {
            deletedRegion: regionOf(lines, suggestion.start, suggestion.end),
            insertedContent: { text: suggestion.replacement },
          },
        ],
      },
    ],
  };
}

/** The SARIF log of one `revisor check` run, pretty-printed. */
export function formatSarif(files: readonly CheckedFile[], options: SarifOptions): string {
  const cwd = options.cwd ?? process.cwd();
  const ruleIndex = new Map(options.checks.map((meta, i) => [meta.id, i]));
  const rules = options.checks.map((meta) => ({
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: describeCheck(meta.id) },
    defaultConfiguration: { level: LEVELS[meta.severity] },
    properties: { mqm: meta.mqm, severity: meta.severity, tags: [meta.mqm] },
  }));

  const artifacts = files.map(({ report, encoding }, index) => ({
    location: { ...artifactLocationOf(report.path, cwd), index },
    encoding,
    properties: { lang: report.lang, words: report.stats.words, sentences: report.stats.sentences },
  }));

  const results = files.flatMap(({ report, lines }, fileIndex) => {
    const location = artifacts[fileIndex]!.location;
    return report.flags.map((flag) => ({
      ruleId: flag.check,
      ...(ruleIndex.has(flag.check) ? { ruleIndex: ruleIndex.get(flag.check) } : {}),
      level: LEVELS[flag.severity],
      message: { text: flag.message },
      locations: [{ physicalLocation: { artifactLocation: location, region: regionOf(lines, flag.start, flag.end) } }],
      ...(flag.suggestions.length > 0 ? { fixes: flag.suggestions.map((s) => fixOf(s, location, lines)) } : {}),
      properties: { id: flag.id, severity: flag.severity, category: flag.category, messageId: flag.messageId, data: flag.data },
    }));
  });

  const notifications = options.notices.map((notice) => ({
    level: notice.level,
    message: { text: notice.message },
    ...(notice.path === undefined
      ? {}
      : { locations: [{ physicalLocation: { artifactLocation: artifactLocationOf(notice.path, cwd) } }] }),
    ...(notice.check === undefined ? {} : { associatedRule: { id: notice.check } }),
  }));

  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'revisor', version: options.version, semanticVersion: options.version, rules } },
        invocations: [
          {
            executionSuccessful: !options.notices.some((n) => n.level === 'error'),
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } },
        artifacts,
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
