// The side panel's annotations: the current sentence's span picker and annotations, then every annotation of the article.
import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../../store/store.ts';
import { selectActiveSentence, selectAnnotations } from '../../../store/slices/review/selectors.ts';
import { selectIsReadOnly } from '../../../store/slices/reviews/selectors.ts';
import { useAnnotateActions } from '../../hooks/useAnnotateActions.ts';
import { useAnnotateSentence } from '../../hooks/useAnnotateSentence.ts';
import { AnnotationList } from './AnnotationList.tsx';
import { SentenceAnnotator } from './SentenceAnnotator.tsx';

function CurrentSentenceAnnotator({ sentence }: { sentence: number }) {
  const { text, annotations } = useAnnotateSentence(sentence);
  const { addAnnotation, updateAnnotation, deleteAnnotation } = useAnnotateActions();
  const isReadOnly = useAppStore(selectIsReadOnly);
  return (
    <SentenceAnnotator
      sentence={sentence}
      text={text}
      annotations={annotations}
      onAdd={(draft) => addAnnotation(sentence, draft)}
      onUpdate={updateAnnotation}
      onDelete={deleteAnnotation}
      isReadOnly={isReadOnly}
    />
  );
}

export function AnnotationsPanel() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const sentence = useAppStore(selectActiveSentence);
  const annotations = useAppStore(selectAnnotations);
  return (
    <>
      {sentence === null ? (
        <p className="panel-placeholder">{t('annotations.noSentence')}</p>
      ) : (
        <>
          <h3 className="panel-subheading">{t('annotations.currentSentence', { number: sentence + 1 })}</h3>
          <CurrentSentenceAnnotator key={sentence} sentence={sentence} />
        </>
      )}
      <AnnotationList
        annotations={annotations}
        onSelect={(annotation) => {
          const state = store.getState();
          state.selectFlag(null);
          state.setReviewCursor(annotation.sentence);
        }}
      />
    </>
  );
}
