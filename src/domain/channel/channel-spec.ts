import type { VariantContentField } from '../variant/variant-content';
import type { Channel } from './channel';

/** How a limit measures its section. */
export type Measure =
  /** Twitter's weighted length (twitter-text: URL = 23, CJK = 2); needs the TextMetrics port. */
  | 'tweetLength'
  /** Unicode code points of the text. */
  | 'characters'
  /** Number of items of a list section (slides). */
  | 'items'
  /** Number of #hashtags across the section(s). */
  | 'hashtags';

/** One dated value of a limit: from `since` (ISO date) on, `min`/`max` hold. */
export interface LimitValue {
  readonly since: string;
  readonly min?: number;
  readonly max?: number;
}

/**
 * A channel limit as data. `level: 'hard'` is a platform rule (a break is CHANNEL_LIMIT, ERROR by default);
 * `'recommended'` is best practice (a break is only a SUGGESTION). `history` lists the values over time,
 * oldest first, so a limit a platform changed keeps the date it took effect.
 */
export interface ChannelLimit {
  readonly id: string;
  readonly sections: readonly VariantContentField[];
  readonly measure: Measure;
  readonly level: 'hard' | 'recommended';
  readonly history: readonly LimitValue[];
  /** What the limit is and where it comes from, for people. */
  readonly note: string;
}

/** A content section of a channel and whether copy must fill it. */
export interface SectionSpec {
  readonly name: VariantContentField;
  readonly required: boolean;
  /** For people and prompts: what goes there. */
  readonly purpose: string;
}

/** Everything the hub knows about a channel, as data: sections, limits, whether links are clickable. */
export interface ChannelSpec {
  readonly channel: Channel;
  readonly label: string;
  readonly sections: readonly SectionSpec[];
  readonly limits: readonly ChannelLimit[];
  /** False where URLs are not clickable (Instagram): copy says "link in bio" instead, and a URL is flagged. */
  readonly allowsLinks: boolean;
}

/** The value of a limit in effect on `date` (ISO `YYYY-MM-DD`); the oldest value if `date` predates them all. */
export function limitValueOn(limit: ChannelLimit, date: string): LimitValue {
  let current = limit.history[0];
  for (const value of limit.history) if (value.since <= date) current = value;
  if (!current) throw new Error(`limit ${limit.id} has no values`);
  return current;
}
