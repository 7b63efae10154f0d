// The banner: app name, the ways to open an article, and the language controls.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../../store/store.ts';
import { selectCanAddSource } from '../../../store/slices/document/selectors.ts';
import type { Sample } from '../../samples.ts';
import { ArticleLanguageSelect } from './ArticleLanguageSelect.tsx';
import { OpenFileButton } from './OpenFileButton.tsx';
import { SamplesMenu } from './SamplesMenu.tsx';
import { UiLanguageSelect } from './UiLanguageSelect.tsx';
import { ReviewsMenu } from '../Reviews/ReviewsMenu.tsx';
import { SaveStatus } from '../Feedback/SaveStatus.tsx';

interface AppHeaderProps {
  samples: readonly Sample[];
  onOpenFile: (file: File) => void;
  onOpenSource: (file: File) => void;
  onOpenSample: (name: string) => void;
  onPaste: () => void;
}

export function AppHeader({ samples, onOpenFile, onOpenSource, onOpenSample, onPaste }: AppHeaderProps) {
  const { t } = useTranslation();
  const canAddSource = useAppStore(selectCanAddSource);
  return (
    <header className="app-header">
      <div className="brand">
        <h1 className="brand-name">{t('app.name')}</h1>
        <p className="brand-tagline">{t('app.tagline')}</p>
      </div>
      <div className="header-actions" role="group" aria-label={t('header.actions')}>
        <OpenFileButton onFile={onOpenFile} />
        <button type="button" className="button" onClick={onPaste}>
          {t('header.paste')}
        </button>
        <OpenFileButton
          onFile={onOpenSource}
          label={t('header.addSource')}
          accept=".txt,text/plain"
          disabled={!canAddSource}
          title={canAddSource ? t('header.addSourceHint') : t('header.addSourceUnavailable')}
        />
        <SamplesMenu samples={samples} onOpen={onOpenSample} />
        <ReviewsMenu />
      </div>
      <div className="header-settings">
        <SaveStatus />
        <ArticleLanguageSelect />
        <UiLanguageSelect />
      </div>
    </header>
  );
}
