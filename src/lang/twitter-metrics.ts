import twitter from 'twitter-text';
import type { TextMetrics } from '../domain/channel/text-metrics';

/** Twitter's own length rules (twitter-text 3.1 `parseTweet`): URLs count 23, CJK and emoji 2, most else 1. */
export const twitterMetrics: TextMetrics = {
  tweetLength: (text) => twitter.parseTweet(text).weightedLength,
};
