// The interface language for Preact: one shared i18next instance, and a hook
// that hands components a `t` fixed to the chosen language. Changing the
// language re-renders the tree through the context value.
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { createI18n, type TFunction } from '../../lib/i18n';
import { formatNumber } from '../../lib/i18n/format';
import type { CardKind, Lang, LanguageCode } from '../../lib/types';

const i18n = createI18n();

export interface Translation {
  lang: Lang;
  t: TFunction;
  /** A number written the chosen language's way. */
  n: (value: number, maxDecimals?: number) => string;
}

const I18nContext = createContext<Translation | null>(null);

export function I18nProvider({ lang, children }: { lang: Lang; children: ComponentChildren }) {
  const value = useMemo<Translation>(
    () => ({ lang, t: i18n.getFixedT(lang), n: (v, d) => formatNumber(v, lang, d) }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useT(): Translation {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT() outside <I18nProvider>');
  return value;
}

// Labels chosen by data go through these tables, so every key stays a literal
// the key-coverage test can see.
export const KIND_LABEL: Record<CardKind, (t: TFunction) => string> = {
  person: (t) => t('kind.person'),
  place: (t) => t('kind.place'),
  organisation: (t) => t('kind.organisation'),
  figure: (t) => t('kind.figure'),
  term: (t) => t('kind.term'),
};

export const KINDS_LABEL: Record<CardKind, (t: TFunction) => string> = {
  person: (t) => t('kinds.person'),
  place: (t) => t('kinds.place'),
  organisation: (t) => t('kinds.organisation'),
  figure: (t) => t('kinds.figure'),
  term: (t) => t('kinds.term'),
};

export const LANGUAGE_LABEL: Record<LanguageCode, (t: TFunction) => string> = {
  en: (t) => t('language.en'),
  id: (t) => t('language.id'),
  ms: (t) => t('language.ms'),
  other: (t) => t('language.other'),
};
