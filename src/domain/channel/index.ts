import type { Channel } from './channel';
import type { ChannelSpec } from './channel-spec';
import { blogPostSpec } from './specs/blog-post';
import { emailSpec } from './specs/email';
import { instagramCarouselSpec } from './specs/instagram-carousel';
import { tweetSpec } from './specs/tweet';

/** The registry of channel specs: one entry per channel. */
export const CHANNEL_SPECS: Readonly<Record<Channel, ChannelSpec>> = {
  BLOG_POST: blogPostSpec,
  INSTAGRAM_CAROUSEL: instagramCarouselSpec,
  TWEET: tweetSpec,
  EMAIL: emailSpec,
};

/** The spec of a channel. */
export function channelSpec(channel: Channel): ChannelSpec {
  return CHANNEL_SPECS[channel];
}

export * from './channel';
export * from './channel-spec';
