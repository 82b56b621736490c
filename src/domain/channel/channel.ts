import { SPECS } from './registry';

/** A channel the hub adapts a master message to: one per registered spec (see registry.ts). */
export type Channel = (typeof SPECS)[number]['channel'];

/** Every channel, in registry order. */
export const CHANNELS: readonly Channel[] = SPECS.map((spec) => spec.channel);

/** True when `value` names a known channel. */
export function isChannel(value: string): value is Channel {
  return (CHANNELS as readonly string[]).includes(value);
}
