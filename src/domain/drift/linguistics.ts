import type { TextMetrics } from '../channel/text-metrics';

/** One candidate language for a text, with the identifier's confidence in [0, 1]. */
export interface LanguageScore {
  /** ISO 639-1 code where one exists (`en`, `ru`, `kk`, `uk`), else ISO 639-3. */
  readonly lang: string;
  readonly score: number;
}

/**
 * The language tools the drift engine needs and cannot write in pure TypeScript (port; adapters in
 * src/lang wire snowball stemmers, a language-identification library and twitter-text).
 */
export interface Linguistics extends TextMetrics {
  /**
   * The stem of a lower-case word in `lang` (primary subtag), so inflected forms compare equal
   * ("imperdibles" = "imperdible", "таксистері" = "таксист"). Identity for languages without a stemmer.
   */
  stem(lang: string, word: string): string;
  /** Candidate languages of `text`, best first; empty when the identifier cannot tell. */
  identifyLanguage(text: string): readonly LanguageScore[];
}
