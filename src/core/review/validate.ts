// Checks a review read from outside (a project file, storage) field by field before the app trusts it.
import { defaultMqmWeights, defaultPassThreshold, mqmSeverities } from './mqm.ts';
import type { Annotation, FlagDecision, ReviewState } from './types.ts';

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const isIndex = (key: string) => /^(0|[1-9]\d{0,8})$/u.test(key);
const isOffset = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isOptionalText = (value: unknown) => value === undefined || typeof value === 'string';
const FLAG_STATUSES = new Set(['accepted', 'dismissed', 'fixed']);

// Field by field, so nothing the file added beside the model (however large or odd) reaches the app.
function pickAnnotation(raw: Loose): Annotation {
  const origin = isObject(raw.origin) ? raw.origin : {};
  const annotation: Annotation = {
    id: raw.id as string,
    sentence: raw.sentence as number,
    start: raw.start as number,
    end: raw.end as number,
    quote: raw.quote as string,
    category: raw.category as string,
    severity: raw.severity as Annotation['severity'],
    comment: raw.comment as string,
    correction: raw.correction as string,
    origin: origin.kind === 'check' ? { kind: 'check', check: origin.check as string, flagId: origin.flagId as string } : { kind: 'manual' },
    stale: raw.stale as boolean,
    createdAt: raw.createdAt as string,
    updatedAt: raw.updatedAt as string,
  };
  if (typeof raw.replaced === 'string') annotation.replaced = raw.replaced;
  return annotation;
}

function pickDecision(raw: Loose): FlagDecision {
  const decision: FlagDecision = { status: raw.status as FlagDecision['status'], check: raw.check as string, at: raw.at as string };
  if (typeof raw.reason === 'string') decision.reason = raw.reason;
  if (typeof raw.annotationId === 'string') decision.annotationId = raw.annotationId;
  return decision;
}

/**
 * The review state in `value`, or a list of what is wrong with it. Unknown extra fields are dropped; missing
 * settings fall back to the defaults (older files did not have all of them).
 */
export function validateReviewState(value: unknown): { review: ReviewState } | { problems: string[] } {
  const problems: string[] = [];
  if (!isObject(value)) return { problems: ['the review is not an object'] };

  const edits: Record<number, string> = {};
  if (!isObject(value.edits)) problems.push('edits is not an object');
  else {
    for (const [key, text] of Object.entries(value.edits)) {
      if (!isIndex(key) || typeof text !== 'string') problems.push(`edit ${key} is not a sentence index with text`);
      else edits[Number(key)] = text;
    }
  }

  const annotations: Annotation[] = [];
  if (!Array.isArray(value.annotations)) problems.push('annotations is not a list');
  else {
    value.annotations.forEach((raw: unknown, i) => {
      const where = `annotation ${i + 1}`;
      if (!isObject(raw)) return void problems.push(`${where} is not an object`);
      const strings = ['id', 'quote', 'category', 'comment', 'correction', 'createdAt', 'updatedAt'] as const;
      const bad = strings.filter((field) => typeof raw[field] !== 'string');
      if (bad.length) problems.push(`${where}: ${bad.join(', ')} not text`);
      if (!isOffset(raw.sentence) || !isOffset(raw.start) || !isOffset(raw.end) || raw.end < raw.start) {
        problems.push(`${where}: sentence/start/end are not valid offsets`);
      }
      if (!(mqmSeverities as readonly unknown[]).includes(raw.severity)) problems.push(`${where}: unknown severity`);
      const origin = raw.origin;
      const originOk =
        isObject(origin) &&
        (origin.kind === 'manual' || (origin.kind === 'check' && typeof origin.check === 'string' && typeof origin.flagId === 'string'));
      if (!originOk) problems.push(`${where}: unknown origin`);
      if (typeof raw.stale !== 'boolean') problems.push(`${where}: stale is not true/false`);
      if (raw.replaced !== undefined && typeof raw.replaced !== 'string') problems.push(`${where}: replaced is not text`);
      annotations.push(pickAnnotation(raw));
    });
  }

  const decisions: Record<string, FlagDecision> = {};
  if (!isObject(value.decisions)) problems.push('decisions is not an object');
  else {
    for (const [id, raw] of Object.entries(value.decisions)) {
      if (
        !isObject(raw) ||
        !FLAG_STATUSES.has(raw.status as string) ||
        typeof raw.check !== 'string' ||
        typeof raw.at !== 'string' ||
        !isOptionalText(raw.reason) ||
        !isOptionalText(raw.annotationId)
      ) {
        problems.push(`decision ${id} is not a flag decision`);
      } else decisions[id] = pickDecision(raw);
    }
  }

  const reviewed: Record<number, true> = {};
  if (!isObject(value.reviewed)) problems.push('reviewed is not an object');
  else {
    for (const [key, flag] of Object.entries(value.reviewed)) {
      if (!isIndex(key) || flag !== true) problems.push(`reviewed ${key} is not a sentence index`);
      else reviewed[Number(key)] = true;
    }
  }

  const settings = isObject(value.settings) ? value.settings : {};
  const weights = { ...defaultMqmWeights };
  if (isObject(settings.weights)) {
    for (const key of Object.keys(weights) as (keyof typeof weights)[]) {
      const weight = settings.weights[key];
      if (weight === undefined) continue;
      if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) problems.push(`weight ${key} is not a number ≥ 0`);
      else weights[key] = weight;
    }
  }
  const threshold = settings.passThreshold ?? defaultPassThreshold;
  if (typeof threshold !== 'number' || !Number.isFinite(threshold)) problems.push('passThreshold is not a number');
  const muted = settings.mutedChecks ?? [];
  if (!Array.isArray(muted) || muted.some((id) => typeof id !== 'string')) problems.push('mutedChecks is not a list of check ids');

  if (problems.length > 0) return { problems };
  return {
    review: {
      edits,
      annotations,
      decisions,
      reviewed,
      settings: { weights, passThreshold: threshold as number, mutedChecks: [...(muted as string[])] },
    },
  };
}
