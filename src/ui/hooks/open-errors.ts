// Turns the typed errors of the format readers into the error banner's data; anything else is a bug and is rethrown.
import { DelimitedParseError } from '../../core/formats/delimited.ts';
import { XliffError } from '../../core/formats/xliff.ts';
import { XmlError } from '../../core/formats/xml.ts';
import { ProjectError } from '../../core/project/project-json.ts';
import { WorkError } from '../../core/project/work.ts';
import type { OpenError } from '../../store/slices/view/state.ts';

export function describeOpenFailure(error: unknown, name: string): OpenError {
  if (error instanceof XmlError) {
    const kind = error.code === 'entity-declaration' || error.code === 'undefined-entity' ? 'unsafe-xml' : 'malformed';
    return { kind, name, line: error.line, column: error.column, detail: error.message };
  }
  if (error instanceof XliffError) {
    return { kind: error.code === 'unsupported-version' ? 'unsupported-version' : 'malformed', name, detail: error.message };
  }
  if (error instanceof DelimitedParseError) {
    if (error.kind === 'empty') return { kind: 'empty', name };
    return { kind: 'malformed', name, ...(error.line > 0 ? { line: error.line } : {}), detail: error.message };
  }
  if (error instanceof WorkError) {
    return { kind: error.code === 'empty' ? 'empty' : 'no-segments', name, detail: error.message };
  }
  if (error instanceof ProjectError) return { kind: 'invalid-project', name, detail: error.message };
  throw error;
}
