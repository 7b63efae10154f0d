// Runs one check case the way the shared cases test does, for the check-specific test files.
import type { CheckCase, CheckDefinition, Finding, InvalidCase } from '../../../src/core/checks/define-check.ts';
import { createDocument } from '../../../src/core/document/document.ts';
import { loadLexicon } from '../../../src/core/lexicon/load-lexicon.ts';

/** The findings of `check` on a case (a lexicon is loaded when the check needs one). */
export async function runValid(check: CheckDefinition, c: string | CheckCase): Promise<Finding[]> {
  const { text, lang = 'de' } = typeof c === 'string' ? { text: c } : c;
  const lexicon = check.meta.requiresLexicon ? await loadLexicon(lang) : undefined;
  return check.detect({ text, lang, sentences: createDocument(text, lang).sentences, lexicon });
}

/** Actual and expected findings of an invalid case, in the shape the case pins. */
export async function runCase(check: CheckDefinition, c: InvalidCase) {
  const findings = await runValid(check, c);
  const actual = findings.map((f, i) => ({
    messageId: f.messageId,
    range: [f.start, f.end],
    ...(c.findings[i]?.data ? { data: f.data } : {}),
    ...(c.findings[i]?.suggestions ? { suggestions: (f.suggestions ?? []).map((s) => s.replacement) } : {}),
  }));
  return { actual, expected: c.findings };
}
