// The minimap bound to the store: open flags and annotations of the review, sentence statuses, the current sentence.
import { useMemo } from 'react';
import { useAppStore, useAppStoreApi } from '../../../store/store.ts';
import {
  selectActiveSentence,
  selectAnnotations,
  selectOpenFlags,
  selectSentences,
  selectSentenceStatuses,
} from '../../../store/slices/review/selectors.ts';
import { Minimap, type MinimapMark, type MinimapSentence } from './Minimap.tsx';

export function DocumentMap() {
  const store = useAppStoreApi();
  const sentences = useAppStore(selectSentences);
  const openFlags = useAppStore(selectOpenFlags);
  const annotations = useAppStore(selectAnnotations);
  const statuses = useAppStore(selectSentenceStatuses);
  const activeSentence = useAppStore(selectActiveSentence);

  const rows = useMemo<MinimapSentence[]>(
    () => sentences.map((s) => ({ index: s.index, paragraph: s.paragraph, length: s.end - s.start })),
    [sentences],
  );
  const marks = useMemo<MinimapMark[]>(
    () => [
      ...openFlags.map(({ flag }) => ({ sentence: flag.sentence, kind: 'flag' as const, severity: flag.severity })),
      ...annotations.map((a) => ({ sentence: a.sentence, kind: 'annotation' as const, severity: a.severity })),
    ],
    [openFlags, annotations],
  );

  if (rows.length === 0) return null;
  return (
    <Minimap
      sentences={rows}
      marks={marks}
      statuses={statuses}
      currentSentence={activeSentence ?? undefined}
      onSelect={(index) => {
        const state = store.getState();
        state.selectFlag(null);
        state.setReviewCursor(index);
      }}
    />
  );
}
