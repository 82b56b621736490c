import type { Channel } from './channel';
import type { ChannelSpec } from './channel-spec';
import { SPECS } from './registry';

/** The registry of channel specs by channel. */
export const CHANNEL_SPECS: Readonly<Record<Channel, ChannelSpec<Channel>>> = Object.fromEntries(SPECS.map((spec) => [spec.channel, spec])) as Record<
  Channel,
  ChannelSpec<Channel>
>;

/** The spec of a channel. */
export function channelSpec(channel: Channel): ChannelSpec<Channel> {
  return CHANNEL_SPECS[channel];
}

export * from './channel';
export * from './channel-spec';
