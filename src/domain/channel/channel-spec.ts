import type { VariantContent, VariantContentField } from '../variant/variant-content';

/** How a limit measures its section. */
export type Measure =
  /** Twitter's weighted length (twitter-text: URL = 23, CJK = 2); needs the TextMetrics port. */
  | 'tweetLength'
  /** Unicode code points of the text. */
  | 'characters'
  /** Number of items of a list section (slides). */
  | 'items'
  /** Number of #hashtags across the section(s). */
  | 'hashtags'
  /** Number of markdown ATX headings (`## …`) in the text. */
  | 'headings';

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

/** A limit a spec example is expected to break, by limit id and section (`caption`, `slides[3]`, `slides`). */
export interface ExpectedBreach {
  readonly limit: string;
  readonly section: string;
}

/**
 * Documentation that is also a test: content and the limit breaches `checkLimits` must report for it on `date`.
 * An example with no expected breaches is an ok example; one with breaches is a not-ok example.
 */
export interface ChannelSpecExample {
  /** Reads as a sentence in test output: "a tweet of 282 weighted characters". */
  readonly name: string;
  readonly date: string;
  readonly content: VariantContent;
  readonly breaches: readonly ExpectedBreach[];
}

/**
 * Everything the hub knows about a channel, as data: sections, limits, whether links are clickable.
 * NOTE: generic in the channel id: each spec names its own (`ChannelSpec<'TWEET'>`), and the `Channel` union is
 * derived from the registered specs (registry.ts), so a new channel is a new spec and nothing else in TypeScript.
 */
export interface ChannelSpec<C extends string = string> {
  readonly channel: C;
  readonly label: string;
  readonly sections: readonly SectionSpec[];
  readonly limits: readonly ChannelLimit[];
  /** False where URLs are not clickable (Instagram): copy says "link in bio" instead, and a URL is flagged. */
  readonly allowsLinks: boolean;
  /** Ok and not-ok content with the breaches each must produce; every spec has some (a generic test checks). */
  readonly examples?: readonly ChannelSpecExample[];
}

/** The value of a limit in effect on `date` (ISO `YYYY-MM-DD`); the oldest value if `date` predates them all. */
export function limitValueOn(limit: ChannelLimit, date: string): LimitValue {
  let current = limit.history[0];
  for (const value of limit.history) if (value.since <= date) current = value;
  if (!current) throw new Error(`limit ${limit.id} has no values`);
  return current;
}
