/**
 * The languages the drift engine knows first-class: their word lists ship with the domain. Any other
 * language still gets value, URL, tone and limit checks, but no stop words and no stemming.
 */
export const FIRST_CLASS_LANGUAGES = ['en', 'ru', 'kk', 'ca', 'fi'] as const;
/** A primary subtag the engine has word lists for. */
export type FirstClassLanguage = (typeof FIRST_CLASS_LANGUAGES)[number];

/** True when the drift engine has word lists for `lang` (a primary subtag such as `fi`). */
export function isFirstClass(lang: string): lang is FirstClassLanguage {
  return (FIRST_CLASS_LANGUAGES as readonly string[]).includes(lang);
}

/** A word list per first-class language. */
export type PerLanguage<T> = Readonly<Record<FirstClassLanguage, T>>;

/** The entry of `table` for `lang`, or `fallback` for a language without lists. */
export function forLanguage<T>(table: PerLanguage<T>, lang: string, fallback: T): T {
  return isFirstClass(lang) ? table[lang] : fallback;
}
