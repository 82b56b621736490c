import { canonicalLocale } from '../domain/locale';

/** The fixed phrases of one locale, by key (`linkInBio`, `keyFacts`, `signOff`, …). */
export type Phrases = Readonly<Record<string, string>>;

/** The language every chain ends in: its file must hold every key. */
export const BASE_LOCALE = 'en';

/** `fi-FI` → [`fi-FI`, `fi`, `en`]; `kk-Cyrl-KZ` → [`kk-Cyrl-KZ`, `kk-Cyrl`, `kk`, `en`]. */
export function fallbackChain(locale: string): string[] {
  const canonical = canonicalLocale(locale) ?? BASE_LOCALE;
  const parts = canonical.split('-');
  const chain = parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
  return chain.includes(BASE_LOCALE) ? chain : [...chain, BASE_LOCALE];
}

/**
 * Per-locale phrase files (`templates/phrases/<locale>.json`) resolved with fallback: region → language → en,
 * key by key, so a regional file only lists what differs. Resolved books are cached per locale.
 */
export class PhraseBook {
  private readonly resolved = new Map<string, Phrases>();

  constructor(private readonly files: ReadonlyMap<string, Phrases>) {
    if (!files.has(BASE_LOCALE)) throw new Error(`phrases: ${BASE_LOCALE}.json is missing; it is every locale's fallback`);
  }

  /** The locales that have their own phrase file. */
  locales(): string[] {
    return [...this.files.keys()];
  }

  /** Every phrase for `locale`, each from the most specific file that has it. */
  forLocale(locale: string): Phrases {
    const chain = fallbackChain(locale);
    const key = chain[0] ?? BASE_LOCALE;
    let phrases = this.resolved.get(key);
    if (phrases === undefined) {
      const layers = chain.map((tag) => this.files.get(tag) ?? {}).reverse();
      phrases = Object.freeze(Object.assign({}, ...layers) as Record<string, string>);
      this.resolved.set(key, phrases);
    }
    return phrases;
  }

  /** Keys of the base file that `locale`'s own language file lacks (they would fall back to English). */
  missingKeys(locale: string): string[] {
    const own = this.files.get(locale) ?? {};
    return Object.keys(this.files.get(BASE_LOCALE) ?? {}).filter((k) => !(k in own));
  }
}

/** Fills `{name}` placeholders of a phrase (`"Best regards,\n{brand}"`); an unknown placeholder is an error. */
export function fillPhrase(text: string, values: Readonly<Record<string, unknown>>): string {
  return text.replace(/\{(\w+)\}/gu, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`phrase placeholder {${name}} has no value`);
    return String(value);
  });
}

/** Checks a parsed phrase file: an object of strings. Names the file on failure. */
export function asPhrases(value: unknown, file: string): Phrases {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${file}: expected an object of phrases`);
  for (const [key, text] of Object.entries(value)) {
    if (typeof text !== 'string') throw new Error(`${file}: phrase ${key} is not a string`);
  }
  return value as Phrases;
}
