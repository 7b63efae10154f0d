// Localised severity names for flags (ui.json) and annotations (neutral only exists in MQM), shared by filters and minimap.
import { useCallback } from 'react';
import { useFlagText } from '../../hooks/useFlagText.ts';
import { useMqmText } from '../Annotate/useMqmText.ts';

/** An unknown severity comes back as it is, so new data still shows. */
export function useSeverityName(): (severity: string) => string {
  const flagText = useFlagText();
  const mqm = useMqmText();
  return useCallback(
    (severity: string) => {
      if (severity === 'minor' || severity === 'major' || severity === 'critical') return flagText.severityName(severity);
      if (severity === 'neutral') return mqm.severityName('neutral');
      return severity;
    },
    [flagText, mqm],
  );
}
