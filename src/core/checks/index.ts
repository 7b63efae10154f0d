// The registry: every check, in the order flags are reported. Check ids never change.
import { boilerplate } from './boilerplate.ts';
import type { CheckDefinition } from './define-check.ts';
import { garbledWord } from './garbled-word.ts';
import { lengthRatio } from './length-ratio.ts';
import { missingSpace } from './missing-space.ts';
import { nearDuplicateSentence } from './near-duplicate-sentence.ts';
import { numberMismatch } from './number-mismatch.ts';
import { repeatedPhrase } from './repeated-phrase.ts';
import { truncatedSentence } from './truncated-sentence.ts';
import { unpairedQuoteBracket } from './unpaired-quote-bracket.ts';
import { untranslated } from './untranslated.ts';

export const checks: readonly CheckDefinition[] = [
  repeatedPhrase,
  nearDuplicateSentence,
  boilerplate,
  garbledWord,
  missingSpace,
  unpairedQuoteBracket,
  untranslated,
  numberMismatch,
  truncatedSentence,
  lengthRatio,
];
