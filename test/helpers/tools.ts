import type { Linguistics, LanguageScore } from '../../src/domain/drift/linguistics';
import { createLinguistics } from '../../src/lang/create-linguistics';

let real: Promise<Linguistics> | undefined;

/** The production language tools (stemmers, language identifier, twitter-text), created once per test file. */
export function realTools(): Promise<Linguistics> {
  real ??= createLinguistics();
  return real;
}

/** Tools that stem by lower-casing only and identify every text as `lang` with `score`. */
export function fakeTools(ranking: readonly LanguageScore[] = []): Linguistics {
  return { stem: (_lang, word) => word, identifyLanguage: () => ranking, tweetLength: (text) => [...text].length };
}
