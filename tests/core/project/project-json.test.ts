// The project JSON: every format's file and a full review round-trip; version 1 files are read; damage is named, never half-read.
import { describe, expect, it } from 'vitest';
import {
  looksLikeProject,
  parseProject,
  ProjectError,
  PROJECT_FORMAT,
  PROJECT_VERSION,
  serializeProject,
  type ReviewProjectFile,
} from '../../../src/core/project/project-json.ts';
import { openWork, WORK_FORMATS, type WorkFile, type WorkFormat } from '../../../src/core/project/work.ts';
import { defaultMqmWeights } from '../../../src/core/review/mqm.ts';
import { createReview } from '../../../src/core/review/review.ts';
import type { ReviewState } from '../../../src/core/review/types.ts';
import { annotationOn, AT, LATER } from '../review/helpers.ts';
import { sample, xliffFixture } from './helpers.ts';

const FILES: Record<WorkFormat, WorkFile> = {
  text: { format: 'text', name: 'artikel.txt', original: 'Titel\r\nErster Satz. <script>x</script> "Zitat" \\ Ende.\n' },
  markdown: { format: 'markdown', name: 'artikel.md', original: '# Titel\n\nDer **Kreml** sagte [heute](https://example.org).\n' },
  'xliff-1.2': { format: 'xliff-1.2', name: 'memoq.xlf', original: xliffFixture('memoq-plain.xlf') },
  'xliff-2.0': { format: 'xliff-2.0', name: 'okapi.xlf', original: xliffFixture('okapi-2.0.xlf') },
  tsv: { format: 'tsv', name: 'tabelle.tsv', original: 'source\ttarget\n"Mit\nUmbruch"\tZiel\n' },
  csv: { format: 'csv', name: 'tabelle.csv', original: 'en,de\r\n"a, b","c ""d"""\r\n' },
  pairs: {
    format: 'pairs',
    name: 'de.txt',
    original: sample('bilingual/dailymail.co.uk.365204.de.txt'),
    sourceName: 'en.txt',
    sourceOriginal: sample('bilingual/dailymail.co.uk.365204.en.txt'),
  },
};

function fullReview(): ReviewState {
  const sentence = 'Die Welt erschrecken, die Welt erschrecken.';
  return {
    edits: { 0: 'Neuer „Text“ mit \u00a0 und 😀.', 7: '' },
    annotations: [
      annotationOn(sentence, 'die Welt erschrecken', { id: 'a1', comment: 'doppelt\nzweite Zeile', correction: 'x' }),
      annotationOn(sentence, 'Welt', {
        id: 'a2',
        sentence: 2,
        severity: 'critical',
        origin: { kind: 'check', check: 'repeated-phrase', flagId: 'repeated-phrase:4:8:0' },
        stale: true,
        replaced: 'Wlet',
        updatedAt: LATER,
      }),
    ],
    decisions: {
      'repeated-phrase:4:8:0': { status: 'accepted', check: 'repeated-phrase', annotationId: 'a2', at: AT },
      'garbled-word:0:3:0': { status: 'dismissed', check: 'garbled-word', reason: 'Eigenname', at: LATER },
    },
    reviewed: { 0: true, 2: true },
    settings: { weights: { ...defaultMqmWeights, minor: 2 }, passThreshold: 80, mutedChecks: ['boilerplate', 'length-ratio'] },
  };
}

function project(file: WorkFile, review: ReviewState = fullReview()): Omit<ReviewProjectFile, 'format' | 'version'> {
  return { title: `Titel ${file.format}`, lang: 'de', sourceLang: 'en', file, review, exportedAt: '2026-01-01T12:00:00.000Z' };
}

/** The ProjectError parseProject throws for `text`, or a failure when it throws nothing or something else. */
function projectError(text: string): ProjectError {
  try {
    parseProject(text);
  } catch (error) {
    if (error instanceof ProjectError) return error;
    throw error;
  }
  throw new Error('the project was accepted');
}

const current = (changes: Record<string, unknown>) =>
  JSON.stringify({ ...JSON.parse(serializeProject(project(FILES.text))), ...changes });

describe('serializeProject / parseProject', () => {
  it('has a file of every format to try', () => {
    expect(Object.keys(FILES).sort()).toEqual([...WORK_FORMATS].sort());
  });

  it.each(WORK_FORMATS)('round-trips a %s file with a full review', (format) => {
    const written = project(FILES[format]);
    const text = serializeProject(written);
    expect(text.endsWith('}\n')).toBe(true);
    expect(looksLikeProject(text)).toBe(true);
    const read = parseProject(text);
    expect(read).toEqual({ format: PROJECT_FORMAT, version: PROJECT_VERSION, ...written });
    // Opened again, the file gives the same work, so the review's sentence indexes still fit.
    expect(openWork(read.file)).toEqual(openWork(FILES[format]));
  });

  it('round-trips a new review and a project without source language', () => {
    const written = project(FILES.markdown, createReview());
    delete written.sourceLang;
    const read = parseProject(serializeProject(written));
    expect(read).toEqual({ format: PROJECT_FORMAT, version: PROJECT_VERSION, ...written });
    expect('sourceLang' in read).toBe(false);
  });

  it('keeps only what a file of its format needs', () => {
    const text = current({ file: { format: 'text', name: 'a.txt', original: 'Text.', sourceOriginal: 'stray', extra: 1 } });
    expect(parseProject(text).file).toEqual({ format: 'text', name: 'a.txt', original: 'Text.' });
    const pairs = current({ file: { format: 'pairs', name: 'de.txt', original: 'Text.', sourceOriginal: 'Source.' } });
    expect(parseProject(pairs).file).toEqual({ format: 'pairs', name: 'de.txt', original: 'Text.', sourceName: '', sourceOriginal: 'Source.' });
  });

  it('reads a project without exportedAt as exported at no known time', () => {
    expect(parseProject(current({ exportedAt: undefined })).exportedAt).toBe('');
  });
});

describe('parseProject: version 1', () => {
  const v1 = {
    format: 'revisor-review',
    version: 1,
    id: 'r-1',
    title: 'Seed-Artikel',
    lang: 'de',
    text: 'Erster Satz.\nZweiter Satz.\n',
    review: fullReview(),
    exportedAt: '2025-12-31T23:00:00.000Z',
  };

  it('reads a "revisor-review" file as a plain-text project', () => {
    const text = JSON.stringify(v1, null, 2);
    expect(looksLikeProject(text)).toBe(true);
    expect(parseProject(text)).toEqual({
      format: PROJECT_FORMAT,
      version: PROJECT_VERSION,
      title: 'Seed-Artikel',
      lang: 'de',
      file: { format: 'text', name: 'Seed-Artikel', original: 'Erster Satz.\nZweiter Satz.\n' },
      review: fullReview(),
      exportedAt: '2025-12-31T23:00:00.000Z',
    });
  });

  it('fills the settings a version 1 review did not have', () => {
    const old: Partial<ReviewState> = fullReview();
    delete old.settings;
    const read = parseProject(JSON.stringify({ ...v1, review: old }));
    expect(read.review.settings).toEqual(createReview().settings);
  });

  it('refuses a version 1 file without its text', () => {
    expect(projectError(JSON.stringify({ ...v1, text: undefined })).message).toBe('The project has no article text.');
  });

  it('refuses a "revisor-review" of another version as no project', () => {
    expect(projectError(JSON.stringify({ ...v1, version: 2 })).message).toBe('The project file is not a Revisor project.');
  });
});

describe('parseProject: refusals', () => {
  it.each<[string, string, RegExp]>([
    ['text that is not JSON', 'Der Kreml sagte.', /^The project file is not valid JSON: /u],
    ['cut-off JSON', serializeProject(project(FILES.text)).slice(0, 200), /^The project file is not valid JSON: /u],
    ['an empty file', '', /^The project file is not valid JSON/u],
    ['a JSON list', '[1, 2]', /^The project file is not a Revisor project\.$/u],
    ['JSON null', 'null', /^The project file is not a Revisor project\.$/u],
    ['another tool’s JSON', '{"format": "xliff", "version": 2}', /^The project file is not a Revisor project\.$/u],
    ['annotations JSON of this tool', '{"format": "revisor-annotations", "version": 1, "annotations": []}', /^The project file is not a Revisor project\.$/u],
    ['a newer version', current({ version: 3 }), /newer Revisor \(version 3\); this one reads version 2/u],
    ['a version that is no number', current({ version: 'zwei' }), /^The project has an unknown version \(zwei\); this Revisor reads version 2\.$/u],
    ['an older version than any written', current({ version: 1 }), /^The project has an unknown version \(1\)/u],
    ['no version', current({ version: undefined }), /^The project has an unknown version \(undefined\)/u],
    ['no file', current({ file: undefined }), /^The project has no file\.$/u],
    ['a file of unknown format', current({ file: { format: 'docx', name: 'a', original: '' } }), /unknown format: docx/u],
    ['a file without text', current({ file: { format: 'text', name: 'a.txt' } }), /^The project's file has no name or text\.$/u],
    ['pairs without source text', current({ file: { format: 'pairs', name: 'a', original: 'x' } }), /pairs two texts but holds no source text/u],
    ['no title', current({ title: 5 }), /^The project has no title or language\.$/u],
    ['no language', current({ lang: undefined }), /^The project has no title or language\.$/u],
    ['no review', current({ review: undefined }), /^The project's review is damaged: the review is not an object\.$/u],
  ])('refuses %s, saying so', (_what, text, message) => {
    expect(projectError(text).message).toMatch(message);
  });

  it('names what is damaged in the review, the first three problems and how many more', () => {
    const review = { ...fullReview(), edits: [], annotations: {}, decisions: [], reviewed: 1, settings: { passThreshold: 'x' } };
    const error = projectError(current({ review }));
    expect(error.message).toBe(
      "The project's review is damaged: edits is not an object; annotations is not a list; decisions is not an object (and 2 more).",
    );
    const one = projectError(current({ review: { ...fullReview(), reviewed: { 1: 'yes' } } }));
    expect(one.message).toBe("The project's review is damaged: reviewed 1 is not a sentence index.");
    expect(one.name).toBe('ProjectError');
  });
});

describe('looksLikeProject', () => {
  it.each<[string, string, boolean]>([
    ['a project', serializeProject(project(FILES.text)), true],
    ['a version 1 file', '{"format":"revisor-review","version":1}', true],
    ['a project with leading blanks', '\n  {"format" : "revisor-project"}', true],
    ['an article', 'Der Kreml sagte {"format":"revisor-project"}.', false],
    ['other JSON', '{"format":"revisor-annotations"}', false],
    ['XLIFF', xliffFixture('okapi-2.0.xlf'), false],
    ['nothing', '', false],
  ])('%s: %s', (_what, text, expected) => {
    expect(looksLikeProject(text)).toBe(expected);
  });
});
