// The project JSON: one self-contained file holding the opened file, languages and the whole review; read back identically.
import type { ReviewState } from '../review/types.ts';
import { validateReviewState } from '../review/validate.ts';
import { WORK_FORMATS, type WorkFile, type WorkFormat } from './work.ts';

export const PROJECT_FORMAT = 'revisor-project';
export const PROJECT_VERSION = 2;

export interface ReviewProjectFile {
  format: typeof PROJECT_FORMAT;
  version: typeof PROJECT_VERSION;
  title: string;
  /** The target language the review was segmented with. */
  lang: string;
  sourceLang?: string;
  file: WorkFile;
  review: ReviewState;
  exportedAt: string;
}

export class ProjectError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProjectError';
  }
}

export function serializeProject(project: Omit<ReviewProjectFile, 'format' | 'version'> & Partial<ReviewProjectFile>): string {
  const document: ReviewProjectFile = { format: PROJECT_FORMAT, version: PROJECT_VERSION, ...project };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Whether a text looks like a project file (worth parsing as one rather than as an article). */
export function looksLikeProject(text: string): boolean {
  const head = text.slice(0, 400).trimStart();
  return head.startsWith('{') && /"format"\s*:\s*"revisor-(project|review)"/u.test(text.slice(0, 4000));
}

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

function readFile(raw: unknown): WorkFile {
  if (!isObject(raw)) throw new ProjectError('The project has no file.');
  const { format, name, original, sourceName, sourceOriginal } = raw;
  if (!WORK_FORMATS.includes(format as WorkFormat)) throw new ProjectError(`The project's file has an unknown format: ${String(format)}.`);
  if (typeof name !== 'string' || typeof original !== 'string') throw new ProjectError("The project's file has no name or text.");
  const file: WorkFile = { format: format as WorkFormat, name, original };
  if (format === 'pairs') {
    if (typeof sourceOriginal !== 'string') throw new ProjectError('The project pairs two texts but holds no source text.');
    file.sourceOriginal = sourceOriginal;
    file.sourceName = typeof sourceName === 'string' ? sourceName : '';
  }
  return file;
}

/**
 * Reads a project file written by this tool: the current format, and version 1 ("revisor-review", written by the
 * storage alert's "Export now" of earlier versions), which held a plain-text article. Throws ProjectError with a
 * message for the reviewer when the file is not a project or is damaged.
 */
export function parseProject(text: string): ReviewProjectFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ProjectError(`The project file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isObject(data)) throw new ProjectError('The project file is not a Revisor project.');
  let file: WorkFile;
  if (data.format === 'revisor-review' && data.version === 1) {
    if (typeof data.text !== 'string') throw new ProjectError('The project has no article text.');
    file = { format: 'text', name: typeof data.title === 'string' ? data.title : '', original: data.text };
  } else if (data.format === PROJECT_FORMAT) {
    if (data.version !== PROJECT_VERSION) {
      const isNewer = typeof data.version === 'number' && data.version > PROJECT_VERSION;
      throw new ProjectError(
        isNewer
          ? `The project was written by a newer Revisor (version ${String(data.version)}); this one reads version ${PROJECT_VERSION}.`
          : `The project has an unknown version (${String(data.version)}); this Revisor reads version ${PROJECT_VERSION}.`,
      );
    }
    file = readFile(data.file);
  } else {
    throw new ProjectError('The project file is not a Revisor project.');
  }
  if (typeof data.title !== 'string' || typeof data.lang !== 'string') throw new ProjectError('The project has no title or language.');
  const checked = validateReviewState(data.review);
  if ('problems' in checked) {
    const shown = checked.problems.slice(0, 3).join('; ');
    const more = checked.problems.length > 3 ? ` (and ${checked.problems.length - 3} more)` : '';
    throw new ProjectError(`The project's review is damaged: ${shown}${more}.`);
  }
  const project: ReviewProjectFile = {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    title: data.title,
    lang: data.lang,
    file,
    review: checked.review,
    exportedAt: typeof data.exportedAt === 'string' ? data.exportedAt : '',
  };
  if (typeof data.sourceLang === 'string') project.sourceLang = data.sourceLang;
  return project;
}
