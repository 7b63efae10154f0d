// The right-hand panel: review progress and actions, the flags to work through, the MQM score, the document map, then article details.
import { useTranslation } from 'react-i18next';
import { FlagsPanel } from '../Flags/FlagsPanel.tsx';
import { AnnotationsPanel } from '../Annotate/AnnotationsPanel.tsx';
import { DocumentMap } from '../Minimap/DocumentMap.tsx';
import { ReviewPanel } from '../Review/ReviewPanel.tsx';
import { ReviewScore } from '../Review/ReviewScore.tsx';
import { ArticleInfo } from './ArticleInfo.tsx';

export function SidePanel() {
  const { t } = useTranslation();
  return (
    <aside className="side-panel" aria-label={t('info.region')}>
      <section className="panel-section" aria-labelledby="review-heading">
        <h2 id="review-heading" className="panel-heading">
          {t('review.heading')}
        </h2>
        <ReviewPanel />
      </section>
      <section id="flags-panel" className="panel-section flags-panel" aria-labelledby="flags-heading">
        <h2 id="flags-heading" className="panel-heading">
          {t('info.flagsHeading')}
        </h2>
        <FlagsPanel />
      </section>
      <section className="panel-section" aria-labelledby="annotations-heading">
        <h2 id="annotations-heading" className="panel-heading">
          {t('annotations.heading')}
        </h2>
        <AnnotationsPanel />
      </section>
      <ReviewScore />
      <section className="panel-section document-map" aria-labelledby="map-heading">
        <h2 id="map-heading" className="panel-heading">
          {t('workspace:minimap.label')}
        </h2>
        <DocumentMap />
      </section>
      <section className="panel-section" aria-labelledby="info-heading">
        <h2 id="info-heading" className="panel-heading">
          {t('info.heading')}
        </h2>
        <ArticleInfo />
      </section>
    </aside>
  );
}
