// The card's few interface strings, from the same resources as the popup
// (lib/i18n/locales) but without i18next: the content script runs in every
// page and must stay small. Only the sections the card uses are imported
// (the bundler drops the rest of the JSON), and the lookup does the two things
// those strings need: plural forms and `{{count, number}}`.
import { card as enCard, kind as enKind, language as enLanguage } from '../../lib/i18n/locales/en.json';
import { card as idCard, kind as idKind, language as idLanguage } from '../../lib/i18n/locales/id.json';
import { formatNumber, localeOf } from '../../lib/i18n/format';
import type { BaseKey } from '../../lib/i18n/resource-keys';
import type { CardKind, Lang } from '../../lib/types';

const STRINGS = {
  en: { card: enCard, kind: enKind, language: enLanguage },
  id: { card: idCard, kind: idKind, language: idLanguage },
} as const;

/** A `card.*` key as callers name it (`mentions`, not `mentions_one`). */
type CardKey = BaseKey<keyof typeof enCard>;
const plurals = new Map<Lang, Intl.PluralRules>();

export interface CardStrings {
  kind(kind: CardKind): string;
  /** The name of a language in the interface language (`Indonesian`, `Inggris`). */
  languageName(lang: Lang): string;
  /** A `card.*` string; `count` picks the plural form and fills `{{count, number}}`, `vars` fill `{{name}}`. */
  card(key: CardKey, count?: number, vars?: Readonly<Record<string, string>>): string;
}

export function cardStrings(lang: Lang): CardStrings {
  const s = STRINGS[lang];
  return {
    kind: (kind) => s.kind[kind],
    languageName: (code) => s.language[code],
    card(key, count, vars) {
      let text: string | undefined;
      if (count !== undefined) {
        let rules = plurals.get(lang);
        if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(localeOf(lang))));
        text = (s.card as Record<string, string>)[`${key}_${rules.select(count)}`] ?? (s.card as Record<string, string>)[`${key}_other`];
      }
      text ??= (s.card as Record<string, string>)[key] ?? key;
      if (count !== undefined) text = text.replaceAll('{{count, number}}', formatNumber(count, lang));
      for (const [name, value] of Object.entries(vars ?? {})) text = text.replaceAll(`{{${name}}}`, value);
      return text;
    },
  };
}
