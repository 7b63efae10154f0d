// The review model's data: what a reviewer decided, annotated and corrected; plain JSON so it can be saved and exported.
import type { Flag, Suggestion } from '../checks/define-check.ts';

export type AnnotationSeverity = 'neutral' | 'minor' | 'major' | 'critical';

export type AnnotationOrigin = { kind: 'manual' } | { kind: 'check'; check: string; flagId: string };

export interface Annotation {
  id: string;
  /** Index of the sentence (in the original segmentation) the span lies in. */
  sentence: number;
  /** [start, end) in UTF-16 code units of the sentence's CURRENT text (its edit, or the original). */
  start: number;
  end: number;
  /** The annotated text when it was last anchored; re-anchoring after an edit looks for it. */
  quote: string;
  /** MQM category path from the typology, e.g. "Fluency/Grammar". */
  category: string;
  severity: AnnotationSeverity;
  comment: string;
  /** The reviewer's proposed replacement of the span; '' when none. */
  correction: string;
  origin: AnnotationOrigin;
  /** True when an edit removed or changed the annotated text so that it could not be re-anchored exactly. */
  stale: boolean;
  /**
   * Only on annotations made by applying a suggestion: the text the fix replaced. The span then covers the
   * replacement (empty for a deletion), so the error is still counted and the removed words still shown.
   */
  replaced?: string;
  createdAt: string;
  updatedAt: string;
}

/** 'fixed': the reviewer applied one of the flag's suggestions (a true positive, like 'accepted'). */
export type FlagStatus = 'open' | 'accepted' | 'dismissed' | 'fixed';

export interface FlagDecision {
  status: Exclude<FlagStatus, 'open'>;
  /** The flag's check, kept so per-check dismissal counts survive the flag disappearing after an edit. */
  check: string;
  /** Optional reason given when dismissing. */
  reason?: string;
  /** The annotation an accepted or fixed flag became (absent once that annotation is deleted from a fixed flag). */
  annotationId?: string;
  at: string;
}

export interface MqmWeights {
  neutral: number;
  minor: number;
  major: number;
  critical: number;
  /** Weight of a minor Fluency/Punctuation error (WMT: 0.1). */
  minorPunctuation: number;
  /** Weight of a Non-translation at any severity but neutral (WMT: 25). */
  nonTranslation: number;
}

export interface ReviewSettings {
  weights: MqmWeights;
  /** Pass when the 0–100 quality score is at least this. */
  passThreshold: number;
  /** Checks the reviewer muted for this article: their open flags are hidden. */
  mutedChecks: string[];
}

/** Everything a review holds besides the original article, which never changes. */
export interface ReviewState {
  /** Current text of edited sentences, by sentence index; absent = unedited (an edit back to the original removes it). */
  edits: Record<number, string>;
  annotations: Annotation[];
  /** Decisions on flags, by flag id (flags of the original analysis, or of a re-check of an edited sentence). */
  decisions: Record<string, FlagDecision>;
  /** Sentences the reviewer marked as reviewed. */
  reviewed: Record<number, true>;
  settings: ReviewSettings;
}

/** A flag in sentence terms: its offsets and its suggestions' offsets are into the sentence's current text. */
export interface SentenceFlag extends Omit<Flag, 'start' | 'end' | 'suggestions'> {
  sentence: number;
  start: number;
  end: number;
  suggestions: Suggestion[];
}

export type AnnotationChanges = Partial<Pick<Annotation, 'category' | 'severity' | 'comment' | 'correction' | 'start' | 'end'>>;

export interface ReviewSettingsChanges {
  weights?: Partial<MqmWeights>;
  passThreshold?: number;
}

export type ReviewAction =
  /** `sentenceText`: the sentence's current text, for the annotation's quote; category/severity override the flag's. */
  | {
      type: 'accept-flag';
      flag: SentenceFlag;
      sentenceText: string;
      annotationId: string;
      category?: string;
      severity?: AnnotationSeverity;
      at: string;
    }
  | { type: 'dismiss-flag'; flagId: string; check: string; reason?: string; at: string }
  | { type: 'reopen-flag'; flagId: string }
  /** `sentenceText`: the sentence's current text, which the suggestion's offsets index; `originalText`: its original. */
  | {
      type: 'apply-suggestion';
      flag: SentenceFlag;
      suggestion: number;
      sentenceText: string;
      originalText: string;
      annotationId: string;
      at: string;
    }
  | { type: 'add-annotation'; annotation: Annotation }
  /** `sentenceText` (the current text) is needed when start or end change, to take the new quote. */
  | { type: 'update-annotation'; id: string; changes: AnnotationChanges; sentenceText?: string; at: string }
  | { type: 'delete-annotation'; id: string }
  /** The reducer knows the current text (edit or `originalText`); `previousText` is accepted but not needed. */
  | { type: 'edit-sentence'; sentence: number; text: string; originalText: string; previousText?: string; at: string }
  | { type: 'revert-sentence'; sentence: number; originalText: string; at: string }
  | { type: 'set-reviewed'; sentence: number; reviewed: boolean }
  | { type: 'mute-check'; check: string; muted: boolean }
  | { type: 'set-settings'; settings: ReviewSettingsChanges };
