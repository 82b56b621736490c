import { parseTweet } from 'twitter-text';
import type { TextMetrics } from '../domain/channel/text-metrics';

/** TextMetrics by twitter-text, the platform's own counting rules (URL = 23, CJK and emoji = 2). */
export const twitterMetrics: TextMetrics = {
  tweetLength(text: string): number {
    return parseTweet(text).weightedLength;
  },
};
