// Runs every registered check's own valid and invalid cases: the check's documentation doubles as its test.
import { describe, expect, it } from 'vitest';
import { createCheckContext } from '../../../src/core/checks/analyzer.ts';
import type { CheckCase, CheckDefinition, ExpectedFinding, Finding } from '../../../src/core/checks/define-check.ts';
import { checks } from '../../../src/core/checks/index.ts';
import type { Lexicons } from '../../../src/core/lexicon/lexicon.ts';
import { loadLexicon } from '../../../src/core/lexicon/load-lexicon.ts';

const asCase = (c: string | CheckCase): CheckCase => (typeof c === 'string' ? { text: c } : c);

const label = (text: string) => JSON.stringify(text.length > 70 ? `${text.slice(0, 67)}...` : text);

async function detect(check: CheckDefinition, c: CheckCase): Promise<Finding[]> {
  const lang = c.lang ?? 'de';
  const lexicons: Lexicons = {};
  if (check.meta.requiresLexicon) {
    const lexicon = await loadLexicon(lang);
    if (!lexicon) throw new Error(`No lexicon for "${lang}" is installed`);
    lexicons[lang] = lexicon;
  }
  const { ctx } = createCheckContext({ text: c.text, lang, sourceText: c.source, sourceLang: c.sourceLang }, lexicons);
  return check.detect(ctx);
}

// Only what the case pins is compared: data and suggestion texts when given, never message prose.
function project(finding: Finding, expected: ExpectedFinding | undefined): ExpectedFinding {
  const result: ExpectedFinding = { messageId: finding.messageId, range: [finding.start, finding.end] };
  if (expected?.data !== undefined) result.data = finding.data ?? {};
  if (expected?.suggestions !== undefined) result.suggestions = (finding.suggestions ?? []).map((s) => s.replacement);
  return result;
}

const byRange = <T extends { range: [number, number]; messageId: string }>(a: T, b: T) =>
  a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.messageId.localeCompare(b.messageId);

describe('check cases', () => {
  for (const check of checks) {
    describe(check.meta.id, () => {
      for (const c of check.cases.valid.map(asCase)) {
        it(`gives no finding for ${label(c.text)}`, async () => {
          expect(await detect(check, c)).toEqual([]);
        });
      }
      for (const c of check.cases.invalid) {
        const ids = c.findings.map((f) => f.messageId).join(', ');
        it(`finds ${ids} in ${label(c.text)}`, async () => {
          const expected = [...c.findings].sort(byRange);
          const actual = (await detect(check, c))
            .map((f) => ({ messageId: f.messageId, range: [f.start, f.end] as [number, number], finding: f }))
            .sort(byRange);
          expect(actual.map((a, i) => project(a.finding, expected[i]))).toEqual(expected);
        });
      }
    });
  }
});
