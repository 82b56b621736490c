import { truncateWords } from './text-tools';

/**
 * A URL slug from a headline: lower-case letters and digits of any script joined by hyphens
 * (`Meet Aurora, our quietest grinder` → `meet-aurora-our-quietest-grinder`, Cyrillic stays Cyrillic as most
 * CMSs allow). Cut at a word boundary to at most `max` characters.
 */
export function slugify(text: string, locale: string, max = 60): string {
  const words = text.normalize('NFC').toLocaleLowerCase(locale).match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  const short = truncateWords(words.join(' '), max, '');
  return short.replace(/ /gu, '-');
}
