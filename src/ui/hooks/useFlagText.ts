// Localised words for flags: check names, severities, the message of a flag; literal keys so the key test sees them.
import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Flag, Severity } from '../../core/index.ts';

export interface FlagText {
  checkName: (check: string) => string;
  severityName: (severity: Severity) => string;
  /** The flag's message from the `checks` namespace, interpolated with its data. */
  message: (flag: Flag) => string;
  /** Severity, check and message of each flag, one per line: the title of an inline mark. */
  describe: (flags: readonly Flag[]) => string;
}

function createFlagText(t: TFunction, tChecks: TFunction): FlagText {
  const names: Partial<Record<string, string>> = {
    'repeated-phrase': t('checkNames.repeated-phrase'),
    'garbled-word': t('checkNames.garbled-word'),
    'missing-space': t('checkNames.missing-space'),
    'near-duplicate-sentence': t('checkNames.near-duplicate-sentence'),
    untranslated: t('checkNames.untranslated'),
    boilerplate: t('checkNames.boilerplate'),
    'unpaired-quote-bracket': t('checkNames.unpaired-quote-bracket'),
    'number-mismatch': t('checkNames.number-mismatch'),
    'truncated-sentence': t('checkNames.truncated-sentence'),
    'length-ratio': t('checkNames.length-ratio'),
  };
  const severities: Record<Severity, string> = {
    critical: t('severity.critical'),
    major: t('severity.major'),
    minor: t('severity.minor'),
  };
  // A check added later without a display name still shows up, under its id.
  const checkName = (check: string) => names[check] ?? check;
  const severityName = (severity: Severity) => severities[severity];
  const message = (flag: Flag) => tChecks(`${flag.check}.${flag.messageId}`, { ...flag.data });
  return {
    checkName,
    severityName,
    message,
    describe: (flags) =>
      flags
        .map((flag) =>
          t('flags.markTitle', {
            severity: severityName(flag.severity),
            check: checkName(flag.check),
            message: message(flag),
          }),
        )
        .join('\n'),
  };
}

/** Stable while the interface language stays, so memoised sentences do not re-render for nothing. */
export function useFlagText(): FlagText {
  const { t } = useTranslation();
  const { t: tChecks } = useTranslation('checks');
  return useMemo(() => createFlagText(t, tChecks), [t, tChecks]);
}
