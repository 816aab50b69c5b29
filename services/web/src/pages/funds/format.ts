import { useQuery } from '@tanstack/preact-query';
import { communeName, formatEuros, formatNumber } from '../../format/index.js';
import { useLocale } from '../../i18n/locale.js';
import { fetchKindLabels, keys } from './api.js';

/** The area's ways of writing numbers, in the current language. */
export function useFundFormat() {
  const { locale, m } = useLocale();
  const kinds = useQuery({ queryKey: keys.kinds, queryFn: fetchKindLabels, staleTime: 3_600_000 });
  return {
    locale,
    euros: (cents: number) => formatEuros(cents, locale),
    number: (value: number, digits = 2) => formatNumber(value, locale, digits),
    hours: (value: number) => m.funds.units.hours(formatNumber(value, locale, 2)),
    percent: (ratio: number, digits = 0) =>
      m.funds.units.percent(formatNumber(ratio * 100, locale, digits)),
    /** `repair` → « Réparation »: ours for the usual kinds (both languages), else the catalogue's. */
    kind: (id: string) => m.funds.kinds[id] ?? kinds.data?.[id] ?? id,
    commune: communeName,
  };
}

export type FundFormat = ReturnType<typeof useFundFormat>;

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** `2026-03` → « mars 2026 » (the format helpers have no month-only form). */
export function formatMonth(month: string, locale: 'fr' | 'en'): string {
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Paris',
    });
    monthFormats.set(locale, format);
  }
  return format.format(new Date(`${month}-15T12:00:00Z`));
}

/** The last day of a period is just before its end (an exclusive bound: midnight after it). */
export const lastDay = (end: string) => new Date(new Date(end).getTime() - 1);
