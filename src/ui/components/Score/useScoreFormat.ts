// Score numbers in the interface language with at most two decimals ("84.45" / "84,45").
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export function useScoreFormat(): (value: number) => string {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    return (value: number) => format.format(value);
  }, [locale]);
}
