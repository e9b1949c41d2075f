import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { defaultLocale, locales, type Locale } from '../../shared/locales';
import { en } from './en';
import { sv } from './sv';

void i18n.use(initReactI18next).init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  lng: defaultLocale,
  fallbackLng: defaultLocale,
  supportedLngs: [...locales],
  interpolation: { escapeValue: false },
});

// Screen readers pick pronunciation from <html lang>, so it follows the chosen language.
document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Switches the UI language; a no-op when it is already active. */
export async function applyLocale(locale: Locale): Promise<void> {
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

export function useLocale(): Locale {
  const { i18n: instance } = useTranslation();
  return isLocale(instance.language) ? instance.language : defaultLocale;
}

/** Picks the current language from a shared `{ sv, en }` label, e.g. roleLabels[code]. */
export function useLabel(): (labels: Record<Locale, string>) => string {
  const locale = useLocale();
  return (labels) => labels[locale];
}

export { i18n };
