/**
 * Hashtags from terms (brand and product names): `Café Bruma` → `#CaféBruma`, `кофемолка аврора` →
 * `#КофемолкаАврора`. Unicode-aware: letters and digits of any script survive, everything else splits words.
 */
const WORDS = /[\p{L}\p{M}\p{N}]+/gu;

function tagOf(term: string, locale: string): string {
  const words = term.match(WORDS) ?? [];
  // NOTE: the first word keeps its casing (a protected name like "iPhone" must not become "IPhone").
  const joined = words
    .map((word, i) => (i === 0 ? word : word.charAt(0).toLocaleUpperCase(locale) + word.slice(1)))
    .join('');
  return /\p{L}/u.test(joined) ? `#${joined}` : '';
}

/** At most `max` distinct hashtags (case-insensitive) from `terms`, in order, joined by spaces. */
export function hashtagsFrom(terms: readonly string[], max: number, locale: string): string {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const term of terms) {
    const tag = tagOf(term, locale);
    const key = tag.toLocaleLowerCase(locale);
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
    if (tags.length >= max) break;
  }
  return tags.join(' ');
}
