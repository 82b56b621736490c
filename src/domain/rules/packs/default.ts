import type { RulePack } from '../rule-pack';

/**
 * The rules every brand gets, whatever its tone rules say: channel limits, no links where links are not
 * clickable, no shouting. A brand silences one through `severityOverrides` (e.g. TONE_VIOLATION: OFF).
 */
export const DEFAULT_PACK: RulePack = {
  name: 'Tonehub',
  rules: [
    { kind: 'channel-limit', rule: 'ChannelLimits' },
    { kind: 'link-not-allowed', rule: 'NoLinks' },
    { kind: 'shouting', rule: 'Shouting' },
  ],
};
