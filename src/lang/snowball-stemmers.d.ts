/** Types for snowball-stemmers 0.6 (the package ships none). */
declare module 'snowball-stemmers' {
  /** A Snowball stemmer for one language. */
  export interface Stemmer {
    stem(word: string): string;
  }
  /** A stemmer for an algorithm name such as 'english' or 'finnish'. */
  export function newStemmer(algorithm: string): Stemmer;
  /** The algorithm names this build supports. */
  export function algorithms(): string[];
}
