import type { Channel } from '../../domain/channel/channel';

/** Everything that makes two AI requests identical (and so lets the second reuse the first one's result). */
export interface RequestIdentity {
  readonly campaignId: string;
  readonly masterVersion: number;
  /** The brand's version: its tone rules as they were. */
  readonly brandVersion: number;
  readonly channel: Channel;
  readonly locale: string;
  readonly model: string;
  readonly promptVersion: string;
}

/**
 * The reuse key of an AI request: same campaign and master version, same rules version, channel, locale,
 * model and prompt version give the same key.
 * NOTE: readable rather than hashed, so a person looking at `ai_generations` sees what it stands for.
 */
export function requestKeyOf(r: RequestIdentity): string {
  return [r.campaignId, `m${r.masterVersion}`, `b${r.brandVersion}`, r.channel, r.locale, r.model, `p${r.promptVersion}`].join('|');
}
