// English texts of flags and checks for the CLI, read from the app's locale file so both say the same thing.
import enChecks from '../i18n/locales/en/checks.json' with { type: 'json' };
import type { MessageData } from '../core/index.ts';

type MessageTable = Record<string, Record<string, string> | undefined>;

const MESSAGES: MessageTable = enChecks;

/** What each check looks for, for SARIF rule descriptions; the locale files only hold per-finding messages. */
const CHECK_DESCRIPTIONS: Record<string, string> = {
  'repeated-phrase': 'A word or phrase repeated back to back or within a few words.',
  'garbled-word': 'A token that is no word of the language, nor a name, number, abbreviation or URL.',
  'missing-space': 'Text glued together across punctuation or a change of case.',
  'near-duplicate-sentence': 'A sentence that repeats another sentence of the article with small changes.',
  untranslated: 'Source-language words or sentences left in the translation.',
  boilerplate: 'Website furniture that is not article text: site names, share prompts, bylines.',
  'unpaired-quote-bracket': 'A quotation mark or bracket without its partner, or the wrong quote style.',
  'number-mismatch': 'A number of the source that is missing or changed in the translation.',
  'truncated-sentence': 'A sentence that stops mid-clause or lacks final punctuation.',
  'length-ratio': 'A translation far shorter or longer than its source.',
};

// Same syntax as i18next's default interpolation, so the locale file needs no CLI-specific variant.
const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;

/** The English message of a flag with its data filled in; the bare key when the locale has no text for it. */
export function formatMessage(check: string, messageId: string, data: MessageData = {}): string {
  const template = MESSAGES[check]?.[messageId];
  if (template === undefined) return `${check}.${messageId}`;
  return template.replace(PLACEHOLDER, (placeholder, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : placeholder,
  );
}

/** One sentence on what a check finds. */
export function describeCheck(check: string): string {
  return CHECK_DESCRIPTIONS[check] ?? `Finds ${check.replace(/-/g, ' ')} problems.`;
}
