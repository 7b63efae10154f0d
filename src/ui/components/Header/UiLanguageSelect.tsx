// The interface-language select (English/Deutsch); the choice is remembered in localStorage.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, isUiLanguage, persistUiLanguage } from '../../../i18n/index.ts';
import { useAppStore } from '../../../store/store.ts';
import { selectSetUiLanguage, selectUiLanguage } from '../../../store/slices/view/selectors.ts';
import { useUiLanguageNames } from '../../hooks/useLanguageNames.ts';

export function UiLanguageSelect() {
  const { t } = useTranslation();
  const id = useId();
  const uiLanguage = useAppStore(selectUiLanguage);
  const setUiLanguage = useAppStore(selectSetUiLanguage);
  const names = useUiLanguageNames();
  return (
    <div className="field">
      <label htmlFor={id}>{t('header.uiLanguage')}</label>
      <select
        id={id}
        value={uiLanguage}
        onChange={(event) => {
          const lng = event.target.value;
          if (!isUiLanguage(lng)) return;
          setUiLanguage(lng);
          persistUiLanguage(lng);
        }}
      >
        {UI_LANGUAGES.map((code) => (
          // Each language is named in itself, so a reader who landed in the wrong one can find theirs.
          <option key={code} value={code} lang={code}>
            {names[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
