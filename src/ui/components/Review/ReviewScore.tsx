// The live MQM score of the open review: scores the annotations in core and hands the figures to the score panel.
import { useMemo } from 'react';
import { scoreMqm } from '../../../core/review/mqm.ts';
import { useAppStore } from '../../../store/store.ts';
import { selectHasDocument } from '../../../store/slices/document/selectors.ts';
import {
  selectAnnotations,
  selectDispatchReview,
  selectReviewSettings,
  selectWordCount,
} from '../../../store/slices/review/selectors.ts';
import { MqmScorePanel } from '../Score/MqmScorePanel.tsx';

export function ReviewScore() {
  const hasDocument = useAppStore(selectHasDocument);
  const annotations = useAppStore(selectAnnotations);
  const settings = useAppStore(selectReviewSettings);
  const words = useAppStore(selectWordCount);
  const dispatch = useAppStore(selectDispatchReview);
  const score = useMemo(
    () => scoreMqm(annotations, words, settings.weights, settings.passThreshold),
    [annotations, words, settings.weights, settings.passThreshold],
  );
  if (!hasDocument) return null;
  return (
    <div className="panel-section">
      <MqmScorePanel
        score={score}
        weights={settings.weights}
        passThreshold={settings.passThreshold}
        words={words}
        onChangeWeights={(weights) => dispatch({ type: 'set-settings', settings: { weights } })}
        onChangeThreshold={(passThreshold) => dispatch({ type: 'set-settings', settings: { passThreshold } })}
      />
    </div>
  );
}
