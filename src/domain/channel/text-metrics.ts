/**
 * Measures the domain cannot compute without a platform's own rules (port; the adapter uses twitter-text).
 */
export interface TextMetrics {
  /** Twitter's weighted length of a post: URLs count 23, CJK and emoji 2, most else 1. */
  tweetLength(text: string): number;
}
