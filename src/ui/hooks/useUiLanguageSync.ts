// Keeps i18next, <html lang> and the page title in step with the interface language held in the store.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store.ts';
import { selectTitle } from '../../store/slices/document/selectors.ts';
import { selectUiLanguage } from '../../store/slices/view/selectors.ts';

export function useUiLanguageSync(): void {
  const uiLanguage = useAppStore(selectUiLanguage);
  const title = useAppStore(selectTitle);
  const { t, i18n } = useTranslation();

  useEffect(() => {
    if (i18n.language !== uiLanguage) void i18n.changeLanguage(uiLanguage);
    document.documentElement.lang = uiLanguage;
  }, [i18n, uiLanguage]);

  useEffect(() => {
    const appName = t('app.name');
    document.title = title ? `${title} – ${appName}` : appName;
  }, [t, title]);
}
