import { ValidationError } from './errors';

/**
 * BCP 47 language tags. Only the language matters to most checks (`fi-FI` is Finnish), but we keep the
 * canonical full tag the user gave.
 */
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** Canonical form of a BCP 47 tag (`EN-us` → `en-US`), or undefined when it is not a real language tag. */
export function canonicalLocale(tag: string): string | undefined {
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return undefined;
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0] ?? '';
  } catch {
    return undefined;
  }
  const language = primaryLanguage(canonical);
  return languageNames.of(language) === undefined ? undefined : canonical;
}

/** What a field holding something else than a language tag is told. */
export function localeProblem(field: string): string {
  return `${field} must be a BCP 47 language tag such as en, ru, kk, ca or fi`;
}

/** The canonical form of `tag` (trimmed), or BAD_USER_INPUT naming `field`. */
export function requireLocale(tag: string, field: string): string {
  const locale = canonicalLocale(tag.trim());
  if (!locale) throw new ValidationError(localeProblem(field), field);
  return locale;
}

/** The primary language subtag, lower-case: `fi` for `fi-FI`. */
export function primaryLanguage(tag: string): string {
  return (tag.split('-')[0] ?? '').toLowerCase();
}
