// Number and file-size formatting in the interface language ("1,234" / "1.234", "6.2 MB" / "6,2 MB").
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface Formatters {
  formatNumber: (value: number) => string;
  formatPercent: (ratio: number) => string;
  formatBytes: (bytes: number) => string;
}

export function createFormatters(locale: string): Formatters {
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const unit = (name: string) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: 1 });
  const megabytes = unit('megabyte');
  const kilobytes = unit('kilobyte');
  const bytes = unit('byte');
  return {
    formatNumber: (value) => number.format(value),
    formatPercent: (ratio) => percent.format(ratio),
    // Binary multiples, matching how the 5 MB limit is counted.
    formatBytes: (value) =>
      value >= 1024 * 1024
        ? megabytes.format(value / (1024 * 1024))
        : value >= 1024
          ? kilobytes.format(value / 1024)
          : bytes.format(value),
  };
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => createFormatters(locale), [locale]);
}
