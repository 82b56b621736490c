/** The channels the hub adapts a master message to. Adding one means adding a spec and a template folder. */
export const CHANNELS = ['BLOG_POST', 'INSTAGRAM_CAROUSEL', 'TWEET', 'EMAIL'] as const;
export type Channel = (typeof CHANNELS)[number];

/** True when `value` names a known channel. */
export function isChannel(value: string): value is Channel {
  return (CHANNELS as readonly string[]).includes(value);
}
