import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { messages as en } from './en/index.js';
import { messages as fr } from './fr/index.js';
import type { Messages } from './messages.js';

export type Locale = 'fr' | 'en';
const CATALOGUES: Record<Locale, Messages> = { fr, en };
const STORAGE_KEY = 'fabrique.locale';

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  m: Messages;
}

const LocaleContext = createContext<LocaleState>({ locale: 'fr', setLocale: () => {}, m: fr });

function initialLocale(): Locale {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'fr';
}

/** French by default; the switch is remembered on this device. */
export function LocaleProvider({ children }: { children: ComponentChildren }) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, locale);
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale, m: CATALOGUES[locale] }), [locale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export const useLocale = () => useContext(LocaleContext);
/** The texts of the current language: `const m = useMessages(); m.common.save`. */
export const useMessages = () => useContext(LocaleContext).m;
