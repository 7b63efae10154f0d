// What a check is: metadata, a pure detect function, and the valid/invalid cases that document it.
import type { Sentence, Span } from '../document/document.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { WordIndex } from '../text/words.ts';

export type Severity = 'minor' | 'major' | 'critical';

export interface Suggestion {
  start: number;
  end: number;
  replacement: string;
}

export type MessageData = Record<string, string | number>;

/** What a check reports; the runner adds id, check, category and default severity to make a Flag. */
export interface Finding {
  start: number;
  end: number;
  messageId: string;
  data?: MessageData;
  suggestions?: Suggestion[];
  /** Overrides the check's default severity for this finding. */
  severity?: Severity;
  /** Overrides the check's MQM category for this finding (length-ratio: omission or addition). */
  category?: string;
}

export interface Flag {
  id: string;
  check: string;
  start: number;
  end: number;
  /** MQM category path, e.g. "Fluency/Spelling". */
  category: string;
  severity: Severity;
  messageId: string;
  data: MessageData;
  suggestions: Suggestion[];
}

/** A source sentence paired with target sentences (indexes into each side's sentence list). */
export interface SentencePair {
  source: number[];
  target: number[];
}

export interface SourceContext {
  text: string;
  lang: string;
  sentences: Sentence[];
  pairs: SentencePair[];
}

export interface CheckContext {
  /** The whole target text; all offsets are into it. */
  text: string;
  lang: string;
  sentences: Sentence[];
  /** The dictionary of `lang`, when one is loaded. */
  lexicon?: Lexicon;
  source?: SourceContext;
  /**
   * Word tokens of `text`, found once per analysis and shared by the checks (createCheckContext sets it; it
   * tokenises on first use). Read it through `wordsOf(ctx)` from context-text.ts, which also serves contexts without it.
   */
  words?: WordIndex;
  /** Paragraphs (non-blank lines) of `text`, as findParagraphs returns them; read through `paragraphsOf(ctx)`. */
  paragraphs?: readonly Span[];
}

export interface CheckMeta {
  id: string;
  /** MQM category path. */
  mqm: string;
  severity: Severity;
  /** Language tags the check runs on; '*' for any language. */
  langs: string[];
  /** Message ids; their text lives in src/i18n/locales/<lng>/checks.json under "<id>.<messageId>". */
  messages: string[];
  /** Runs only when a source text is given. */
  requiresSource?: boolean;
  /** Runs only when a lexicon for the language is loaded. */
  requiresLexicon?: boolean;
}

export interface ExpectedFinding {
  messageId: string;
  range: [number, number];
  data?: MessageData;
  /** Replacement texts of the suggestions, in order, when the case pins them. */
  suggestions?: string[];
}

export interface CheckCase {
  text: string;
  lang?: string;
  source?: string;
  sourceLang?: string;
}

export interface InvalidCase extends CheckCase {
  findings: ExpectedFinding[];
}

export interface CheckDefinition {
  meta: CheckMeta;
  detect(ctx: CheckContext): Finding[];
  cases: {
    valid: (string | CheckCase)[];
    invalid: InvalidCase[];
  };
}

export function defineCheck(definition: CheckDefinition): CheckDefinition {
  return definition;
}
