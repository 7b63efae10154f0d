// i18next setup: bundled English and German resources (ui, checks, mqm and workspace namespaces), the UI-language choice and its persistence.
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import enUi from './locales/en/ui.json';
import deUi from './locales/de/ui.json';
import enChecks from './locales/en/checks.json';
import deChecks from './locales/de/checks.json';
import enMqm from './locales/en/mqm.json';
import deMqm from './locales/de/mqm.json';
import enWorkspace from './locales/en/workspace.json';
import deWorkspace from './locales/de/workspace.json';

export const UI_LANGUAGES = ['en', 'de'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const DEFAULT_UI_LANGUAGE: UiLanguage = 'en';

/** localStorage key of the reviewer's interface-language choice. */
export const UI_LANGUAGE_STORAGE_KEY = 'revisor.uiLanguage';

export const resources = {
  en: { ui: enUi, checks: enChecks, mqm: enMqm, workspace: enWorkspace },
  de: { ui: deUi, checks: deChecks, mqm: deMqm, workspace: deWorkspace },
} as const;

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** The stored choice if there is one, else the first browser language we have ("de-AT" → de), else English. */
export function detectInitialUiLanguage(
  storage: Pick<Storage, 'getItem'> | null = safeLocalStorage(),
  browserLanguages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language],
): UiLanguage {
  const stored = readStorage(storage);
  if (isUiLanguage(stored)) return stored;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isUiLanguage(base)) return base;
  }
  return DEFAULT_UI_LANGUAGE;
}

export function persistUiLanguage(lng: UiLanguage, storage: Pick<Storage, 'setItem'> | null = safeLocalStorage()): void {
  try {
    storage?.setItem(UI_LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // Private mode or a full quota: the choice simply is not remembered.
  }
}

/** A fresh, synchronously initialised i18next instance; tests make one each so languages do not leak between them. */
export function createI18n(lng: UiLanguage = DEFAULT_UI_LANGUAGE): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: DEFAULT_UI_LANGUAGE,
    supportedLngs: [...UI_LANGUAGES],
    ns: ['ui', 'checks', 'mqm', 'workspace'],
    defaultNS: 'ui',
    resources,
    initAsync: false,
    // React escapes text itself; escaping here would show "&quot;" in titles.
    interpolation: { escapeValue: false },
  });
  return instance;
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some browsers throw on mere access when storage is disabled.
    return null;
  }
}

function readStorage(storage: Pick<Storage, 'getItem'> | null): string | null {
  try {
    return storage?.getItem(UI_LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}
