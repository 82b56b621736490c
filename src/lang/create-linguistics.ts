import type { Linguistics } from '../domain/drift/linguistics';
import { loadFastTextIdentifier } from './language-identifier';
import { stem } from './stemmer';
import { twitterMetrics } from './twitter-metrics';

/**
 * The language tools of the drift engine, wired: Snowball stemmers (en, ru, fi, ca and more) plus our
 * Kazakh stemmer, fastText language identification, twitter-text tweet length. Call once at start-up
 * (about 50 ms for the language model) and pass the result to every checkDrift call.
 */
export async function createLinguistics(): Promise<Linguistics> {
  const identify = await loadFastTextIdentifier();
  return { stem, identifyLanguage: identify, tweetLength: twitterMetrics.tweetLength };
}
