// Runs checks over one context and turns their findings into flags with stable ids; a failing check never stops the others.
import type { CheckContext, CheckDefinition, Finding, Flag } from './define-check.ts';

/** A check that threw or returned something unusable; the analysis goes on without it. */
export interface CheckError {
  check: string;
  message: string;
}

/** Time one step of an analysis took, in the unit of the clock that measured it (milliseconds for performance.now). */
export interface StepTiming {
  /** A check id, or a step of the analyzer in parentheses, like "(document)". */
  step: string;
  ms: number;
}

export interface CheckRun {
  flags: Flag[];
  errors: CheckError[];
  /** Time each check that ran took; only when runChecks was given a clock. */
  timings?: StepTiming[];
}

/** Primary subtag, lower case: "de-CH" → "de". */
export function primaryLanguage(lang: string): string {
  return lang.split(/[-_]/)[0]!.toLowerCase();
}

/** Why a check cannot run on this context, or undefined when it can. */
export function skipReason(check: CheckDefinition, ctx: CheckContext): string | undefined {
  const { langs, requiresLexicon, requiresSource } = check.meta;
  const lang = primaryLanguage(ctx.lang);
  if (!langs.includes('*') && !langs.some((l) => primaryLanguage(l) === lang)) return 'language';
  if (requiresLexicon && !ctx.lexicon) return 'lexicon';
  if (requiresSource && !ctx.source) return 'source';
  return undefined;
}

function isOffset(value: unknown, length: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= length;
}

// A broken finding would point the UI or an export at text that is not there, so it is dropped and reported.
function findingProblem(finding: Finding, check: CheckDefinition, length: number): string | undefined {
  if (!isOffset(finding.start, length) || !isOffset(finding.end, length) || finding.start > finding.end) {
    return `range [${String(finding.start)}, ${String(finding.end)}) outside the text`;
  }
  if (!check.meta.messages.includes(finding.messageId)) return `unknown message "${finding.messageId}"`;
  for (const s of finding.suggestions ?? []) {
    if (!isOffset(s.start, length) || !isOffset(s.end, length) || s.start > s.end || typeof s.replacement !== 'string') {
      return 'suggestion outside the text';
    }
  }
  return undefined;
}

/**
 * Run `checks` on `ctx` (skipping those that cannot run) and return flags sorted by start, with ids unique per run.
 * With a clock (`performance.now`; core code has none of its own) the run also reports the time of each check.
 */
export function runChecks(ctx: CheckContext, checks: readonly CheckDefinition[], now?: () => number): CheckRun {
  const flags: Flag[] = [];
  const errors: CheckError[] = [];
  const timings: StepTiming[] = [];
  const seen = new Map<string, number>();
  for (const check of checks) {
    if (skipReason(check, ctx)) continue;
    let findings: Finding[];
    const startedAt = now?.() ?? 0;
    try {
      findings = check.detect(ctx);
      if (!Array.isArray(findings)) throw new Error('detect did not return an array');
    } catch (error) {
      errors.push({ check: check.meta.id, message: error instanceof Error ? error.message : String(error) });
      continue;
    } finally {
      if (now) timings.push({ step: check.meta.id, ms: now() - startedAt });
    }
    for (const finding of findings) {
      const problem = findingProblem(finding, check, ctx.text.length);
      if (problem) {
        errors.push({ check: check.meta.id, message: problem });
        continue;
      }
      const key = `${check.meta.id}:${finding.start}:${finding.end}`;
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      flags.push({
        id: `${key}:${n}`,
        check: check.meta.id,
        start: finding.start,
        end: finding.end,
        category: finding.category ?? check.meta.mqm,
        severity: finding.severity ?? check.meta.severity,
        messageId: finding.messageId,
        data: { ...finding.data },
        suggestions: (finding.suggestions ?? []).map((s) => ({ start: s.start, end: s.end, replacement: s.replacement })),
      });
    }
  }
  // Stable sort: equal starts keep registry order, so the result does not depend on engine details.
  flags.sort((a, b) => a.start - b.start || a.end - b.end);
  return now ? { flags, errors, timings } : { flags, errors };
}
