import type { Linguistics, LanguageScore } from '../domain/drift/linguistics';
import { stem } from './stemmer';
import { twitterMetrics } from './twitter-metrics';

/** The language tools of the drift engine: stemmers, language identification and tweet length. */
export async function createLinguistics(): Promise<Linguistics> {
  return {
    stem,
    identifyLanguage: (): LanguageScore[] => [],
    tweetLength: twitterMetrics.tweetLength,
  };
}
