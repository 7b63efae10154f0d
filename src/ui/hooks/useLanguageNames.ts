// Localised names of article languages, interface languages and encodings; literal keys so the key test sees them.
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../i18n/index.ts';
import type { ArticleLanguage, TextEncodingName } from '../../store/slices/document/state.ts';

export function useArticleLanguageNames(): Record<ArticleLanguage, string> {
  const { t } = useTranslation();
  return {
    de: t('languages.de'),
    en: t('languages.en'),
    fr: t('languages.fr'),
    es: t('languages.es'),
    it: t('languages.it'),
    nl: t('languages.nl'),
    pt: t('languages.pt'),
    und: t('languages.und'),
  };
}

export function useUiLanguageNames(): Record<UiLanguage, string> {
  const { t } = useTranslation();
  return { en: t('uiLanguages.en'), de: t('uiLanguages.de') };
}

export function useEncodingNames(): Record<TextEncodingName, string> {
  const { t } = useTranslation();
  return {
    'utf-8': t('encodings.utf-8'),
    'utf-16le': t('encodings.utf-16le'),
    'utf-16be': t('encodings.utf-16be'),
    'windows-1252': t('encodings.windows-1252'),
  };
}
