// i18next for the extension's pages. Resources are bundled, so initialisation
// is synchronous: the first render is already in the right language.
import i18next, { type i18n, type TFunction } from 'i18next';
import type { UiLanguage } from '../settings/schema';
import en from './locales/en.json';
import id from './locales/id.json';
import { formatNumber } from './format';

export const RESOURCES = { en: { translation: en }, id: { translation: id } } as const;

export type { TFunction };

/** An i18next instance holding both languages, starting in `lang`. */
export function createI18n(lang: UiLanguage = 'en'): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: false,
    supportedLngs: ['en', 'id'],
    resources: RESOURCES,
    initAsync: false,
    // Preact escapes text itself; escaping here would show `&amp;` to readers.
    interpolation: { escapeValue: false },
  });
  // `{{count, number}}` in the resources uses our locale choice (en-GB grouping).
  instance.services.formatter?.add('number', (value, lng) =>
    typeof value === 'number' ? formatNumber(value, lng === 'id' ? 'id' : 'en') : String(value),
  );
  return instance;
}
