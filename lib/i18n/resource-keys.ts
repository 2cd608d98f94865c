// Keys of the interface strings, as types: what the i18next resources and the
// content script's small lookup (page/card/card-strings.ts) may be asked for.
// Plural forms differ by language (English `_one` and `_other`, Indonesian
// `_other` only), so a key is named without its form, as callers name it.

type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** `mentions_one` -> `mentions`; a key without a plural form is itself. */
export type BaseKey<K extends string> = K extends `${infer B}_${PluralForm}` ? B : K;

/** Every dotted key of a resource tree, plural forms folded into their base key. */
type Keys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${BaseKey<K>}` : Keys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** The keys of `A` that `B` lacks (never when `B` has them all). */
export type OnlyIn<A, B> = Exclude<Keys<A>, Keys<B>>;
