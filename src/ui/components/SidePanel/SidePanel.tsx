// The right-hand panel: the flags the checks found (what a reviewer works through), then article details.
import { useTranslation } from 'react-i18next';
import { FlagsPanel } from '../Flags/FlagsPanel.tsx';
import { ArticleInfo } from './ArticleInfo.tsx';

export function SidePanel() {
  const { t } = useTranslation();
  return (
    <aside className="side-panel" aria-label={t('info.region')}>
      <section id="flags-panel" className="panel-section flags-panel" aria-labelledby="flags-heading">
        <h2 id="flags-heading" className="panel-heading">
          {t('info.flagsHeading')}
        </h2>
        <FlagsPanel />
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
