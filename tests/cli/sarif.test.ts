// Tests for `revisor check --format sarif`: valid against the official SARIF 2.1.0 schema, and faithful to the JSON report.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileReport } from '../../src/cli/format/report.ts';
import { checks } from '../../src/core/index.ts';
import { runCli } from './run-cli.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED = join(ROOT, 'samples/000_98b1f44858d35dbe.txt');
/** Relative to the working directory the tests run in, as a pipeline would pass it. */
const SEED_RELATIVE = relative(process.cwd(), SEED);

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: ArtifactLocation; region: Region } }[];
  fixes?: {
    artifactChanges: { artifactLocation: ArtifactLocation; replacements: { deletedRegion: Region; insertedContent: { text: string } }[] }[];
  }[];
}

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        rules: { id: string; name: string; shortDescription: { text: string }; defaultConfiguration: { level: string }; properties: { mqm: string } }[];
      };
    };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications?: { level: string; message: { text: string } }[] }[];
    artifacts: { location: ArtifactLocation }[];
    results: SarifResult[];
  }[];
}

let dir: string;
let validate: ValidateFunction;

const GLUED = 'Die Regierung hat am Montag neue Regeln beschlossen.Die Opposition kritisierte das Vorhaben.\n';
const SOURCE = 'The company hired 300 workers.\nSales rose.\nIt was more than expected.\n';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'revisor-sarif-'));
  await writeFile(join(dir, 'glued text.txt'), GLUED);
  await writeFile(join(dir, 'source.txt'), SOURCE);
  const schema = JSON.parse(await readFile(join(ROOT, 'tests/fixtures/sarif-schema-2.1.0.json'), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  validate = ajv.compile(schema);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function sarifOf(argv: string[], stdin?: string[]) {
  const result = await runCli(['check', ...argv, '--format', 'sarif'], { stdin });
  return { ...result, log: JSON.parse(result.stdout) as SarifLog };
}

function expectValid(log: unknown) {
  const isValid = validate(log);
  expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5))).toEqual([]);
  expect(isValid).toBe(true);
}

describe('revisor check --format sarif', () => {
  it.each([
    { name: 'the seed by relative path', argv: [SEED_RELATIVE] },
    { name: 'several files, one outside the working directory', argv: [SEED_RELATIVE, join(ROOT, 'samples/000_98b1f44858d35dbe.txt')] },
    { name: 'standard input', argv: ['-'], stdin: [GLUED] },
    { name: 'a missing file', argv: ['no-such-file.txt', SEED_RELATIVE] },
    { name: 'a source with a pairing note', argv: ['-', '--source', 'SOURCE'], stdin: [GLUED] },
    { name: 'selected checks', argv: [SEED_RELATIVE, '--checks', 'garbled-word,missing-space'] },
  ])('is valid SARIF 2.1.0 for $name', async ({ argv, stdin }) => {
    const { log } = await sarifOf(
      argv.map((a) => (a === 'SOURCE' ? join(dir, 'source.txt') : a)),
      stdin,
    );
    expectValid(log);
  });

  it('is rejected by the schema when broken, so the validation can fail', async () => {
    const { log } = await sarifOf([SEED_RELATIVE]);
    expect(log.runs[0]!.results.length).toBeGreaterThan(0);
    log.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('describes the tool with one rule per check, in registry order', async () => {
    const { log } = await sarifOf([SEED_RELATIVE]);
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const { driver } = log.runs[0]!.tool;
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect({ name: driver.name, version: driver.version }).toEqual({ name: 'revisor', version: pkg.version });
    expect(driver.rules.map((r) => r.id)).toEqual(checks.map((c) => c.meta.id));
    driver.rules.forEach((rule, i) => {
      const meta = checks[i]!.meta;
      expect(rule.properties.mqm).toBe(meta.mqm);
      expect(rule.defaultConfiguration.level).toBe(meta.severity === 'minor' ? 'warning' : 'error');
      expect(rule.shortDescription.text).toMatch(/^[A-Z].*\.$/);
      expect(rule.name).toMatch(/^[A-Z][A-Za-z]+$/);
    });
  });

  it('has one result per flag of the JSON report, at the same place with the same message', async () => {
    const { log } = await sarifOf([SEED_RELATIVE, join(dir, 'glued text.txt')]);
    const files = (JSON.parse((await runCli(['check', SEED_RELATIVE, join(dir, 'glued text.txt'), '--format', 'json'])).stdout) as { files: FileReport[] })
      .files;
    const run = log.runs[0]!;
    const flags = files.flatMap((f) => f.flags.map((flag) => ({ path: f.path, flag })));
    expect(run.results).toHaveLength(flags.length);
    run.results.forEach((result, i) => {
      const { path, flag } = flags[i]!;
      const { artifactLocation, region } = result.locations[0]!.physicalLocation;
      expect(result.ruleId).toBe(flag.check);
      expect(run.tool.driver.rules[result.ruleIndex!]!.id).toBe(flag.check);
      expect(result.level).toBe(flag.severity === 'minor' ? 'warning' : 'error');
      expect(result.message.text).toBe(flag.message);
      expect(region).toMatchObject({ startLine: flag.line, startColumn: flag.column, charOffset: flag.start, charLength: flag.end - flag.start });
      expect(artifactLocation.uri).toEqual(path === SEED_RELATIVE ? 'samples/000_98b1f44858d35dbe.txt' : expect.stringMatching(/^file:\/\//));
      if (artifactLocation.uri.startsWith('file:')) expect(fileURLToPath(artifactLocation.uri)).toBe(path);
      expect(result.fixes ?? []).toHaveLength(flag.suggestions.length);
      result.fixes?.forEach((fix, j) => {
        const [replacement] = fix.artifactChanges[0]!.replacements;
        const suggestion = flag.suggestions[j]!;
        expect(replacement!.deletedRegion).toMatchObject({ charOffset: suggestion.start, charLength: suggestion.end - suggestion.start });
        expect(replacement!.insertedContent.text).toBe(suggestion.replacement);
      });
    });
    expect(run.results.some((r) => (r.fixes?.length ?? 0) > 0)).toBe(true);
  });

  it('ends a region where the flag ends, endColumn exclusive', async () => {
    const { log } = await sarifOf([join(dir, 'glued text.txt'), '--checks', 'missing-space']);
    const [result] = log.runs[0]!.results;
    const { region } = result!.locations[0]!.physicalLocation;
    const lines = GLUED.split('\n');
    expect(region.startLine).toBe(region.endLine);
    expect(lines[region.startLine - 1]!.slice(region.startColumn - 1, region.endColumn - 1)).toBe(
      GLUED.slice(region.charOffset, region.charOffset + region.charLength),
    );
  });

  it('records an unreadable file as a failed invocation and still reports the others', async () => {
    const { code, log } = await sarifOf(['no-such-file.txt', SEED_RELATIVE]);
    const [invocation] = log.runs[0]!.invocations;
    expect(code).toBe(2);
    expect(invocation!.executionSuccessful).toBe(false);
    expect(invocation!.toolExecutionNotifications).toEqual([
      expect.objectContaining({ level: 'error', message: { text: 'no-such-file.txt: no such file' } }),
    ]);
    expect(log.runs[0]!.artifacts.map((a) => a.location.uri)).toEqual(['samples/000_98b1f44858d35dbe.txt']);
    expect(log.runs[0]!.results.length).toBeGreaterThan(0);
  });

  it('percent-encodes file names in URIs', async () => {
    const { log } = await sarifOf([join(dir, 'glued text.txt')]);
    expect(log.runs[0]!.artifacts[0]!.location.uri).toMatch(/\/glued%20text\.txt$/);
  });
});
