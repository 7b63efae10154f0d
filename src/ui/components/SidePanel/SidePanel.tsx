// The right-hand panel: review progress and actions, the flags to work through, the MQM score, the document map, then article details.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FlagsPanel } from '../Flags/FlagsPanel.tsx';
import { AnnotationsPanel } from '../Annotate/AnnotationsPanel.tsx';
import { DocumentMap } from '../Minimap/DocumentMap.tsx';
import { ReviewPanel } from '../Review/ReviewPanel.tsx';
import { ReviewScore } from '../Review/ReviewScore.tsx';
import { ArticleInfo } from './ArticleInfo.tsx';

/** A titled region of the panel; its heading names it for assistive technology. */
function PanelSection({ name, heading, id, className = '', children }: {
  name: string;
  heading: string;
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  const headingId = `${name}-heading`;
  return (
    <section id={id} className={`panel-section ${className}`.trim()} aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-heading">
        {heading}
      </h2>
      {children}
    </section>
  );
}

export function SidePanel() {
  const { t } = useTranslation();
  return (
    <aside className="side-panel" aria-label={t('info.region')}>
      <PanelSection name="review" heading={t('review.heading')}>
        <ReviewPanel />
      </PanelSection>
      <PanelSection name="flags" id="flags-panel" className="flags-panel" heading={t('info.flagsHeading')}>
        <FlagsPanel />
      </PanelSection>
      <PanelSection name="annotations" heading={t('annotations.heading')}>
        <AnnotationsPanel />
      </PanelSection>
      <ReviewScore />
      <PanelSection name="map" className="document-map" heading={t('workspace:minimap.label')}>
        <DocumentMap />
      </PanelSection>
      <PanelSection name="info" heading={t('info.heading')}>
        <ArticleInfo />
      </PanelSection>
    </aside>
  );
}
