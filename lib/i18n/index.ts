// i18next for the extension's pages. Resources are bundled, so initialisation
// is synchronous: the first render is already in the right language.
import i18next, { type i18n, type TFunction } from 'i18next';
import en from './locales/en.json';
import id from './locales/id.json';
import { formatNumber } from './format';
import type { OnlyIn } from './resource-keys';
import { type Lang, LANGS } from '../types';

const RESOURCES = { en: { translation: en }, id: { translation: id } } as const;

// Typed keys: i18next reads the English resources as the shape of every `t()`
// key, so a missing or misspelt key fails `npm run typecheck`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

// ...and Indonesian must hold the same keys, so the English shape speaks for
// both: a key in one language only fails the check below, naming the key.
const keysOnlyInEnglish: [OnlyIn<typeof en, typeof id>] extends [never] ? true : OnlyIn<typeof en, typeof id> = true;
const keysOnlyInIndonesian: [OnlyIn<typeof id, typeof en>] extends [never] ? true : OnlyIn<typeof id, typeof en> = true;
void keysOnlyInEnglish;
void keysOnlyInIndonesian;

export type { TFunction };

/** An i18next instance holding both languages, starting in `lang`. */
export function createI18n(lang: Lang = 'en'): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: false,
    supportedLngs: [...LANGS],
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
